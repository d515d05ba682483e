import { AwsFeatureFlags } from '../../../constructs/aws/feature-flags';
import { appConfigFlagsDocument } from '../../../constructs/aws/feature-flags';
import { FEATURE_FLAGS_DEFAULTS, FeatureFlag } from '../../../constructs/core/feature-flags';
import { awsStack, errorCodes, onlyResource, synth } from '../../helpers';

const FLAGS: FeatureFlag[] = [
  { name: 'recommendations', enabled: true, degradable: true, description: 'Product recommendations' },
  { name: 'new_checkout', enabled: false },
];

describe('AwsFeatureFlags', () => {
  describe('default properties', () => {
    const stack = awsStack();
    const flags = new AwsFeatureFlags(stack, 'Flags', { flags: FLAGS });
    const s = synth(stack);

    test('readers get the application, environment, profile and region; the region comes from the provider unless passed', () => {
      expect(Object.keys(flags.flagSettings).sort()).toEqual(['APPCONFIG_APPLICATION_ID', 'APPCONFIG_ENVIRONMENT_ID', 'APPCONFIG_PROFILE_ID', 'APPCONFIG_REGION']);
      expect(s.doc.data?.aws_region).toBeDefined();
      const other = awsStack();
      const passed = new AwsFeatureFlags(other, 'Flags', { flags: FLAGS, region: 'eu-west-1' });
      expect(passed.flagSettings.APPCONFIG_REGION).toBe('eu-west-1');
      expect(synth(other).doc.data?.aws_region).toBeUndefined();
    });

    test('an application, a "live" environment without monitors, a FeatureFlags profile', () => {
      expect(onlyResource(s, 'aws_appconfig_application').name).toBe('shop-prod-flags');
      expect(onlyResource(s, 'aws_appconfig_environment')).toMatchObject({ name: 'live' });
      expect(onlyResource(s, 'aws_appconfig_environment').monitor ?? []).toEqual([]);
      expect(onlyResource(s, 'aws_appconfig_configuration_profile')).toMatchObject({ type: 'AWS.AppConfig.FeatureFlags', location_uri: 'hosted' });
    });

    test('a hosted version holding the flags in the AppConfig feature-flag format', () => {
      const v = onlyResource(s, 'aws_appconfig_hosted_configuration_version');
      expect(v.content_type).toBe('application/json');
      const doc = JSON.parse(v.content);
      expect(doc.version).toBe('1');
      expect(Object.keys(doc.flags)).toEqual(['new_checkout', 'recommendations']);
      expect(doc.values.recommendations).toEqual({ enabled: true, degradable: true });
      expect(doc.values.new_checkout).toEqual({ enabled: false, degradable: false });
      expect(doc.flags.recommendations.description).toBe('Product recommendations');
    });

    test('an immediate deployment strategy with a bake time, and a deployment of the version', () => {
      expect(onlyResource(s, 'aws_appconfig_deployment_strategy')).toMatchObject({
        deployment_duration_in_minutes: FEATURE_FLAGS_DEFAULTS.deploymentDurationMinutes,
        final_bake_time_in_minutes: FEATURE_FLAGS_DEFAULTS.bakeTimeMinutes,
        growth_type: 'LINEAR',
        replicate_to: 'NONE',
      });
      const dep = onlyResource(s, 'aws_appconfig_deployment');
      expect(dep.configuration_version).toMatch(/aws_appconfig_hosted_configuration_version\..*\.version_number/);
      expect(dep.deployment_strategy_id).toMatch(/aws_appconfig_deployment_strategy/);
    });

    test('declares the usage-based AppConfig costs', () => {
      expect(flags.costItems.map((c) => c.sku)).toEqual(['aws:appconfig:requests', 'aws:appconfig:configurations-received']);
    });
  });

  test('alarms become environment monitors that roll back, through a role that may only read them', () => {
    const stack = awsStack();
    new AwsFeatureFlags(stack, 'Flags', { flags: FLAGS, rollbackAlarmIds: ['arn:aws:cloudwatch:eu-west-1:1:alarm:a', 'arn:aws:cloudwatch:eu-west-1:1:alarm:b'] });
    const s = synth(stack);
    const env = onlyResource(s, 'aws_appconfig_environment');
    expect(env.monitor.map((m: any) => m.alarm_arn)).toEqual(['arn:aws:cloudwatch:eu-west-1:1:alarm:a', 'arn:aws:cloudwatch:eu-west-1:1:alarm:b']);
    expect(env.monitor[0].alarm_role_arn).toMatch(/MonitorRole/);
    expect(String(onlyResource(s, 'aws_iam_role_policy').policy)).toContain('cloudwatch:DescribeAlarms');
    expect(onlyResource(s, 'aws_iam_role').assume_role_policy).toContain('appconfig.amazonaws.com');
  });

  test('a linear rollout when a duration is given', () => {
    const stack = awsStack();
    new AwsFeatureFlags(stack, 'Flags', { flags: FLAGS, deploymentDurationMinutes: 15, bakeTimeMinutes: 5 });
    expect(onlyResource(synth(stack), 'aws_appconfig_deployment_strategy')).toMatchObject({ deployment_duration_in_minutes: 15, final_bake_time_in_minutes: 5 });
  });

  test('the document is the same whatever the flag order', () => {
    expect(appConfigFlagsDocument(FLAGS)).toBe(appConfigFlagsDocument([...FLAGS].reverse()));
  });

  describe('rules', () => {
    test.each([
      ['FeatureFlagsEmpty', { flags: [] }],
      ['FeatureFlagsNameInvalid', { flags: [{ name: 'bad name!', enabled: true }] }],
      ['FeatureFlagsDuplicateName', { flags: [{ name: 'beta', enabled: true }, { name: 'Beta', enabled: false }] }],
      ['FeatureFlagsDeploymentDurationOutOfRange', { flags: FLAGS, deploymentDurationMinutes: 1441 }],
      ['FeatureFlagsBakeTimeOutOfRange', { flags: FLAGS, bakeTimeMinutes: -1 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => new AwsFeatureFlags(awsStack(), 'Flags', p as any))).toEqual([code]);
    });
    test('a name may not start with a digit nor exceed 64 characters', () => {
      expect(errorCodes(() => new AwsFeatureFlags(awsStack(), 'Flags', { flags: [{ name: '1st', enabled: true }, { name: `a${'b'.repeat(64)}`, enabled: true }] }))).toEqual(['FeatureFlagsNameInvalid']);
    });
  });
});

describe('AwsFeatureFlags alerts', () => {
  test('declares the rollback signal, delivered by the blueprint (AppConfig has no CloudWatch metrics)', () => {
    const flags = new AwsFeatureFlags(awsStack(), 'Flags', { flags: FLAGS });
    expect(flags.goldenSignals).toEqual([expect.objectContaining({ name: 'flag-rollback', deliveredByBlueprint: true })]);
  });

  test('routed to the alert channel, rollback events of this application go to the topic through EventBridge', () => {
    const stack = awsStack();
    const flags = new AwsFeatureFlags(stack, 'Flags', { flags: FLAGS });
    flags.routeAlertsTo('arn:aws:sns:eu-west-1:123456789012:alerts', {});
    const s = synth(stack);
    const rule = onlyResource(s, 'aws_cloudwatch_event_rule');
    expect(rule.event_pattern).toContain('On Deployment Rollback');
    expect(rule.event_pattern).toContain('aws.appconfig');
    expect(onlyResource(s, 'aws_cloudwatch_event_target').arn).toBe('arn:aws:sns:eu-west-1:123456789012:alerts');
  });

  test('a disabled rollback signal routes nothing', () => {
    const stack = awsStack();
    const flags = new AwsFeatureFlags(stack, 'Flags', { flags: FLAGS });
    flags.routeAlertsTo('arn:aws:sns:eu-west-1:123456789012:alerts', { 'flag-rollback': { enabled: false } });
    expect(synth(stack).doc.resource?.aws_cloudwatch_event_rule).toBeUndefined();
  });
});
