/**
 * AWS platform facts, one table per kind: the CloudWatch metrics alarms may use, where things must
 * live (region constraints), and what an account needs before a stack deploys (service-linked roles
 * the library creates, and what it cannot create). Code reads these tables; a metric that is not
 * here is an error at synth, never a guess.
 *
 * Each row carries its source: the documentation page (read 2026-12-02) or the provider source at
 * v6.25.0. Pages read from the awsdocs GitHub repositories name the file and commit; those
 * repositories were archived in 2023, so a page may have changed since. A part of a row that no
 * page read states is marked `unsourced` with the reason; docs/deploy.md lists them.
 */
import { MetricRef, Statistic } from '../core/blueprint';

/** Where a CloudWatch metric is published. */
export enum AwsMetricRegion {
  /** In the region of the resource that emits it (the stack's region). */
  RESOURCE = 'resource',
  /** Only in us-east-1, whatever region the stack is in (global services). */
  US_EAST_1 = 'us-east-1',
}

/** One CloudWatch metric: what an alarm on it may say. */
export interface AwsMetricFact {
  readonly namespace: string;
  readonly metricName: string;
  /** The dimension names it is published with; an alarm uses a subset of them. */
  readonly dimensions: readonly string[];
  /** The statistics that give a meaningful value (`p95` for percentiles). */
  readonly statistics: readonly Statistic[];
  /** Where it is published. */
  readonly publishedIn: AwsMetricRegion;
  /**
   * A dimension whose absence moves the metric to us-east-1 (WAF: a CLOUDFRONT web ACL publishes
   * without `Region`, in us-east-1).
   * @default - none
   */
  readonly globalWithout?: string;
  /**
   * The metric is published only for an Auto Scaling group that lists it in `enabled_metrics`
   * (group metrics collection); without it an alarm or a scaling policy on it never gets data.
   * @default false
   */
  readonly requiresEnabledMetric?: boolean;
  /**
   * Dimensions the metric is only published with together: an alarm must give every one of them
   * (CloudWatch returns data only for a dimension combination that was published).
   * @default - none
   */
  readonly requiredDimensions?: readonly string[];
  readonly source: string;
}

/** A page read on 2026-12-02 from an archived awsdocs repository: its URL, the file and commit read, what it says. */
const AWSDOC = (url: string, file: string, commit: string, what: string) => `source: ${url} (read 2026-12-02 from awsdocs/${file}@${commit}, archived): ${what}`;
/** CloudWatch computes Minimum, Maximum, Sum, Average and SampleCount for any metric: the rows whose page lists no statistics rely on it. */
const ANY_STAT = 'no statistics listed on that page; CloudWatch computes Minimum, Maximum, Sum, Average and SampleCount for any metric (awsdocs/amazon-cloudwatch-user-guide/doc_source/cloudwatch_concepts.md@077ceea7063c, #Statistic)';
/** ALB rows re-read: the page's per-metric Statistics and Dimensions text, as reproduced in the @pulumi/awsx classic.lb.metrics.application reference (the stored AWS page gives only its opening). */
const CW_ALB_READ = (what: string) => `source: docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html (read 2026-12-02 through its text in the @pulumi/awsx lb metrics reference): ${what}`;
const CW_ES = (what: string) => AWSDOC('docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudwatchmetrics.html', 'amazon-opensearch-service-developer-guide/doc_source/managedomains-cloudwatchmetrics.md', '1dc78183878', `${what}; cluster metrics are published in the ClientId, DomainName dimension ("Per-Domain, Per-Client Metrics")`);
const CW_ES_ALARMS = (what: string) => `source: docs.aws.amazon.com/opensearch-service/latest/developerguide/cloudwatch-alarms.html, recommended alarms (read 2026-12-02): ${what}; ${CW_ES('dimensions').slice('source: '.length)}`;
const CW_EC = (what: string) => AWSDOC(
  'docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/CacheMetrics.Redis.html', 'amazon-elasticache-docs/doc_source/redis/CacheMetrics.Redis.md', '0679cf7bb23e',
  `${what}; CacheMetrics.DimensionsAndSets.md@d479dcdd7faf: metrics are published per cache node, "you must supply both the CacheClusterId and CacheNodeId dimensions"; ${ANY_STAT}`,
);
const CW_LAMBDA = (what: string) => AWSDOC('docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html', 'aws-lambda-developer-guide/doc_source/monitoring-metrics.md', '2be81b8fa0e4', `${what}; dimension FunctionName aggregates all versions and aliases of a function`);
const CW_RDS = (what: string) => AWSDOC(
  'docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html', 'amazon-aurora-user-guide/doc_source/Aurora.AuroraMonitoring.Metrics.md', '08e61852740c',
  `${what}; dimensions.md@93d8a3509eed: DBClusterIdentifier (a cluster), or DBClusterIdentifier with Role WRITER/READER (aggregated by instance role); ${ANY_STAT}`,
);
const CW_SQS = AWSDOC('docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html', 'amazon-sqs-developer-guide/doc_source/sqs-available-cloudwatch-metrics.md', '2a92372adae1', 'valid statistics Average, Minimum, Maximum, Sum, Data Samples; the only dimension is QueueName');
const { AVERAGE, MAXIMUM, MINIMUM, SUM, P95 } = Statistic;
const GAUGE = [AVERAGE, MAXIMUM, MINIMUM] as const;

/** Every CloudWatch metric an alarm or a scaling policy of this library uses. */
export const AWS_METRIC_FACTS: readonly AwsMetricFact[] = [
  { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', dimensions: ['LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistic Sum (Minimum, Maximum, Average all return 1); dimensions LoadBalancer | AvailabilityZone, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions: ['LoadBalancer', 'TargetGroup'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('as HTTPCode_Target_4XX_Count: statistic Sum; dimensions include TargetGroup, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', dimensions: ['LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistic Sum; dimensions LoadBalancer | AvailabilityZone, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', dimensions: ['LoadBalancer', 'TargetGroup'], statistics: [AVERAGE, P95], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistics Average and pNN.NN; dimensions include TargetGroup, LoadBalancer') },
  {
    namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', dimensions: ['LoadBalancer', 'TargetGroup'], requiredDimensions: ['LoadBalancer', 'TargetGroup'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE,
    source: AWSDOC('docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html', 'elb-application-load-balancers-user-guide/doc_source/load-balancer-cloudwatch-metrics.md', '10251a799ee4', 'reported if health checks are enabled, most useful statistics Average, Minimum, Maximum; the page reads it with LoadBalancer and TargetGroup together and says to specify the dimensions it was published with'),
  },
  { namespace: 'AWS/ApplicationELB', metricName: 'RequestCountPerTarget', dimensions: ['TargetGroup', 'LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('the only valid statistic is Sum (it is an average per target); the TargetGroup dimension is required') },
  {
    namespace: 'AWS/CloudFront', metricName: '5xxErrorRate', dimensions: ['DistributionId', 'Region'], statistics: [AVERAGE], publishedIn: AwsMetricRegion.US_EAST_1,
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html (read 2026-12-02): us-east-1 only, Region=Global, one statistic per metric (Average)',
  },
  {
    namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: ['AutoScalingGroupName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE,
    source: AWSDOC('docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html', 'amazon-ec2-user-guide/doc_source/viewing_metrics_with_cloudwatch.md', '03163c7ceee9', `dimension AutoScalingGroupName: all instances of a group, with basic or detailed monitoring; ${ANY_STAT}`),
  },
  {
    namespace: 'AWS/AutoScaling', metricName: 'GroupInServiceInstances', dimensions: ['AutoScalingGroupName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, requiresEnabledMetric: true,
    source: 'source: docs.aws.amazon.com/autoscaling/ec2/APIReference/API_EnableMetricsCollection.html (read 2026-12-02): a group metric, sent only once metrics collection is enabled for it (Granularity 1Minute), as AwsScalingGroup does (GROUP_METRICS). Read 2026-12-02 from awsdocs/amazon-ec2-auto-scaling-user-guide/doc_source/ec2-auto-scaling-cloudwatch-monitoring.md@1f3fe75f6573 (archived): reported if metrics collection is enabled, dimension AutoScalingGroupName; ' + ANY_STAT,
  },
  {
    namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: ['ClusterName', 'ServiceName'], statistics: [...GAUGE, SUM], publishedIn: AwsMetricRegion.RESOURCE,
    source: 'source: docs.aws.amazon.com/AmazonECS/latest/developerguide/service_utilization.html (read 2026-12-02): service CPU utilization with Average, Minimum, Maximum; valid dimensions ClusterName, ServiceName and valid statistics Average, Minimum, Maximum, Sum, Sample Count read through the ECS metrics text in the @pulumi/awsx ecs metrics reference',
  },
  { namespace: 'AWS/ES', metricName: 'ClusterStatus.red', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, requiredDimensions: ['ClientId', 'DomainName'], source: CW_ES_ALARMS('ClusterStatus.red maximum >= 1') },
  { namespace: 'AWS/ES', metricName: 'ClusterStatus.yellow', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, requiredDimensions: ['ClientId', 'DomainName'], source: CW_ES_ALARMS('ClusterStatus.yellow maximum >= 1') },
  { namespace: 'AWS/ES', metricName: 'ClusterIndexWritesBlocked', dimensions: ['ClientId', 'DomainName'], requiredDimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES('1 when the cluster blocks writes, relevant statistic Maximum') },
  { namespace: 'AWS/ES', metricName: 'FreeStorageSpace', dimensions: ['ClientId', 'DomainName'], statistics: [MINIMUM, SUM], publishedIn: AwsMetricRegion.RESOURCE, requiredDimensions: ['ClientId', 'DomainName'], source: CW_ES_ALARMS('FreeStorageSpace minimum <= 20480 (MiB)') },
  { namespace: 'AWS/ES', metricName: 'MasterJVMMemoryPressure', dimensions: ['ClientId', 'DomainName'], requiredDimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES('dedicated master node metric, relevant statistic Maximum') },
  { namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', dimensions: ['ClientId', 'DomainName'], requiredDimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES('cluster metric (all data nodes), relevant statistic Maximum') },
  { namespace: 'AWS/ElastiCache', metricName: 'EngineCPUUtilization', dimensions: ['CacheClusterId', 'CacheNodeId'], requiredDimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC('CPU of the Redis engine thread, percent') },
  { namespace: 'AWS/ElastiCache', metricName: 'DatabaseMemoryUsagePercentage', dimensions: ['CacheClusterId', 'CacheNodeId'], requiredDimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC('percent of the memory available for the cluster in use') },
  { namespace: 'AWS/ElastiCache', metricName: 'Evictions', dimensions: ['CacheClusterId', 'CacheNodeId'], requiredDimensions: ['CacheClusterId', 'CacheNodeId'], statistics: [SUM, ...GAUGE], publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC('keys evicted by the maxmemory limit, a count') },
  { namespace: 'AWS/ElastiCache', metricName: 'ReplicationLag', dimensions: ['CacheClusterId', 'CacheNodeId'], requiredDimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC('only for a node running as a read replica, seconds') },
  {
    namespace: 'AWS/Firehose', metricName: 'DeliveryToS3.Success', dimensions: ['DeliveryStreamName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE,
    source: AWSDOC('docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudwatch-metrics.html', 'amazon-kinesis-data-firehose-developer-guide/doc_source/monitoring-with-cloudwatch-metrics.md', '3422b72278f7', `a ratio: successful Amazon S3 put commands over all put commands (so Sum is not kept, the carried-over row had it); dimension DeliveryStreamName; ${ANY_STAT}`),
  },
  { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: ['FunctionName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA('invocation metrics (Errors, Throttles) are binary per invocation, viewed with the Sum statistic') },
  { namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: ['FunctionName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA('invocation metrics (Errors, Throttles) are binary per invocation, viewed with the Sum statistic') },
  { namespace: 'AWS/Lambda', metricName: 'Duration', dimensions: ['FunctionName'], statistics: [AVERAGE, MAXIMUM, P95], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA('performance metric viewed with Average or Max, and it supports percentile statistics (p95); Minimum, in the carried-over row, is not named') },
  { namespace: 'AWS/NATGateway', metricName: 'ErrorPortAllocation', dimensions: ['NatGatewayId'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: AWSDOC('docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway-cloudwatch.html', 'amazon-vpc-user-guide/doc_source/vpc-nat-gateway-cloudwatch.md', '1542be322689', 'times the NAT gateway could not allocate a source port, most useful statistic Sum; dimension NatGatewayId') },
  {
    namespace: 'AWS/OSIS', metricName: 'log-pipeline.opensearch.documentErrors.count', dimensions: ['PipelineName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE,
    source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/monitoring-pipeline-metrics.html (read 2026-12-02): in AWS/OSIS, each metric is prefixed <sub_pipeline_name>.<plugin>., dimension PipelineName; sub-pipeline `log-pipeline` and sink `opensearch` as AwsLogSearch names them. Read 2026-12-02 from awsdocs/amazon-opensearch-service-developer-guide/doc_source/monitoring-pipeline-metrics.md@99e872b32b2d (archived): OpenSearch sink metric documentErrors.count, documents that failed to be sent by bulk requests, relevant statistic Sum, dimension PipelineName',
  },
  { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: ['DBClusterIdentifier', 'Role'], requiredDimensions: ['DBClusterIdentifier'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS('instance-level, percent of CPU used by an Aurora DB instance') },
  { namespace: 'AWS/RDS', metricName: 'DatabaseConnections', dimensions: ['DBClusterIdentifier', 'Role'], requiredDimensions: ['DBClusterIdentifier'], statistics: [...GAUGE, SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS('instance-level, client network connections') },
  { namespace: 'AWS/RDS', metricName: 'FreeLocalStorage', dimensions: ['DBClusterIdentifier', 'Role'], requiredDimensions: ['DBClusterIdentifier'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS('instance-level, local storage available to each DB instance') },
  { namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', dimensions: ['DBClusterIdentifier', 'Role'], requiredDimensions: ['DBClusterIdentifier'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS('on the primary, maximum lag between the primary and any instance, ms') },
  { namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage', dimensions: ['QueueName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_SQS },
  { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: ['QueueName'], statistics: [...GAUGE, SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_SQS },
  {
    namespace: 'AWS/WAFV2', metricName: 'BlockedRequests', dimensions: ['WebACL', 'Rule', 'Region'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, globalWithout: 'Region',
    source: 'source: docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html (read 2026-12-02): Region is required for every protected resource type except CloudFront distributions, whose metrics are in us-east-1; valid statistic Sum',
  },
];

/** The fact for a metric, or undefined when the table does not know it. */
export function awsMetricFact(namespace: string, metricName: string): AwsMetricFact | undefined {
  return AWS_METRIC_FACTS.find((f) => f.namespace === namespace && f.metricName === metricName);
}

/**
 * The region an alarm on this metric must live in: us-east-1 for global metrics, otherwise the
 * stack's region (returned as undefined: the provider's region).
 */
export function awsMetricRegion(fact: AwsMetricFact, metric: MetricRef): string | undefined {
  if (fact.publishedIn === AwsMetricRegion.US_EAST_1) return AWS_REGION_FACTS.cloudFrontControlPlane.region;
  if (fact.globalWithout !== undefined && !(metric.dimensions ?? []).some((d) => d.name === fact.globalWithout)) return AWS_REGION_FACTS.cloudFrontControlPlane.region;
  return undefined;
}

/** What is wrong with a metric reference against the table (empty when it is a known fact). */
export function awsMetricProblems(metric: MetricRef, statistic: Statistic): string[] {
  const fact = awsMetricFact(metric.namespace, metric.metricName);
  if (!fact) return [`${metric.namespace}/${metric.metricName} is not in AWS_METRIC_FACTS`];
  const out: string[] = [];
  if (!fact.statistics.includes(statistic)) out.push(`${metric.namespace}/${metric.metricName} takes ${fact.statistics.join(', ')}, not ${statistic}`);
  const given = (metric.dimensions ?? []).map((d) => d.name);
  const unknown = given.filter((n) => !fact.dimensions.includes(n));
  if (unknown.length > 0) out.push(`${metric.namespace}/${metric.metricName} has no dimension ${unknown.join(', ')} (it has ${fact.dimensions.join(', ')})`);
  const missing = (fact.requiredDimensions ?? []).filter((n) => !given.includes(n));
  if (missing.length > 0) out.push(`${metric.namespace}/${metric.metricName} is published only with ${fact.requiredDimensions!.join(' and ')}: add ${missing.join(', ')}`);
  return out;
}

// ── Region constraints ──────────────────────────────────────────────────────────────────────────

export interface AwsRegionFact {
  /** The region the thing must be in. */
  readonly region: string;
  readonly what: string;
  readonly source: string;
}

/** What must live in a given region, whatever the stack's region. */
export const AWS_REGION_FACTS = {
  /** CloudFront's control plane, its metrics, and everything attached to a distribution. */
  cloudFrontControlPlane: {
    region: 'us-east-1',
    what: 'CloudFront metrics and the alarms on them, with the SNS topic those alarms notify',
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html (read 2026-12-02); the alarm and its topic are placed in us-east-1 with it; unsourced: that an alarm action must be an SNS topic of the alarm\'s region is not stated in awsdocs/amazon-cloudwatch-user-guide/doc_source/AlarmThatSendsEmail.md (both stored versions, 05fd32f63861 and cd4004cd5ec8, read 2026-12-02); kept as a restriction',
  },
  cloudFrontWebAcl: {
    region: 'us-east-1',
    what: 'a CLOUDFRONT-scope WAF web ACL, its logging configuration and log group, its metrics',
    source: 'source: docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html (read 2026-12-02) and the wafv2 CLI reference: CLOUDFRONT scope is called in us-east-1',
  },
  cloudFrontCertificate: {
    region: 'us-east-1',
    what: 'the ACM certificate of a distribution\'s aliases',
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html (read 2026-12-02): to use an ACM certificate with CloudFront, request or import it in us-east-1',
  },
} as const satisfies Record<string, AwsRegionFact>;

/**
 * Attachments that must share the region of what they watch or feed. CloudWatch Logs subscription
 * filters deliver only to destinations in the log group's region, so a us-east-1 log group (the
 * edge WAF's) cannot feed the stack-region Firehose of log search.
 */
export const AWS_SAME_REGION_FACTS: readonly { readonly attachment: string; readonly mustShareRegionWith: string; readonly source: string }[] = [
  { attachment: 'aws_cloudwatch_metric_alarm', mustShareRegionWith: 'the metric it watches (AWS_METRIC_FACTS publishedIn) and the SNS topics of its actions', source: 'source: docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html (read 2026-12-02 from awsdocs/amazon-cloudwatch-user-guide/doc_source/cloudwatch_concepts.md@077ceea7063c, archived): metrics exist only in the Region in which they are created, CloudWatch does not aggregate across Regions; unsourced: that an alarm action must be an SNS topic of the alarm\'s region is not stated in awsdocs/amazon-cloudwatch-user-guide/doc_source/AlarmThatSendsEmail.md (both stored versions, 05fd32f63861 and cd4004cd5ec8, read 2026-12-02); kept as a restriction' },
  { attachment: 'aws_wafv2_web_acl_logging_configuration', mustShareRegionWith: 'its web ACL and its log group', source: 'source: docs.aws.amazon.com/waf/latest/APIReference/API_LoggingConfiguration.html (read 2026-12-02): one destination per web ACL, its name must start with aws-waf-logs- (AwsThrottling names its group so), WAF puts a resource policy on the log group; read 2026-12-02 from awsdocs/aws-waf-and-shield-advanced-developer-guide/doc_source/logging-cw-logs.md@052a45ff20f3 (archived): configure the log group in the same Region as the web ACL and with the same account' },
  {
    attachment: 'aws_cloudfront_distribution logging_config (standard logging, legacy)', mustShareRegionWith: 'nothing: the S3 bucket may be in the stack region, but not in an opt-in region (the page lists them); the bucket needs ACLs (BucketOwnerPreferred)',
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html (read 2026-12-02; the opt-in region list was not read)',
  },
  {
    attachment: 'aws_cloudwatch_log_subscription_filter', mustShareRegionWith: 'its log group and its Firehose / Lambda destination',
    source: 'source: docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html (read 2026-12-02 from awsdocs/amazon-cloudwatch-logs-user-guide/doc_source/SubscriptionFilters.md@11acc7ea77a4, archived: Kinesis, Lambda and Firehose examples, all in one region; unsourced: the page states no region rule, the same-region restriction is kept). Also read 2026-12-02: PutSubscriptionFilter (API reference) takes a Firehose stream or Lambda function of the same account; CreateSubscriptionFilterFirehose-Account.html says a CloudWatch Logs destination must be in the log groups\' region but may point to a Firehose stream in another region (documented for cross-account delivery)',
  },
];

// ── Account prerequisites ───────────────────────────────────────────────────────────────────────

/** A service-linked role a resource type needs in the account. */
export interface AwsServiceLinkedRoleFact {
  /** The `aws_service_name` of `aws_iam_service_linked_role`. */
  readonly serviceName: string;
  /** The role IAM creates (`AWSServiceRoleForECS`). */
  readonly roleName: string;
  /** Terraform resource types whose creation needs it. */
  readonly neededBy: readonly string[];
  /** The service creates it itself on first use when the deployer may (`iam:CreateServiceLinkedRole`). */
  readonly createdOnFirstUse: boolean;
  readonly source: string;
}

/**
 * Service-linked roles the emitted services use. `aws_iam_service_linked_role` fails when the role
 * exists already, so the library creates them only when `serviceLinkedRolesEnabled` is on.
 */
export const AWS_SERVICE_LINKED_ROLES: readonly AwsServiceLinkedRoleFact[] = [
  { serviceName: 'ecs.amazonaws.com', roleName: 'AWSServiceRoleForECS', neededBy: ['aws_ecs_cluster', 'aws_ecs_service'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html (read 2026-12-02): CreateCluster attempts to create the ECS service-linked role, and does not when the caller may not create it' },
  { serviceName: 'elasticache.amazonaws.com', roleName: 'AWSServiceRoleForElastiCache', neededBy: ['aws_elasticache_replication_group'], createdOnFirstUse: false,
    source: 'source: docs.aws.amazon.com/AmazonElastiCache/latest/dg/using-service-linked-roles.html (read 2026-12-02): role AWSServiceRoleForElastiCache of elasticache.amazonaws.com. Read 2026-12-02 from awsdocs/amazon-elasticache-docs/doc_source/redis/using-service-linked-roles.md@2b949d58608f (archived): the page says how to create it with IAM (console, CLI, API) and nowhere that ElastiCache creates it, so createdOnFirstUse is false (the carried-over row said true)',
  },
  { serviceName: 'autoscaling.amazonaws.com', roleName: 'AWSServiceRoleForAutoScaling', neededBy: ['aws_autoscaling_group'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html, ServiceLinkedRoleARN (read 2026-12-02 through the AWS SDK for Kotlin reference of that field): by default the group uses AWSServiceRoleForAutoScaling, which Amazon EC2 Auto Scaling creates if it does not exist' },
  {
    serviceName: 'opensearchservice.amazonaws.com', roleName: 'AWSServiceRoleForAmazonOpenSearchService', neededBy: ['aws_opensearch_domain'], createdOnFirstUse: true,
    source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/slr-aos.html (read 2026-12-02): the role gives the EC2 and ELB permissions of VPC access; OpenSearch Service creates it the first time you create a domain, given iam:CreateServiceLinkedRole, unless the account has the legacy AWSServiceRoleForAmazonElasticsearchService, which it then keeps using (the carried-over row said false)',
  },
  { serviceName: 'osis.amazonaws.com', roleName: 'AWSServiceRoleForAmazonOpenSearchIngestionService', neededBy: ['aws_osis_pipeline'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/slr-osis.html (read 2026-12-02): AWSServiceRoleForAmazonOpenSearchIngestionService, trusted by osis.amazonaws.com, creates the VPC endpoint of a pipeline (a self-managed VPC uses another role). Read 2026-12-02 from awsdocs/amazon-opensearch-service-developer-guide/doc_source/slr-osis.md@99e872b32b2d (archived): you do not need to create it, OpenSearch Ingestion creates it when you create a pipeline (that 2023 page names it AWSServiceRoleForAmazonOpenSearchIngestion, the current page and the AmazonOpenSearchIngestionFullAccess policy ...IngestionService)' },
  { serviceName: 'rds.amazonaws.com', roleName: 'AWSServiceRoleForRDS', neededBy: ['aws_rds_cluster'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAM.ServiceLinkedRoles.html (read 2026-12-02): AWSServiceRoleForRDS, trusted by rds.amazonaws.com, for DB clusters. Read 2026-12-02 from awsdocs/amazon-aurora-user-guide/doc_source/UsingWithRDS.IAM.ServiceLinkedRoles.md@033f0a464301 (archived): you do not need to create it, when you create a DB cluster Amazon Aurora creates it, given iam:CreateServiceLinkedRole' },
  { serviceName: 'elasticloadbalancing.amazonaws.com', roleName: 'AWSServiceRoleForElasticLoadBalancing', neededBy: ['aws_lb'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html (read 2026-12-02): you do not need to create AWSServiceRoleForElasticLoadBalancing; Elastic Load Balancing creates it when you create a load balancer or a target group, given the permission' },
];

/** What the library cannot create and an account must have before `cdktf deploy`. */
export const AWS_ACCOUNT_PREREQUISITES: readonly { readonly what: string; readonly neededBy: readonly string[]; readonly source: string }[] = [
  { what: 'A deployer with iam:CreateServiceLinkedRole (or the roles above already present, with serviceLinkedRolesEnabled false)', neededBy: ['aws_iam_service_linked_role'], source: 'source: docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html (read 2026-12-02 from awsdocs/iam-user-guide/doc_source/using-service-linked-roles.md@149cf97fe14b, archived): an IAM entity needs iam:CreateServiceLinkedRole on arn:aws:iam::*:role/aws-service-role/<service>/... to create a service-linked role' },
  {
    what: 'Application Auto Scaling creates the service-linked role of a service (ECS services, Aurora replicas) the first time RegisterScalableTarget is called for it in the account: the deployer needs iam:CreateServiceLinkedRole for it (the kit does not create these roles)',
    neededBy: ['aws_appautoscaling_target'],
    source: 'source: docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-service-linked-roles.html (read 2026-12-02); the role names (Service-linked role ARN reference section) were not read',
  },
  { what: 'An ACM certificate in us-east-1 for custom edge domains (tls.awsCertificateArn for the ALB is in the stack region)', neededBy: ['aws_cloudfront_distribution'], source: AWS_REGION_FACTS.cloudFrontCertificate.source },
  { what: 'Confirmed SNS e-mail subscriptions (each recipient clicks the link within two days, once per topic: the us-east-1 edge topic sends its own)', neededBy: ['aws_sns_topic_subscription'], source: 'source: docs.aws.amazon.com/sns/latest/api/API_Subscribe.html (read 2026-12-02 through the AWS SDK for Kotlin and .NET v4 references of Subscribe): for an email endpoint the owner must confirm the subscription; confirmation tokens are valid for two days' },
  {
    what: 'Cost Explorer enabled for the account, in the Billing and Cost Management console (it cannot be enabled through the API; the data is ready about 24 hours later; a member account of an organization may launch it unless the management account blocks it)',
    neededBy: ['aws_ce_anomaly_monitor', 'aws_budgets_budget'],
    source: 'source: docs.aws.amazon.com/cost-management/latest/userguide/ce-enable.html (read 2026-12-02 from awsdocs/aws-cost-management-user-guide/doc_source/ce-enable.md@054cf26b9ddd, archived; the carried-over row said once per payer account, which the page does not say). Unsourced: that anomaly monitors and budgets need it (this page does not say which features read it)',
  },
];
