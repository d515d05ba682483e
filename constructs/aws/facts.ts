/**
 * AWS platform facts, one table per kind: the CloudWatch metrics alarms may use, where things must
 * live (region constraints), and what an account needs before a stack deploys (service-linked roles
 * the library creates, and what it cannot create). Code reads these tables; a metric that is not
 * here is an error at synth, never a guess.
 *
 * Each row carries its source: the documentation page (read 2026-12-02 when marked so) or the
 * provider source at v6.25.0. Rows marked `carried over` were in the blueprints before the tables
 * existed and have not been re-read yet; docs/deploy.md says to re-check them.
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
  readonly source: string;
}

const CW_ALB = 'source: docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html (carried over)';
/** ALB rows re-read: the page's per-metric Statistics and Dimensions text, as reproduced in the @pulumi/awsx classic.lb.metrics.application reference (the stored AWS page gives only its opening). */
const CW_ALB_READ = (what: string) => `source: docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html (read 2026-12-02 through its text in the @pulumi/awsx lb metrics reference): ${what}`;
const CW_EC2 = 'source: docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html (carried over)';
const CW_ES = 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudwatchmetrics.html (carried over)';
const CW_ES_ALARMS = (what: string) => `source: docs.aws.amazon.com/opensearch-service/latest/developerguide/cloudwatch-alarms.html, recommended alarms (read 2026-12-02): ${what}; dimensions (carried over)`;
const CW_EC = 'source: docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html (carried over)';
const CW_LAMBDA = 'source: docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html (carried over)';
const CW_LAMBDA_INVOCATION = 'source: docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html (read 2026-12-02): invocation metrics (Errors, Throttles) are binary per invocation, viewed with the Sum statistic; dimension (carried over)';
const CW_RDS = 'source: docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html (carried over)';
const CW_SQS = 'source: docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html (carried over)';
const { AVERAGE, MAXIMUM, MINIMUM, SUM, P95 } = Statistic;
const GAUGE = [AVERAGE, MAXIMUM, MINIMUM] as const;

/** Every CloudWatch metric an alarm or a scaling policy of this library uses. */
export const AWS_METRIC_FACTS: readonly AwsMetricFact[] = [
  { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', dimensions: ['LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistic Sum (Minimum, Maximum, Average all return 1); dimensions LoadBalancer | AvailabilityZone, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions: ['LoadBalancer', 'TargetGroup'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('as HTTPCode_Target_4XX_Count: statistic Sum; dimensions include TargetGroup, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', dimensions: ['LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistic Sum; dimensions LoadBalancer | AvailabilityZone, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', dimensions: ['LoadBalancer', 'TargetGroup'], statistics: [AVERAGE, P95], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('most useful statistics Average and pNN.NN; dimensions include TargetGroup, LoadBalancer') },
  { namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', dimensions: ['LoadBalancer', 'TargetGroup'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB },
  { namespace: 'AWS/ApplicationELB', metricName: 'RequestCountPerTarget', dimensions: ['TargetGroup', 'LoadBalancer'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ALB_READ('the only valid statistic is Sum (it is an average per target); the TargetGroup dimension is required') },
  {
    namespace: 'AWS/CloudFront', metricName: '5xxErrorRate', dimensions: ['DistributionId', 'Region'], statistics: [AVERAGE], publishedIn: AwsMetricRegion.US_EAST_1,
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html (read 2026-12-02): us-east-1 only, Region=Global, one statistic per metric (Average)',
  },
  { namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: ['AutoScalingGroupName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC2 },
  {
    namespace: 'AWS/AutoScaling', metricName: 'GroupInServiceInstances', dimensions: ['AutoScalingGroupName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, requiresEnabledMetric: true,
    source: 'source: docs.aws.amazon.com/autoscaling/ec2/APIReference/API_EnableMetricsCollection.html (read 2026-12-02): a group metric, sent only once metrics collection is enabled for it (Granularity 1Minute), as AwsScalingGroup does (GROUP_METRICS); statistics and dimension (carried over)',
  },
  {
    namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: ['ClusterName', 'ServiceName'], statistics: [...GAUGE, SUM], publishedIn: AwsMetricRegion.RESOURCE,
    source: 'source: docs.aws.amazon.com/AmazonECS/latest/developerguide/service_utilization.html (read 2026-12-02): service CPU utilization with Average, Minimum, Maximum; valid dimensions ClusterName, ServiceName and valid statistics Average, Minimum, Maximum, Sum, Sample Count read through the ECS metrics text in the @pulumi/awsx ecs metrics reference',
  },
  { namespace: 'AWS/ES', metricName: 'ClusterStatus.red', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES_ALARMS('ClusterStatus.red maximum >= 1') },
  { namespace: 'AWS/ES', metricName: 'ClusterStatus.yellow', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES_ALARMS('ClusterStatus.yellow maximum >= 1') },
  { namespace: 'AWS/ES', metricName: 'ClusterIndexWritesBlocked', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES },
  { namespace: 'AWS/ES', metricName: 'FreeStorageSpace', dimensions: ['ClientId', 'DomainName'], statistics: [MINIMUM, SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES_ALARMS('FreeStorageSpace minimum <= 20480 (MiB)') },
  { namespace: 'AWS/ES', metricName: 'MasterJVMMemoryPressure', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES },
  { namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', dimensions: ['ClientId', 'DomainName'], statistics: [MAXIMUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_ES },
  { namespace: 'AWS/ElastiCache', metricName: 'EngineCPUUtilization', dimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC },
  { namespace: 'AWS/ElastiCache', metricName: 'DatabaseMemoryUsagePercentage', dimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC },
  { namespace: 'AWS/ElastiCache', metricName: 'Evictions', dimensions: ['CacheClusterId', 'CacheNodeId'], statistics: [SUM, ...GAUGE], publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC },
  { namespace: 'AWS/ElastiCache', metricName: 'ReplicationLag', dimensions: ['CacheClusterId', 'CacheNodeId'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_EC },
  { namespace: 'AWS/Firehose', metricName: 'DeliveryToS3.Success', dimensions: ['DeliveryStreamName'], statistics: [AVERAGE, SUM], publishedIn: AwsMetricRegion.RESOURCE, source: 'source: docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudwatch-metrics.html (carried over)' },
  { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: ['FunctionName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA_INVOCATION },
  { namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: ['FunctionName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA_INVOCATION },
  { namespace: 'AWS/Lambda', metricName: 'Duration', dimensions: ['FunctionName'], statistics: [...GAUGE, P95], publishedIn: AwsMetricRegion.RESOURCE, source: CW_LAMBDA },
  { namespace: 'AWS/NATGateway', metricName: 'ErrorPortAllocation', dimensions: ['NatGatewayId'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE, source: 'source: docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway-cloudwatch.html (carried over)' },
  {
    namespace: 'AWS/OSIS', metricName: 'log-pipeline.opensearch.documentErrors.count', dimensions: ['PipelineName'], statistics: [SUM], publishedIn: AwsMetricRegion.RESOURCE,
    source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/monitoring-pipeline-metrics.html (read 2026-12-02): in AWS/OSIS, each metric is prefixed <sub_pipeline_name>.<plugin>., dimension PipelineName; sub-pipeline `log-pipeline` and sink `opensearch` as AwsLogSearch names them. The OpenSearch sink table (documentErrors.count, statistic Sum) was not re-read (carried over)',
  },
  { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: ['DBClusterIdentifier', 'Role'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS },
  { namespace: 'AWS/RDS', metricName: 'DatabaseConnections', dimensions: ['DBClusterIdentifier', 'Role'], statistics: [...GAUGE, SUM], publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS },
  { namespace: 'AWS/RDS', metricName: 'FreeLocalStorage', dimensions: ['DBClusterIdentifier', 'Role'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS },
  { namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', dimensions: ['DBClusterIdentifier', 'Role'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: CW_RDS },
  { namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage', dimensions: ['QueueName'], statistics: GAUGE, publishedIn: AwsMetricRegion.RESOURCE, source: 'source: docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html (read 2026-12-02 through its text in the @pulumi/awsx sqs metrics reference): valid statistics Average, Minimum, Maximum, Sum, Data Samples; dimension (carried over)' },
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
  const unknown = (metric.dimensions ?? []).map((d) => d.name).filter((n) => !fact.dimensions.includes(n));
  if (unknown.length > 0) out.push(`${metric.namespace}/${metric.metricName} has no dimension ${unknown.join(', ')} (it has ${fact.dimensions.join(', ')})`);
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
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html (read 2026-12-02); an alarm action must be a topic in the alarm\'s region: docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html (carried over)',
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
  { attachment: 'aws_cloudwatch_metric_alarm', mustShareRegionWith: 'the metric it watches (AWS_METRIC_FACTS publishedIn) and the SNS topics of its actions', source: 'source: docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html (carried over)' },
  { attachment: 'aws_wafv2_web_acl_logging_configuration', mustShareRegionWith: 'its web ACL and its log group', source: 'source: docs.aws.amazon.com/waf/latest/APIReference/API_LoggingConfiguration.html (read 2026-12-02): one destination per web ACL, its name must start with aws-waf-logs- (AwsThrottling names its group so), WAF puts a resource policy on the log group; the same-region rule: logging-cw-logs.html (carried over)' },
  {
    attachment: 'aws_cloudfront_distribution logging_config (standard logging, legacy)', mustShareRegionWith: 'nothing: the S3 bucket may be in the stack region, but not in an opt-in region (the page lists them); the bucket needs ACLs (BucketOwnerPreferred)',
    source: 'source: docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html (read 2026-12-02; the opt-in region list was not read)',
  },
  {
    attachment: 'aws_cloudwatch_log_subscription_filter', mustShareRegionWith: 'its log group and its Firehose / Lambda destination',
    source: 'source: docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html (carried over). Read 2026-12-02: PutSubscriptionFilter (API reference) takes a Firehose stream or Lambda function of the same account; CreateSubscriptionFilterFirehose-Account.html says a CloudWatch Logs destination must be in the log groups\' region but may point to a Firehose stream in another region (documented for cross-account delivery)',
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
  { serviceName: 'elasticache.amazonaws.com', roleName: 'AWSServiceRoleForElastiCache', neededBy: ['aws_elasticache_replication_group'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/AmazonElastiCache/latest/dg/using-service-linked-roles.html (read 2026-12-02): role AWSServiceRoleForElastiCache of elasticache.amazonaws.com; createdOnFirstUse (carried over)' },
  { serviceName: 'autoscaling.amazonaws.com', roleName: 'AWSServiceRoleForAutoScaling', neededBy: ['aws_autoscaling_group'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html, ServiceLinkedRoleARN (read 2026-12-02 through the AWS SDK for Kotlin reference of that field): by default the group uses AWSServiceRoleForAutoScaling, which Amazon EC2 Auto Scaling creates if it does not exist' },
  {
    serviceName: 'opensearchservice.amazonaws.com', roleName: 'AWSServiceRoleForAmazonOpenSearchService', neededBy: ['aws_opensearch_domain'], createdOnFirstUse: true,
    source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/slr-aos.html (read 2026-12-02): the role gives the EC2 and ELB permissions of VPC access; OpenSearch Service creates it the first time you create a domain, given iam:CreateServiceLinkedRole, unless the account has the legacy AWSServiceRoleForAmazonElasticsearchService, which it then keeps using (the carried-over row said false)',
  },
  { serviceName: 'osis.amazonaws.com', roleName: 'AWSServiceRoleForAmazonOpenSearchIngestionService', neededBy: ['aws_osis_pipeline'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/opensearch-service/latest/developerguide/slr-osis.html (read 2026-12-02): AWSServiceRoleForAmazonOpenSearchIngestionService, trusted by osis.amazonaws.com, creates the VPC endpoint of a pipeline (a self-managed VPC uses another role); createdOnFirstUse (carried over)' },
  { serviceName: 'rds.amazonaws.com', roleName: 'AWSServiceRoleForRDS', neededBy: ['aws_rds_cluster'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAM.ServiceLinkedRoles.html (read 2026-12-02): AWSServiceRoleForRDS, trusted by rds.amazonaws.com, for DB clusters; createdOnFirstUse (carried over)' },
  { serviceName: 'elasticloadbalancing.amazonaws.com', roleName: 'AWSServiceRoleForElasticLoadBalancing', neededBy: ['aws_lb'], createdOnFirstUse: true, source: 'source: docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html (read 2026-12-02): you do not need to create AWSServiceRoleForElasticLoadBalancing; Elastic Load Balancing creates it when you create a load balancer or a target group, given the permission' },
];

/** What the library cannot create and an account must have before `cdktf deploy`. */
export const AWS_ACCOUNT_PREREQUISITES: readonly { readonly what: string; readonly neededBy: readonly string[]; readonly source: string }[] = [
  { what: 'A deployer with iam:CreateServiceLinkedRole (or the roles above already present, with serviceLinkedRolesEnabled false)', neededBy: ['aws_iam_service_linked_role'], source: 'source: docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html (carried over)' },
  {
    what: 'Application Auto Scaling creates the service-linked role of a service (ECS services, Aurora replicas) the first time RegisterScalableTarget is called for it in the account: the deployer needs iam:CreateServiceLinkedRole for it (the kit does not create these roles)',
    neededBy: ['aws_appautoscaling_target'],
    source: 'source: docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-service-linked-roles.html (read 2026-12-02); the role names (Service-linked role ARN reference section) were not read',
  },
  { what: 'An ACM certificate in us-east-1 for custom edge domains (tls.awsCertificateArn for the ALB is in the stack region)', neededBy: ['aws_cloudfront_distribution'], source: AWS_REGION_FACTS.cloudFrontCertificate.source },
  { what: 'Confirmed SNS e-mail subscriptions (each recipient clicks the link within two days, once per topic: the us-east-1 edge topic sends its own)', neededBy: ['aws_sns_topic_subscription'], source: 'source: docs.aws.amazon.com/sns/latest/api/API_Subscribe.html (read 2026-12-02 through the AWS SDK for Kotlin and .NET v4 references of Subscribe): for an email endpoint the owner must confirm the subscription; confirmation tokens are valid for two days' },
  { what: 'Cost Explorer enabled once per payer account (anomaly monitors and budgets read it)', neededBy: ['aws_ce_anomaly_monitor', 'aws_budgets_budget'], source: 'source: docs.aws.amazon.com/cost-management/latest/userguide/ce-enable.html (carried over)' },
];
