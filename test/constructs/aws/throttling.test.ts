import { AwsThrottling } from '../../../constructs/aws/throttling';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { THROTTLING_DEFAULTS } from '../../../constructs/core/throttling';
import { awsStack, errorCodes, onlyResource, synth } from '../../helpers';

describe('AwsThrottling', () => {
  describe('default properties', () => {
    const stack = awsStack();
    const waf = new AwsThrottling(stack, 'Waf');
    const s = synth(stack);
    const acl = onlyResource(s, 'aws_wafv2_web_acl');

    test('a regional web ACL that allows by default', () => {
      expect(acl).toMatchObject({ name: 'shop-prod-waf', scope: 'REGIONAL', default_action: { allow: {} } });
      expect(acl.region).toBeUndefined();
      expect(waf.scope).toBe(ThrottlingScope.REGIONAL);
    });

    test('blocks a client IP above 100 requests per 60 seconds', () => {
      const rule = acl.rule.find((r: any) => r.name === 'rate-limit-per-ip');
      expect(rule.action).toEqual({ block: {} });
      expect(rule.statement).toEqual({ rate_based_statement: { limit: THROTTLING_DEFAULTS.requestsPerWindow, evaluation_window_sec: THROTTLING_DEFAULTS.windowSeconds, aggregate_key_type: 'IP' } });
    });

    test('carries the Common and KnownBadInputs managed rule groups, enforcing', () => {
      const managed = acl.rule.filter((r: any) => r.statement.managed_rule_group_statement);
      expect(managed.map((r: any) => r.statement.managed_rule_group_statement.name)).toEqual(['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']);
      for (const r of managed) expect(r.override_action).toEqual({ none: {} });
    });

    test('logs to an aws-waf-logs- group kept 30 days, with credentials redacted', () => {
      const group = onlyResource(s, 'aws_cloudwatch_log_group');
      expect(group.name).toMatch(/^aws-waf-logs-/);
      expect(group.retention_in_days).toBe(THROTTLING_DEFAULTS.logRetentionDays);
      const logging = onlyResource(s, 'aws_wafv2_web_acl_logging_configuration');
      expect(logging.log_destination_configs).toEqual([expect.stringMatching(/aws_cloudwatch_log_group\..*\.arn/)]);
      expect(logging.redacted_fields).toEqual([{ single_header: { name: 'authorization' } }, { single_header: { name: 'cookie' } }]);
    });

    test('declares a blocked-request spike signal and the ACL, rule and request costs', () => {
      expect(waf.goldenSignals.map((g) => g.name)).toEqual(['blocked-requests-spike']);
      expect(waf.goldenSignals[0].metric).toMatchObject({ namespace: 'AWS/WAFV2', metricName: 'BlockedRequests' });
      expect(waf.costItems.map((c) => [c.sku, c.quantityMax])).toEqual([['aws:waf:web-acl', 1], ['aws:waf:rule', 3], ['aws:waf:requests', 0], ['aws:cloudwatch-logs:ingest', 0]]);
    });
  });

  test('scope edge makes a CLOUDFRONT web ACL, with its log group, in us-east-1', () => {
    const stack = awsStack();
    const waf = new AwsThrottling(stack, 'Waf', { scope: ThrottlingScope.EDGE });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_wafv2_web_acl')).toMatchObject({ scope: 'CLOUDFRONT', region: 'us-east-1' });
    expect(onlyResource(s, 'aws_cloudwatch_log_group').region).toBe('us-east-1');
    expect(onlyResource(s, 'aws_wafv2_web_acl_logging_configuration').region).toBe('us-east-1');
    // A CLOUDFRONT web ACL's metrics carry no Region dimension (they are published in us-east-1).
    expect(waf.goldenSignals[0].metric.dimensions!.map((d) => d.name)).toEqual(['WebACL', 'Rule']);
  });

  test('limit and window from the props', () => {
    const stack = awsStack();
    new AwsThrottling(stack, 'Waf', { requestsPerWindow: 500, windowSeconds: 300 });
    const rule = onlyResource(synth(stack), 'aws_wafv2_web_acl').rule[0];
    expect(rule.statement.rate_based_statement).toMatchObject({ limit: 500, evaluation_window_sec: 300 });
  });

  test('without managed rules only the rate rule is left', () => {
    const stack = awsStack();
    const waf = new AwsThrottling(stack, 'Waf', { managedRulesEnabled: false });
    expect(onlyResource(synth(stack), 'aws_wafv2_web_acl').rule).toHaveLength(1);
    expect(waf.costItems.find((c) => c.sku === 'aws:waf:rule')!.quantityMax).toBe(1);
  });

  test('blockEnabled false counts instead of blocking', () => {
    const stack = awsStack();
    new AwsThrottling(stack, 'Waf', { blockEnabled: false });
    const rules = onlyResource(synth(stack), 'aws_wafv2_web_acl').rule;
    expect(rules[0].action).toEqual({ count: {} });
    expect(rules[1].override_action).toEqual({ count: {} });
  });

  describe('rules', () => {
    test.each([
      ['ThrottlingScopeInvalid', { scope: 'global' }],
      ['ThrottlingRequestsBelowMinimum', { requestsPerWindow: 9 }],
      ['ThrottlingRequestsOutOfRange', { requestsPerWindow: 100.5 }],
      ['ThrottlingWindowNotAllowed', { windowSeconds: 120 }],
      ['ThrottlingLogRetentionOutOfRange', { logRetentionDays: 4000 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => new AwsThrottling(awsStack(), 'Waf', p as object))).toEqual([code]);
    });
    test('the minimum itself is accepted', () => {
      expect(() => new AwsThrottling(awsStack(), 'Waf', { requestsPerWindow: 10 })).not.toThrow();
    });
  });
});
