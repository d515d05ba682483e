import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { AppconfigApplication } from '@cdktf/provider-aws/lib/appconfig-application';
import { AppconfigConfigurationProfile } from '@cdktf/provider-aws/lib/appconfig-configuration-profile';
import { AppconfigDeployment } from '@cdktf/provider-aws/lib/appconfig-deployment';
import { AppconfigDeploymentStrategy } from '@cdktf/provider-aws/lib/appconfig-deployment-strategy';
import { AppconfigEnvironment } from '@cdktf/provider-aws/lib/appconfig-environment';
import { AppconfigHostedConfigurationVersion } from '@cdktf/provider-aws/lib/appconfig-hosted-configuration-version';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Blueprint } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { FEATURE_FLAGS_DEFAULTS, FEATURE_FLAGS_RULES, FeatureFlagsProps, IFeatureFlags, appConfigFlagsDocument } from '../core/feature-flags';
import { resourceName } from '../core/naming';

export interface AwsFeatureFlagsProps extends FeatureFlagsProps {
  /** AppConfig environment name. @default 'live' */
  readonly environmentName?: string;
}

/**
 * Feature flags in AWS AppConfig: an application, an environment whose monitors roll a change back
 * when a named alarm fires, a configuration profile of type `AWS.AppConfig.FeatureFlags`, a hosted
 * version holding the flags (a deterministic document), a deployment strategy (immediate by
 * default, so a switch-off under load takes effect at once), and the deployment of that version.
 */
export class AwsFeatureFlags extends Blueprint implements IFeatureFlags {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'FeatureFlags';
  public readonly resource: AppconfigApplication;
  public readonly environment: AppconfigEnvironment;
  public readonly profile: AppconfigConfigurationProfile;
  public readonly version: AppconfigHostedConfigurationVersion;
  public readonly strategy: AppconfigDeploymentStrategy;
  public readonly deployment: AppconfigDeployment;
  public readonly monitorRole?: IamRole;
  public readonly flagStoreId: string;
  public readonly flagEnvironment: string;

  constructor(scope: Construct, id: string, props: AwsFeatureFlagsProps) {
    super(scope, id);
    this.validate('AwsFeatureFlags', FEATURE_FLAGS_RULES, props);
    const d = FEATURE_FLAGS_DEFAULTS;
    const name = resourceName(this, 'awsAppConfig');
    this.resource = new AppconfigApplication(this, 'Resource', { name, description: 'Feature flags (graceful degradation, seed §4.1)' });

    const alarms = props.rollbackAlarmIds ?? [];
    if (alarms.length > 0) {
      this.monitorRole = new IamRole(this, 'MonitorRole', {
        name: resourceName(this, 'awsIamRole', 'monitors'),
        assumeRolePolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'appconfig.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      });
      new IamRolePolicy(this, 'MonitorRolePolicy', {
        role: this.monitorRole.id,
        policy: Fn.jsonencode({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms'], Resource: alarms }] }),
      });
    }
    this.environment = new AppconfigEnvironment(this, 'Environment', {
      applicationId: this.resource.id,
      name: props.environmentName ?? 'live',
      monitor: alarms.map((alarmArn) => ({ alarmArn, alarmRoleArn: this.monitorRole!.arn })),
    });
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

    this.addCostItem({ sku: 'aws:appconfig:requests', description: `AppConfig ${name} configuration requests`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:appconfig:configurations-received', description: `AppConfig ${name} configurations received`, quantityMin: 0, quantityMax: 0, usageBased: true });
  }
}
