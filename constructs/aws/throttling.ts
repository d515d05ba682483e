import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { Wafv2WebAcl, Wafv2WebAclRule } from '@cdktf/provider-aws/lib/wafv2-web-acl';
import { Wafv2WebAclLoggingConfiguration } from '@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { Policy } from '../core/policy';
import { fitName, resourceName } from '../core/naming';
import { awsLogRetention } from './private/log-retention';
import { IThrottling, ThrottlingScope } from '../core/refs';
import { THROTTLING_DEFAULTS, THROTTLING_RULES, ThrottlingProps } from '../core/throttling';

export interface AwsThrottlingProps extends ThrottlingProps {
  /** Region of a regional web ACL, for the blocked-request metric. @default - the provider's region */
  readonly region?: string;
}

/** The AWS managed rule groups every web ACL carries (unless `managedRulesEnabled` is false). */
export const AWS_MANAGED_RULE_GROUPS = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] as const;

/** CloudFront web ACLs (and their log groups) live in us-east-1. */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

/**
 * An AWS WAFv2 web ACL that throttles clients: a rate-based rule per client IP (limit and window
 * from the props), the Common and KnownBadInputs managed rule groups, and logs to a CloudWatch log
 * group (`aws-waf-logs-…`). Scope `edge` makes a CLOUDFRONT web ACL, placed in us-east-1 with
 * the AWS provider's per-resource `region` argument (provider 6.x), so no aliased provider is
 * needed. Attach it with `wafId`: the load balancer associates a regional one, the edge cache sets
 * a CloudFront one as its `web_acl_id`.
 */
export class AwsThrottling extends Blueprint implements IThrottling {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'Throttling';
  public readonly resource: Wafv2WebAcl;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly wafId: string;
  public readonly scope: ThrottlingScope;

  constructor(scope: Construct, id: string, props: AwsThrottlingProps = {}) {
    super(scope, id);
    this.validate('AwsThrottling', THROTTLING_RULES, props);
    const d = THROTTLING_DEFAULTS;
    this.scope = props.scope ?? d.scope;
    const edge = this.scope === ThrottlingScope.EDGE;
    const region = edge ? CLOUDFRONT_WAF_REGION : undefined;
    const limit = props.requestsPerWindow ?? d.requestsPerWindow;
    const window = props.windowSeconds ?? d.windowSeconds;
    const block = props.blockEnabled ?? d.blockEnabled;
    const name = resourceName(this, 'awsWafAcl');
    if (!block) Annotations.of(this).addWarning('blockEnabled is false: the WAF only counts offending requests (Detection) and throttles nobody. Turn it on after the first rollout.');
    const metric = (suffix: string) => ({ cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: fitName([name, suffix], 'awsWafAcl') });

    const rules: Wafv2WebAclRule[] = [
      {
        name: 'rate-limit-per-ip',
        priority: 10,
        action: block ? { block: {} } : { count: {} },
        // `statement` is passed through as written: snake_case.
        statement: { rate_based_statement: { limit, evaluation_window_sec: window, aggregate_key_type: 'IP' } },
        visibilityConfig: metric('rate-limit'),
      },
    ];
    if (props.managedRulesEnabled ?? d.managedRulesEnabled) {
      AWS_MANAGED_RULE_GROUPS.forEach((group, i) => {
        rules.push({
          name: group,
          priority: 20 + i,
          overrideAction: block ? { none: {} } : { count: {} },
          statement: { managed_rule_group_statement: { name: group, vendor_name: 'AWS' } },
          visibilityConfig: metric(group),
        });
      });
    }

    this.resource = new Wafv2WebAcl(this, 'Resource', {
      name,
      description: `Rate limit ${limit} requests per ${window}s per client IP, and managed rules`,
      scope: edge ? 'CLOUDFRONT' : 'REGIONAL',
      region,
      defaultAction: { allow: {} },
      rule: rules,
      visibilityConfig: metric('acl'),
    });
    this.wafId = this.resource.arn;

    this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      // WAF only logs to groups named aws-waf-logs-*.
      name: `aws-waf-logs-${resourceName(this, 'awsLogGroup')}`,
      region,
      retentionInDays: awsLogRetention(props.logRetentionDays ?? d.logRetentionDays),
    });
    if (region !== undefined) {
      Policy.suppress(this.logGroup, 'BP-AWS-LOGS-1', 'CloudFront WAF logs must live in us-east-1, outside the stack region whose Monitoring key encrypts every other log group; they hold request metadata only (no bodies).');
    }
    new Wafv2WebAclLoggingConfiguration(this, 'Logging', {
      resourceArn: this.resource.arn,
      region,
      logDestinationConfigs: [this.logGroup.arn],
      redactedFields: [{ singleHeader: { name: 'authorization' } }, { singleHeader: { name: 'cookie' } }],
    });

    // A CLOUDFRONT web ACL publishes without the Region dimension, in us-east-1 (AWS_METRIC_FACTS):
    // Monitoring places the alarm there.
    const dims = [{ name: 'WebACL', value: name }, { name: 'Rule', value: 'ALL' }, { name: 'Region', value: edge ? '' : (props.region ?? new DataAwsRegion(this, 'Region').region) }].filter((x) => x.value !== '');
    this.addGoldenSignal({
      name: 'blocked-requests-spike',
      description: `WAF ${name} blocked an unusual number of requests: an attack, or a limit too tight for real traffic.`,
      metric: { namespace: 'AWS/WAFV2', metricName: 'BlockedRequests', dimensions: dims },
      statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 1000, periodSeconds: 300, evaluationPeriods: 2, severity: Severity.WARNING,
    });
    this.addCostItem({ sku: 'aws:waf:web-acl', description: `WAF web ACL ${name}`, quantityMin: 1, quantityMax: 1 });
    this.addCostItem({ sku: 'aws:waf:rule', description: `WAF rules of ${name}`, quantityMin: rules.length, quantityMax: rules.length });
    this.addCostItem({ sku: 'aws:waf:requests', description: `WAF requests inspected by ${name}`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:cloudwatch-logs:ingest', description: `WAF logs of ${name}`, quantityMin: 0, quantityMax: 0, usageBased: true });
  }
}
