import { Construct, IConstruct } from 'constructs';
import { Annotations, Aspects, IAspect, TerraformStack } from 'cdktf';
import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { PrometheusWorkspace } from '@cdktf/provider-aws/lib/prometheus-workspace';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { XraySamplingRule } from '@cdktf/provider-aws/lib/xray-sampling-rule';
import { Blueprint, Comparison, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import {
  MONITORING_RULES,
  AWS_LOG_RETENTION_DAYS,
  AlarmPlan,
  IMonitoring,
  MONITORING_DEFAULTS,
  MonitoringProps,
  ResolvedAlarm,
  TelemetrySink,
  alarmDescription,
  connectTelemetry,
  pathBelowStack,
  planAlarms,
  routeDeliveredAlerts,
  watchedBlueprints,
  unusedOverrideWarning,
  widgetTitle,
  AlarmIndex,
} from '../core/monitoring';
import { fitName, namePrefix, resourceName, stableHash } from '../core/naming';
import { Rule, ValidationError, ValidationIssue, rules, validateProps } from '../core/validation';
import { awsMetricFact, awsMetricProblems, awsMetricRegion } from './facts';
import { serviceAssumeRolePolicy } from './private/iam';

export interface AwsMonitoringProps extends MonitoringProps {
  /** AWS region: the dashboard's region and the log service principal in the key policy. */
  readonly region: string;
  /**
   * Encrypt the stack's application log group with the monitoring KMS key. Off saves nothing but
   * leaves the logs under the AWS-owned key.
   * @default true
   */
  readonly logKmsEnabled?: boolean;
}

export const AWS_MONITORING_DEFAULTS = {
  ...MONITORING_DEFAULTS,
  logKmsEnabled: true,
} as const;

// ── CloudWatch translations of the neutral alarm plan ────────────────────────────────────────────

/** AWS adds: retention one of the CloudWatch Logs values. */
export const AWS_MONITORING_RULES: ReadonlyArray<Rule<MonitoringProps>> = [
  ...MONITORING_RULES,
  rules.oneOf<MonitoringProps, number>('MonitoringLogRetentionNotAllowed', 'logRetentionDays', (p) => p.logRetentionDays, AWS_LOG_RETENTION_DAYS, 'CloudWatch Logs keeps logs only for these periods; pick the next one up.'),
];

/** CloudWatch `comparison_operator`. */
export const AWS_COMPARISON: Record<Comparison, string> = {
  [Comparison.GREATER_THAN]: 'GreaterThanThreshold',
  [Comparison.GREATER_THAN_OR_EQUAL]: 'GreaterThanOrEqualToThreshold',
  [Comparison.LESS_THAN]: 'LessThanThreshold',
  [Comparison.LESS_THAN_OR_EQUAL]: 'LessThanOrEqualToThreshold',
};

/** CloudWatch accepts periods of 10, 30 or a multiple of 60 seconds. */
export function cloudWatchPeriod(seconds: number): number {
  if (seconds <= 10) return 10;
  if (seconds <= 30) return 30;
  return Math.ceil(seconds / 60) * 60;
}

// ── Log groups, for every blueprint ──────────────────────────────────────────────────────────────

export interface AwsLogGroupProps {
  /** The log group name (`/aws/lambda/shop-prod-sender`). */
  readonly name: string;
  /** Days kept: one of the CloudWatch Logs values (1, 3, 5, 7, 14, 30, 60, 90, …). */
  readonly retentionDays: number;
  /**
   * KMS key ARN. The key policy must let `logs.<region>.amazonaws.com` use it (the Monitoring key
   * does: `monitoring.key.arn`).
   * @default - the AWS-owned key
   */
  readonly kmsKeyArn?: string;
}

const LOG_GROUP_RULES: ReadonlyArray<Rule<AwsLogGroupProps>> = [
  rules.oneOf<AwsLogGroupProps, number>('MonitoringLogRetentionNotAllowed', 'retentionDays', (p) => p.retentionDays, AWS_LOG_RETENTION_DAYS, 'CloudWatch Logs keeps logs only for these periods; pick the next one up.'),
];

/**
 * A CloudWatch log group with a retention CloudWatch accepts and, optionally, a KMS key. For every
 * blueprint that writes logs (functions, containers, load balancer access logs).
 */
export function awsLogGroup(scope: Construct, id: string, props: AwsLogGroupProps): CloudwatchLogGroup {
  validateProps(scope, `awsLogGroup '${id}'`, LOG_GROUP_RULES, props);
  return new CloudwatchLogGroup(scope, id, { name: props.name, retentionInDays: props.retentionDays, kmsKeyId: props.kmsKeyArn });
}

// ── Monitoring ──────────────────────────────────────────────────────────────────────────────────

/** The CloudWatch form of a signal's metric: namespace, name, dimensions as a map. */
function dimensionsOf(a: ResolvedAlarm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of a.signal.metric.dimensions ?? []) out[d.name] = d.value;
  return out;
}

/**
 * The observability of a stack on AWS. Created last in the stack, it finds every blueprint in it
 * and turns their golden signals into CloudWatch alarms that notify an encrypted SNS alert topic
 * (e-mail and HTTPS subscribers), draws a dashboard with one widget per blueprint, keeps the
 * application logs, samples traces into X-Ray, and optionally runs Managed Prometheus and Grafana.
 */
export class AwsMonitoring extends Blueprint implements IMonitoring {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'Monitoring';
  /** The alert SNS topic: the alert channel. */
  public readonly resource: SnsTopic;
  public readonly alertTopic: SnsTopic;
  /** Encrypts the topic and the log group; CloudWatch, Budgets and Cost Anomaly Detection may use it. */
  public readonly key: KmsKey;
  public readonly subscriptions: SnsTopicSubscription[] = [];
  /** The stack's application log group. */
  public readonly logGroup: CloudwatchLogGroup;
  /** One per golden signal that is not disabled, in construct-tree order. */
  public readonly alarms: CloudwatchMetricAlarm[] = [];
  /**
   * The alert topic in us-east-1, with the same subscribers, for alarms on metrics published only
   * there (CloudFront, CLOUDFRONT-scope WAF): an alarm notifies topics of its own region only.
   * @default - none when no such alarm, or when the stack is in us-east-1
   */
  public readonly edgeAlertTopic?: SnsTopic;
  /** The key of the us-east-1 topic. */
  public readonly edgeKey?: KmsKey;
  public readonly dashboard?: CloudwatchDashboard;
  public readonly samplingRule: XraySamplingRule;
  public readonly prometheusWorkspace?: PrometheusWorkspace;
  public readonly grafanaWorkspace?: GrafanaWorkspace;
  public readonly plan: AlarmPlan;
  public readonly alertChannelId: string;
  public readonly dashboardUrl?: string;
  public readonly logRetentionDays: number;
  /** What Monitoring handed to the blueprints that take telemetry. */
  public readonly telemetry: TelemetrySink;

  constructor(scope: Construct, id: string, props: AwsMonitoringProps) {
    super(scope, id);
    this.validate('AwsMonitoring', AWS_MONITORING_RULES, props);
    const d = AWS_MONITORING_DEFAULTS;
    this.logRetentionDays = props.logRetentionDays ?? d.logRetentionDays;
    const region = props.region;
    const overrides = props.alarmOverrides ?? {};
    const accountId = new DataAwsCallerIdentity(this, 'Caller', {}).accountId;

    this.key = new KmsKey(this, 'Key', {
      description: `Encrypts the alert topic and logs of ${this.node.path}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'AlarmAndBudgetPublishers',
            Effect: 'Allow',
            Principal: { Service: ['budgets.amazonaws.com', 'cloudwatch.amazonaws.com', 'costalerts.amazonaws.com', 'events.amazonaws.com'] },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Resource: '*',
          },
          {
            Sid: 'CloudWatchLogs',
            Effect: 'Allow',
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${accountId}:*` } },
          },
        ],
      }),
    });

    this.resource = new SnsTopic(this, 'Resource', { name: resourceName(this, 'awsSnsTopic', 'alerts'), kmsMasterKeyId: this.key.arn });
    this.alertTopic = this.resource;
    this.alertChannelId = this.resource.arn;
    new SnsTopicPolicy(this, 'TopicPolicy', {
      arn: this.resource.arn,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AccountOwner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:ListSubscriptionsByTopic'], Resource: this.resource.arn },
          {
            Sid: 'AlarmAndBudgetPublishers',
            Effect: 'Allow',
            Principal: { Service: ['budgets.amazonaws.com', 'cloudwatch.amazonaws.com', 'costalerts.amazonaws.com', 'events.amazonaws.com'] },
            Action: 'sns:Publish',
            Resource: this.resource.arn,
            Condition: { StringEquals: { 'aws:SourceAccount': accountId } },
          },
          { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: this.resource.arn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ],
      }),
    });
    for (const email of props.alertEmails ?? []) {
      this.subscriptions.push(new SnsTopicSubscription(this, `Email-${stableHash(email)}`, { topicArn: this.resource.arn, protocol: 'email', endpoint: email }));
    }
    for (const url of props.alertWebhooks ?? []) {
      this.subscriptions.push(new SnsTopicSubscription(this, `Webhook-${stableHash(url)}`, { topicArn: this.resource.arn, protocol: 'https', endpoint: url }));
    }
    if (this.subscriptions.length === 0) Annotations.of(this).addWarning('No alert e-mail or webhook: alarms reach the SNS topic but nobody is notified.');

    this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/scaling-blueprints/${namePrefix(this)}/app`,
      retentionInDays: this.logRetentionDays,
      kmsKeyId: props.logKmsEnabled ?? d.logKmsEnabled ? this.key.arn : undefined,
    });

    // Default alarms: every golden signal of every blueprint in the stack. Each metric must be a
    // fact of AWS_METRIC_FACTS (statistic and dimensions it takes, region it is published in).
    const blueprints = watchedBlueprints(TerraformStack.of(this), this);
    this.plan = planAlarms(blueprints, overrides);
    const factIssues: ValidationIssue[] = this.plan.alarms.flatMap((a) =>
      awsMetricProblems(a.signal.metric, a.signal.statistic).map((problem) => ({
        code: 'MonitoringMetricNotInFacts', path: this.node.path, prop: `${a.key}.metric`, value: `${a.signal.metric.namespace}/${a.signal.metric.metricName} (${a.signal.statistic})`,
        allowed: 'a metric, statistic and dimensions listed in AWS_METRIC_FACTS (constructs/aws/facts.ts)', fix: `${problem}: add the fact with its source, or fix the signal.`,
      })),
    );
    if (factIssues.length > 0) throw new ValidationError(`AwsMonitoring at '${this.node.path}'`, factIssues, 'golden signals');
    const alarmRegion = (a: ResolvedAlarm): string | undefined => {
      const r = awsMetricRegion(awsMetricFact(a.signal.metric.namespace, a.signal.metric.metricName)!, a.signal.metric);
      return r === region ? undefined : r;
    };
    const needsEdgeTopic = this.plan.alarms.some((a) => alarmRegion(a) !== undefined);
    if (needsEdgeTopic) {
      const edgeRegion = this.plan.alarms.map(alarmRegion).find((r) => r !== undefined)!;
      this.edgeKey = new KmsKey(this, 'EdgeKey', {
        region: edgeRegion,
        description: `Encrypts the ${edgeRegion} alert topic of ${this.node.path}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' },
            { Sid: 'AlarmPublishers', Effect: 'Allow', Principal: { Service: ['cloudwatch.amazonaws.com'] }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' },
          ],
        }),
      });
      this.edgeAlertTopic = new SnsTopic(this, 'EdgeAlertTopic', { region: edgeRegion, name: resourceName(this, 'awsSnsTopic', 'alerts-edge'), kmsMasterKeyId: this.edgeKey.arn });
      new SnsTopicPolicy(this, 'EdgeTopicPolicy', {
        region: edgeRegion,
        arn: this.edgeAlertTopic.arn,
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountOwner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:ListSubscriptionsByTopic'], Resource: this.edgeAlertTopic.arn },
            { Sid: 'AlarmPublishers', Effect: 'Allow', Principal: { Service: ['cloudwatch.amazonaws.com'] }, Action: 'sns:Publish', Resource: this.edgeAlertTopic.arn, Condition: { StringEquals: { 'aws:SourceAccount': accountId } } },
            { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: this.edgeAlertTopic.arn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          ],
        }),
      });
      for (const email of props.alertEmails ?? []) {
        this.subscriptions.push(new SnsTopicSubscription(this, `EdgeEmail-${stableHash(email)}`, { region: edgeRegion, topicArn: this.edgeAlertTopic.arn, protocol: 'email', endpoint: email }));
      }
      for (const url of props.alertWebhooks ?? []) {
        this.subscriptions.push(new SnsTopicSubscription(this, `EdgeWebhook-${stableHash(url)}`, { region: edgeRegion, topicArn: this.edgeAlertTopic.arn, protocol: 'https', endpoint: url }));
      }
    }
    const alarmScope = new Construct(this, 'Alarms');
    const groups = new Map<string, Construct>();
    for (const a of this.plan.alarms) {
      const groupId = a.blueprintPath.replace(/\//g, '.');
      const group = groups.get(groupId) ?? new Construct(alarmScope, groupId);
      groups.set(groupId, group);
      const p95 = a.signal.statistic === Statistic.P95;
      const elsewhere = alarmRegion(a);
      const topicArn = elsewhere !== undefined ? this.edgeAlertTopic!.arn : this.resource.arn;
      this.alarms.push(
        new CloudwatchMetricAlarm(group, a.signal.name, {
          region: elsewhere,
          alarmName: fitName([namePrefix(this), a.blueprintPath, a.signal.name], 'awsAlarm'),
          alarmDescription: alarmDescription(a),
          namespace: a.signal.metric.namespace,
          metricName: a.signal.metric.metricName,
          dimensions: dimensionsOf(a),
          statistic: p95 ? undefined : a.signal.statistic,
          extendedStatistic: p95 ? 'p95' : undefined,
          comparisonOperator: AWS_COMPARISON[a.signal.comparison],
          threshold: a.threshold,
          period: cloudWatchPeriod(a.signal.periodSeconds),
          evaluationPeriods: a.evaluationPeriods,
          datapointsToAlarm: a.evaluationPeriods,
          treatMissingData: 'notBreaching',
          alarmActions: [topicArn],
          okActions: [topicArn],
        }),
      );
    }
    // Which alarm belongs to which blueprint (the loop above makes one per planned alarm, in order).
    // An alarm published in another region (us-east-1 for the edge) notifies that region's topic.
    this.plan.alarms.forEach((a, i) => this.alarmIndex.remember(a.blueprint, a.blueprintPath, a.signal.name, this.alarms[i].arn, alarmRegion(a) !== undefined ? this.edgeAlertTopic!.arn : this.resource.arn));
    routeDeliveredAlerts(this.plan, this.alertChannelId, overrides);
    this.warnAboutPlan();
    this.telemetry = {
      logGroupName: this.logGroup.name,
      logKmsKeyArn: this.key.arn,
      logRetentionDays: this.logRetentionDays,
      traceSamplingPercent: props.traceSamplingPercent ?? d.traceSamplingPercent,
    };
    connectTelemetry(blueprints, this.telemetry);
    // Every log group of the stack in this region that has no key of its own is encrypted with the
    // Monitoring key (its policy lets CloudWatch Logs of this region use it), including groups that
    // blueprints or users add after Monitoring.
    if (props.logKmsEnabled ?? d.logKmsEnabled) Aspects.of(TerraformStack.of(this)).add(new EncryptLogGroups(this.key.arn));

    if (props.dashboardEnabled ?? d.dashboardEnabled) {
      const dashboardName = resourceName(this, 'awsDashboard', 'dashboard');
      this.dashboard = new CloudwatchDashboard(this, 'Dashboard', { dashboardName, dashboardBody: AwsMonitoring.dashboardBody(blueprints, this.plan, region) });
      this.dashboardUrl = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${dashboardName}`;
    }

    // Traces: X-Ray keeps the first request each second and this share of the rest.
    this.samplingRule = new XraySamplingRule(this, 'SamplingRule', {
      ruleName: resourceName(this, 'awsXraySamplingRule'),
      priority: 1000,
      fixedRate: (props.traceSamplingPercent ?? d.traceSamplingPercent) / 100,
      reservoirSize: 1,
      serviceName: '*',
      serviceType: '*',
      host: '*',
      httpMethod: '*',
      urlPath: '*',
      resourceArn: '*',
      version: 1,
    });

    if (props.prometheusEnabled ?? d.prometheusEnabled) {
      this.prometheusWorkspace = new PrometheusWorkspace(this, 'PrometheusWorkspace', { alias: resourceName(this, 'awsGeneric', 'prometheus') });
      const role = new IamRole(this, 'GrafanaRole', {
        name: resourceName(this, 'awsIamRole', 'grafana'),
        assumeRolePolicy: serviceAssumeRolePolicy('grafana.amazonaws.com', { StringEquals: { 'aws:SourceAccount': accountId } }),
      });
      ['AmazonPrometheusQueryAccess', 'CloudWatchReadOnlyAccess', 'AWSXrayReadOnlyAccess'].forEach((policy) =>
        new IamRolePolicyAttachment(this, `GrafanaRole${policy}`, { role: role.name, policyArn: `arn:aws:iam::aws:policy/${policy}` }),
      );
      this.grafanaWorkspace = new GrafanaWorkspace(this, 'GrafanaWorkspace', {
        name: resourceName(this, 'awsGrafanaWorkspace', 'grafana'),
        accountAccessType: 'CURRENT_ACCOUNT',
        authenticationProviders: ['AWS_SSO'],
        permissionType: 'CUSTOMER_MANAGED',
        roleArn: role.arn,
        dataSources: ['CLOUDWATCH', 'PROMETHEUS', 'XRAY'],
      });
    }

    const keys = this.edgeKey ? 2 : 1;
    this.addCostItem({ sku: 'aws:kms:key', description: keys === 2 ? 'alert and log encryption keys (stack region and us-east-1)' : 'alert and log encryption key', quantityMin: keys, quantityMax: keys });
    this.addCostItem({ sku: 'aws:cloudwatch:alarm', description: `metric alarms (${this.alarms.length})`, quantityMin: this.alarms.length, quantityMax: this.alarms.length });
    if (this.dashboard) this.addCostItem({ sku: 'aws:cloudwatch:dashboard', description: 'dashboard', quantityMin: 1, quantityMax: 1 });
    this.addCostItem({ sku: 'aws:cloudwatch:logs-ingest', description: 'log ingestion', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:cloudwatch:logs-storage', description: 'log storage', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:xray:traces-recorded', description: 'traces recorded', quantityMin: 0, quantityMax: 0, usageBased: true });
    if ((props.alertEmails ?? []).length > 0) this.addCostItem({ sku: 'aws:sns:email', description: 'alert e-mails', quantityMin: 0, quantityMax: 0, usageBased: true });
    if ((props.alertWebhooks ?? []).length > 0) this.addCostItem({ sku: 'aws:sns:https', description: 'alert webhook calls', quantityMin: 0, quantityMax: 0, usageBased: true });
    if (this.prometheusWorkspace) {
      this.addCostItem({ sku: 'aws:amp:samples-ingested', description: 'Prometheus samples (per 10 million)', quantityMin: 0, quantityMax: 0, usageBased: true });
      this.addCostItem({ sku: 'aws:grafana:editor', description: 'Grafana editors (per active user)', quantityMin: 0, quantityMax: 0, usageBased: true });
    }
  }

  /** How many alarms the golden signals became. */
  public get alarmCount(): number {
    return this.alarms.length;
  }

  /**
   * The dashboard body: one widget per blueprint, in construct-tree order, two per row. A metric
   * widget plots the blueprint's signal metrics with their alarm thresholds; a blueprint whose
   * signals it delivers itself (a budget) or that has none gets a text widget. Keys are written in a
   * fixed order so the JSON is byte-stable.
   */
  public static dashboardBody(blueprints: Blueprint[], plan: AlarmPlan, region: string): string {
    const widgets = blueprints.map((bp, i) => {
      const position = { x: (i % 2) * 12, y: Math.floor(i / 2) * 6, width: 12, height: 6 };
      const signals = bp.goldenSignals.filter((s) => !s.deliveredByBlueprint);
      if (signals.length === 0) {
        const lines = bp.goldenSignals.map((s) => `- **${s.name}**: ${s.description}`);
        return {
          type: 'text',
          ...position,
          properties: { markdown: [`### ${widgetTitle(bp)}`, '', ...(lines.length > 0 ? lines : ['No golden signals declared.'])].join('\n') },
        };
      }
      const metrics = signals.map((s) => {
        const dims = (s.metric.dimensions ?? []).flatMap((dm) => [dm.name, dm.value]);
        const stat = s.statistic === Statistic.P95 ? 'p95' : s.statistic;
        const fact = awsMetricFact(s.metric.namespace, s.metric.metricName);
        const published = fact ? awsMetricRegion(fact, s.metric) : undefined;
        const where = published !== undefined && published !== region ? { region: published } : {};
        return [s.metric.namespace, s.metric.metricName, ...dims, { label: s.name, stat, period: cloudWatchPeriod(s.periodSeconds), ...where }];
      });
      const horizontal = plan.alarms.filter((a) => a.blueprint === bp).map((a) => ({ label: `${a.signal.name} threshold`, value: a.threshold }));
      return {
        type: 'metric',
        ...position,
        properties: { title: widgetTitle(bp), region, view: 'timeSeries', stacked: false, metrics, annotations: { horizontal } },
      };
    });
    return JSON.stringify({ widgets });
  }

  private warnAboutPlan(): void {
    const a = Annotations.of(this);
    for (const key of this.plan.unusedOverrides) a.addWarning(unusedOverrideWarning(key, this.plan));
    for (const bp of this.plan.unwatched) a.addWarning(`${bp.blueprintKind} at '${pathBelowStack(bp)}' declares no golden signals: nothing watches it.`);
  }

  private readonly alarmIndex = new AlarmIndex(this);

  /** The ids of the alarms made for `blueprint`'s golden signals (only `signalName`'s when given). */
  public alarmIdsOf(blueprint: IConstruct, signalName?: string): string[] {
    return this.alarmIndex.idsOf(blueprint, signalName);
  }
}

/** Sets the KMS key of every same-region log group that has none. */
class EncryptLogGroups implements IAspect {
  constructor(private readonly keyArn: string) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof CloudwatchLogGroup)) return;
    if (node.kmsKeyIdInput !== undefined || node.regionInput !== undefined) return;
    node.kmsKeyId = this.keyArn;
  }
}
