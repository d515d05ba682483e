/**
 * The data and control edges of a stack (docs/wiring.md): every app is granted what its settings
 * name, with its own identity, and flag deployments are watched by the apps' alarms. Only kit and
 * ref calls: no provider imports.
 */
import { IFeatureFlags } from '../../constructs/core/feature-flags';
import { IMonitoring } from '../../constructs/core/monitoring';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../../constructs/core/wiring';
import { UNHEALTHY_HOSTS_SIGNAL } from '../../constructs/core/scaling-group';
import { DataTier } from './data';
import { APP_DATABASE_USER } from './settings';

/**
 * Grants each app exactly what {@link appSettings} hands it: the cache, every database (on AWS
 * its IAM database role, which the database's bootstrap function creates at apply; the app never
 * reads the master secret), every queue and topic, and the flags. Each grant adds the permission on the dependency's own ARN or scope, the network
 * rule from the app's security group or subnet, and the edge.
 */
export function wireApps(apps: ReadonlyArray<IWorkloadConsumer>, data: DataTier, flags?: IFeatureFlags): void {
  for (const consumer of apps) {
    data.cache?.grantConnect?.(consumer);
    for (const db of Object.values(data.databases)) {
      db.grantConnect?.(consumer, APP_DATABASE_USER);
    }
    for (const q of Object.keys(data.messaging?.queues ?? {})) data.messaging?.grantSendMessages?.(consumer, q);
    for (const t of Object.keys(data.messaging?.topics ?? {})) data.messaging?.grantPublish?.(consumer, t);
    flags?.grantRead?.(consumer);
  }
}

/**
 * The apps' alarms watch every flag deployment (seed §4.1): on AWS they become the AppConfig
 * environment's monitors, which roll a bad change back; on Azure the edge records the alerts and
 * how a change is rolled back.
 */
export function wireFlagRollback(flags: IFeatureFlags | undefined, monitoring: IMonitoring, apps: ReadonlyArray<IWorkloadConsumer>): void {
  if (!flags?.addRollbackAlarms || !monitoring.alarmIdsOf) return;
  // The apps failing their health checks: what a bad flag change shows as first.
  const alarms = apps.flatMap((a) => monitoring.alarmIdsOf!(a, UNHEALTHY_HOSTS_SIGNAL));
  flags.addRollbackAlarms(alarms);
}

/**
 * Queue-triggered functions hold their receive permission already (the function blueprint grants
 * it); this opens their network path to the messaging endpoint where it is private.
 */
export function wireFunctions(functions: ReadonlyArray<IWorkloadConsumer>, data: DataTier): void {
  for (const fn of functions) {
    const triggered = Wiring.of(fn).edges.some((e) => e.kind === EdgeKind.FUNCTION_QUEUE && e.from === fn.node.path);
    if (triggered) data.messaging?.allowConnectionsFrom?.(fn);
  }
}
