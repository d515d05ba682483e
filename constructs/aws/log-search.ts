import { Construct, IConstruct } from 'constructs';
import { Annotations, Aspects, IAspect, TerraformStack, Token } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KinesisFirehoseDeliveryStream } from '@cdktf/provider-aws/lib/kinesis-firehose-delivery-stream';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { OpensearchDomain } from '@cdktf/provider-aws/lib/opensearch-domain';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { OsisPipeline } from '@cdktf/provider-aws/lib/osis-pipeline';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { ILogSearch, LOG_SEARCH_DEFAULTS, LOG_SEARCH_RULES, LogSearchProps, LogSearchSettings, logSearchSettings } from '../core/log-search';
import { resourceName, stableHash } from '../core/naming';
import { awsLogRetention } from './private/log-retention';
import { Rule, rules } from '../core/validation';
import { EdgeKind, Wiring } from '../core/wiring';
import { AwsNetwork } from './network';
import { buildIngestionPipeline, buildLogArchive, buildLogDelivery, buildLogSearchDomain } from './private/log-search-builders';

/**
 * The ISM policy (OpenSearch Index State Management) that deletes `<prefix>-*` indices
 * `retentionDays` after they were created. Attached to new indices by its `ism_template`.
 */
export function ismPolicy(retentionDays: number, indexPrefix: string = LOG_SEARCH_DEFAULTS.indexPrefix): object {
  return {
    policy: {
      description: `Delete ${indexPrefix}-* indices ${retentionDays} days after creation (scaling-blueprints LogSearch).`,
      default_state: 'hot',
      states: [
        { name: 'hot', actions: [], transitions: [{ state_name: 'delete', conditions: { min_index_age: `${retentionDays}d` } }] },
        { name: 'delete', actions: [{ delete: {} }], transitions: [] },
      ],
      ism_template: [{ index_patterns: [`${indexPrefix}-*`], priority: 100 }],
    },
  };
}

/**
 * Largest gp3 volume per data node for common OpenSearch instance types (GiB), from the
 * "EBS volume size quotas" table of the OpenSearch Service developer guide. Types not listed are
 * not checked here; the service rejects an oversized volume at apply time.
 */
export const OPENSEARCH_MAX_EBS_GIB: Readonly<Record<string, number>> = {
  't3.small.search': 100,
  't3.medium.search': 200,
  'm7g.medium.search': 768,
  'm7g.large.search': 1536,
  'm7g.xlarge.search': 3072,
  'r7g.medium.search': 768,
  'r7g.large.search': 1536,
  'r7g.xlarge.search': 3072,
  'r7g.2xlarge.search': 6144,
  'r6g.large.search': 1536,
  'r6g.xlarge.search': 3072,
  'm6g.large.search': 1536,
};

/** The TLS policy of the domain endpoint: TLS 1.2+ with perfect forward secrecy ciphers only. */
export const OPENSEARCH_TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';

export interface AwsLogSearchProps extends LogSearchProps {
  /** The network: the domain lives in its data subnets, the ingestion pipeline in its app subnets. */
  readonly network: AwsNetwork;
  /** AWS region, for ARNs and the CloudWatch Logs service principal. */
  readonly region: string;
  /**
   * Data node instance type (Graviton, memory-optimized: indexing logs is heap-hungry).
   * @default 'r7g.large.search'
   */
  readonly instanceType?: string;
  /**
   * Dedicated master instance type, when `dedicatedMastersEnabled`.
   * @default 'm7g.large.search'
   */
  readonly masterInstanceType?: string;
  /**
   * Engine version.
   * @default 'OpenSearch_2.19'
   */
  readonly engineVersion?: string;
  /**
   * CloudWatch log groups to stream besides the discovered ones (groups created outside the
   * stack, by name).
   * @default []
   */
  readonly logGroupNames?: string[];
  /**
   * Discovered log groups whose (literal) name starts with one of these are not streamed. VPC flow
   * logs are left out by default: their volume dwarfs the application logs and they are searched
   * better with CloudWatch Logs Insights.
   * @default ['/vpc/']
   */
  readonly excludedLogGroupPrefixes?: string[];
  /**
   * Least OpenSearch Compute Units (OCU) of the ingestion pipeline, 1–96. Two keep ingestion
   * running through the loss of one; 1 saves about $190/month.
   * @default 2
   */
  readonly ingestionMinUnits?: number;
  /**
   * Most OCUs the pipeline scales to under load, 1–96, at least `ingestionMinUnits`.
   * @default 4
   */
  readonly ingestionMaxUnits?: number;
}

export const AWS_LOG_SEARCH_DEFAULTS = {
  instanceType: 'r7g.large.search',
  masterInstanceType: 'm7g.large.search',
  engineVersion: 'OpenSearch_2.19',
  excludedLogGroupPrefixes: ['/vpc/'] as readonly string[],
  /** Firehose buffers up to 60 s or 5 MiB before it writes an archive object. */
  bufferingIntervalSeconds: 60,
  bufferingSizeMiB: 5,
  ingestionMinUnits: 2,
  ingestionMaxUnits: 4,
} as const;

const AWS_LOG_SEARCH_RULES: ReadonlyArray<Rule<AwsLogSearchProps>> = [
  rules.pattern<AwsLogSearchProps>('LogSearchInstanceTypeInvalid', 'instanceType', (p) => p.instanceType, /^[a-z0-9]+\.[a-z0-9]+\.search$/, 'an OpenSearch instance type such as "r7g.large.search"', 'Use a type ending in .search.'),
  rules.pattern<AwsLogSearchProps>('LogSearchInstanceTypeInvalid', 'masterInstanceType', (p) => p.masterInstanceType, /^[a-z0-9]+\.[a-z0-9]+\.search$/, 'an OpenSearch instance type such as "m7g.large.search"', 'Use a type ending in .search.'),
  {
    code: 'LogSearchStorageAboveInstanceMaximum',
    prop: 'storageGiB',
    value: (p) => p.storageGiB,
    failsWhen: (p) => {
      const max = OPENSEARCH_MAX_EBS_GIB[p.instanceType ?? AWS_LOG_SEARCH_DEFAULTS.instanceType];
      return p.storageGiB !== undefined && max !== undefined && p.storageGiB > max;
    },
    allowed: (p) => `at most ${OPENSEARCH_MAX_EBS_GIB[p.instanceType ?? AWS_LOG_SEARCH_DEFAULTS.instanceType]} GiB for ${p.instanceType ?? AWS_LOG_SEARCH_DEFAULTS.instanceType}`,
    fix: 'Add data nodes, or pick a larger instance type.',
  },
  rules.intRange<AwsLogSearchProps>('LogSearchIngestionUnitsOutOfRange', 'ingestionMinUnits', (p) => p.ingestionMinUnits, 1, 96, 'Use 1 to 96 OCUs; 2 survive the loss of one.'),
  rules.intRange<AwsLogSearchProps>('LogSearchIngestionUnitsOutOfRange', 'ingestionMaxUnits', (p) => p.ingestionMaxUnits, 1, 96, 'Use 1 to 96 OCUs.'),
  {
    code: 'LogSearchIngestionMaxBelowMin',
    prop: 'ingestionMaxUnits',
    value: (p) => p.ingestionMaxUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMaxUnits,
    failsWhen: (p) => (p.ingestionMaxUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMaxUnits) < (p.ingestionMinUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMinUnits),
    allowed: (p) => `at least ingestionMinUnits (${p.ingestionMinUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMinUnits})`,
    fix: 'Raise ingestionMaxUnits or lower ingestionMinUnits.',
  },
  {
    code: 'LogSearchZoneCountAboveNetwork',
    prop: 'zoneCount',
    value: (p) => p.zoneCount,
    failsWhen: (p) => p.zoneCount !== undefined && typeof p.network?.zoneCount === 'number' && p.zoneCount > p.network.zoneCount,
    allowed: (p) => `at most the network's zone count (${p.network?.zoneCount})`,
    fix: 'Lower zoneCount, or spread the network over more zones.',
  },
];

/**
 * Centralized log search on AWS: an Amazon OpenSearch Service domain in the private data subnets,
 * fed from CloudWatch Logs.
 *
 * - Domain: zone awareness across the network's zones, optional dedicated masters, gp3 storage,
 *   encryption at rest (own KMS key) and node-to-node, HTTPS only with TLS 1.2+ (PFS), fine-grained
 *   access control with an IAM master role (no internal users or passwords), no public endpoint,
 *   application and audit logs to CloudWatch Logs, auto-tune and automatic service software updates
 *   in the off-peak window.
 * - Streaming: every log group of the stack (found at synth) and `logGroupNames` get a subscription
 *   filter to a Firehose stream that decompresses the CloudWatch Logs envelope and writes the
 *   messages, one per line, to an encrypted archive bucket. An OpenSearch Ingestion pipeline (in
 *   the app subnets) is told of each object through SQS, parses every line as JSON and writes daily
 *   `logs-YYYY.MM.DD` indices; refused documents go back to the bucket under `dlq/`.
 * - Retention: the ISM policy in `retentionPolicyJson` (the AWS provider cannot apply ISM); the
 *   archive expires after the same number of days.
 */
export class AwsLogSearch extends Blueprint implements ILogSearch {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'LogSearch';
  public readonly resource: OpensearchDomain;
  public readonly settings: LogSearchSettings;
  public readonly domainName: string;
  public readonly key: KmsKey;
  public readonly securityGroup: SecurityGroup;
  public readonly masterRole: IamRole;
  public readonly applicationLogGroup: CloudwatchLogGroup;
  public readonly auditLogGroup: CloudwatchLogGroup;
  /** Subscription filters deliver to this Firehose stream, which writes the archive bucket. */
  public readonly deliveryStream: KinesisFirehoseDeliveryStream;
  public readonly deliveryRole: IamRole;
  public readonly deliveryLogGroup: CloudwatchLogGroup;
  /** Raw log messages (`logs/`) and documents the domain refused (`dlq/`), expired with the indices. */
  public readonly archiveBucket: S3Bucket;
  /** Announces new archive objects to the ingestion pipeline. */
  public readonly notificationQueue: SqsQueue;
  /** The OpenSearch Ingestion pipeline that indexes the archive into the domain. */
  public readonly pipeline: OsisPipeline;
  public readonly pipelineRole: IamRole;
  public readonly pipelineLogGroup: CloudwatchLogGroup;
  /** The role CloudWatch Logs assumes to put records into the delivery stream. */
  public readonly subscriptionRole: IamRole;
  /** The subscription filters, one per streamed log group, in the order they were added. */
  public readonly subscriptions: CloudwatchLogSubscriptionFilter[] = [];
  public readonly logSearchEndpoint: string;
  public readonly dashboardsUrl: string;
  public readonly retentionPolicyJson: string;
  /**
   * The OpenSearch security role and role mapping that let the ingestion pipeline's role write
   * `logs-*` indices, for the one-time bootstrap (docs/logsearch.md).
   */
  public readonly writerRoleJson: string;

  /** The stack's region: log groups elsewhere cannot be subscribed. */
  public readonly region: string;

  private readonly ownLogGroups = new Set<IConstruct>();
  private readonly subscribed = new Set<string>();
  private readonly excludedPrefixes: readonly string[];

  constructor(scope: Construct, id: string, props: AwsLogSearchProps) {
    super(scope, id);
    // Without an explicit zoneCount the network's count applies, and the zone rules judge that.
    this.validate('AwsLogSearch', [...LOG_SEARCH_RULES, ...AWS_LOG_SEARCH_RULES], { ...props, zoneCount: props.zoneCount ?? props.network?.zoneCount });
    const s = logSearchSettings(props, props.network.zoneCount);
    this.settings = s;
    const network = props.network;
    const account = network.accountId;
    const region = props.region;
    this.region = region;
    const instanceType = props.instanceType ?? AWS_LOG_SEARCH_DEFAULTS.instanceType;
    const masterType = props.masterInstanceType ?? AWS_LOG_SEARCH_DEFAULTS.masterInstanceType;
    this.excludedPrefixes = props.excludedLogGroupPrefixes ?? AWS_LOG_SEARCH_DEFAULTS.excludedLogGroupPrefixes;
    this.domainName = resourceName(this, 'awsOpenSearch');
    const logRetention = awsLogRetention(s.retentionDays);

    const c = {
      settings: s, network, account, region, domainName: this.domainName, logRetention, instanceType, masterType,
      engineVersion: props.engineVersion ?? AWS_LOG_SEARCH_DEFAULTS.engineVersion,
      tlsSecurityPolicy: OPENSEARCH_TLS_POLICY,
      bufferingIntervalSeconds: AWS_LOG_SEARCH_DEFAULTS.bufferingIntervalSeconds,
      bufferingSizeMiB: AWS_LOG_SEARCH_DEFAULTS.bufferingSizeMiB,
      ingestionMinUnits: props.ingestionMinUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMinUnits,
      ingestionMaxUnits: props.ingestionMaxUnits ?? AWS_LOG_SEARCH_DEFAULTS.ingestionMaxUnits,
    };
    const domain = buildLogSearchDomain(this, c);
    this.key = domain.key;
    this.applicationLogGroup = domain.applicationLogGroup;
    this.auditLogGroup = domain.auditLogGroup;
    this.securityGroup = domain.securityGroup;
    this.masterRole = domain.masterRole;
    this.resource = domain.resource;
    this.ownLogGroups.add(this.applicationLogGroup);
    this.ownLogGroups.add(this.auditLogGroup);
    this.logSearchEndpoint = this.resource.endpoint;
    this.dashboardsUrl = `https://${this.resource.endpoint}/_dashboards`;
    this.retentionPolicyJson = JSON.stringify(ismPolicy(s.retentionDays));

    // ── Streaming: subscription filters → Firehose → S3 (newline-delimited messages) → SQS →
    //    OpenSearch Ingestion → domain. Firehose cannot write CloudWatch Logs records to an
    //    OpenSearch destination (one record holds many log events), so it lands them in S3, and
    //    the ingestion pipeline splits, parses and indexes them (docs/logsearch.md).
    const pipelineName = resourceName(this, 'awsOsisPipeline');
    const firehoseName = resourceName(this, 'awsFirehose');

    const archive = buildLogArchive(this, { ...c, key: this.key });
    this.archiveBucket = archive.archiveBucket;
    this.notificationQueue = archive.notificationQueue;
    const queueName = archive.queueName;

    const delivery = buildLogDelivery(this, { ...c, key: this.key, archiveBucket: this.archiveBucket, firehoseName });
    this.deliveryLogGroup = delivery.deliveryLogGroup;
    this.deliveryRole = delivery.deliveryRole;
    this.deliveryStream = delivery.deliveryStream;
    this.subscriptionRole = delivery.subscriptionRole;
    this.ownLogGroups.add(this.deliveryLogGroup);

    const ingestion = buildIngestionPipeline(this, { ...c, key: this.key, archiveBucket: this.archiveBucket, notificationQueue: this.notificationQueue, resource: this.resource, pipelineName });
    this.pipelineRole = ingestion.pipelineRole;
    this.pipelineLogGroup = ingestion.pipelineLogGroup;
    this.pipeline = ingestion.pipeline;
    this.ownLogGroups.add(this.pipelineLogGroup);
    const { minUnits, maxUnits } = ingestion;

    this.writerRoleJson = JSON.stringify({
      role: {
        cluster_permissions: ['cluster_composite_ops', 'cluster_monitor', 'indices:admin/template/*'],
        index_permissions: [{ index_patterns: [`${LOG_SEARCH_DEFAULTS.indexPrefix}-*`], allowed_actions: ['crud', 'create_index', 'manage'] }],
      },
      roleMapping: { backend_roles: [this.pipelineRole.arn] },
    });
    for (const [i, name] of (props.logGroupNames ?? []).entries()) this.addLogSource(`LogGroup${i + 1}`, name);
    if (s.discoverLogSourcesEnabled) Aspects.of(TerraformStack.of(this)).add(new LogGroupDiscovery(this));

    warnSingleZone(this, s.zoneCount);
    this.declareSignals(instanceType, masterType, account, firehoseName, queueName, pipelineName, minUnits, maxUnits);
  }

  /**
   * Streams one more CloudWatch log group into the domain (a subscription filter to Firehose), and
   * records the `log-source->log-search` edge (from the log group's construct when given, else from
   * the group's name).
   */
  public addLogSource(id: string, logGroupName: string, logGroup?: CloudwatchLogGroup): void {
    if (this.subscribed.has(logGroupName)) return;
    this.subscribed.add(logGroupName);
    const filter = new CloudwatchLogSubscriptionFilter(this, `Subscription${id}`, {
      name: resourceName(this, 'awsGeneric'),
      logGroupName,
      filterPattern: '',
      destinationArn: this.deliveryStream.arn,
      roleArn: this.subscriptionRole.arn,
    });
    this.subscriptions.push(filter);
    Wiring.of(this).add({
      kind: EdgeKind.LOG_SOURCE_LOG_SEARCH,
      from: logGroup ? logGroup.node.path : logGroupName,
      to: this.node.path,
      permissions: ['firehose:PutRecord', 'firehose:PutRecordBatch'],
      pieces: {
        ...(logGroup ? { logGroup: logGroup.name } : {}),
        subscription: filter.id,
        destination: this.deliveryStream.arn,
        role: this.subscriptionRole.arn,
      },
      note: `CloudWatch Logs delivers the group's events to Firehose ${this.deliveryStream.node.path} with the subscription role; Firehose archives them to S3 and the ingestion pipeline indexes them.`,
    });
  }

  /** Whether the discovery aspect streams this log group. */
  public shouldDiscover(group: CloudwatchLogGroup): boolean {
    if (this.ownLogGroups.has(group)) return false;
    // A subscription filter delivers only to a destination in its log group's region
    // (AWS_SAME_REGION_FACTS): a group placed in another region (the edge WAF's, in us-east-1) is
    // not streamed. docs/deploy.md gives the supported path.
    const groupRegion = group.regionInput;
    if (groupRegion !== undefined && groupRegion !== this.region) {
      Annotations.of(this).addWarning(`Log group at '${group.node.path}' is in ${groupRegion}, not ${this.region}: CloudWatch Logs subscriptions deliver only within a region, so it is not streamed into log search. Query it in ${groupRegion} (CloudWatch Logs Insights), or add a Firehose there that writes to this domain (docs/deploy.md, "Cross-region logs").`);
      return false;
    }
    const name = group.nameInput;
    if (name === undefined) return false;
    if (!Token.isUnresolved(name) && this.excludedPrefixes.some((p) => name.startsWith(p))) return false;
    return true;
  }

  private declareSignals(instanceType: string, masterType: string, account: string, firehoseName: string, queueName: string, pipelineName: string, minUnits: number, maxUnits: number): void {
    const s = this.settings;
    const dims = [
      { name: 'DomainName', value: this.domainName },
      { name: 'ClientId', value: account },
    ];
    const es = (metricName: string) => ({ namespace: 'AWS/ES', metricName, dimensions: dims });
    this.addGoldenSignal({
      name: 'cluster-red',
      description: 'At least one primary shard is unassigned: some logs cannot be searched or written.',
      metric: es('ClusterStatus.red'),
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN_OR_EQUAL,
      threshold: 1,
      periodSeconds: 60,
      evaluationPeriods: 1,
      severity: Severity.CRITICAL,
    });
    this.addGoldenSignal({
      name: 'cluster-yellow',
      description: 'At least one replica shard is unassigned: a node loss would lose data.',
      metric: es('ClusterStatus.yellow'),
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN_OR_EQUAL,
      threshold: 1,
      periodSeconds: 60,
      evaluationPeriods: 5,
      severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'free-storage-low',
      description: 'A data node has less than 25% of its storage free (MiB): indexing stops at the flood-stage watermark.',
      metric: es('FreeStorageSpace'),
      statistic: Statistic.MINIMUM,
      comparison: Comparison.LESS_THAN_OR_EQUAL,
      threshold: Math.round(s.storageGiB * 1024 * 0.25),
      periodSeconds: 60,
      evaluationPeriods: 1,
      severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'writes-blocked',
      description: 'The cluster blocks writes (storage or memory pressure): new logs pile up in the archive bucket.',
      metric: es('ClusterIndexWritesBlocked'),
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN_OR_EQUAL,
      threshold: 1,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.CRITICAL,
    });
    this.addGoldenSignal({
      name: 'jvm-memory-pressure',
      description: 'Data node JVM heap above 80%: garbage collection slows indexing and risks out-of-memory.',
      metric: es('JVMMemoryPressure'),
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 80,
      periodSeconds: 300,
      evaluationPeriods: 3,
      severity: Severity.WARNING,
    });
    if (s.dedicatedMastersEnabled) {
      this.addGoldenSignal({
        name: 'master-jvm-memory-pressure',
        description: 'Dedicated master JVM heap above 80%: cluster management is at risk.',
        metric: es('MasterJVMMemoryPressure'),
        statistic: Statistic.MAXIMUM,
        comparison: Comparison.GREATER_THAN,
        threshold: 80,
        periodSeconds: 300,
        evaluationPeriods: 3,
        severity: Severity.WARNING,
      });
    }
    this.addGoldenSignal({
      name: 'delivery-failing',
      description: 'Firehose could not write every batch of log events to the archive bucket.',
      metric: { namespace: 'AWS/Firehose', metricName: 'DeliveryToS3.Success', dimensions: [{ name: 'DeliveryStreamName', value: firehoseName }] },
      statistic: Statistic.AVERAGE,
      comparison: Comparison.LESS_THAN,
      threshold: 1,
      periodSeconds: 300,
      evaluationPeriods: 3,
      severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'ingestion-lag',
      description: 'Archive objects wait more than 15 minutes to be indexed: the ingestion pipeline is behind or failing.',
      metric: { namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage', dimensions: [{ name: 'QueueName', value: queueName }] },
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 900,
      periodSeconds: 300,
      evaluationPeriods: 2,
      severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'documents-refused',
      description: 'The domain refused documents (mapping conflicts, blocked writes): they are in the archive bucket under dlq/.',
      metric: { namespace: 'AWS/OSIS', metricName: 'log-pipeline.opensearch.documentErrors.count', dimensions: [{ name: 'PipelineName', value: pipelineName }] },
      statistic: Statistic.SUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 0,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.WARNING,
    });

    this.addCostItem({ sku: `aws:opensearch:${instanceType}`, description: 'log search data nodes (hours)', quantityMin: s.instanceCount * 730, quantityMax: s.instanceCount * 730 });
    if (s.dedicatedMastersEnabled) {
      const n = LOG_SEARCH_DEFAULTS.dedicatedMasterCount;
      this.addCostItem({ sku: `aws:opensearch:${masterType}`, description: 'log search dedicated masters (hours)', quantityMin: n * 730, quantityMax: n * 730 });
    }
    const gib = s.instanceCount * s.storageGiB;
    this.addCostItem({ sku: 'aws:opensearch:gp3-storage', description: 'log search gp3 storage (GiB-month)', quantityMin: gib, quantityMax: gib });
    this.addCostItem({ sku: 'aws:firehose:ingest-gb', description: 'log delivery: Firehose ingestion (per GB)', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:osis:ocu', description: 'log ingestion pipeline (OCU-hours)', quantityMin: minUnits * 730, quantityMax: maxUnits * 730 });
  }
}

/**
 * Finds every CloudWatch log group of the stack when it is synthesized, so log groups made after
 * LogSearch (by Monitoring, functions, containers) are streamed too, and subscribes each.
 */
class LogGroupDiscovery implements IAspect {
  private readonly seen = new Set<IConstruct>();

  constructor(private readonly logSearch: AwsLogSearch) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof CloudwatchLogGroup) || this.seen.has(node)) return;
    this.seen.add(node);
    if (!this.logSearch.shouldDiscover(node)) return;
    const below = node.node.scopes.slice(2).map((c) => c.node.id).join('/');
    const pretty = below.replace(/[^A-Za-z0-9]+/g, '');
    this.logSearch.addLogSource(`${pretty.slice(0, 60)}${stableHash(below, 6)}`, node.name, node);
  }
}

/** Warns, not fails: a single zone is legal for dev but loses the cluster in a zone outage. */
function warnSingleZone(scope: Construct, zoneCount: number): void {
  if (zoneCount < 2) Annotations.of(scope).addWarning('LogSearch runs in a single zone: a zone outage makes logs unsearchable. Use 2 or 3 zones in production.');
}
