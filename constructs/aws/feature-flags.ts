import { Construct } from 'constructs';
import { Annotations, Fn, Lazy } from 'cdktf';
import { AppconfigApplication } from '@cdktf/provider-aws/lib/appconfig-application';
import { AppconfigConfigurationProfile } from '@cdktf/provider-aws/lib/appconfig-configuration-profile';
import { AppconfigDeployment } from '@cdktf/provider-aws/lib/appconfig-deployment';
import { AppconfigDeploymentStrategy } from '@cdktf/provider-aws/lib/appconfig-deployment-strategy';
import { AppconfigEnvironment } from '@cdktf/provider-aws/lib/appconfig-environment';
import { AppconfigHostedConfigurationVersion } from '@cdktf/provider-aws/lib/appconfig-hosted-configuration-version';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { FEATURE_FLAGS_DEFAULTS, FEATURE_FLAGS_RULES, FeatureFlag, FeatureFlagsProps, IFeatureFlags } from '../core/feature-flags';
import { IDeliversOwnAlerts } from '../core/monitoring';
import { resourceName } from '../core/naming';
import { AlarmOverride } from '../core/workload';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { grantPolicy } from './private/grants';
import { serviceAssumeRolePolicy } from './private/iam';

/**
 * The flags as an AWS AppConfig feature-flag document (`AWS.AppConfig.FeatureFlags`, version 1),
 * keys sorted so the document is byte-identical across runs.
 */
export function appConfigFlagsDocument(flags: readonly FeatureFlag[]): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const definitions: Record<string, object> = {};
  const values: Record<string, object> = {};
  for (const f of sorted) {
    // `degradable` travels as a flag attribute, so clients and runbooks can list what may be shed.
    definitions[f.name] = {
      name: f.name,
      ...(f.description ? { description: f.description } : {}),
      attributes: { degradable: { constraints: { type: 'boolean' } } },
    };
    values[f.name] = { enabled: f.enabled, degradable: f.degradable === true };
  }
  return JSON.stringify({ version: '1', flags: definitions, values });
}

export interface AwsFeatureFlagsProps extends FeatureFlagsProps {
  /** AppConfig environment name. @default 'live' */
  readonly environmentName?: string;
  /**
   * The region, passed to readers as `APPCONFIG_REGION` (the AppConfig Data endpoint is regional).
   * The kit passes its region. @default - the provider's region (a `aws_region` data source)
   */
  readonly region?: string;
}

/**
 * Feature flags in AWS AppConfig: an application, an environment whose monitors roll a change back
 * when a named alarm fires, a configuration profile of type `AWS.AppConfig.FeatureFlags`, a hosted
 * version holding the flags (a deterministic document), a deployment strategy (immediate by
 * default, so a switch-off under load takes effect at once), and the deployment of that version.
 */
/** The name of the rollback signal (its override key). */
export const FLAG_ROLLBACK_SIGNAL = 'flag-rollback';

/**
 * Monitors an AppConfig environment takes. source: terraform-provider-aws
 * internal/service/appconfig/environment.go, Schema: `monitor` setvalidator.SizeAtMost(5).
 */
export const APPCONFIG_MAX_MONITORS = 5;

export class AwsFeatureFlags extends Blueprint implements IFeatureFlags, IDeliversOwnAlerts {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'FeatureFlags';
  public readonly resource: AppconfigApplication;
  public readonly environment: AppconfigEnvironment;
  public readonly profile: AppconfigConfigurationProfile;
  public readonly version: AppconfigHostedConfigurationVersion;
  public readonly strategy: AppconfigDeploymentStrategy;
  public readonly deployment: AppconfigDeployment;
  public monitorRole?: IamRole;
  /** The alarms watching each flag deployment (environment monitors). */
  public readonly rollbackAlarmIds: string[] = [];
  public readonly flagStoreId: string;
  public readonly flagEnvironment: string;
  public readonly flagSettings: Record<string, string>;

  constructor(scope: Construct, id: string, props: AwsFeatureFlagsProps) {
    super(scope, id);
    this.validate('AwsFeatureFlags', FEATURE_FLAGS_RULES, props);
    const d = FEATURE_FLAGS_DEFAULTS;
    const name = resourceName(this, 'awsAppConfig');
    this.resource = new AppconfigApplication(this, 'Resource', { name, description: 'Feature flags (graceful degradation, seed §4.1)' });

    this.environment = new AppconfigEnvironment(this, 'Environment', {
      applicationId: this.resource.id,
      name: props.environmentName ?? 'live',
    });
    this.addRollbackAlarms(props.rollbackAlarmIds ?? []);
    this.profile = new AppconfigConfigurationProfile(this, 'Profile', {
      applicationId: this.resource.id,
      name: 'flags',
      locationUri: 'hosted',
      type: 'AWS.AppConfig.FeatureFlags',
    });
    this.version = new AppconfigHostedConfigurationVersion(this, 'Version', {
      applicationId: this.resource.id,
      configurationProfileId: this.profile.configurationProfileId,
      contentType: 'application/json',
      content: appConfigFlagsDocument(props.flags),
      description: 'Flags from the workload file',
    });
    const duration = props.deploymentDurationMinutes ?? d.deploymentDurationMinutes;
    this.strategy = new AppconfigDeploymentStrategy(this, 'Strategy', {
      name: resourceName(this, 'awsAppConfig', 'strategy'),
      description: duration === 0 ? 'All at once, then watch the monitors' : `Linear over ${duration} minutes`,
      deploymentDurationInMinutes: duration,
      finalBakeTimeInMinutes: props.bakeTimeMinutes ?? d.bakeTimeMinutes,
      growthFactor: 100,
      growthType: 'LINEAR',
      replicateTo: 'NONE',
    });
    this.deployment = new AppconfigDeployment(this, 'Deployment', {
      applicationId: this.resource.id,
      environmentId: this.environment.environmentId,
      configurationProfileId: this.profile.configurationProfileId,
      configurationVersion: Fn.tostring(this.version.versionNumber),
      deploymentStrategyId: this.strategy.id,
      description: 'Flags from the workload file',
    });
    this.flagStoreId = this.resource.id;
    this.flagEnvironment = this.environment.environmentId;
    this.flagSettings = {
      APPCONFIG_APPLICATION_ID: this.resource.id, APPCONFIG_ENVIRONMENT_ID: this.environment.environmentId,
      APPCONFIG_PROFILE_ID: this.profile.configurationProfileId, APPCONFIG_REGION: props.region ?? new DataAwsRegion(this, 'Region', {}).region,
    };

    // AppConfig publishes no CloudWatch metrics; it sends "On Deployment Rollback" straight to
    // EventBridge. That event is the golden signal: a flag change was rolled back by a monitor.
    this.addGoldenSignal({
      name: FLAG_ROLLBACK_SIGNAL,
      description: 'A feature-flag deployment was rolled back (an environment monitor alarmed, or someone stopped it).',
      metric: { namespace: 'aws.appconfig', metricName: 'On Deployment Rollback' },
      statistic: Statistic.SUM,
      comparison: Comparison.GREATER_THAN_OR_EQUAL,
      threshold: 1,
      periodSeconds: 60,
      evaluationPeriods: 1,
      severity: Severity.WARNING,
      deliveredByBlueprint: true,
    });
    this.addCostItem({ sku: 'aws:appconfig:requests', description: `AppConfig ${name} configuration requests`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:appconfig:configurations-received', description: `AppConfig ${name} configurations received`, quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  /**
   * Adds CloudWatch alarms (ARNs) as monitors of the environment: a flag deployment whose alarm
   * fires during the bake time is rolled back. The monitor role (assumed by AppConfig) may call
   * `cloudwatch:DescribeAlarms` on exactly these alarms. Records `flag-deployment->rollback-alarms`.
   */
  public addRollbackAlarms(alarmIds: string[]): void {
    for (const a of alarmIds) if (!this.rollbackAlarmIds.includes(a)) this.rollbackAlarmIds.push(a);
    if (this.rollbackAlarmIds.length > APPCONFIG_MAX_MONITORS) {
      Annotations.of(this).addWarning(`rollbackAlarmIds must have at most ${APPCONFIG_MAX_MONITORS} alarms, got ${this.rollbackAlarmIds.length}: the first ${APPCONFIG_MAX_MONITORS} are monitors. Combine the others into a composite alarm.`);
      this.rollbackAlarmIds.splice(APPCONFIG_MAX_MONITORS);
    }
    if (this.rollbackAlarmIds.length === 0) return;
    if (!this.monitorRole) {
      this.monitorRole = new IamRole(this, 'MonitorRole', {
        name: resourceName(this, 'awsIamRole', 'monitors'),
        assumeRolePolicy: serviceAssumeRolePolicy('appconfig.amazonaws.com'),
      });
      const alarms = this.rollbackAlarmIds;
      new IamRolePolicy(this, 'MonitorRolePolicy', {
        role: this.monitorRole.id,
        policy: Lazy.stringValue({ produce: () => Fn.jsonencode({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms'], Resource: alarms }] }) }),
      });
    }
    const role = this.monitorRole;
    this.environment.putMonitor(this.rollbackAlarmIds.map((alarmArn) => ({ alarmArn, alarmRoleArn: role.arn })));
    Wiring.of(this).add({
      kind: EdgeKind.FLAG_DEPLOYMENT_ROLLBACK, from: this.node.path, to: `${this.node.path}/Environment`,
      permissions: ['cloudwatch:DescribeAlarms'],
      pieces: { environment: this.environment.arn, monitorRole: role.arn, ...Object.fromEntries(this.rollbackAlarmIds.map((a, i) => [`alarm${i}`, a])) },
      note: `AppConfig rolls a flag deployment back when one of ${this.rollbackAlarmIds.length} alarm(s) fires during the bake time.`,
    });
  }

  /**
   * Lets `consumer` read the flags: `appconfig:StartConfigurationSession` and
   * `appconfig:GetLatestConfiguration` on this environment's flag profile only (the AppConfig
   * Data API; the AppConfig Agent calls the same).
   */
  public grantRead(consumer: IWorkloadConsumer): Record<string, string> {
    // Resource type `configuration`: application/<app>/environment/<env>/configuration/<profile>.
    const configuration = `${this.environment.arn}/configuration/${this.profile.configurationProfileId}`;
    const actions = ['appconfig:StartConfigurationSession', 'appconfig:GetLatestConfiguration'];
    const policy = grantPolicy(this, consumer, [{ sid: 'FlagsRead', actions, resources: [configuration] }]);
    const settings = { ...this.flagSettings };
    Wiring.of(this).add({
      kind: EdgeKind.APP_FEATURE_FLAGS, from: consumer.node.path, to: this.node.path, protocol: 'https',
      permissions: actions,
      pieces: { role: consumer.workloadIdentity.roleArn!, policy: policy.id, resource: this.resource.arn, environment: this.environment.arn },
      settings: Object.keys(settings).sort(),
      note: 'AppConfig Data API over HTTPS (through the NAT gateway).',
    });
    return settings;
  }

  /** The EventBridge rule that routes rollbacks to the alert channel, once Monitoring routed it. */
  public rollbackRule?: CloudwatchEventRule;

  /** Sends AppConfig rollback events of this application to the alert topic (called by Monitoring). */
  public routeAlertsTo(alertChannelId: string, overrides: Record<string, AlarmOverride>): void {
    if (overrides[FLAG_ROLLBACK_SIGNAL]?.enabled === false || this.rollbackRule) return;
    this.rollbackRule = new CloudwatchEventRule(this, 'RollbackRule', {
      name: resourceName(this, 'awsGeneric', 'rollback'),
      description: 'AppConfig feature-flag deployment rolled back',
      eventPattern: Fn.jsonencode({ source: ['aws.appconfig'], 'detail-type': ['On Deployment Rollback'], resources: [{ prefix: this.resource.arn }] }),
    });
    new CloudwatchEventTarget(this, 'RollbackTarget', { rule: this.rollbackRule.name, arn: alertChannelId });
  }
}
