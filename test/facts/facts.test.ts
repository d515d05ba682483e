/**
 * The platform-facts check: every alarm, metric alert, autoscale metric, diagnostic setting and
 * cross-region attachment in the six default stacks, and in every blueprint synthesized alone with
 * default props on both clouds, uses only facts from constructs/{aws,azure}/facts.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { AWS_METRIC_FACTS, AWS_REGION_FACTS, AWS_SERVICE_LINKED_ROLES, AwsMetricRegion, awsMetricFact, awsMetricProblems } from '../../constructs/aws/facts';
import { AZURE_DIAGNOSTIC_TYPES, AZURE_UNREGISTERED_PROVIDERS, azureMetricFact } from '../../constructs/azure/facts';
import { Statistic } from '../../constructs/core/blueprint';
import { BlueprintKit } from '../../constructs/core/kit';
import { ShardStrategy } from '../../constructs/core/shard-map';
import { ThrottlingScope } from '../../constructs/core/refs';
import { ALL_STACK_IDS } from '../../src/app';
import { defaultStackJson } from '../default-synth';
import { kitStack } from '../helpers';

type Doc = { resource?: Record<string, Record<string, any>>; provider?: Record<string, any[]> };

/** `${aws_sns_topic.X.arn}` → ['aws_sns_topic', 'X'], or undefined for a literal. */
function refOf(value: unknown): [string, string] | undefined {
  const m = typeof value === 'string' ? /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[a-z_]+\}$/.exec(value) : null;
  return m ? [m[1], m[2]] : undefined;
}

const STATISTIC: Record<string, Statistic> = { Sum: Statistic.SUM, Average: Statistic.AVERAGE, Maximum: Statistic.MAXIMUM, Minimum: Statistic.MINIMUM, p95: Statistic.P95 };

/** Every violation of the AWS tables in one synthesized stack. */
export function awsViolations(doc: Doc): string[] {
  const out: string[] = [];
  const r = doc.resource ?? {};
  const stackRegion = doc.provider?.aws?.[0]?.region as string;
  const regionOf = (type: string, id: string): string => r[type]?.[id]?.region ?? stackRegion;
  const checkMetric = (where: string, namespace: string, metricName: string, statistic: string | undefined, dims: Record<string, string>, alarmRegion: string) => {
    const fact = awsMetricFact(namespace, metricName);
    if (!fact) return out.push(`${where}: ${namespace}/${metricName} is not in AWS_METRIC_FACTS`);
    if (statistic !== undefined && !fact.statistics.includes(STATISTIC[statistic])) out.push(`${where}: ${metricName} does not take ${statistic}`);
    for (const d of Object.keys(dims)) if (!fact.dimensions.includes(d)) out.push(`${where}: ${metricName} has no dimension ${d}`);
    for (const d of fact.requiredDimensions ?? []) if (!(d in dims)) out.push(`${where}: ${metricName} is published only with ${d}`);
    const global = fact.publishedIn === AwsMetricRegion.US_EAST_1 || (fact.globalWithout !== undefined && !(fact.globalWithout in dims));
    const want = global ? AWS_REGION_FACTS.cloudFrontControlPlane.region : stackRegion;
    if (alarmRegion !== want) out.push(`${where}: ${metricName} is published in ${want}, the alarm is in ${alarmRegion}`);
    return undefined;
  };
  /** A group metric is published only for an Auto Scaling group that enables it. */
  const checkCollected = (where: string, namespace: string, metricName: string, dims: Record<string, string>) => {
    if (!awsMetricFact(namespace, metricName)?.requiresEnabledMetric) return;
    const name = dims.AutoScalingGroupName;
    const ref = refOf(name);
    const group = ref ? r[ref[0]]?.[ref[1]] : Object.values(r.aws_autoscaling_group ?? {}).find((g) => g.name === name);
    if (group && !(group.enabled_metrics ?? []).includes(metricName)) out.push(`${where}: ${metricName} is published only when the group lists it in enabled_metrics`);
  };
  for (const [id, p] of Object.entries(r.aws_autoscaling_policy ?? {})) {
    for (const m of p.target_tracking_configuration?.customized_metric_specification?.metrics ?? []) {
      const metric = m.metric_stat?.metric;
      if (!metric) continue;
      const dims = Object.fromEntries((metric.dimensions ?? []).map((d: { name: string; value: string }) => [d.name, d.value]));
      checkMetric(`scaling policy ${id}`, metric.namespace, metric.metric_name, m.metric_stat.stat, dims, p.region ?? stackRegion);
      checkCollected(`scaling policy ${id}`, metric.namespace, metric.metric_name, dims);
    }
  }
  for (const [id, a] of Object.entries(r.aws_cloudwatch_metric_alarm ?? {})) {
    const alarmRegion = a.region ?? stackRegion;
    for (const q of a.metric_query ?? []) if (q.metric) checkCollected(`alarm ${id}`, q.metric.namespace, q.metric.metric_name, q.metric.dimensions ?? {});
    if (!a.metric_query) checkCollected(`alarm ${id}`, a.namespace, a.metric_name, a.dimensions ?? {});
    if (a.metric_query) {
      for (const q of a.metric_query) if (q.metric) checkMetric(`alarm ${id}`, q.metric.namespace, q.metric.metric_name, q.metric.stat, q.metric.dimensions ?? {}, alarmRegion);
    } else {
      checkMetric(`alarm ${id}`, a.namespace, a.metric_name, a.statistic ?? a.extended_statistic, a.dimensions ?? {}, alarmRegion);
    }
    for (const action of [...(a.alarm_actions ?? []), ...(a.ok_actions ?? [])]) {
      const ref = refOf(action);
      if (ref && ref[0] === 'aws_sns_topic' && regionOf(...ref) !== alarmRegion) out.push(`alarm ${id} (${alarmRegion}) notifies topic ${ref[1]} in ${regionOf(...ref)}`);
    }
  }
  for (const [id, t] of Object.entries(r.aws_sns_topic_subscription ?? {})) {
    const ref = refOf(t.topic_arn);
    if (ref && regionOf(...ref) !== (t.region ?? stackRegion)) out.push(`subscription ${id} is not in its topic's region`);
  }
  for (const [id, acl] of Object.entries(r.aws_wafv2_web_acl ?? {})) {
    if (acl.scope === 'CLOUDFRONT' && acl.region !== AWS_REGION_FACTS.cloudFrontWebAcl.region) out.push(`web ACL ${id} is CLOUDFRONT-scoped outside us-east-1`);
  }
  for (const [id, lc] of Object.entries(r.aws_wafv2_web_acl_logging_configuration ?? {})) {
    const here = lc.region ?? stackRegion;
    const acl = refOf(lc.resource_arn);
    if (acl && regionOf(...acl) !== here) out.push(`WAF logging ${id} is not in its web ACL's region`);
    for (const dest of lc.log_destination_configs ?? []) {
      const ref = refOf(dest);
      if (ref && regionOf(...ref) !== here) out.push(`WAF logging ${id} sends to ${ref[1]} in another region`);
    }
  }
  for (const [id, f] of Object.entries(r.aws_cloudwatch_log_subscription_filter ?? {})) {
    const here = f.region ?? stackRegion;
    const group = Object.entries(r.aws_cloudwatch_log_group ?? {}).find(([, g]) => g.name === f.log_group_name || `\${aws_cloudwatch_log_group.${g}.name}` === f.log_group_name);
    const groupRef = refOf(f.log_group_name);
    const groupRegion = groupRef ? regionOf(...groupRef) : group ? group[1].region ?? stackRegion : here;
    const dest = refOf(f.destination_arn);
    if (groupRegion !== here || (dest && regionOf(...dest) !== here)) out.push(`log subscription ${id} crosses regions`);
  }
  for (const [id, d] of Object.entries(r.aws_cloudfront_distribution ?? {})) {
    const acl = refOf(d.web_acl_id);
    if (acl && regionOf(...acl) !== AWS_REGION_FACTS.cloudFrontWebAcl.region) out.push(`distribution ${id} uses a web ACL outside us-east-1`);
  }
  return out;
}

/** Every violation of the Azure tables in one synthesized stack. */
export function azureViolations(doc: Doc): string[] {
  const out: string[] = [];
  const r = doc.resource ?? {};
  for (const [id, a] of Object.entries(r.azurerm_monitor_metric_alert ?? {})) {
    for (const c of a.criteria ?? []) {
      const fact = azureMetricFact(c.metric_namespace, c.metric_name);
      if (!fact) {
        out.push(`alert ${id}: ${c.metric_namespace}/${c.metric_name} is not in AZURE_METRIC_FACTS`);
        continue;
      }
      if (!fact.aggregations.includes(c.aggregation)) out.push(`alert ${id}: ${c.metric_name} does not accept ${c.aggregation}`);
      for (const d of c.dimension ?? []) if (!fact.dimensions.includes(d.name)) out.push(`alert ${id}: ${c.metric_name} has no dimension ${d.name}`);
    }
  }
  for (const [id, s] of Object.entries(r.azurerm_monitor_autoscale_setting ?? {})) {
    for (const p of s.profile ?? []) {
      for (const rule of p.rule ?? []) {
        const t = rule.metric_trigger;
        const fact = azureMetricFact(t.metric_namespace ?? '', t.metric_name);
        if (!fact) out.push(`autoscale ${id}: ${t.metric_namespace}/${t.metric_name} is not in AZURE_METRIC_FACTS`);
        else if (!fact.aggregations.includes(t.time_aggregation === 'Total' ? 'Total' : t.time_aggregation)) out.push(`autoscale ${id}: ${t.metric_name} does not accept ${t.time_aggregation}`);
      }
    }
  }
  for (const [id, ds] of Object.entries(r.azurerm_monitor_diagnostic_setting ?? {})) {
    const target = refOf(ds.target_resource_id);
    if (!target) {
      out.push(`diagnostic setting ${id}: target ${ds.target_resource_id} is not a resource of the stack`);
      continue;
    }
    const support = AZURE_DIAGNOSTIC_TYPES[target[0]];
    if (!support) {
      out.push(`diagnostic setting ${id}: ${target[0]} is not in AZURE_DIAGNOSTIC_TYPES`);
      continue;
    }
    for (const l of ds.enabled_log ?? []) {
      if (support.logCategoryGroup === undefined && support.logCategories === undefined) out.push(`diagnostic setting ${id}: ${target[0]} exports no logs`);
      else if (support.logCategories ? !support.logCategories.includes(l.category) || l.category_group !== undefined : l.category_group !== support.logCategoryGroup) out.push(`diagnostic setting ${id}: ${target[0]} log ${l.category_group ?? l.category} is not a fact`);
    }
    for (const m of ds.enabled_metric ?? []) if (!support.metricCategories.includes(m.category)) out.push(`diagnostic setting ${id}: ${target[0]} exports no metric category ${m.category}`);
  }
  return out;
}

function violations(stack: TerraformStack): string[] {
  return docViolations(JSON.parse(Testing.synth(stack)) as Doc);
}

function docViolations(doc: Doc): string[] {
  return doc.provider?.aws ? awsViolations(doc) : azureViolations(doc);
}

const SOURCE = path.join(__dirname, '../../handlers/reconciliation');

/** Each blueprint alone, with default (or the fewest required) props, through the kit. */
const BLUEPRINTS: ReadonlyArray<[string, (kit: BlueprintKit) => void]> = [
  ['Network', () => undefined],
  ['LoadBalancer', (kit) => kit.loadBalancer('LoadBalancer')],
  ['ScalingGroup', (kit) => kit.scalingGroup('WebTier', { target: kit.loadBalancer('LoadBalancer').addTarget('web') })],
  ['WebApp', (kit) => kit.webApp('Web', { target: kit.loadBalancer('LoadBalancer').addTarget('web') })],
  ['Cache', (kit) => kit.cache('Cache', {})],
  ['ShardedDatabase', (kit) => kit.shardedDatabase('Orders', { shardCount: 2, shardStrategy: ShardStrategy.HASH, shardKeyColumn: 'customer_id' })],
  ['MessageQueue', (kit) => kit.messageQueue('Messaging', { queues: [{ name: 'jobs' }] })],
  ['ServerlessFunction', (kit) => kit.serverlessFunction('Fn', { sourcePath: SOURCE })],
  ['Throttling (regional)', (kit) => kit.throttling('Waf', {})],
  ['Throttling (edge) + EdgeCache', (kit) => kit.edgeCache('Edge', { originHostname: 'shop.example.com', throttling: kit.throttling('EdgeWaf', { scope: ThrottlingScope.EDGE }) })],
  ['FeatureFlags', (kit) => kit.featureFlags('Flags', { flags: [{ name: 'reviews', enabled: true }] })],
  ['LogSearch', (kit) => kit.logSearch('LogSearch', {})],
  ['LogSearch (dedicated masters)', (kit) => kit.logSearch('LogSearch', { dedicatedMastersEnabled: true })],
  ['CostAlerts', (kit) => kit.costAlerts('CostAlerts', { monthlyBudgetUsd: 100 })],
];

describe('platform facts', () => {
  test('App Service diagnostic settings list documented categories, never a category group no page states it accepts', () => {
    const doc = JSON.parse(defaultStackJson('replatform-azure')) as Doc;
    const settings = Object.values<any>(doc.resource?.azurerm_monitor_diagnostic_setting ?? {}).filter((d) => /azurerm_linux_(web|function)_app\./.test(String(d.target_resource_id)));
    expect(settings.length).toBeGreaterThan(0);
    for (const d of settings) {
      expect(d.enabled_log.every((l: any) => l.category_group === undefined)).toBe(true);
      expect(d.enabled_log.map((l: any) => l.category)).toEqual(expect.arrayContaining(['AppServiceHTTPLogs']));
    }
  });

  test('the tables give a source for every row', () => {
    for (const f of AWS_METRIC_FACTS) expect(f.source).toMatch(/^source: /);
    for (const [type, d] of Object.entries(AZURE_DIAGNOSTIC_TYPES)) expect([type, d.source]).toEqual([type, expect.stringMatching(/^source: /)]);
  });

  test('no row is left carried over: each was read, or says what is unsourced', () => {
    for (const file of ['../../constructs/aws/facts.ts', '../../constructs/azure/facts.ts']) {
      const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
      expect([file, text.match(/\(carried over\)/g) ?? []]).toEqual([file, []]);
    }
  });

  test.each(ALL_STACK_IDS.map((id) => [id]))('%s uses only table facts', (id) => {
    expect(docViolations(JSON.parse(defaultStackJson(id)) as Doc)).toEqual([]);
  });

  const DEPLOY_MD = fs.readFileSync(path.join(__dirname, '../../docs/deploy.md'), 'utf8');
  /** The `### <stack>` section of docs/deploy.md. */
  const section = (id: string) => DEPLOY_MD.split(/^### /m).find((part) => part.startsWith(`${id}\n`)) ?? '';

  test.each(ALL_STACK_IDS.map((id) => [id]))('%s: every prerequisite from the tables is created or declared in docs/deploy.md', (id) => {
    const doc = JSON.parse(defaultStackJson(id)) as Doc;
    const types = new Set(Object.keys(doc.resource ?? {}));
    const text = section(id);
    expect(text).not.toBe('');
    if (doc.provider?.aws) {
      const made = Object.values(doc.resource?.aws_iam_service_linked_role ?? {}).map((r: any) => r.aws_service_name);
      for (const f of AWS_SERVICE_LINKED_ROLES.filter((x) => x.neededBy.some((t) => types.has(t)))) {
        expect([f.serviceName, made.includes(f.serviceName)]).toEqual([f.serviceName, true]);
        expect([f.roleName, text.includes(f.roleName)]).toEqual([f.roleName, true]);
      }
    } else {
      for (const rp of AZURE_UNREGISTERED_PROVIDERS.filter((x) => x.neededBy.some((t) => types.has(t)))) expect([rp.namespace, text.includes(`\`${rp.namespace}\``)]).toEqual([rp.namespace, true]);
    }
  });

  describe.each(['aws', 'azure'] as const)('each blueprint alone on %s', (cloud) => {
    test.each(BLUEPRINTS.map(([name, make]) => [name, make]))('%s uses only table facts', (_name, make) => {
      const { stack, kit } = kitStack(cloud);
      (make as (k: BlueprintKit) => void)(kit as unknown as BlueprintKit);
      kit.monitoring('Monitoring', { alertEmails: ['oncall@shop.example.com'] });
      expect(violations(stack)).toEqual([]);
    });
  });

  describe('the checks fail on what breaks a deploy', () => {
    const aws = (resource: Record<string, Record<string, any>>): Doc => ({ provider: { aws: [{ region: 'eu-west-1' }] }, resource });
    test('an alarm on a CloudFront metric outside us-east-1', () => {
      expect(awsViolations(aws({ aws_cloudwatch_metric_alarm: { a: { namespace: 'AWS/CloudFront', metric_name: '5xxErrorRate', statistic: 'Average', dimensions: { DistributionId: 'x', Region: 'Global' } } } }))).toEqual([
        'alarm a: 5xxErrorRate is published in us-east-1, the alarm is in eu-west-1',
      ]);
    });
    test('an alarm in us-east-1 that notifies a topic of the stack region', () => {
      const doc = aws({ aws_sns_topic: { t: {} }, aws_cloudwatch_metric_alarm: { a: { region: 'us-east-1', namespace: 'AWS/CloudFront', metric_name: '5xxErrorRate', statistic: 'Average', dimensions: {}, alarm_actions: ['${aws_sns_topic.t.arn}'] } } });
      expect(awsViolations(doc)).toEqual(['alarm a (us-east-1) notifies topic t in eu-west-1']);
    });
    test('a CLOUDFRONT WAF metric with a Region dimension in the stack region passes, without one it must be in us-east-1', () => {
      const waf = (dims: Record<string, string>, region?: string) => aws({ aws_cloudwatch_metric_alarm: { a: { region, namespace: 'AWS/WAFV2', metric_name: 'BlockedRequests', statistic: 'Sum', dimensions: dims } } });
      expect(awsViolations(waf({ WebACL: 'w', Rule: 'ALL', Region: 'eu-west-1' }))).toEqual([]);
      expect(awsViolations(waf({ WebACL: 'w', Rule: 'ALL' }))).toHaveLength(1);
      expect(awsViolations(waf({ WebACL: 'w', Rule: 'ALL' }, 'us-east-1'))).toEqual([]);
    });
    test('an unknown metric, a statistic it does not take, a dimension it does not have', () => {
      expect(awsViolations(aws({ aws_cloudwatch_metric_alarm: { a: { namespace: 'AWS/Nope', metric_name: 'X', statistic: 'Sum' }, b: { namespace: 'AWS/Lambda', metric_name: 'Errors', statistic: 'Average', dimensions: { Queue: 'q' } } } }))).toEqual([
        'alarm a: AWS/Nope/X is not in AWS_METRIC_FACTS',
        'alarm b: Errors does not take Average',
        'alarm b: Errors has no dimension Queue',
      ]);
    });
    test('an alarm that leaves out a dimension the metric is only published with', () => {
      const cache = (dims: Record<string, string>) => aws({ aws_cloudwatch_metric_alarm: { a: { namespace: 'AWS/ElastiCache', metric_name: 'EngineCPUUtilization', statistic: 'Average', dimensions: dims } } });
      expect(awsViolations(cache({ CacheClusterId: 'c-0001-001' }))).toEqual(['alarm a: EngineCPUUtilization is published only with CacheNodeId']);
      expect(awsViolations(cache({ CacheClusterId: 'c-0001-001', CacheNodeId: '0001' }))).toEqual([]);
    });
    test('awsMetricProblems (what AwsMonitoring throws on) names a missing required dimension', () => {
      const metric = (dimensions: { name: string; value: string }[]) => ({ namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', dimensions });
      expect(awsMetricProblems(metric([{ name: 'DomainName', value: 'logs' }]), Statistic.MAXIMUM)).toEqual(['AWS/ES/JVMMemoryPressure is published only with ClientId and DomainName: add ClientId']);
      expect(awsMetricProblems(metric([{ name: 'DomainName', value: 'logs' }, { name: 'ClientId', value: '123456789012' }]), Statistic.MAXIMUM)).toEqual([]);
    });
    test('a scaling policy or an alarm on a group metric the group does not collect', () => {
      const doc = (enabled: string[]) => aws({
        aws_autoscaling_group: { g: { name: 'web', enabled_metrics: enabled } },
        aws_autoscaling_policy: {
          p: { target_tracking_configuration: { customized_metric_specification: { metrics: [{ id: 'i', metric_stat: { stat: 'Average', metric: { namespace: 'AWS/AutoScaling', metric_name: 'GroupInServiceInstances', dimensions: [{ name: 'AutoScalingGroupName', value: 'web' }] } } }] } } },
        },
        aws_cloudwatch_metric_alarm: { a: { namespace: 'AWS/AutoScaling', metric_name: 'GroupInServiceInstances', statistic: 'Minimum', dimensions: { AutoScalingGroupName: '${aws_autoscaling_group.g.name}' } } },
      });
      expect(awsViolations(doc([]))).toEqual([
        'scaling policy p: GroupInServiceInstances is published only when the group lists it in enabled_metrics',
        'alarm a: GroupInServiceInstances is published only when the group lists it in enabled_metrics',
      ]);
      expect(awsViolations(doc(['GroupInServiceInstances']))).toEqual([]);
    });
    test('App Insights requests/failed with Total is rejected; Count passes', () => {
      const alert = (aggregation: string): Doc => ({ resource: { azurerm_monitor_metric_alert: { a: { criteria: [{ metric_namespace: 'microsoft.insights/components', metric_name: 'requests/failed', aggregation }] } } } });
      expect(azureViolations(alert('Total'))).toEqual(['alert a: requests/failed does not accept Total']);
      expect(azureViolations(alert('Count'))).toEqual([]);
    });
    test('a diagnostic setting exporting categories its resource type does not have', () => {
      const doc: Doc = { resource: { azurerm_monitor_diagnostic_setting: { d: { target_resource_id: '${azurerm_service_plan.p.id}', enabled_log: [{ category_group: 'allLogs' }], enabled_metric: [{ category: 'AllMetrics' }] }, e: { target_resource_id: '${azurerm_resource_group.g.id}' } } } };
      expect(azureViolations(doc)).toEqual(['diagnostic setting d: azurerm_service_plan exports no logs', 'diagnostic setting e: azurerm_resource_group is not in AZURE_DIAGNOSTIC_TYPES']);
    });
  });
});
