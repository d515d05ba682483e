/**
 * Monitoring, cloud-neutral part: props, defaults, rules, and the logic that turns the golden
 * signals every blueprint declares into alarms (which ones, with which threshold, under which name).
 * The AWS and Azure classes only translate the result into CloudWatch alarms or Azure metric alerts.
 */
import { IConstruct } from 'constructs';
import { Blueprint, GoldenSignal } from './blueprint';
import { didYouMean } from './private/did-you-mean';
import { Rule, rules } from './validation';
import { EdgeKind, Wiring } from './wiring';
import { AlarmOverride } from './workload';

/** Neutral Monitoring props: the same on both clouds. */
export interface MonitoringProps {
  /**
   * E-mail addresses subscribed to the alert channel (SNS e-mail subscriptions / action-group
   * e-mail receivers).
   * @default - none: alerts reach only the webhooks
   */
  readonly alertEmails?: string[];
  /**
   * HTTPS endpoints subscribed to the alert channel (SNS HTTPS subscriptions / action-group webhook
   * receivers with the common alert schema).
   * @default - none
   */
  readonly alertWebhooks?: string[];
  /**
   * Days logs are kept. AWS accepts the CloudWatch Logs values (1, 3, 5, 7, 14, 30, … 3653); Azure
   * accepts 30–730 (7 on the legacy Free tier). 30, 60, 90, 120, 150, 180, 365, 400 and 545 work on
   * both.
   * @default 30
   */
  readonly logRetentionDays?: number;
  /**
   * Overrides of the default alarms, keyed by `<construct id>/<signal name>` (one blueprint) or
   * `<signal name>` (every blueprint declaring it). The more specific key wins.
   * @default - every golden signal with its documented threshold
   */
  readonly alarmOverrides?: Record<string, AlarmOverride>;
  /**
   * Managed Prometheus (and, on AWS, Managed Grafana) for the Prometheus/Grafana path. Costs per
   * sample ingested, plus about $9 per Grafana editor per month on AWS.
   * @default false
   */
  readonly prometheusEnabled?: boolean;
  /**
   * Percent of requests traced (X-Ray sampling rule fixed rate / Application Insights sampling),
   * 0–100. The first request each second is always traced on AWS.
   * @default 5
   */
  readonly traceSamplingPercent?: number;
  /**
   * A dashboard with one widget per blueprint. Turning it off saves about $3/month on AWS.
   * @default true
   */
  readonly dashboardEnabled?: boolean;
}

export const MONITORING_DEFAULTS = {
  logRetentionDays: 30,
  prometheusEnabled: false,
  traceSamplingPercent: 5,
  dashboardEnabled: true,
  /** Periods in breach before an alarm fires when a signal does not say. */
  evaluationPeriods: 3,
} as const;

/** The neutral outputs of a Monitoring blueprint, for stacks and other blueprints. */
export interface IMonitoring {
  /** AWS: the alert SNS topic ARN. Azure: the action group id. */
  readonly alertChannelId: string;
  /** A console link to the stack's dashboard. @default - none when the dashboard is off */
  readonly dashboardUrl?: string;
  /** Alarms made from the golden signals, in construct-tree order. */
  readonly alarmCount: number;
  /**
   * The ids of the alarms made for one blueprint's golden signals (AWS: CloudWatch alarm ARNs;
   * Azure: metric alert ids), e.g. to roll a flag deployment back on them.
   */
  alarmIdsOf?(blueprint: IConstruct, signalName?: string): string[];
}

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** True for a plausible e-mail address (`name@domain.tld`). */
export function isEmail(s: unknown): boolean {
  return typeof s === 'string' && EMAIL_RE.test(s);
}

/** CloudWatch Logs accepts only these retention periods (days). */
export const AWS_LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** The retention periods (days) Log Analytics accepts: 30–730, or 7 on the Free tier. */
export const AZURE_LOG_RETENTION_MIN = 30;
export const AZURE_LOG_RETENTION_MAX = 730;

/** Retention values both clouds accept, for cloud-neutral workload files. */
export const PORTABLE_LOG_RETENTION_DAYS: readonly number[] = AWS_LOG_RETENTION_DAYS.filter((d) => d >= AZURE_LOG_RETENTION_MIN && d <= AZURE_LOG_RETENTION_MAX);

/** Rules both clouds share. */
export const MONITORING_RULES: ReadonlyArray<Rule<MonitoringProps>> = [
  {
    code: 'MonitoringEmailInvalid',
    prop: 'alertEmails',
    value: (p) => p.alertEmails,
    failsWhen: (p) => (p.alertEmails ?? []).some((e) => !isEmail(e)),
    allowed: 'a list of e-mail addresses',
    fix: (p) => `Fix ${(p.alertEmails ?? []).filter((e) => !isEmail(e)).map((e) => JSON.stringify(e)).join(', ')}: write name@domain.tld.`,
  },
  {
    code: 'MonitoringWebhookNotHttps',
    prop: 'alertWebhooks',
    value: (p) => p.alertWebhooks,
    failsWhen: (p) => (p.alertWebhooks ?? []).some((u) => typeof u !== 'string' || !/^https:\/\/[^\s/]+/.test(u)),
    allowed: 'a list of https:// URLs',
    fix: 'Alerts leave the cloud only over TLS: use https:// endpoints.',
  },
  rules.range<MonitoringProps>('MonitoringTraceSamplingOutOfRange', 'traceSamplingPercent', (p) => p.traceSamplingPercent, 0, 100, 'Sample between 0 and 100 percent of requests; 5 is the default.'),
  {
    code: 'MonitoringAlarmThresholdInvalid',
    prop: 'alarmOverrides',
    value: (p) => p.alarmOverrides,
    failsWhen: (p) => Object.values(p.alarmOverrides ?? {}).some((o) => o.threshold !== undefined && (typeof o.threshold !== 'number' || !Number.isFinite(o.threshold))),
    allowed: 'overrides whose threshold is a finite number',
    fix: 'Give each override a numeric threshold, or only enabled: false.',
  },
];

/** One golden signal of one blueprint, resolved against the overrides. */
export interface ResolvedAlarm {
  readonly blueprint: Blueprint;
  readonly signal: GoldenSignal;
  /** The blueprint's path below the stack (`Web/Alb`): the first half of the override key. */
  readonly blueprintPath: string;
  /** `<blueprint path>/<signal name>`. */
  readonly key: string;
  /** The threshold after overrides. */
  readonly threshold: number;
  readonly evaluationPeriods: number;
  /** The override that applied, if any. */
  readonly overriddenBy?: string;
}

/** What the overrides did, for warnings. */
export interface AlarmPlan {
  readonly alarms: ResolvedAlarm[];
  /** Signals the blueprint delivers itself (budget notifications): listed, no alarm made. */
  readonly delivered: ResolvedAlarm[];
  /** Signals switched off by an override. */
  readonly disabled: ResolvedAlarm[];
  /** Override keys that matched no signal. */
  readonly unusedOverrides: string[];
  /** Every key an override could have used in this stack (`<path>/<signal>`, `<id>/<signal>`, `<signal>`), sorted. */
  readonly knownKeys: string[];
  /** Blueprints with no golden signal at all. */
  readonly unwatched: Blueprint[];
}

/**
 * The warning for an override key that matched no golden signal of the stack, with the keys it
 * may have meant. A warning, not an error: one workload file builds stacks of every strategy, and
 * a key may name a blueprint that only another strategy builds (a function, log search).
 */
export function unusedOverrideWarning(key: string, plan: AlarmPlan): string {
  const hint = didYouMean(key, plan.knownKeys);
  return `monitoring.alarms["${key}"] matches no golden signal in this stack. Keys are '<construct id>/<signal name>' or '<signal name>'.${hint ? ` ${hint}` : ''}`;
}

/** A blueprint's path below its stack: `Web/Alb`. */
export function pathBelowStack(c: IConstruct): string {
  return c.node.scopes.slice(2).map((s) => s.node.id).join('/');
}

/**
 * Applies the overrides to every golden signal of the given blueprints. The key
 * `<construct id>/<signal>` matches a blueprint whose construct id or whole path below the stack is
 * `<construct id>`; it wins over a bare `<signal>` key.
 */
export function planAlarms(blueprints: Blueprint[], overrides: Record<string, AlarmOverride> = {}): AlarmPlan {
  const used = new Set<string>();
  const alarms: ResolvedAlarm[] = [];
  const delivered: ResolvedAlarm[] = [];
  const disabled: ResolvedAlarm[] = [];
  const unwatched: Blueprint[] = [];
  const known = new Set<string>();
  for (const bp of blueprints) {
    const signals = bp.goldenSignals;
    if (signals.length === 0) unwatched.push(bp);
    const bpPath = pathBelowStack(bp);
    for (const signal of signals) {
      const candidates = [`${bpPath}/${signal.name}`, `${bp.node.id}/${signal.name}`, signal.name];
      candidates.forEach((k) => known.add(k));
      const hit = candidates.find((k) => overrides[k] !== undefined);
      const o = hit !== undefined ? overrides[hit] : undefined;
      if (hit !== undefined) used.add(hit);
      const resolved: ResolvedAlarm = {
        blueprint: bp,
        signal,
        blueprintPath: bpPath,
        key: `${bpPath}/${signal.name}`,
        threshold: o?.threshold ?? signal.threshold,
        evaluationPeriods: signal.evaluationPeriods ?? MONITORING_DEFAULTS.evaluationPeriods,
        overriddenBy: hit,
      };
      if (o?.enabled === false) disabled.push(resolved);
      else if (signal.deliveredByBlueprint) delivered.push(resolved);
      else alarms.push(resolved);
    }
  }
  const unusedOverrides = Object.keys(overrides).filter((k) => !used.has(k)).sort();
  return { alarms, delivered, disabled, unusedOverrides, knownKeys: [...known].sort(), unwatched };
}

/** The blueprints Monitoring watches in a scope: all of them except Monitoring blueprints. */
export function watchedBlueprints(scope: IConstruct, self?: IConstruct): Blueprint[] {
  return Blueprint.allIn(scope).filter((b) => b !== self && b.blueprintKind !== 'Monitoring');
}

/** The cloud-neutral description of one alarm, for its description text. */
export function alarmDescription(a: ResolvedAlarm): string {
  const sev = a.signal.severity.toUpperCase();
  const over = a.overriddenBy ? ` Threshold overridden by monitoring.alarms["${a.overriddenBy}"].` : '';
  return `[${sev}] ${a.blueprint.blueprintKind} '${a.blueprintPath}': ${a.signal.description}${over}`;
}

/** The clouds' titles for a blueprint's dashboard widget. */
export function widgetTitle(bp: Blueprint): string {
  return `${bp.blueprintKind}: ${pathBelowStack(bp)}`;
}

/**
 * A blueprint that sends some of its alerts itself (a budget's notifications): Monitoring hands it
 * the alert channel and the overrides of its self-delivered signals, instead of making alarms.
 */
export interface IDeliversOwnAlerts {
  /**
   * Routes the blueprint's own notifications to the alert channel.
   * @param alertChannelId AWS: the SNS topic ARN; Azure: the action group id.
   * @param overrides the overrides that matched its self-delivered signals, by signal name.
   */
  routeAlertsTo(alertChannelId: string, overrides: Record<string, AlarmOverride>): void;
}

export function deliversOwnAlerts(x: unknown): x is IDeliversOwnAlerts {
  return typeof x === 'object' && x !== null && typeof (x as IDeliversOwnAlerts).routeAlertsTo === 'function';
}

/**
 * Hands the alert channel to every blueprint that delivers its own alerts, with the overrides of
 * its signals (disabled ones as `enabled: false`).
 */
export function routeDeliveredAlerts(plan: AlarmPlan, alertChannelId: string, overrides: Record<string, AlarmOverride> = {}): void {
  const byBlueprint = new Map<Blueprint, Record<string, AlarmOverride>>();
  for (const a of [...plan.delivered, ...plan.disabled.filter((d) => d.signal.deliveredByBlueprint)]) {
    const o = byBlueprint.get(a.blueprint) ?? {};
    if (a.overriddenBy !== undefined) o[a.signal.name] = overrides[a.overriddenBy];
    byBlueprint.set(a.blueprint, o);
  }
  for (const [bp, o] of byBlueprint) if (deliversOwnAlerts(bp)) bp.routeAlertsTo(alertChannelId, o);
}

/**
 * Where a stack's telemetry goes, handed by Monitoring to the blueprints made before it (it is
 * created last, so blueprints cannot read it at construction).
 */
export interface TelemetrySink {
  /** AWS: the stack's application log group name. */
  readonly logGroupName?: string;
  /** AWS: a KMS key ARN the CloudWatch Logs service may use, for blueprints' own log groups. */
  readonly logKmsKeyArn?: string;
  /** Days logs are kept, valid on the blueprint's cloud. */
  readonly logRetentionDays: number;
  /** Azure: the Log Analytics workspace id (container app environments, diagnostic settings). */
  readonly logWorkspaceId?: string;
  /** Azure: the Application Insights connection string (`APPLICATIONINSIGHTS_CONNECTION_STRING`). */
  readonly appInsightsConnectionString?: string;
  /** Percent of requests traced. */
  readonly traceSamplingPercent: number;
}

/**
 * A blueprint that sends logs or traces somewhere Monitoring owns (an Azure web app's App Insights
 * setting, a function's log destination). Monitoring calls it once, at its creation.
 */
export interface ITelemetryConsumer {
  connectTelemetry(sink: TelemetrySink): void;
}

export function consumesTelemetry(x: unknown): x is ITelemetryConsumer {
  return typeof x === 'object' && x !== null && typeof (x as ITelemetryConsumer).connectTelemetry === 'function';
}

/** Hands the sink to every blueprint that takes one. */
export function connectTelemetry(blueprints: Blueprint[], sink: TelemetrySink): void {
  for (const bp of blueprints) if (consumesTelemetry(bp)) bp.connectTelemetry(sink);
}

/**
 * The alarms a Monitoring made, by blueprint, and the `alarm->alert-channel` edge of each blueprint
 * (constructs/core/wiring.ts). Both clouds' Monitoring keep one: the stacks ask it for the alarms
 * that roll a flag deployment back (`alarmIdsOf`).
 */
export class AlarmIndex {
  private readonly ids = new Map<IConstruct, Array<{ signal: string; id: string }>>();

  /** @param monitoring the Monitoring construct the edges lead to */
  constructor(private readonly monitoring: IConstruct) {}

  /** Records an alarm of `blueprint` and (re-)records its blueprint's edge to `channel`. */
  public remember(blueprint: IConstruct, blueprintPath: string, signal: string, alarmId: string, channel: string): void {
    const known = this.ids.get(blueprint) ?? [];
    known.push({ signal, id: alarmId });
    this.ids.set(blueprint, known);
    const ids = known.map((k) => k.id);
    Wiring.of(this.monitoring).add({
      kind: EdgeKind.ALARM_ALERT_CHANNEL, from: blueprint.node.path, to: this.monitoring.node.path,
      pieces: { channel, ...Object.fromEntries(ids.map((x, n) => [`alarm${n}`, x])) },
      note: `${ids.length} alarm(s) of ${blueprintPath} notify the alert channel.`,
    });
  }

  /** The ids of the alarms made for `blueprint`'s golden signals (only `signalName`'s when given). */
  public idsOf(blueprint: IConstruct, signalName?: string): string[] {
    return (this.ids.get(blueprint) ?? []).filter((k) => signalName === undefined || k.signal === signalName).map((k) => k.id);
  }
}
