// The cdktf jest matchers' types (toHaveResource, toHaveResourceWithProperties).
import type {} from 'cdktf/lib/testing/adapters/jest';
import { TerraformOutput, Testing } from 'cdktf';
import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { PrometheusWorkspace } from '@cdktf/provider-aws/lib/prometheus-workspace';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { XraySamplingRule } from '@cdktf/provider-aws/lib/xray-sampling-rule';
import { AwsCostAlerts } from '../../../constructs/aws/cost-alerts';
import { AwsMonitoring, AwsMonitoringProps, awsLogGroup, cloudWatchPeriod } from '../../../constructs/aws/monitoring';
import { awsLogRetention } from '../../../constructs/aws/private/log-retention';
import { AwsNetwork } from '../../../constructs/aws/network';
import { MONITORING_DEFAULTS } from '../../../constructs/core/monitoring';
import { Statistic } from '../../../constructs/core/blueprint';
import { FakeBlueprint, FakeTelemetryBlueprint, cpuHigh, p95Latency, warnings } from '../../fixtures/blueprints';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const base: AwsMonitoringProps = { region: 'eu-west-1', alertEmails: ['oncall@shop.example.com'], alertWebhooks: ['https://hooks.example.com/a'] };

function alarms(s: ReturnType<typeof synth>): any[] {
  return Object.values(resources(s, 'aws_cloudwatch_metric_alarm'));
}

describe('default properties', () => {
  const stack = awsStack();
  new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
  const mon = new AwsMonitoring(stack, 'Monitoring', { region: 'eu-west-1' });
  const s = synth(stack);

  test('logs are kept 30 days in a log group encrypted with the monitoring key', () => {
    expect(MONITORING_DEFAULTS.logRetentionDays).toBe(30);
    expect(s.json).toHaveResourceWithProperties(CloudwatchLogGroup, { name: '/scaling-blueprints/shop-prod/app', retention_in_days: 30, kms_key_id: '${aws_kms_key.Monitoring_Key_F01ECDBE.arn}' });
  });

  test('the alert topic is encrypted with a rotated KMS key that CloudWatch and Budgets may use', () => {
    const topic = onlyResource(s, 'aws_sns_topic');
    expect(topic.name).toBe('shop-prod-monitoring-alerts');
    expect(topic.kms_master_key_id).toMatch(/aws_kms_key\..*\.arn/);
    const key = onlyResource(s, 'aws_kms_key');
    expect(key.enable_key_rotation).toBe(true);
    const policy = JSON.parse(key.policy);
    const publishers = policy.Statement.find((st: any) => st.Sid === 'AlarmAndBudgetPublishers');
    expect(publishers.Principal.Service).toEqual(expect.arrayContaining(['cloudwatch.amazonaws.com', 'budgets.amazonaws.com']));
  });

  test('the topic policy lets CloudWatch and Budgets publish from this account only, over TLS', () => {
    const policy = JSON.parse(onlyResource(s, 'aws_sns_topic_policy').policy);
    const publishers = policy.Statement.find((st: any) => st.Sid === 'AlarmAndBudgetPublishers');
    expect(publishers.Condition.StringEquals['aws:SourceAccount']).toBeDefined();
    expect(policy.Statement.find((st: any) => st.Sid === 'DenyInsecureTransport').Effect).toBe('Deny');
  });

  test('an X-Ray sampling rule traces 5% of requests plus one a second', () => {
    expect(s.json).toHaveResourceWithProperties(XraySamplingRule, { fixed_rate: 0.05, reservoir_size: 1, service_name: '*', priority: 1000 });
    expect(onlyResource(s, 'aws_xray_sampling_rule').rule_name.length).toBeLessThanOrEqual(32);
  });

  test('a dashboard exists, no Prometheus or Grafana', () => {
    expect(s.json).toHaveResource(CloudwatchDashboard);
    expect(s.json).not.toHaveResource(PrometheusWorkspace);
    expect(s.json).not.toHaveResource(GrafanaWorkspace);
    expect(mon.dashboardUrl).toBe('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards/dashboard/shop-prod-monitoring-dashboard');
  });

  test('alarms notify the topic on alarm and on recovery, and treat missing data as fine', () => {
    const [alarm] = alarms(s);
    expect(alarm.alarm_actions).toEqual(['${aws_sns_topic.Monitoring_19FB5217.arn}']);
    expect(alarm.ok_actions).toEqual(alarm.alarm_actions);
    expect(alarm.treat_missing_data).toBe('notBreaching');
  });

  test('without recipients it warns that nobody is notified', () => {
    expect(warnings(stack).some((w) => w.includes('nobody is notified'))).toBe(true);
  });
});

describe('default alarms from golden signals', () => {
  test('each declared signal becomes an alarm with the documented threshold, period and statistic', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
      alarm_name: 'shop-prod-web-cpu-high',
      namespace: 'AWS/EC2',
      metric_name: 'CPUUtilization',
      dimensions: { AutoScalingGroupName: 'web-asg' },
      statistic: 'Average',
      comparison_operator: 'GreaterThanThreshold',
      threshold: 80,
      period: 300,
      evaluation_periods: 3,
      datapoints_to_alarm: 3,
    });
  });

  test('a p95 signal uses extended_statistic, not statistic', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Alb', { signals: [p95Latency()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    const [alarm] = alarms(synth(stack));
    expect(alarm.extended_statistic).toBe('p95');
    expect(alarm.statistic).toBeUndefined();
    expect(alarm.comparison_operator).toBe('GreaterThanOrEqualToThreshold');
  });

  test('the network blueprint gets one alarm per NAT gateway', () => {
    const stack = awsStack();
    new AwsNetwork(stack, 'Network', { region: 'eu-west-1' });
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    expect(mon.alarmCount).toBe(3);
    expect(alarms(synth(stack)).map((a) => a.alarm_name).sort()).toEqual([1, 2, 3].map((i) => `shop-prod-network-nat-${i}-port-allocation-errors`));
  });

  test('a stack with N blueprints yields all their alarms, in construct order', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh(), p95Latency()] });
    new FakeBlueprint(stack, 'Api', { signals: [cpuHigh()] });
    new FakeBlueprint(stack, 'Worker', { signals: [cpuHigh({ name: 'cpu-very-high', threshold: 95 })] });
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    expect(mon.alarmCount).toBe(4);
    expect(mon.alarms.map((a) => a.node.path)).toEqual(['test/Monitoring/Alarms/Web/cpu-high', 'test/Monitoring/Alarms/Web/p95-response-time', 'test/Monitoring/Alarms/Api/cpu-high', 'test/Monitoring/Alarms/Worker/cpu-very-high']);
  });

  test('nested blueprints are found, and named by their whole path', () => {
    const stack = awsStack();
    const tier = new FakeBlueprint(stack, 'Web');
    new FakeBlueprint(tier, 'Asg', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    expect(alarms(synth(stack)).map((a) => a.alarm_name)).toEqual(['shop-prod-web/asg-cpu-high']);
  });

  test('an override by <construct id>/<signal> changes one blueprint; a bare <signal> changes all', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    new FakeBlueprint(stack, 'Api', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', { ...base, alarmOverrides: { 'Web/cpu-high': { threshold: 90 }, 'cpu-high': { threshold: 70 } } });
    const byName = Object.fromEntries(alarms(synth(stack)).map((a) => [a.alarm_name, a]));
    expect(byName['shop-prod-web-cpu-high'].threshold).toBe(90);
    expect(byName['shop-prod-web-cpu-high'].alarm_description).toContain('overridden by monitoring.alarms["Web/cpu-high"]');
    expect(byName['shop-prod-api-cpu-high'].threshold).toBe(70);
  });

  test('enabled: false removes the alarm', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh(), p95Latency()] });
    const mon = new AwsMonitoring(stack, 'Monitoring', { ...base, alarmOverrides: { 'Web/p95-response-time': { enabled: false } } });
    expect(alarms(synth(stack)).map((a) => a.alarm_name)).toEqual(['shop-prod-web-cpu-high']);
    expect(mon.plan.disabled.map((d) => d.key)).toEqual(['Web/p95-response-time']);
  });

  test('an override that matches nothing is reported as a warning', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', { ...base, alarmOverrides: { 'Web/cpu-hihg': { threshold: 1 } } });
    expect(warnings(stack).some((w) => w.includes('monitoring.alarms["Web/cpu-hihg"] matches no golden signal'))).toBe(true);
  });

  test('the warning names the key that was probably meant, and only when one is close', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', { ...base, alarmOverrides: { 'Web/cpu-hihg': { threshold: 1 }, 'Database/replica-lag': { threshold: 2 } } });
    const w = warnings(stack);
    expect(w.find((x) => x.includes('"Web/cpu-hihg"'))).toMatch(/Did you mean 'Web\/cpu-high'\?$/);
    expect(w.find((x) => x.includes('"Database/replica-lag"'))).not.toMatch(/Did you mean/);
  });

  test('a blueprint without golden signals is reported as unwatched', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Silent');
    new AwsMonitoring(stack, 'Monitoring', base);
    expect(warnings(stack).some((w) => w.includes("'Silent' declares no golden signals"))).toBe(true);
  });

  test('blueprints created after Monitoring are not watched (Monitoring comes last)', () => {
    const stack = awsStack();
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    new FakeBlueprint(stack, 'Late', { signals: [cpuHigh()] });
    expect(mon.alarmCount).toBe(0);
  });

  test('the budget signal of CostAlerts makes no alarm: the budget routes its notifications to the topic', () => {
    const stack = awsStack();
    const cost = new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, projectTag: 'shop' });
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    const s = synth(stack);
    expect(alarms(s)).toHaveLength(0);
    expect(mon.plan.delivered.map((d) => d.key)).toEqual(['CostAlerts/forecast-above-budget']);
    const budget = onlyResource(s, 'aws_budgets_budget');
    expect(budget.notification.every((n: any) => n.subscriber_sns_topic_arns[0] === '${aws_sns_topic.Monitoring_19FB5217.arn}')).toBe(true);
    expect(cost.anomalyTopicSubscription).toBeDefined();
  });

  test('alarm names are deterministic across builds', () => {
    const build = () => {
      const stack = awsStack();
      new FakeBlueprint(stack, 'Web', { signals: [cpuHigh(), p95Latency()] });
      new AwsMonitoring(stack, 'Monitoring', base);
      return Testing.synth(stack);
    };
    expect(build()).toBe(build());
  });
});

describe('dashboard', () => {
  test('one widget per blueprint, in construct order, two per row', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { kind: 'ScalingGroup', signals: [cpuHigh()] });
    new FakeBlueprint(stack, 'Alb', { kind: 'LoadBalancer', signals: [p95Latency()] });
    new FakeBlueprint(stack, 'Cache', { kind: 'Cache', signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    const body = JSON.parse(onlyResource(synth(stack), 'aws_cloudwatch_dashboard').dashboard_body);
    expect(body.widgets.map((w: any) => w.properties.title)).toEqual(['ScalingGroup: Web', 'LoadBalancer: Alb', 'Cache: Cache']);
    expect(body.widgets.map((w: any) => [w.x, w.y])).toEqual([[0, 0], [12, 0], [0, 6]]);
  });

  test('a widget plots the signal metrics with their thresholds', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Alb', { signals: [p95Latency()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    const [w] = JSON.parse(onlyResource(synth(stack), 'aws_cloudwatch_dashboard').dashboard_body).widgets;
    expect(w.type).toBe('metric');
    expect(w.properties.region).toBe('eu-west-1');
    expect(w.properties.metrics).toEqual([['AWS/ApplicationELB', 'TargetResponseTime', 'LoadBalancer', 'app/shop/123', { label: 'p95-response-time', stat: 'p95', period: 60 }]]);
    expect(w.properties.annotations.horizontal).toEqual([{ label: 'p95-response-time threshold', value: 1 }]);
  });

  test('a blueprint whose alerts it delivers itself gets a text widget', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, projectTag: 'shop' });
    new AwsMonitoring(stack, 'Monitoring', base);
    const [w] = JSON.parse(onlyResource(synth(stack), 'aws_cloudwatch_dashboard').dashboard_body).widgets;
    expect(w.type).toBe('text');
    expect(w.properties.markdown).toContain('forecast-above-budget');
  });

  test('the body keeps its key order', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', base);
    const body = onlyResource(synth(stack), 'aws_cloudwatch_dashboard').dashboard_body as string;
    expect(body.startsWith('{"widgets":[{"type":"metric","x":0,"y":0,"width":12,"height":6,"properties":{"title":')).toBe(true);
  });

  test('dashboardEnabled: false drops it', () => {
    const stack = awsStack();
    const mon = new AwsMonitoring(stack, 'Monitoring', { ...base, dashboardEnabled: false });
    expect(Testing.synth(stack)).not.toHaveResource(CloudwatchDashboard);
    expect(mon.dashboardUrl).toBeUndefined();
  });
});

describe('options', () => {
  test('e-mails and webhooks become SNS e-mail and HTTPS subscriptions', () => {
    const stack = awsStack();
    new AwsMonitoring(stack, 'Monitoring', base);
    const s = Testing.synth(stack);
    expect(s).toHaveResourceWithProperties(SnsTopicSubscription, { protocol: 'email', endpoint: 'oncall@shop.example.com' });
    expect(s).toHaveResourceWithProperties(SnsTopicSubscription, { protocol: 'https', endpoint: 'https://hooks.example.com/a' });
  });

  test('logRetentionDays sets the log group retention', () => {
    const stack = awsStack();
    new AwsMonitoring(stack, 'Monitoring', { ...base, logRetentionDays: 90 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CloudwatchLogGroup, { retention_in_days: 90 });
  });

  test('logKmsEnabled: false leaves the log group on the AWS-owned key', () => {
    const stack = awsStack();
    new AwsMonitoring(stack, 'Monitoring', { ...base, logKmsEnabled: false });
    expect(onlyResource(synth(stack), 'aws_cloudwatch_log_group').kms_key_id).toBeUndefined();
  });

  test('traceSamplingPercent sets the X-Ray fixed rate', () => {
    const stack = awsStack();
    new AwsMonitoring(stack, 'Monitoring', { ...base, traceSamplingPercent: 20 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(XraySamplingRule, { fixed_rate: 0.2 });
  });

  test('prometheusEnabled adds Managed Prometheus and a Grafana workspace reading it', () => {
    const stack = awsStack();
    const mon = new AwsMonitoring(stack, 'Monitoring', { ...base, prometheusEnabled: true });
    const s = Testing.synth(stack);
    expect(s).toHaveResource(PrometheusWorkspace);
    expect(s).toHaveResourceWithProperties(GrafanaWorkspace, { account_access_type: 'CURRENT_ACCOUNT', data_sources: ['CLOUDWATCH', 'PROMETHEUS', 'XRAY'], permission_type: 'CUSTOMER_MANAGED' });
    expect(mon.costItems.map((c) => c.sku)).toEqual(expect.arrayContaining(['aws:amp:samples-ingested', 'aws:grafana:editor']));
  });

  test('the alert channel is the topic ARN', () => {
    const stack = awsStack();
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    expect(mon.resource).toBeInstanceOf(SnsTopic);
    new TerraformOutput(stack, 'channel', { value: mon.alertChannelId });
    expect(synth(stack).doc.output!.channel.value).toBe('${aws_sns_topic.Monitoring_19FB5217.arn}');
  });

  test('cost items: key, one alarm line priced per alarm, dashboard, and usage-based ingestion', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh(), p95Latency()] });
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    const alarmItem = mon.costItems.find((c) => c.sku === 'aws:cloudwatch:alarm')!;
    expect([alarmItem.quantityMin, alarmItem.quantityMax]).toEqual([2, 2]);
    expect(mon.costItems.find((c) => c.sku === 'aws:cloudwatch:logs-ingest')!.usageBased).toBe(true);
  });
});

describe('log groups for other blueprints', () => {
  test('blueprints that take telemetry get the log group, its key, the retention and the sampling', () => {
    const stack = awsStack();
    const fn = new FakeTelemetryBlueprint(stack, 'Fn', { signals: [cpuHigh()] });
    new AwsMonitoring(stack, 'Monitoring', { ...base, logRetentionDays: 60 });
    expect(fn.sink).toMatchObject({ logRetentionDays: 60, traceSamplingPercent: 5 });
    new TerraformOutput(stack, 'group', { value: fn.sink!.logGroupName });
    new TerraformOutput(stack, 'key', { value: fn.sink!.logKmsKeyArn });
    const out = synth(stack).doc.output!;
    expect(out.group.value).toBe('${aws_cloudwatch_log_group.Monitoring_LogGroup_A0EC934B.name}');
    expect(out.key.value).toBe('${aws_kms_key.Monitoring_Key_F01ECDBE.arn}');
  });

  test('awsLogGroup sets retention and KMS key', () => {
    const stack = awsStack();
    awsLogGroup(stack, 'Logs', { name: '/aws/lambda/x', retentionDays: 14, kmsKeyArn: 'arn:aws:kms:eu-west-1:1:key/k' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CloudwatchLogGroup, { name: '/aws/lambda/x', retention_in_days: 14, kms_key_id: 'arn:aws:kms:eu-west-1:1:key/k' });
  });

  test('fails when awsLogGroup retention is not a CloudWatch value', () => {
    expect(errorCodes(() => awsLogGroup(awsStack(), 'Logs', { name: '/x', retentionDays: 10 }))).toEqual(['MonitoringLogRetentionNotAllowed']);
  });
});

describe('rules', () => {
  const make = (p: Partial<AwsMonitoringProps>) => () => new AwsMonitoring(awsStack(), 'Monitoring', { ...base, ...p });

  test('fails when an alert e-mail is invalid', () => {
    expect(errorCodes(make({ alertEmails: ['oncall@shop.example.com', 'not-an-email'] }))).toEqual(['MonitoringEmailInvalid']);
  });

  test('fails when a webhook is not https', () => {
    expect(errorCodes(make({ alertWebhooks: ['http://hooks.example.com'] }))).toEqual(['MonitoringWebhookNotHttps']);
  });

  test('fails when the log retention is not allowed by CloudWatch Logs', () => {
    expect(errorCodes(make({ logRetentionDays: 45 }))).toEqual(['MonitoringLogRetentionNotAllowed']);
  });

  test('fails when the trace sampling percent is outside 0-100', () => {
    expect(errorCodes(make({ traceSamplingPercent: 150 }))).toEqual(['MonitoringTraceSamplingOutOfRange']);
  });

  test('fails when an override threshold is not a number', () => {
    expect(errorCodes(make({ alarmOverrides: { 'cpu-high': { threshold: Number.NaN } } }))).toEqual(['MonitoringAlarmThresholdInvalid']);
  });

  test('reports every failure at once', () => {
    expect(errorCodes(make({ alertEmails: ['x'], logRetentionDays: 2 }))).toEqual(['MonitoringEmailInvalid', 'MonitoringLogRetentionNotAllowed']);
  });
});

describe('platform facts and regions', () => {
  const cloudFront5xx = cpuHigh({ name: 'edge-5xx', metric: { namespace: 'AWS/CloudFront', metricName: '5xxErrorRate', dimensions: [{ name: 'DistributionId', value: 'E1' }, { name: 'Region', value: 'Global' }] } });

  test('an alarm on a us-east-1-only metric lives in us-east-1 and notifies a us-east-1 topic with the same subscribers', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Edge', { signals: [cloudFront5xx] });
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    const mon = new AwsMonitoring(stack, 'Monitoring', base);
    const s = synth(stack);
    const edge = alarms(s).find((a) => a.metric_name === '5xxErrorRate');
    const web = alarms(s).find((a) => a.metric_name === 'CPUUtilization');
    expect(edge.region).toBe('us-east-1');
    expect(web.region).toBeUndefined();
    const edgeTopic = Object.entries(resources(s, 'aws_sns_topic')).find(([, t]) => (t as any).region === 'us-east-1')!;
    expect(edge.alarm_actions).toEqual([`\${aws_sns_topic.${edgeTopic[0]}.arn}`]);
    expect(web.alarm_actions).not.toEqual(edge.alarm_actions);
    expect((edgeTopic[1] as any).kms_master_key_id).toMatch(/aws_kms_key\..*EdgeKey.*\.arn/);
    const subs = Object.values(resources(s, 'aws_sns_topic_subscription')) as any[];
    expect(subs.filter((x) => x.region === 'us-east-1').map((x) => x.endpoint).sort()).toEqual([...base.alertEmails!, ...base.alertWebhooks!].sort());
    expect(mon.edgeAlertTopic).toBeDefined();
  });

  test('no us-east-1 topic when no alarm needs one, or when the stack is in us-east-1', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    expect(new AwsMonitoring(stack, 'Monitoring', base).edgeAlertTopic).toBeUndefined();
    const east = awsStack('east');
    new FakeBlueprint(east, 'Edge', { signals: [cloudFront5xx] });
    const mon = new AwsMonitoring(east, 'Monitoring', { ...base, region: 'us-east-1' });
    expect(mon.edgeAlertTopic).toBeUndefined();
    expect(alarms(synth(east))[0].region).toBeUndefined();
  });

  test('the dashboard reads a us-east-1 metric from us-east-1', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Edge', { signals: [cloudFront5xx] });
    new AwsMonitoring(stack, 'Monitoring', base);
    const body = JSON.parse(onlyResource(synth(stack), 'aws_cloudwatch_dashboard').dashboard_body);
    expect(body.widgets[0].properties.metrics[0].at(-1)).toMatchObject({ region: 'us-east-1' });
  });

  test('fails when a signal uses a metric, statistic or dimension that is not in AWS_METRIC_FACTS', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh({ metric: { namespace: 'AWS/EC2', metricName: 'CPUUtilisation' } }), cpuHigh({ name: 'cpu-sum', statistic: Statistic.SUM })] });
    expect(errorCodes(() => new AwsMonitoring(stack, 'Monitoring', base))).toEqual(['MonitoringMetricNotInFacts', 'MonitoringMetricNotInFacts']);
  });
});

describe('CloudWatch translations', () => {
  test('CloudWatch periods: 10, 30 or a multiple of 60', () => {
    expect([5, 10, 20, 30, 45, 60, 61, 300].map(cloudWatchPeriod)).toEqual([10, 10, 30, 30, 60, 60, 120, 300]);
  });

  test('log retention rounds up to a value CloudWatch accepts', () => {
    expect(awsLogRetention(90)).toBe(90);
    expect(awsLogRetention(100)).toBe(120);
    expect(awsLogRetention(4000)).toBe(3653);
  });
});
