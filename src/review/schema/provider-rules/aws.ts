/**
 * Plan-time validators of hashicorp/terraform-provider-aws v6.25.0 that the `.jsii` schema does not
 * carry, for the resource types the library emits. `source` on each entry names the provider file
 * and the validator (function, or schema field when the validator is inline), read from the stored
 * copy of the repository nearest the tag (commits named per group below).
 */
import { ProviderRule, ReviewedType, reviewed, rules as r } from './rule';

// source: internal/service/rds/validate.go validIdentifier (commit 03e17e19)
const RDS_IDENTIFIER: Array<[RegExp, string, 'match' | 'not']> = [
  [/^[0-9a-z-]+$/, 'only lowercase alphanumeric characters and hyphens', 'match'],
  [/^[a-z]/, 'starting with a letter', 'match'],
  [/--/, 'without two consecutive hyphens', 'not'],
  [/-$/, 'without a trailing hyphen', 'not'],
];
function rdsIdentifier(type: string, argument: string, source: string): ProviderRule[] {
  return RDS_IDENTIFIER.map(([re, text, how]) => (how === 'match' ? r.pattern : r.notPattern)(type, argument, re, text, source));
}

// source: internal/service/elbv2/validate.go validName / validTargetGroupName (commit 013f1736)
function elbName(type: string, source: string, internalPrefix: boolean): ProviderRule[] {
  return [
    r.length(type, 'name', undefined, 32, source),
    r.pattern(type, 'name', /^[0-9A-Za-z-]+$/, 'only alphanumeric characters and hyphens', source),
    r.notPattern(type, 'name', /^-/, 'without a leading hyphen', source),
    r.notPattern(type, 'name', /-$/, 'without a trailing hyphen', source),
    ...(internalPrefix ? [r.notPattern(type, 'name', /^internal-/, 'without the prefix "internal-"', source)] : []),
  ];
}

const CW = 'internal/service/cloudwatch/metric_alarm.go resourceMetricAlarm';

const XR = 'internal/service/xray/sampling_rule.go resourceSamplingRule';
const ADS = 'internal/service/appconfig/deployment_strategy.go resourceDeploymentStrategy';
const SCH = 'internal/service/scheduler/schedule.go resourceSchedule';
const WAF = 'internal/service/wafv2/web_acl.go resourceWebACL';
const TG = 'internal/service/elbv2/target_group.go resourceTargetGroup';
const SQS = 'internal/service/sqs/queue.go';
const ASG = 'internal/service/autoscaling/group.go resourceGroup';
const ECS = 'internal/service/ecs/service.go ResourceService';
const RCI = 'internal/service/rds/cluster_instance.go resourceClusterInstance';
const LT = 'internal/service/ec2/ec2_launch_template.go ResourceLaunchTemplate';
const LIS = 'internal/service/elbv2/listener.go ResourceListener';
const OS = 'internal/service/opensearch/domain.go ResourceDomain';
const S3LC = 'internal/service/s3/bucket_lifecycle_configuration.go bucketLifecycleConfigurationResource.Schema';
const TD = 'internal/service/ecs/task_definition.go ResourceTaskDefinition';
const CF = 'internal/service/cloudfront/distribution.go ResourceDistribution';
const FN = 'internal/service/lambda/function.go resourceFunction';
const AAP = 'internal/service/appautoscaling/policy.go resourcePolicy';
const ACP = 'internal/service/appconfig/configuration_profile.go ResourceConfigurationProfile';
const ADP = 'internal/service/appconfig/deployment.go ResourceDeployment';
const AHV = 'internal/service/appconfig/hosted_configuration_version.go ResourceHostedConfigurationVersion';
const ASP = 'internal/service/autoscaling/policy.go resourcePolicy';
const BUD = 'internal/service/budgets/budget.go ResourceBudget';
const CCP = 'internal/service/cloudfront/cache_policy.go ResourceCachePolicy parameters_in_cache_key_and_forwarded_to_origin';
const OAC = 'internal/service/cloudfront/origin_access_control.go ResourceOriginAccessControl';
const EVR = 'internal/service/events/rule.go resourceRule';
const EVT = 'internal/service/events/target.go resourceTarget';
const LSF = 'internal/service/logs/subscription_filter.go resourceSubscriptionFilter';
const FL = 'internal/service/ec2/vpc_flow_log.go resourceFlowLog';
const ESM = 'internal/service/lambda/event_source_mapping.go resourceEventSourceMapping';
const EIC = 'internal/service/lambda/function_event_invoke_config.go resourceFunctionEventInvokeConfig';
const LR = 'internal/service/elbv2/listener_rule.go resourceListenerRule';
const OSI = 'internal/service/osis/pipeline.go pipelineResource.Schema';
const RT = 'internal/service/ec2/vpc_route.go ResourceRoute';
const S3O = 'internal/service/s3/object.go resourceObject';
const SNS = 'internal/service/sns/topic.go';
const GW = 'internal/service/grafana/workspace.go resourceWorkspace';

/** The a.b.c.d/n form checked by verify.ValidIPv4CIDRNetworkAddress (its host-bits check is not ported). */
const IPV4_CIDR = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;

export const AWS_PROVIDER_RULES: readonly ProviderRule[] = [
  // aws_lb / aws_lb_target_group
  ...elbName('aws_lb', 'internal/service/elbv2/validate.go validName', true),
  ...elbName('aws_lb_target_group', 'internal/service/elbv2/validate.go validTargetGroupName', false),

  // aws_rds_cluster, source: internal/service/rds/cluster.go resourceCluster schema (commit 0168cf68)
  ...rdsIdentifier('aws_rds_cluster', 'cluster_identifier', 'internal/service/rds/validate.go validIdentifier (cluster.go cluster_identifier)'),
  r.conflictsWith('aws_rds_cluster', 'cluster_identifier', ['cluster_identifier_prefix'], 'internal/service/rds/cluster.go resourceCluster cluster_identifier ConflictsWith'),
  r.between('aws_rds_cluster', 'backup_retention_period', undefined, 35, 'internal/service/rds/cluster.go resourceCluster backup_retention_period IntAtMost(35)'),
  r.pattern('aws_rds_cluster', 'final_snapshot_identifier', /^[0-9A-Za-z-]+$/, 'only alphanumeric characters and hyphens', 'internal/service/rds/cluster.go resourceCluster final_snapshot_identifier ValidateFunc'),
  r.notPattern('aws_rds_cluster', 'final_snapshot_identifier', /--/, 'without two consecutive hyphens', 'internal/service/rds/cluster.go resourceCluster final_snapshot_identifier ValidateFunc'),
  r.notPattern('aws_rds_cluster', 'final_snapshot_identifier', /-$/, 'without a trailing hyphen', 'internal/service/rds/cluster.go resourceCluster final_snapshot_identifier ValidateFunc'),
  r.conflictsWith('aws_rds_cluster', 'manage_master_user_password', ['master_password', 'master_password_wo'], 'internal/service/rds/cluster.go resourceCluster manage_master_user_password ConflictsWith'),
  r.between('aws_rds_cluster', 'serverlessv2_scaling_configuration.max_capacity', 1, 256, 'internal/service/rds/cluster.go resourceCluster serverlessv2_scaling_configuration.max_capacity FloatBetween(1, 256)'),
  r.between('aws_rds_cluster', 'serverlessv2_scaling_configuration.min_capacity', 0, 256, 'internal/service/rds/cluster.go resourceCluster serverlessv2_scaling_configuration.min_capacity FloatBetween(0, 256)'),

  // aws_elasticache_replication_group, source: internal/service/elasticache/replication_group.go resourceReplicationGroup (commit 001b6364)
  r.oneOf('aws_elasticache_replication_group', 'engine', ['redis', 'valkey'], 'internal/service/elasticache/replication_group.go resourceReplicationGroup engine StringInSlice(engineRedis, engineValkey)', true),
  r.conflictsWith('aws_elasticache_replication_group', 'num_cache_clusters', ['num_node_groups', 'replicas_per_node_group'], 'internal/service/elasticache/replication_group.go resourceReplicationGroup num_cache_clusters ConflictsWith'),
  r.between('aws_elasticache_replication_group', 'replicas_per_node_group', 0, undefined, 'internal/service/elasticache/replication_group.go resourceReplicationGroup replicas_per_node_group IntAtLeast(0)'),
  r.between('aws_elasticache_replication_group', 'snapshot_retention_limit', undefined, 35, 'internal/service/elasticache/replication_group.go resourceReplicationGroup snapshot_retention_limit IntAtMost(35)'),
  r.conflictsWith('aws_elasticache_replication_group', 'auth_token', ['user_group_ids'], 'internal/service/elasticache/replication_group.go resourceReplicationGroup auth_token ConflictsWith'),
  r.length('aws_elasticache_replication_group', 'description', 1, undefined, 'internal/service/elasticache/replication_group.go resourceReplicationGroup description StringIsNotEmpty'),

  // aws_cloudwatch_metric_alarm, source: internal/service/cloudwatch/metric_alarm.go resourceMetricAlarm (commit 055611a6)
  r.length('aws_cloudwatch_metric_alarm', 'alarm_description', 0, 1024, `${CW} alarm_description StringLenBetween(0, 1024)`),
  r.length('aws_cloudwatch_metric_alarm', 'alarm_name', 1, 255, `${CW} alarm_name StringLenBetween(1, 255)`),
  r.oneOf('aws_cloudwatch_metric_alarm', 'comparison_operator', ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold', 'LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'], `${CW} comparison_operator enum.Validate[types.ComparisonOperator]; values from aws-sdk-go-v2 service/cloudwatch/types/enums.go ComparisonOperator.Values (commit 058d9848)`),
  r.between('aws_cloudwatch_metric_alarm', 'datapoints_to_alarm', 1, undefined, `${CW} datapoints_to_alarm IntAtLeast(1)`),
  r.between('aws_cloudwatch_metric_alarm', 'evaluation_periods', 1, undefined, `${CW} evaluation_periods IntAtLeast(1)`),
  r.conflictsWith('aws_cloudwatch_metric_alarm', 'dimensions', ['metric_query'], `${CW} dimensions ConflictsWith`),
  r.conflictsWith('aws_cloudwatch_metric_alarm', 'extended_statistic', ['statistic', 'metric_query'], `${CW} extended_statistic ConflictsWith`),
  r.pattern('aws_cloudwatch_metric_alarm', 'extended_statistic', /^((p|(tm)|(wm)|(tc)|(ts))((\d{1,2}(\.\d{1,2})?)|(100))|(IQM)|(((TM)|(WM)|(PR)|(TC)|(TS)))\((\d+(\.\d+)?%?)?:(\d+(\.\d+)?%?)?\))$/, 'a percentile or trimmed statistic (p99, tm90, IQM, TM(10%:90%), ...)', `${CW} extended_statistic StringMatch`),
  r.length('aws_cloudwatch_metric_alarm', 'metric_name', 1, 255, `${CW} metric_name StringLenBetween(1, 255)`),
  r.conflictsWith('aws_cloudwatch_metric_alarm', 'metric_name', ['metric_query'], `${CW} metric_name ConflictsWith`),
  r.length('aws_cloudwatch_metric_alarm', 'namespace', 1, 255, `${CW} namespace StringLenBetween(1, 255)`),
  r.oneOfOrMultiple('aws_cloudwatch_metric_alarm', 'period', [10, 20, 30], 60, `${CW} period Any(IntInSlice(10, 20, 30), IntDivisibleBy(60))`),
  r.oneOf('aws_cloudwatch_metric_alarm', 'statistic', ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'], `${CW} statistic enum.Validate[types.Statistic]; values from aws-sdk-go-v2 service/cloudwatch/types/enums.go Statistic.Values (commit 058d9848)`),
  r.conflictsWith('aws_cloudwatch_metric_alarm', 'threshold', ['threshold_metric_id'], `${CW} threshold ConflictsWith`),
  r.oneOf('aws_cloudwatch_metric_alarm', 'treat_missing_data', ['missing', 'ignore', 'breaching', 'notBreaching'], `${CW} treat_missing_data StringInSlice(missingData_Values(), true)`, true),
  r.when('metric_name', r.exactlyOneOf('aws_cloudwatch_metric_alarm', ['statistic', 'extended_statistic'], `${CW} CustomizeDiff (one of statistic or extended_statistic when metric_name is set)`)),

  // aws_cloudwatch_log_group, source: internal/service/logs/group.go resourceGroup (commit 0073593e) and logs/validate.go validLogGroupName (commit 1c6c2631)
  r.length('aws_cloudwatch_log_group', 'name', undefined, 512, 'internal/service/logs/validate.go validLogGroupName'),
  r.pattern('aws_cloudwatch_log_group', 'name', /^[0-9A-Za-z_./#-]+$/, 'alphanumeric characters, underscores, hyphens, slashes, hash signs and dots', 'internal/service/logs/validate.go validLogGroupName'),
  r.conflictsWith('aws_cloudwatch_log_group', 'name', ['name_prefix'], 'internal/service/logs/group.go resourceGroup name ConflictsWith'),
  r.oneOf('aws_cloudwatch_log_group', 'retention_in_days', [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], 'internal/service/logs/group.go resourceGroup retention_in_days IntInSlice'),
  r.oneOf('aws_cloudwatch_log_group', 'log_group_class', ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'], 'internal/service/logs/group.go resourceGroup log_group_class enum.Validate[awstypes.LogGroupClass]'),

  // aws_iam_role / aws_iam_role_policy, source: internal/service/iam/validate.go validResourceName, validRolePolicyRole (commit 044fb317)
  r.length('aws_iam_role', 'name', 1, 64, 'internal/service/iam/validate.go validResourceName(roleNameMaxLen); internal/service/iam/role.go const roleNameMaxLen = 64'),
  r.pattern('aws_iam_role', 'name', /^[\w+=,.@-]*$/, 'word characters and +=,.@-', 'internal/service/iam/validate.go validResourceName(roleNameMaxLen)'),
  r.length('aws_iam_role_policy', 'role', 1, 128, 'internal/service/iam/validate.go validRolePolicyRole'),
  r.notPattern('aws_iam_role_policy', 'role', /^arn:/, "the role's name, not its ARN", 'internal/service/iam/validate.go validRolePolicyRole'),

  // aws_lambda_function, source: internal/service/lambda/function.go resourceFunction (commit 0156d84e)
  r.exactlyOneOf('aws_lambda_function', ['filename', 'image_uri', 's3_bucket'], `${FN} filename ExactlyOneOf`),
  r.requiredWith('aws_lambda_function', 's3_bucket', ['s3_key'], `${FN} s3_bucket RequiredWith`),
  r.length('aws_lambda_function', 'handler', 1, 128, `${FN} handler StringLenBetween(1, 128)`),
  r.between('aws_lambda_function', 'memory_size', 128, 10240, `${FN} memory_size IntBetween(128, 10240)`),
  r.between('aws_lambda_function', 'timeout', 1, 900, `${FN} timeout IntBetween(1, 900)`),
  r.between('aws_lambda_function', 'reserved_concurrent_executions', -1, undefined, `${FN} reserved_concurrent_executions IntAtLeast(-1)`),
  r.between('aws_lambda_function', 'ephemeral_storage.size', 512, 10240, `${FN} ephemeral_storage.size IntBetween(512, 10240)`),
  r.oneOf('aws_lambda_function', 'logging_config.log_format', ['JSON', 'Text'], `${FN} logging_config.log_format enum.Validate[awstypes.LogFormat]`),
  r.oneOf('aws_lambda_function', 'tracing_config.mode', ['Active', 'PassThrough'], `${FN} tracing_config.mode enum.Validate[awstypes.TracingMode]`),

  // aws_sqs_queue, source: internal/service/sqs/queue.go queueSchema, resourceQueueCustomizeDiff (commit 00a35305)
  r.between('aws_sqs_queue', 'delay_seconds', 0, 900, `${SQS} queueSchema delay_seconds IntBetween(0, 900)`),
  r.between('aws_sqs_queue', 'kms_data_key_reuse_period_seconds', 60, 86400, `${SQS} queueSchema kms_data_key_reuse_period_seconds IntBetween(60, 86400)`),
  r.conflictsWith('aws_sqs_queue', 'kms_master_key_id', ['sqs_managed_sse_enabled'], `${SQS} queueSchema kms_master_key_id ConflictsWith`),
  r.between('aws_sqs_queue', 'max_message_size', 1024, 1048576, `${SQS} queueSchema max_message_size IntBetween(1024, 1048576)`),
  r.between('aws_sqs_queue', 'message_retention_seconds', 60, 1209600, `${SQS} queueSchema message_retention_seconds IntBetween(60, 1209600)`),
  r.conflictsWith('aws_sqs_queue', 'name', ['name_prefix'], `${SQS} queueSchema name ConflictsWith`),
  r.between('aws_sqs_queue', 'visibility_timeout_seconds', 0, 43200, `${SQS} queueSchema visibility_timeout_seconds IntBetween(0, 43200)`),
  r.unless('fifo_queue', r.pattern('aws_sqs_queue', 'name', /^[0-9A-Za-z_-]{1,80}$/, '1 to 80 alphanumeric characters, hyphens and underscores', `${SQS} resourceQueueCustomizeDiff (standard queue name)`)),
  r.when('fifo_queue', r.pattern('aws_sqs_queue', 'name', /^[0-9A-Za-z_-]{1,75}\.fifo$/, '1 to 75 alphanumeric characters, hyphens and underscores followed by ".fifo"', `${SQS} resourceQueueCustomizeDiff (FIFO queue name)`)),

  // aws_kms_key, source: internal/service/kms/key.go resourceKey (commit 00a35305)
  r.length('aws_kms_key', 'custom_key_store_id', 1, 22, 'internal/service/kms/key.go resourceKey custom_key_store_id StringLenBetween(1, 22)'),
  r.between('aws_kms_key', 'deletion_window_in_days', 7, 30, 'internal/service/kms/key.go resourceKey deletion_window_in_days IntBetween(7, 30)'),
  r.length('aws_kms_key', 'description', 0, 8192, 'internal/service/kms/key.go resourceKey description StringLenBetween(0, 8192)'),
  r.between('aws_kms_key', 'rotation_period_in_days', 90, 2560, 'internal/service/kms/key.go resourceKey rotation_period_in_days IntBetween(90, 2560)'),
  r.requiredWith('aws_kms_key', 'rotation_period_in_days', ['enable_key_rotation'], 'internal/service/kms/key.go resourceKey rotation_period_in_days RequiredWith'),
  r.requiredWith('aws_kms_key', 'xks_key_id', ['custom_key_store_id'], 'internal/service/kms/key.go resourceKey xks_key_id RequiredWith'),

  // aws_lb_target_group, source: internal/service/elbv2/target_group.go resourceTargetGroup (commit 013cfb4c)
  r.between('aws_lb_target_group', 'deregistration_delay', 0, 3600, `${TG} deregistration_delay ValidateTypeStringNullableIntBetween(0, 3600)`),
  r.between('aws_lb_target_group', 'health_check.healthy_threshold', 2, 10, `${TG} health_check.healthy_threshold IntBetween(2, 10)`),
  r.between('aws_lb_target_group', 'health_check.interval', 5, 300, `${TG} health_check.interval IntBetween(5, 300)`),
  r.length('aws_lb_target_group', 'health_check.path', 1, 1024, `${TG} health_check.path StringLenBetween(1, 1024)`),
  r.pattern('aws_lb_target_group', 'health_check.path', /^\//, 'a path starting with "/"', `${TG} health_check.path StringHasPrefix("/")`),
  r.between('aws_lb_target_group', 'health_check.timeout', 2, 120, `${TG} health_check.timeout IntBetween(2, 120)`),
  r.between('aws_lb_target_group', 'health_check.unhealthy_threshold', 2, 10, `${TG} health_check.unhealthy_threshold IntBetween(2, 10)`),
  r.conflictsWith('aws_lb_target_group', 'name', ['name_prefix'], `${TG} name ConflictsWith`),
  r.between('aws_lb_target_group', 'port', 1, 65535, `${TG} port IntBetween(1, 65535)`),
  r.between('aws_lb_target_group', 'stickiness.cookie_duration', 0, 604800, `${TG} stickiness.cookie_duration IntBetween(0, 604800)`),
  r.oneOf('aws_lb_target_group', 'target_type', ['instance', 'ip', 'lambda', 'alb'], `${TG} target_type enum.Validate[awstypes.TargetTypeEnum]; values from aws-sdk-go-v2 service/elasticloadbalancingv2/types/enums.go TargetTypeEnum.Values (commit 1278f137)`),

  // aws_wafv2_web_acl, source: internal/service/wafv2/web_acl.go resourceWebACL (commit 0073593e)
  r.length('aws_wafv2_web_acl', 'description', 1, 256, `${WAF} description StringLenBetween(1, 256)`),
  r.length('aws_wafv2_web_acl', 'name', 1, 128, `${WAF} name StringLenBetween(1, 128)`),
  r.pattern('aws_wafv2_web_acl', 'name', /^[0-9A-Za-z_-]+$/, 'only alphanumeric, hyphen and underscore characters', `${WAF} name StringMatch`),
  r.conflictsWith('aws_wafv2_web_acl', 'name', ['name_prefix'], `${WAF} name ConflictsWith`),
  r.conflictsWith('aws_wafv2_web_acl', 'rule', ['rule_json'], `${WAF} rule ConflictsWith`),
  r.length('aws_wafv2_web_acl', 'rule.name', 1, 128, `${WAF} rule.name StringLenBetween(1, 128)`),
  r.oneOf('aws_wafv2_web_acl', 'scope', ['CLOUDFRONT', 'REGIONAL'], `${WAF} scope enum.Validate[awstypes.Scope]`),

  // aws_scheduler_schedule, source: internal/service/scheduler/schedule.go resourceSchedule (commit 02f524b9)
  r.length('aws_scheduler_schedule', 'description', 0, 512, `${SCH} description StringLenBetween(0, 512)`),
  r.between('aws_scheduler_schedule', 'flexible_time_window.maximum_window_in_minutes', 1, 1440, `${SCH} flexible_time_window.maximum_window_in_minutes IntBetween(1, 1440)`),
  r.oneOf('aws_scheduler_schedule', 'flexible_time_window.mode', ['OFF', 'FLEXIBLE'], `${SCH} flexible_time_window.mode enum.Validate[awstypes.FlexibleTimeWindowMode]`),
  r.length('aws_scheduler_schedule', 'group_name', 1, 64, `${SCH} group_name StringLenBetween(1, 64)`),
  r.length('aws_scheduler_schedule', 'name', 1, 64, `${SCH} name StringLenBetween(1, 64)`),
  r.pattern('aws_scheduler_schedule', 'name', /^[0-9A-Za-z_.-]+$/, 'alphanumerics, hyphens, underscores and periods', `${SCH} name StringMatch`),
  r.conflictsWith('aws_scheduler_schedule', 'name', ['name_prefix'], `${SCH} name ConflictsWith`),
  r.length('aws_scheduler_schedule', 'schedule_expression', 1, 256, `${SCH} schedule_expression StringLenBetween(1, 256)`),
  r.length('aws_scheduler_schedule', 'schedule_expression_timezone', 1, 50, `${SCH} schedule_expression_timezone StringLenBetween(1, 50)`),
  r.oneOf('aws_scheduler_schedule', 'state', ['ENABLED', 'DISABLED'], `${SCH} state enum.Validate[awstypes.ScheduleState]`),
  r.between('aws_scheduler_schedule', 'target.retry_policy.maximum_event_age_in_seconds', 60, 86400, `${SCH} target.retry_policy.maximum_event_age_in_seconds IntBetween(60, 86400)`),
  r.between('aws_scheduler_schedule', 'target.retry_policy.maximum_retry_attempts', 0, 185, `${SCH} target.retry_policy.maximum_retry_attempts IntBetween(0, 185)`),

  // aws_xray_sampling_rule, source: internal/service/xray/sampling_rule.go resourceSamplingRule (stored copy 050c661f, an older layout of the same schema)
  r.length('aws_xray_sampling_rule', 'rule_name', 1, 32, `${XR} rule_name StringLenBetween(1, 32)`),
  r.between('aws_xray_sampling_rule', 'priority', 1, 9999, `${XR} priority IntBetween(1, 9999)`),
  r.between('aws_xray_sampling_rule', 'reservoir_size', 0, undefined, `${XR} reservoir_size IntAtLeast(0)`),
  r.length('aws_xray_sampling_rule', 'service_name', 0, 64, `${XR} service_name StringLenBetween(0, 64)`),
  r.length('aws_xray_sampling_rule', 'service_type', 0, 64, `${XR} service_type StringLenBetween(0, 64)`),
  r.length('aws_xray_sampling_rule', 'host', 0, 64, `${XR} host StringLenBetween(0, 64)`),
  r.length('aws_xray_sampling_rule', 'http_method', 0, 10, `${XR} http_method StringLenBetween(0, 10)`),
  r.length('aws_xray_sampling_rule', 'url_path', 0, 128, `${XR} url_path StringLenBetween(0, 128)`),
  r.between('aws_xray_sampling_rule', 'version', 1, undefined, `${XR} version IntAtLeast(1)`),

  // aws_appconfig_deployment_strategy, source: internal/service/appconfig/deployment_strategy.go resourceDeploymentStrategy (commit 0413c661)
  r.between('aws_appconfig_deployment_strategy', 'deployment_duration_in_minutes', 0, 1440, `${ADS} deployment_duration_in_minutes IntBetween(0, 1440)`),
  r.length('aws_appconfig_deployment_strategy', 'description', 0, 1024, `${ADS} description StringLenBetween(0, 1024)`),
  r.between('aws_appconfig_deployment_strategy', 'final_bake_time_in_minutes', 0, 1440, `${ADS} final_bake_time_in_minutes IntBetween(0, 1440)`),
  r.between('aws_appconfig_deployment_strategy', 'growth_factor', 1, 100, `${ADS} growth_factor FloatBetween(1.0, 100.0)`),
  r.oneOf('aws_appconfig_deployment_strategy', 'growth_type', ['LINEAR', 'EXPONENTIAL'], `${ADS} growth_type enum.Validate[awstypes.GrowthType]`),
  r.length('aws_appconfig_deployment_strategy', 'name', 1, 64, `${ADS} name StringLenBetween(1, 64)`),
  r.oneOf('aws_appconfig_deployment_strategy', 'replicate_to', ['NONE', 'SSM_DOCUMENT'], `${ADS} replicate_to enum.Validate[awstypes.ReplicateTo]`),

  // aws_sns_topic_subscription, source: internal/service/sns/topic_subscription.go protocol, values from internal/service/sns/consts.go SubscriptionProtocol_Values (commit 01c08000)
  r.oneOf('aws_sns_topic_subscription', 'protocol', ['application', 'email', 'email-json', 'firehose', 'http', 'https', 'lambda', 'sms', 'sqs'], 'internal/service/sns/consts.go SubscriptionProtocol_Values (topic_subscription.go protocol StringInSlice)'),

  // aws_autoscaling_group, source: internal/service/autoscaling/group.go resourceGroup schema (commit 00a919d1)
  r.exactlyOneOf('aws_autoscaling_group', ['launch_configuration', 'launch_template', 'mixed_instances_policy'], `${ASG} launch_template ExactlyOneOf`),
  r.conflictsWith('aws_autoscaling_group', 'launch_template.id', ['name'], `${ASG} launch_template.id ConflictsWith(launch_template.0.name)`),
  r.length('aws_autoscaling_group', 'launch_template.version', 1, 255, `${ASG} launch_template.version StringLenBetween(1, 255)`),
  r.conflictsWith('aws_autoscaling_group', 'load_balancers', ['traffic_source'], `${ASG} load_balancers ConflictsWith`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.instance_warmup', 0, undefined, `${ASG} instance_refresh.preferences.instance_warmup ValidateTypeStringNullableIntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.checkpoint_delay', 0, undefined, `${ASG} instance_refresh.preferences.checkpoint_delay ValidateTypeStringNullableIntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.max_healthy_percentage', 100, 200, `${ASG} instance_refresh.preferences.max_healthy_percentage IntBetween(100, 200)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.min_healthy_percentage', 0, 100, `${ASG} instance_refresh.preferences.min_healthy_percentage IntBetween(0, 100)`),
  r.between('aws_autoscaling_group', 'instance_maintenance_policy.min_healthy_percentage', -1, 100, `${ASG} instance_maintenance_policy.min_healthy_percentage IntBetween(-1, 100)`),
  r.between('aws_autoscaling_group', 'initial_lifecycle_hook.heartbeat_timeout', 30, 7200, `${ASG} initial_lifecycle_hook.heartbeat_timeout IntBetween(30, 7200)`),
  r.length('aws_autoscaling_group', 'initial_lifecycle_hook.name', 1, 255, `${ASG} initial_lifecycle_hook.name StringLenBetween(1, 255)`),
  r.between('aws_autoscaling_group', 'mixed_instances_policy.instances_distribution.on_demand_base_capacity', 0, undefined, `${ASG} mixed_instances_policy.instances_distribution.on_demand_base_capacity IntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity', 0, 100, `${ASG} mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity IntBetween(0, 100)`),

  // aws_iam_service_linked_role, source: internal/service/iam/service_linked_role.go ResourceServiceLinkedRole (stored copy 01c08000, an older SDK-v1 layout of the same schema)
  r.pattern('aws_iam_service_linked_role', 'aws_service_name', /\./, 'a full service hostname (e.g. elasticbeanstalk.amazonaws.com)', 'internal/service/iam/service_linked_role.go ResourceServiceLinkedRole aws_service_name StringMatch(`\\.`)'),

  // aws_ecs_service, source: internal/service/ecs/service.go ResourceService schema (commit 00a919d1)
  r.between('aws_ecs_service', 'capacity_provider_strategy.base', 0, 100000, `${ECS} capacity_provider_strategy.base IntBetween(0, 100000)`),
  r.between('aws_ecs_service', 'capacity_provider_strategy.weight', 0, 1000, `${ECS} capacity_provider_strategy.weight IntBetween(0, 1000)`),
  r.between('aws_ecs_service', 'health_check_grace_period_seconds', 0, 2147483647, `${ECS} health_check_grace_period_seconds IntBetween(0, math.MaxInt32)`),
  r.between('aws_ecs_service', 'load_balancer.container_port', 0, 65536, `${ECS} load_balancer.container_port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_registries.port', 0, 65536, `${ECS} service_registries.port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_registries.container_port', 0, 65536, `${ECS} service_registries.container_port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_connect_configuration.service.client_alias.port', 0, 65535, `${ECS} service_connect_configuration.service.client_alias.port IntBetween(0, 65535)`),
  r.between('aws_ecs_service', 'service_connect_configuration.service.ingress_port_override', 0, 65535, `${ECS} service_connect_configuration.service.ingress_port_override IntBetween(0, 65535)`),

  // aws_rds_cluster_instance, source: internal/service/rds/cluster_instance.go resourceClusterInstance schema (commit 01606926)
  ...rdsIdentifier('aws_rds_cluster_instance', 'identifier', 'internal/service/rds/validate.go validIdentifier (cluster_instance.go identifier)'),
  r.conflictsWith('aws_rds_cluster_instance', 'identifier', ['identifier_prefix'], `${RCI} identifier ConflictsWith`),
  r.pattern('aws_rds_cluster_instance', 'custom_iam_instance_profile', /^AWSRDSCustom.*$/, 'a name beginning with AWSRDSCustom', `${RCI} custom_iam_instance_profile StringMatch`),
  r.oneOfOrMultiple('aws_rds_cluster_instance', 'performance_insights_retention_period', [7, 731], 31, `${RCI} performance_insights_retention_period Any(IntInSlice(7, 731), All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31)))`),
  r.between('aws_rds_cluster_instance', 'performance_insights_retention_period', 7, 731, `${RCI} performance_insights_retention_period Any(IntInSlice(7, 731), All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31)))`),

  // aws_launch_template, source: internal/service/ec2/ec2_launch_template.go ResourceLaunchTemplate schema (stored copy 025e4f81, an older SDK-v1 layout; only checks without SDK enums are ported)
  r.conflictsWith('aws_launch_template', 'default_version', ['update_default_version'], `${LT} default_version ConflictsWith`),
  r.between('aws_launch_template', 'default_version', 1, undefined, `${LT} default_version IntAtLeast(1)`),
  r.length('aws_launch_template', 'description', 0, 255, `${LT} description StringLenBetween(0, 255)`),
  r.conflictsWith('aws_launch_template', 'iam_instance_profile.arn', ['name'], `${LT} iam_instance_profile.arn ConflictsWith(iam_instance_profile.0.name)`),

  // aws_lb_listener, source: internal/service/elbv2/listener.go ResourceListener schema (stored copy 01c08000, an older SDK-v1 layout; only checks without SDK enums are ported)
  r.between('aws_lb_listener', 'port', 1, 65535, `${LIS} port IsPortNumber`),
  r.between('aws_lb_listener', 'default_action.order', 1, 50000, `${LIS} default_action.order IntBetween(1, 50000)`),
  r.between('aws_lb_listener', 'default_action.forward.target_group.weight', 0, 999, `${LIS} default_action.forward.target_group.weight IntBetween(0, 999)`),
  r.between('aws_lb_listener', 'default_action.forward.stickiness.duration', 1, 604800, `${LIS} default_action.forward.stickiness.duration IntBetween(1, 604800)`),
  r.oneOf('aws_lb_listener', 'default_action.fixed_response.content_type', ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'], `${LIS} default_action.fixed_response.content_type StringInSlice`),
  r.pattern('aws_lb_listener', 'default_action.fixed_response.status_code', /^[245]\d\d$/, 'a 2XX, 4XX or 5XX status code', `${LIS} default_action.fixed_response.status_code StringMatch`),
  r.oneOf('aws_lb_listener', 'default_action.redirect.protocol', ['#{protocol}', 'HTTP', 'HTTPS'], `${LIS} default_action.redirect.protocol StringInSlice`),

  // aws_opensearch_domain, source: internal/service/opensearch/domain.go ResourceDomain schema (stored copy 0089ff3b, an older SDK-v1 layout; only checks without SDK enums are ported)
  r.pattern('aws_opensearch_domain', 'domain_name', /^[a-z][0-9a-z-]{2,27}$/, '3 to 28 lowercase letters, digits and hyphens, starting with a letter', `${OS} domain_name StringMatch`),
  r.oneOf('aws_opensearch_domain', 'cluster_config.zone_awareness_config.availability_zone_count', [2, 3], `${OS} cluster_config.zone_awareness_config.availability_zone_count IntInSlice(2, 3)`),
  r.between('aws_opensearch_domain', 'cluster_config.warm_count', 2, 150, `${OS} cluster_config.warm_count IntBetween(2, 150)`),

  // aws_s3_bucket_lifecycle_configuration, source: internal/service/s3/bucket_lifecycle_configuration.go Schema (commit 01606926)
  r.length('aws_s3_bucket_lifecycle_configuration', 'bucket', 1, 63, `${S3LC} bucket LengthBetween(1, 63)`),
  r.length('aws_s3_bucket_lifecycle_configuration', 'rule.id', 1, 255, `${S3LC} rule.id LengthBetween(1, 255)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.noncurrent_version_expiration.noncurrent_days', 1, undefined, `${S3LC} rule.noncurrent_version_expiration.noncurrent_days AtLeast(1)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.noncurrent_version_expiration.newer_noncurrent_versions', 1, undefined, `${S3LC} rule.noncurrent_version_expiration.newer_noncurrent_versions AtLeast(1)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.noncurrent_version_transition.noncurrent_days', 0, undefined, `${S3LC} rule.noncurrent_version_transition.noncurrent_days AtLeast(0)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.transition.days', 0, undefined, `${S3LC} rule.transition.days AtLeast(0)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.filter.and.object_size_greater_than', 0, undefined, `${S3LC} rule.filter.and.object_size_greater_than AtLeast(0)`),
  r.between('aws_s3_bucket_lifecycle_configuration', 'rule.filter.and.object_size_less_than', 1, undefined, `${S3LC} rule.filter.and.object_size_less_than AtLeast(1)`),

  // aws_ecs_task_definition, source: internal/service/ecs/task_definition.go ResourceTaskDefinition schema (stored copy 04fc21d5, an older SDK-v1 layout;
  // only checks without SDK enums are ported, and not requires_compatibilities, whose list may have grown since)
  r.length('aws_ecs_task_definition', 'family', 1, 255, `${TD} family StringLenBetween(1, 255)`),
  r.pattern('aws_ecs_task_definition', 'family', /^[0-9A-Za-z_-]+$/, 'only letters, digits, hyphens and underscores', `${TD} family StringMatch`),
  r.between('aws_ecs_task_definition', 'ephemeral_storage.size_in_gib', 21, 200, `${TD} ephemeral_storage.size_in_gib IntBetween(21, 200)`),
  r.between('aws_ecs_task_definition', 'volume.efs_volume_configuration.transit_encryption_port', 1, 65535, `${TD} volume.efs_volume_configuration.transit_encryption_port IsPortNumber`),

  // aws_cloudfront_distribution, source: internal/service/cloudfront/distribution.go ResourceDistribution schema (stored copy 023c8e5c, an older SDK-v1 layout;
  // only checks without SDK enums are ported, and not origin_read_timeout, whose upper bound is a raisable quota)
  r.length('aws_cloudfront_distribution', 'comment', 0, 128, `${CF} comment StringLenBetween(0, 128)`),
  r.between('aws_cloudfront_distribution', 'origin.connection_attempts', 1, 3, `${CF} origin.connection_attempts IntBetween(1, 3)`),
  r.between('aws_cloudfront_distribution', 'origin.connection_timeout', 1, 10, `${CF} origin.connection_timeout IntBetween(1, 10)`),
  r.length('aws_cloudfront_distribution', 'origin.domain_name', 1, undefined, `${CF} origin.domain_name NoZeroValues`),
  r.length('aws_cloudfront_distribution', 'origin.origin_id', 1, undefined, `${CF} origin.origin_id NoZeroValues`),
  r.between('aws_cloudfront_distribution', 'origin.custom_origin_config.origin_keepalive_timeout', 1, undefined, `${CF} origin.custom_origin_config.origin_keepalive_timeout IntAtLeast(1)`),
  r.length('aws_cloudfront_distribution', 'origin_group.origin_id', 1, undefined, `${CF} origin_group.origin_id NoZeroValues`),

  // aws_s3_bucket, source: internal/service/s3/bucket.go resourceBucket schema (stored v5+ layout, index id 37069568389; the stored
  // copy at path internal/service/s3/bucket.go, 0070bcd1, is older). The directory-bucket name pattern is not ported: its regex is not in the excerpt read.
  r.length('aws_s3_bucket', 'bucket', 0, 63, 'internal/service/s3/bucket.go resourceBucket bucket StringLenBetween(0, 63)'),
  r.conflictsWith('aws_s3_bucket', 'bucket', ['bucket_prefix'], 'internal/service/s3/bucket.go resourceBucket bucket ConflictsWith'),

  // aws_security_group, source: internal/service/ec2/vpc_security_group.go resourceSecurityGroup schema (commit 01606926)
  r.length('aws_security_group', 'description', 0, 255, 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup description StringLenBetween(0, 255)'),
  r.length('aws_security_group', 'name', 0, 255, 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name StringLenBetween(0, 255)'),
  r.notPattern('aws_security_group', 'name', /^sg-/, 'not beginning with "sg-"', 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name StringDoesNotMatch(^sg-)'),
  r.conflictsWith('aws_security_group', 'name', ['name_prefix'], 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name ConflictsWith'),
  r.notPattern('aws_security_group', 'name_prefix', /^sg-/, 'not beginning with "sg-"', 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name_prefix StringDoesNotMatch(^sg-)'),

  // aws_vpc_security_group_ingress_rule, source: internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators (stored copy 00a32209, an early framework layout; the egress rule's file was not read)
  r.exactlyOneOf('aws_vpc_security_group_ingress_rule', ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], 'internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators ExactlyOneOf'),
  // aws_vpc_security_group_egress_rule: the egress resource embeds resourceSecurityGroupRule (internal/service/ec2/vpc_security_group_egress_rule.go
  // newResourceSecurityGroupEgressRule, stored copy 050ac111), whose ConfigValidators live in vpc_security_group_ingress_rule.go
  r.exactlyOneOf('aws_vpc_security_group_egress_rule', ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], 'internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators ExactlyOneOf (embedded by vpc_security_group_egress_rule.go newResourceSecurityGroupEgressRule)'),

  // aws_appautoscaling_policy, source: internal/service/appautoscaling/policy.go resourcePolicy (stored 2026 layout, index id 11158598336);
  // enum values from aws-sdk-go-v2 service/applicationautoscaling/types/enums.go (commit 023df359)
  r.length('aws_appautoscaling_policy', 'name', 0, 255, `${AAP} name StringLenBetween(0, 255)`),
  r.oneOf('aws_appautoscaling_policy', 'policy_type', ['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'], `${AAP} policy_type enum.Validate[awstypes.PolicyType]; StepScaling and TargetTrackingScaling from the SDK PolicyType.Values, PredictiveScaling from the same file's predictive_scaling_policy_configuration (carried by the pinned .jsii schema)`),
  r.oneOf('aws_appautoscaling_policy', 'step_scaling_policy_configuration.adjustment_type', ['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'], `${AAP} step_scaling_policy_configuration.adjustment_type enum.Validate[awstypes.AdjustmentType]`),
  r.oneOf('aws_appautoscaling_policy', 'step_scaling_policy_configuration.metric_aggregation_type', ['Average', 'Minimum', 'Maximum'], `${AAP} step_scaling_policy_configuration.metric_aggregation_type enum.Validate[awstypes.MetricAggregationType]`),
  r.conflictsWith('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.customized_metric_specification', ['predefined_metric_specification'], `${AAP} target_tracking_scaling_policy_configuration.customized_metric_specification ConflictsWith`),
  r.oneOf('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.customized_metric_specification.statistic', ['Average', 'Minimum', 'Maximum', 'SampleCount', 'Sum'], `${AAP} customized_metric_specification.statistic enum.Validate[awstypes.MetricStatistic]`),
  r.length('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.predefined_metric_specification.resource_label', 0, 1023, `${AAP} predefined_metric_specification.resource_label StringLenBetween(0, 1023)`),

  // aws_appautoscaling_scheduled_action, source: internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction (stored copy 048320e8, an older SDK-v1 layout)
  r.atLeastOneOf('aws_appautoscaling_scheduled_action', ['scalable_target_action.max_capacity', 'min_capacity'], 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.max_capacity AtLeastOneOf'),
  r.between('aws_appautoscaling_scheduled_action', 'scalable_target_action.max_capacity', 0, undefined, 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.max_capacity ValidateTypeStringNullableIntAtLeast(0)'),
  r.between('aws_appautoscaling_scheduled_action', 'scalable_target_action.min_capacity', 0, undefined, 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.min_capacity ValidateTypeStringNullableIntAtLeast(0)'),

  // aws_appconfig_*, source: internal/service/appconfig/{application (01606926), configuration_profile (11fde6fb), deployment (03edc16c),
  // environment (108f85fd), hosted_configuration_version (044fb317)}.go. The ID validators are unanchored StringMatch([0-9a-z]{4,7}) and are ported as read.
  r.length('aws_appconfig_application', 'description', 0, 1024, 'internal/service/appconfig/application.go resourceApplication description StringLenBetween(0, 1024)'),
  r.length('aws_appconfig_application', 'name', 1, 64, 'internal/service/appconfig/application.go resourceApplication name StringLenBetween(1, 64)'),
  r.pattern('aws_appconfig_configuration_profile', 'application_id', /[0-9a-z]{4,7}/, 'an AppConfig ID (4 to 7 lowercase letters or digits)', `${ACP} application_id StringMatch`),
  r.length('aws_appconfig_configuration_profile', 'description', 0, 1024, `${ACP} description StringLenBetween(0, 1024)`),
  r.length('aws_appconfig_configuration_profile', 'location_uri', 1, 2048, `${ACP} location_uri StringLenBetween(1, 2048)`),
  r.length('aws_appconfig_configuration_profile', 'name', 1, 128, `${ACP} name StringLenBetween(1, 128)`),
  ...['application_id', 'configuration_profile_id', 'environment_id'].map((a) => r.pattern('aws_appconfig_deployment', a, /[0-9a-z]{4,7}/, 'an AppConfig ID (4 to 7 lowercase letters or digits)', `${ADP} ${a} StringMatch`)),
  r.length('aws_appconfig_deployment', 'configuration_version', 1, 1024, `${ADP} configuration_version StringLenBetween(1, 1024)`),
  r.pattern('aws_appconfig_deployment', 'deployment_strategy_id', /(^[0-9a-z]{4,7}$|^AppConfig\.[0-9A-Za-z]{9,40}$)/, 'a strategy ID or a predefined AppConfig.* strategy name', `${ADP} deployment_strategy_id StringMatch`),
  r.length('aws_appconfig_deployment', 'description', 0, 1024, `${ADP} description StringLenBetween(0, 1024)`),
  r.pattern('aws_appconfig_environment', 'application_id', /^[0-9a-z]{4,7}$/, '4 to 7 lowercase letters or numbers', 'internal/service/appconfig/environment.go environmentResource.Schema application_id RegexMatches'),
  r.length('aws_appconfig_environment', 'name', 1, 64, 'internal/service/appconfig/environment.go environmentResource.Schema name LengthBetween(1, 64)'),
  ...['application_id', 'configuration_profile_id'].map((a) => r.pattern('aws_appconfig_hosted_configuration_version', a, /[0-9a-z]{4,7}/, 'an AppConfig ID (4 to 7 lowercase letters or digits)', `${AHV} ${a} StringMatch`)),
  r.length('aws_appconfig_hosted_configuration_version', 'content_type', 1, 255, `${AHV} content_type StringLenBetween(1, 255)`),
  r.length('aws_appconfig_hosted_configuration_version', 'description', 0, 1024, `${AHV} description StringLenBetween(0, 1024)`),

  // aws_autoscaling_policy, source: internal/service/autoscaling/policy.go resourcePolicy (commit 007ce0a8); policy_type values from
  // internal/service/autoscaling/consts.go policyType.Values (stored copy, index id 1482348908)
  r.oneOf('aws_autoscaling_policy', 'policy_type', ['PredictiveScaling', 'SimpleScaling', 'StepScaling', 'TargetTrackingScaling'], `${ASP} policy_type enum.Validate[policyType]; values from consts.go policyType.Values`),
  r.between('aws_autoscaling_policy', 'min_adjustment_magnitude', 1, undefined, `${ASP} min_adjustment_magnitude IntAtLeast(1)`),
  r.conflictsWith('aws_autoscaling_policy', 'scaling_adjustment', ['step_adjustment'], `${ASP} scaling_adjustment ConflictsWith`),
  r.conflictsWith('aws_autoscaling_policy', 'target_tracking_configuration.customized_metric_specification', ['predefined_metric_specification'], `${ASP} target_tracking_configuration.customized_metric_specification ConflictsWith`),

  // aws_budgets_budget, source: internal/service/budgets/budget.go ResourceBudget (stored copy 01d5888a, an SDK-v1 layout);
  // enum values from aws-sdk-go-v2 service/budgets/types/enums.go (commit 1278f137)
  r.oneOf('aws_budgets_budget', 'budget_type', ['USAGE', 'COST', 'RI_UTILIZATION', 'RI_COVERAGE', 'SAVINGS_PLANS_UTILIZATION', 'SAVINGS_PLANS_COVERAGE'], `${BUD} budget_type StringInSlice(BudgetType_Values())`),
  r.oneOf('aws_budgets_budget', 'time_unit', ['DAILY', 'MONTHLY', 'QUARTERLY', 'ANNUALLY', 'CUSTOM'], `${BUD} time_unit StringInSlice(TimeUnit_Values())`),
  r.oneOf('aws_budgets_budget', 'notification.comparison_operator', ['GREATER_THAN', 'LESS_THAN', 'EQUAL_TO'], `${BUD} notification.comparison_operator StringInSlice(ComparisonOperator_Values())`),
  r.oneOf('aws_budgets_budget', 'notification.notification_type', ['ACTUAL', 'FORECASTED'], `${BUD} notification.notification_type StringInSlice(NotificationType_Values())`),
  r.oneOf('aws_budgets_budget', 'notification.threshold_type', ['PERCENTAGE', 'ABSOLUTE_VALUE'], `${BUD} notification.threshold_type StringInSlice(ThresholdType_Values())`),
  r.conflictsWith('aws_budgets_budget', 'limit_amount', ['planned_limit'], `${BUD} limit_amount ConflictsWith`),
  r.conflictsWith('aws_budgets_budget', 'limit_unit', ['planned_limit'], `${BUD} limit_unit ConflictsWith`),
  r.conflictsWith('aws_budgets_budget', 'name', ['name_prefix'], `${BUD} name ConflictsWith`),
  r.conflictsWith('aws_budgets_budget', 'cost_filter', ['cost_filters'], `${BUD} cost_filter ConflictsWith`),
  r.between('aws_budgets_budget', 'auto_adjust_data.historical_options.budget_adjustment_period', 1, 60, `${BUD} auto_adjust_data.historical_options.budget_adjustment_period IntBetween(1, 60)`),

  // aws_ce_anomaly_monitor / aws_ce_anomaly_subscription, source: internal/service/ce/anomaly_monitor.go resourceAnomalyMonitor (stored 2026 layout 0509e60e)
  // and anomaly_subscription.go ResourceAnomalySubscription (050ac111); enum values from website/docs/r/ce_anomaly_monitor.html.markdown (1707539c)
  // and ce_anomaly_subscription.html.markdown (0faedabe)
  r.oneOf('aws_ce_anomaly_monitor', 'monitor_type', ['DIMENSIONAL', 'CUSTOM'], 'internal/service/ce/anomaly_monitor.go resourceAnomalyMonitor monitor_type enum.Validate[awstypes.MonitorType]; values from the resource docs'),
  r.oneOf('aws_ce_anomaly_monitor', 'monitor_dimension', ['SERVICE'], 'internal/service/ce/anomaly_monitor.go resourceAnomalyMonitor monitor_dimension enum.Validate[awstypes.MonitorDimension]; values from the resource docs'),
  r.conflictsWith('aws_ce_anomaly_monitor', 'monitor_dimension', ['monitor_specification'], 'internal/service/ce/anomaly_monitor.go resourceAnomalyMonitor monitor_dimension ConflictsWith'),
  r.length('aws_ce_anomaly_monitor', 'name', 1, 1024, 'internal/service/ce/anomaly_monitor.go resourceAnomalyMonitor name StringLenBetween(1, 1024)'),
  r.oneOf('aws_ce_anomaly_subscription', 'frequency', ['DAILY', 'IMMEDIATE', 'WEEKLY'], 'internal/service/ce/anomaly_subscription.go ResourceAnomalySubscription frequency StringInSlice(AnomalySubscriptionFrequency_Values()); values from the resource docs'),
  r.oneOf('aws_ce_anomaly_subscription', 'subscriber.type', ['SNS', 'EMAIL'], 'internal/service/ce/anomaly_subscription.go ResourceAnomalySubscription subscriber.type StringInSlice(SubscriberType_Values()); values from the resource docs'),
  r.length('aws_ce_anomaly_subscription', 'name', 1, 1024, 'internal/service/ce/anomaly_subscription.go ResourceAnomalySubscription name StringLenBetween(1, 1024)'),

  // aws_cloudfront_cache_policy / aws_cloudfront_origin_access_control, source: internal/service/cloudfront/cache_policy.go ResourceCachePolicy and
  // origin_access_control.go ResourceOriginAccessControl (stored copies 01c08000, SDK-v1 layout); enum values from website/docs/r/cloudfront_cache_policy.html.markdown
  // (0f132cc3) and cloudfront_origin_access_control.html.markdown (1bf14ce2). The cache policy schema has no TTL range validator.
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.cookies_config.cookie_behavior', ['none', 'whitelist', 'allExcept', 'all'], `${CCP} cookies_config.cookie_behavior StringInSlice(CachePolicyCookieBehavior_Values()); values from the resource docs`),
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.headers_config.header_behavior', ['none', 'whitelist'], `${CCP} headers_config.header_behavior StringInSlice(CachePolicyHeaderBehavior_Values()); values from the resource docs`),
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.query_strings_config.query_string_behavior', ['none', 'whitelist', 'allExcept', 'all'], `${CCP} query_strings_config.query_string_behavior StringInSlice(CachePolicyQueryStringBehavior_Values()); values from the resource docs`),
  r.length('aws_cloudfront_origin_access_control', 'description', 0, 256, `${OAC} description StringLenBetween(0, 256)`),
  r.length('aws_cloudfront_origin_access_control', 'name', 1, 64, `${OAC} name StringLenBetween(1, 64)`),
  r.oneOf('aws_cloudfront_origin_access_control', 'origin_access_control_origin_type', ['lambda', 'mediapackagev2', 'mediastore', 's3'], `${OAC} origin_access_control_origin_type StringInSlice; values from the resource docs`),
  r.oneOf('aws_cloudfront_origin_access_control', 'signing_behavior', ['always', 'never', 'no-override'], `${OAC} signing_behavior StringInSlice; values from the resource docs`),
  r.oneOf('aws_cloudfront_origin_access_control', 'signing_protocol', ['sigv4'], `${OAC} signing_protocol StringInSlice; values from the resource docs`),

  // aws_cloudfront_vpc_origin, source: internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema (stored copy 01a702b4)
  r.between('aws_cloudfront_vpc_origin', 'vpc_origin_endpoint_config.http_port', 1, 65535, 'internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema vpc_origin_endpoint_config.http_port Between(1, 65535)'),
  r.between('aws_cloudfront_vpc_origin', 'vpc_origin_endpoint_config.https_port', 1, 65535, 'internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema vpc_origin_endpoint_config.https_port Between(1, 65535)'),

  // aws_cloudwatch_dashboard, source: internal/service/cloudwatch/validate.go validDashboardName (commit 01f43111)
  r.length('aws_cloudwatch_dashboard', 'dashboard_name', undefined, 255, 'internal/service/cloudwatch/validate.go validDashboardName'),
  r.pattern('aws_cloudwatch_dashboard', 'dashboard_name', /^[0-9A-Za-z_-]+$/, 'alphanumerics, hyphens and underscores', 'internal/service/cloudwatch/validate.go validDashboardName'),

  // aws_cloudwatch_event_rule / aws_cloudwatch_event_target, source: internal/service/events/rule.go resourceRule (commit 0cdab4ae),
  // target.go resourceTarget (commit 0762c41e) and validate.go validateRuleName / validateTargetID (commit 088e0878)
  r.length('aws_cloudwatch_event_rule', 'description', 0, 512, `${EVR} description StringLenBetween(0, 512)`),
  r.length('aws_cloudwatch_event_rule', 'name', undefined, 64, 'internal/service/events/validate.go validateRuleName'),
  r.pattern('aws_cloudwatch_event_rule', 'name', /^[0-9A-Za-z_.-]+$/, 'alphanumerics, periods, hyphens and underscores', 'internal/service/events/validate.go validateRuleName'),
  r.conflictsWith('aws_cloudwatch_event_rule', 'name', ['name_prefix'], `${EVR} name ConflictsWith`),
  r.length('aws_cloudwatch_event_rule', 'schedule_expression', 0, 256, `${EVR} schedule_expression StringLenBetween(0, 256)`),
  r.atLeastOneOf('aws_cloudwatch_event_rule', ['schedule_expression', 'event_pattern'], `${EVR} schedule_expression AtLeastOneOf`),
  r.conflictsWith('aws_cloudwatch_event_rule', 'is_enabled', ['state'], `${EVR} is_enabled ConflictsWith`),
  r.length('aws_cloudwatch_event_target', 'rule', undefined, 64, 'internal/service/events/validate.go validateRuleName (target.go rule)'),
  r.pattern('aws_cloudwatch_event_target', 'rule', /^[0-9A-Za-z_.-]+$/, 'alphanumerics, periods, hyphens and underscores', 'internal/service/events/validate.go validateRuleName (target.go rule)'),
  r.length('aws_cloudwatch_event_target', 'target_id', undefined, 64, 'internal/service/events/validate.go validateTargetID'),
  r.pattern('aws_cloudwatch_event_target', 'target_id', /^[0-9A-Za-z_.-]+$/, 'alphanumerics, periods, hyphens and underscores', 'internal/service/events/validate.go validateTargetID'),
  r.conflictsWith('aws_cloudwatch_event_target', 'input', ['input_path', 'input_transformer'], `${EVT} input ConflictsWith`),
  r.length('aws_cloudwatch_event_target', 'input', 0, 8192, `${EVT} input StringLenBetween(0, 8192)`),
  r.length('aws_cloudwatch_event_target', 'input_path', 0, 256, `${EVT} input_path StringLenBetween(0, 256)`),
  r.between('aws_cloudwatch_event_target', 'retry_policy.maximum_event_age_in_seconds', 0, 86400, `${EVT} retry_policy.maximum_event_age_in_seconds IntBetween(0, 86400)`),
  r.between('aws_cloudwatch_event_target', 'retry_policy.maximum_retry_attempts', 0, 185, `${EVT} retry_policy.maximum_retry_attempts IntBetween(0, 185)`),
  r.between('aws_cloudwatch_event_target', 'ecs_target.task_count', 1, 2147483647, `${EVT} ecs_target.task_count IntBetween(1, math.MaxInt32)`),

  // aws_cloudwatch_log_resource_policy / _log_stream / _log_subscription_filter, source: internal/service/logs/resource_policy.go resourceResourcePolicy
  // (stored 2026 layout 00a35305), stream.go validStreamName (1468653a), subscription_filter.go resourceSubscriptionFilter (07c8fe26)
  r.exactlyOneOf('aws_cloudwatch_log_resource_policy', ['policy_name', 'resource_arn'], 'internal/service/logs/resource_policy.go resourceResourcePolicy policy_name ExactlyOneOf'),
  r.length('aws_cloudwatch_log_stream', 'name', 1, 512, 'internal/service/logs/stream.go validStreamName'),
  r.notPattern('aws_cloudwatch_log_stream', 'name', /:/, 'without colons', 'internal/service/logs/stream.go validStreamName'),
  r.length('aws_cloudwatch_log_subscription_filter', 'filter_pattern', 0, 1024, `${LSF} filter_pattern StringLenBetween(0, 1024)`),
  r.length('aws_cloudwatch_log_subscription_filter', 'name', 1, 512, `${LSF} name StringLenBetween(1, 512)`),
  r.oneOf('aws_cloudwatch_log_subscription_filter', 'emit_system_fields', ['@aws.account', '@aws.region'], `${LSF} emit_system_fields StringInSlice`),

  // aws_db_subnet_group, source: internal/service/rds/subnet_group.go ResourceSubnetGroup (01c08000) and rds/validate.go validSubnetGroupName (index id 3473645318)
  r.pattern('aws_db_subnet_group', 'name', /^[0-9a-z_ .-]+$/, 'lowercase alphanumerics, hyphens, underscores, periods and spaces', 'internal/service/rds/validate.go validSubnetGroupName'),
  r.length('aws_db_subnet_group', 'name', undefined, 255, 'internal/service/rds/validate.go validSubnetGroupName'),
  r.notPattern('aws_db_subnet_group', 'name', /^default$/, 'not "default"', 'internal/service/rds/validate.go validSubnetGroupName'),
  r.conflictsWith('aws_db_subnet_group', 'name', ['name_prefix'], 'internal/service/rds/subnet_group.go ResourceSubnetGroup name ConflictsWith'),

  // aws_ecs_cluster, source: internal/service/ecs/cluster.go resourceCluster (00a35305) and validate.go validateClusterName (0413c661)
  r.length('aws_ecs_cluster', 'name', 1, 255, 'internal/service/ecs/validate.go validateClusterName'),
  r.pattern('aws_ecs_cluster', 'name', /^[0-9A-Za-z_-]+$/, 'alphanumerics, hyphens and underscores', 'internal/service/ecs/validate.go validateClusterName'),

  // aws_eip, source: internal/service/ec2/ec2_eip.go resourceEIP domain enum.Validate[awstypes.DomainType] (01606926); values from the EC2 API
  // model (DomainType = "standard" | "vpc", stored SDK model index id 2801751284)
  r.oneOf('aws_eip', 'domain', ['standard', 'vpc'], 'internal/service/ec2/ec2_eip.go resourceEIP domain enum.Validate[awstypes.DomainType]; values from the EC2 API model'),

  // aws_elasticache_user, source: internal/service/elasticache/user.go resourceUser (commit 01f43111)
  r.oneOf('aws_elasticache_user', 'engine', ['redis', 'valkey'], 'internal/service/elasticache/user.go resourceUser engine StringInSlice(engineRedis, engineValkey, true)', true),
  r.length('aws_elasticache_user', 'passwords', 16, 128, 'internal/service/elasticache/user.go resourceUser passwords StringLenBetween(16, 128)'),

  // aws_lambda_invocation, source: internal/service/lambda/invocation.go resourceInvocation (stored copies read by
  // find_string 2026-12-02: lifecycle_scope enum.Validate[lifecycleScope] = CREATE_ONLY | CRUD, consts.go; input
  // validation.StringIsJSON, and customizeDiffValidateInput wants a JSON object unless CREATE_ONLY: no rule kind for JSON)
  r.oneOf('aws_lambda_invocation', 'lifecycle_scope', ['CREATE_ONLY', 'CRUD'], 'internal/service/lambda/invocation.go resourceInvocation lifecycle_scope enum.Validate[lifecycleScope]'),

  // aws_elasticache_user_group: the stored copies of user_group.go (06739b22, 16a38e65) predate valkey
  // (REDIS only). hashicorp/terraform-provider-aws PR #40764 "support of valkey engine for elasticache
  // user and usergroup" (merged 2025-01, closing issue #40286; in every release since 5.84, so in 6.25.0)
  // added valkey to both resources in one change; the user.go copy read above (01f43111) shows its result.
  r.oneOf('aws_elasticache_user_group', 'engine', ['redis', 'valkey'], 'internal/service/elasticache/user_group.go resourceUserGroup engine StringInSlice(engineRedis, engineValkey, true) (PR #40764, as in user.go)', true),

  // aws_flow_log, source: internal/service/ec2/vpc_flow_log.go resourceFlowLog (stored 2026 layout 00a35305); enum values from
  // website/docs/r/flow_log.html.markdown (01606926)
  r.exactlyOneOf('aws_flow_log', ['vpc_id', 'eni_id', 'regional_nat_gateway_id', 'subnet_id', 'transit_gateway_id', 'transit_gateway_attachment_id'], `${FL} vpc_id ExactlyOneOf`),
  r.oneOf('aws_flow_log', 'max_aggregation_interval', [60, 600], `${FL} max_aggregation_interval IntInSlice(60, 600)`),
  r.oneOf('aws_flow_log', 'traffic_type', ['ACCEPT', 'REJECT', 'ALL'], `${FL} traffic_type enum.Validate[awstypes.TrafficType]; values from the resource docs`),
  r.oneOf('aws_flow_log', 'log_destination_type', ['cloud-watch-logs', 's3', 'kinesis-data-firehose'], `${FL} log_destination_type enum.Validate[awstypes.LogDestinationType]; values from the resource docs`),
  r.oneOf('aws_flow_log', 'destination_options.file_format', ['plain-text', 'parquet'], `${FL} destination_options.file_format enum.Validate[awstypes.DestinationFileFormat]; values from the resource docs`),

  // aws_iam_instance_profile, source: internal/service/iam/instance_profile.go resourceInstanceProfile (013f1736) with iam/validate.go validResourceName
  r.length('aws_iam_instance_profile', 'name', 1, 128, 'internal/service/iam/validate.go validResourceName(instanceProfileNameMaxLen); instance_profile.go const instanceProfileNameMaxLen = 128'),
  r.pattern('aws_iam_instance_profile', 'name', /^[\w+=,.@-]*$/, 'word characters and +=,.@-', 'internal/service/iam/validate.go validResourceName(instanceProfileNameMaxLen)'),
  r.conflictsWith('aws_iam_instance_profile', 'name', ['name_prefix'], 'internal/service/iam/instance_profile.go resourceInstanceProfile name ConflictsWith'),

  // aws_kinesis_firehose_delivery_stream, source: internal/service/firehose/delivery_stream.go resourceDeliveryStream (stored 2026 layout 010f59d6);
  // the extended_s3 buffering_interval/buffering_size carry no validator there
  r.oneOf('aws_kinesis_firehose_delivery_stream', 'destination', ['elasticsearch', 'extended_s3', 'http_endpoint', 'iceberg', 'opensearch', 'opensearchserverless', 'redshift', 'snowflake', 'splunk'], 'internal/service/firehose/delivery_stream.go resourceDeliveryStream destination enum.Validate[destinationType]; values from destinationType.Values in the same file'),
  r.length('aws_kinesis_firehose_delivery_stream', 'extended_s3_configuration.custom_time_zone', 0, 50, 'internal/service/firehose/delivery_stream.go resourceDeliveryStream extended_s3_configuration.custom_time_zone StringLenBetween(0, 50)'),

  // aws_lambda_event_source_mapping, source: internal/service/lambda/event_source_mapping.go resourceEventSourceMapping (commit 0603f3b6); batch_size has no validator there
  r.exactlyOneOf('aws_lambda_event_source_mapping', ['event_source_arn', 'self_managed_event_source'], `${ESM} event_source_arn ExactlyOneOf`),
  r.between('aws_lambda_event_source_mapping', 'maximum_retry_attempts', -1, 10000, `${ESM} maximum_retry_attempts IntBetween(-1, 10_000)`),
  r.between('aws_lambda_event_source_mapping', 'parallelization_factor', 1, 10, `${ESM} parallelization_factor IntBetween(1, 10)`),
  r.between('aws_lambda_event_source_mapping', 'scaling_config.maximum_concurrency', 2, undefined, `${ESM} scaling_config.maximum_concurrency IntAtLeast(2)`),
  r.between('aws_lambda_event_source_mapping', 'tumbling_window_in_seconds', 0, 900, `${ESM} tumbling_window_in_seconds IntBetween(0, 900)`),
  r.length('aws_lambda_event_source_mapping', 'filter_criteria.filter.pattern', 0, 4096, `${ESM} filter_criteria.filter.pattern StringLenBetween(0, 4096)`),

  // aws_lambda_function_event_invoke_config, source: internal/service/lambda/function_event_invoke_config.go resourceFunctionEventInvokeConfig (commit 01606926)
  r.between('aws_lambda_function_event_invoke_config', 'maximum_event_age_in_seconds', 60, 21600, `${EIC} maximum_event_age_in_seconds IntBetween(60, 21600)`),
  r.between('aws_lambda_function_event_invoke_config', 'maximum_retry_attempts', 0, 2, `${EIC} maximum_retry_attempts IntBetween(0, 2)`),
  r.length('aws_lambda_function_event_invoke_config', 'function_name', 1, undefined, `${EIC} function_name NoZeroValues`),

  // aws_lambda_permission, source: internal/service/lambda/permission.go resourcePermission (04592f03); the value validators (validPermissionAction, ...) were not read
  r.conflictsWith('aws_lambda_permission', 'statement_id', ['statement_id_prefix'], 'internal/service/lambda/permission.go resourcePermission statement_id ConflictsWith'),

  // aws_lb_listener_rule, source: internal/service/elbv2/listener_rule.go resourceListenerRule (commit 032c4f07); priority's validListenerRulePriority was not read
  r.between('aws_lb_listener_rule', 'action.order', 1, 50000, `${LR} action.order IntBetween(listenerActionOrderMin, listenerActionOrderMax)`),
  r.between('aws_lb_listener_rule', 'action.forward.stickiness.duration', 1, 604800, `${LR} action.forward.stickiness.duration IntBetween(1, 604800)`),
  r.between('aws_lb_listener_rule', 'action.forward.target_group.weight', 0, 999, `${LR} action.forward.target_group.weight IntBetween(0, 999)`),
  r.oneOf('aws_lb_listener_rule', 'action.fixed_response.content_type', ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'], `${LR} action.fixed_response.content_type StringInSlice`),
  r.pattern('aws_lb_listener_rule', 'action.fixed_response.status_code', /^[245]\d\d$/, 'a 2XX, 4XX or 5XX status code', `${LR} action.fixed_response.status_code StringMatch`),
  r.oneOf('aws_lb_listener_rule', 'action.redirect.protocol', ['#{protocol}', 'HTTP', 'HTTPS'], `${LR} action.redirect.protocol StringInSlice`),
  r.length('aws_lb_listener_rule', 'condition.path_pattern.values', 1, 128, `${LR} condition.path_pattern.values StringLenBetween(1, 128)`),
  r.length('aws_lb_listener_rule', 'condition.host_header.values', 1, 128, `${LR} condition.host_header.values StringLenBetween(1, 128)`),

  // aws_nat_gateway, source: internal/service/ec2/vpc_nat_gateway.go resourceNATGateway (04088eaa); subnet_id and allocation_id carry no validator
  r.conflictsWith('aws_nat_gateway', 'secondary_private_ip_address_count', ['secondary_private_ip_addresses'], 'internal/service/ec2/vpc_nat_gateway.go resourceNATGateway secondary_private_ip_address_count ConflictsWith'),

  // aws_osis_pipeline, source: internal/service/osis/pipeline.go pipelineResource.Schema (commit 018922b2)
  r.between('aws_osis_pipeline', 'max_units', 1, undefined, `${OSI} max_units AtLeast(1)`),
  r.between('aws_osis_pipeline', 'min_units', 1, undefined, `${OSI} min_units AtLeast(1)`),
  r.length('aws_osis_pipeline', 'pipeline_configuration_body', 1, 24000, `${OSI} pipeline_configuration_body LengthBetween(1, 24000)`),
  r.length('aws_osis_pipeline', 'pipeline_name', 3, 28, `${OSI} pipeline_name LengthBetween(3, 28)`),
  r.length('aws_osis_pipeline', 'log_publishing_options.cloudwatch_log_destination.log_group', 1, 512, `${OSI} log_publishing_options.cloudwatch_log_destination.log_group LengthBetween(1, 512)`),

  // aws_route / aws_route_table_association, source: internal/service/ec2/vpc_route.go ResourceRoute (stored copy 0128541e) and
  // vpc_route_table_association.go ResourceRouteTableAssociation (0be71beb). ValidIPv4CIDRNetworkAddress is ported as its a.b.c.d/n form only.
  r.exactlyOneOf('aws_route', ['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id'], `${RT} routeValidDestinations ExactlyOneOf`),
  r.exactlyOneOf('aws_route', ['gateway_id', 'carrier_gateway_id', 'core_network_arn', 'egress_only_gateway_id', 'instance_id', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'], `${RT} routeValidTargets ExactlyOneOf`),
  r.conflictsWith('aws_route', 'carrier_gateway_id', ['destination_ipv6_cidr_block'], `${RT} carrier_gateway_id ConflictsWith`),
  r.conflictsWith('aws_route', 'egress_only_gateway_id', ['destination_cidr_block'], `${RT} egress_only_gateway_id ConflictsWith`),
  r.conflictsWith('aws_route', 'vpc_endpoint_id', ['destination_prefix_list_id'], `${RT} vpc_endpoint_id ConflictsWith`),
  r.pattern('aws_route', 'destination_cidr_block', IPV4_CIDR, 'an IPv4 CIDR block (a.b.c.d/n)', `${RT} destination_cidr_block ValidIPv4CIDRNetworkAddress`),
  r.exactlyOneOf('aws_route_table_association', ['subnet_id', 'gateway_id'], 'internal/service/ec2/vpc_route_table_association.go ResourceRouteTableAssociation subnet_id ExactlyOneOf'),

  // aws_s3_* (bucket sub-resources and objects), source: internal/service/s3/bucket_versioning.go ResourceBucketVersioning (01c08000), bucket_ownership_controls.go
  // ResourceBucketOwnershipControls (01c08000), bucket_server_side_encryption_configuration.go (01606926), object.go resourceObject (033c721b).
  // Versioning status: s3.BucketVersioningStatus_Values (Enabled, Suspended, named as constants in the same file) plus the provider's "Disabled"
  // (s3 consts BucketVersioningStatus_Values, index id 87693271). The SSE algorithm and object ownership enums are not ported: the stored SDK enum lists predate the pinned tag.
  r.length('aws_s3_bucket_versioning', 'bucket', 1, 63, 'internal/service/s3/bucket_versioning.go ResourceBucketVersioning bucket StringLenBetween(1, 63)'),
  r.oneOf('aws_s3_bucket_versioning', 'versioning_configuration.status', ['Enabled', 'Suspended', 'Disabled'], 'internal/service/s3/bucket_versioning.go ResourceBucketVersioning versioning_configuration.status StringInSlice(BucketVersioningStatus_Values())'),
  r.length('aws_s3_bucket_ownership_controls', 'bucket', 1, undefined, 'internal/service/s3/bucket_ownership_controls.go ResourceBucketOwnershipControls bucket NoZeroValues'),
  r.length('aws_s3_bucket_server_side_encryption_configuration', 'bucket', 1, 63, 'internal/service/s3/bucket_server_side_encryption_configuration.go resourceBucketServerSideEncryptionConfiguration bucket StringLenBetween(1, 63)'),
  r.length('aws_s3_object', 'bucket', 1, undefined, `${S3O} bucket NoZeroValues`),
  r.length('aws_s3_object', 'key', 1, undefined, `${S3O} key NoZeroValues`),
  r.conflictsWith('aws_s3_object', 'content', ['source', 'content_base64'], `${S3O} content ConflictsWith`),
  r.conflictsWith('aws_s3_object', 'etag', ['kms_key_id'], `${S3O} etag ConflictsWith`),

  // aws_sns_topic, source: internal/service/sns/topic.go topicSchema, resourceTopicCustomizeDiff (stored 2026 layout 00a35305). The FIFO name
  // pattern is not ported: topicName adds the .fifo suffix through the name generator, whose handling of a configured name was not read.
  r.unless('fifo_topic', r.pattern('aws_sns_topic', 'name', /^[0-9A-Za-z_-]{1,256}$/, '1 to 256 alphanumeric characters, hyphens and underscores', `${SNS} resourceTopicCustomizeDiff (standard topic name)`)),
  r.conflictsWith('aws_sns_topic', 'name', ['name_prefix'], `${SNS} topicSchema name ConflictsWith`),
  r.between('aws_sns_topic', 'signature_version', 1, 2, `${SNS} topicSchema signature_version IntBetween(1, 2)`),
  ...['application', 'firehose', 'http', 'lambda', 'sqs'].map((p) => r.between('aws_sns_topic', `${p}_success_feedback_sample_rate`, 0, 100, `${SNS} topicSchema ${p}_success_feedback_sample_rate IntBetween(0, 100)`)),

  // aws_subnet / aws_vpc, source: internal/service/ec2/vpc_subnet.go resourceSubnet (stored 2026 layout 00cda125) and vpc_.go ResourceVPC (00081ce4).
  // IsCIDRNetwork(16, 28) and ValidIPv4CIDRNetworkAddress are ported as the a.b.c.d/n form and prefix range (the host-bits check is not ported).
  r.pattern('aws_subnet', 'cidr_block', IPV4_CIDR, 'an IPv4 CIDR block (a.b.c.d/n)', 'internal/service/ec2/vpc_subnet.go resourceSubnet cidr_block ValidIPv4CIDRNetworkAddress'),
  r.conflictsWith('aws_subnet', 'availability_zone', ['availability_zone_id'], 'internal/service/ec2/vpc_subnet.go resourceSubnet availability_zone ConflictsWith'),
  r.conflictsWith('aws_subnet', 'ipv4_netmask_length', ['cidr_block', 'customer_owned_ipv4_pool'], 'internal/service/ec2/vpc_subnet.go resourceSubnet ipv4_netmask_length ConflictsWith'),
  r.requiredWith('aws_subnet', 'ipv4_netmask_length', ['ipv4_ipam_pool_id'], 'internal/service/ec2/vpc_subnet.go resourceSubnet ipv4_netmask_length RequiredWith'),
  r.requiredWith('aws_subnet', 'customer_owned_ipv4_pool', ['map_customer_owned_ip_on_launch', 'outpost_arn'], 'internal/service/ec2/vpc_subnet.go resourceSubnet customer_owned_ipv4_pool RequiredWith'),
  r.pattern('aws_vpc', 'cidr_block', /^\d{1,3}(\.\d{1,3}){3}\/(1[6-9]|2[0-8])$/, 'an IPv4 CIDR block with a /16 to /28 prefix', 'internal/service/ec2/vpc_.go ResourceVPC cidr_block IsCIDRNetwork(VPCCIDRMinIPv4, VPCCIDRMaxIPv4)'),
  r.conflictsWith('aws_vpc', 'cidr_block', ['ipv4_netmask_length'], 'internal/service/ec2/vpc_.go ResourceVPC cidr_block ConflictsWith'),
  r.between('aws_vpc', 'ipv4_netmask_length', 16, 28, 'internal/service/ec2/vpc_.go ResourceVPC ipv4_netmask_length IntBetween(VPCCIDRMinIPv4, VPCCIDRMaxIPv4)'),
  r.oneOf('aws_vpc', 'instance_tenancy', ['default', 'dedicated'], 'internal/service/ec2/vpc_.go ResourceVPC instance_tenancy StringInSlice(enum.Slice(types.TenancyDefault, types.TenancyDedicated))'),

  // aws_wafv2_web_acl_logging_configuration, source: internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration (012f18cf)
  r.length('aws_wafv2_web_acl_logging_configuration', 'redacted_fields.single_header.name', 1, 64, 'internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration redacted_fields.single_header.name StringLenBetween(1, 64)'),
  r.pattern('aws_wafv2_web_acl_logging_configuration', 'redacted_fields.single_header.name', /^.*\S.*$/, 'at least one non-whitespace character', 'internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration redacted_fields.single_header.name StringMatch'),

  // aws_apigatewayv2_*, source: internal/service/apigatewayv2/api.go resourceAPI (00a35305), integration.go ResourceIntegration (stored copy 03412d53,
  // an SDK-v1 layout), route.go resourceRoute (00a35305), stage.go resourceStage (02f6d2d9)
  r.length('aws_apigatewayv2_api', 'name', 1, 128, 'internal/service/apigatewayv2/api.go resourceAPI name StringLenBetween(1, 128)'),
  r.length('aws_apigatewayv2_api', 'description', 0, 1024, 'internal/service/apigatewayv2/api.go resourceAPI description StringLenBetween(0, 1024)'),
  r.length('aws_apigatewayv2_api', 'version', 1, 64, 'internal/service/apigatewayv2/api.go resourceAPI version StringLenBetween(1, 64)'),
  r.oneOf('aws_apigatewayv2_api', 'api_key_selection_expression', ['$context.authorizer.usageIdentifierKey', '$request.header.x-api-key'], 'internal/service/apigatewayv2/api.go resourceAPI api_key_selection_expression StringInSlice'),
  r.oneOf('aws_apigatewayv2_integration', 'payload_format_version', ['1.0', '2.0'], 'internal/service/apigatewayv2/integration.go ResourceIntegration payload_format_version StringInSlice'),
  r.length('aws_apigatewayv2_integration', 'connection_id', 1, 1024, 'internal/service/apigatewayv2/integration.go ResourceIntegration connection_id StringLenBetween(1, 1024)'),
  r.length('aws_apigatewayv2_integration', 'integration_subtype', 1, 128, 'internal/service/apigatewayv2/integration.go ResourceIntegration integration_subtype StringLenBetween(1, 128)'),
  r.length('aws_apigatewayv2_route', 'target', 1, 128, 'internal/service/apigatewayv2/route.go resourceRoute target StringLenBetween(1, 128)'),
  r.length('aws_apigatewayv2_route', 'operation_name', 1, 64, 'internal/service/apigatewayv2/route.go resourceRoute operation_name StringLenBetween(1, 64)'),
  r.length('aws_apigatewayv2_stage', 'name', 1, 128, 'internal/service/apigatewayv2/stage.go resourceStage name StringLenBetween(1, 128)'),
  r.length('aws_apigatewayv2_stage', 'description', 0, 1024, 'internal/service/apigatewayv2/stage.go resourceStage description StringLenBetween(0, 1024)'),

  // aws_grafana_workspace, source: internal/service/grafana/workspace.go resourceWorkspace (00a35305); values from aws-sdk-go-v2
  // service/grafana/types/enums.go (commit 1278f137)
  r.oneOf('aws_grafana_workspace', 'account_access_type', ['CURRENT_ACCOUNT', 'ORGANIZATION'], `${GW} account_access_type enum.Validate[awstypes.AccountAccessType]`),
  r.oneOf('aws_grafana_workspace', 'authentication_providers', ['AWS_SSO', 'SAML'], `${GW} authentication_providers enum.Validate[awstypes.AuthenticationProviderTypes]`),
  r.oneOf('aws_grafana_workspace', 'data_sources', ['AMAZON_OPENSEARCH_SERVICE', 'CLOUDWATCH', 'PROMETHEUS', 'XRAY', 'TIMESTREAM', 'SITEWISE', 'ATHENA', 'REDSHIFT', 'TWINMAKER'], `${GW} data_sources enum.Validate[awstypes.DataSourceType]`),
  r.oneOf('aws_grafana_workspace', 'notification_destinations', ['SNS'], `${GW} notification_destinations enum.Validate[awstypes.NotificationDestinationType]`),
  r.oneOf('aws_grafana_workspace', 'permission_type', ['CUSTOMER_MANAGED', 'SERVICE_MANAGED'], `${GW} permission_type enum.Validate[awstypes.PermissionType]`),
];

/**
 * Emitted aws types whose provider schema was read and has no plan-time validator on the arguments the
 * library sets. Each cites the file and function read; see ReviewedType.
 */
export const AWS_REVIEWED_TYPES: readonly ReviewedType[] = [
  reviewed('aws_appautoscaling_target', 'internal/service/appautoscaling/target.go resourceTarget', 'commit 0105d219: max_capacity, min_capacity, resource_id, scalable_dimension, service_namespace and role_arn have no ValidateFunc'),
  reviewed('aws_autoscaling_schedule', 'internal/service/autoscaling/schedule.go resourceSchedule', 'commit 1049654f: only start_time and end_time (validScheduleTimestamp) are validated, and the library sets neither; recurrence, time_zone and the sizes are free'),
  reviewed('aws_default_security_group', 'internal/service/ec2/vpc_default_security_group.go resourceDefaultSecurityGroup', 'commit 01f43111: vpc_id has no ValidateFunc; the library sets ingress and egress to empty lists, so securityGroupRuleSetNestedBlock validators never apply'),
  reviewed('aws_elasticache_parameter_group', 'internal/service/elasticache/parameter_group.go resourceParameterGroup', 'commit 0593466d: name, family, description and parameter name/value have no ValidateFunc (name only has a lower-casing StateFunc)'),
  reviewed('aws_elasticache_subnet_group', 'internal/service/elasticache/subnet_group.go ResourceSubnetGroup', 'stored copy 01c08000: name, description and subnet_ids have no ValidateFunc (name only has a lower-casing StateFunc)'),
  reviewed('aws_iam_role_policy_attachment', 'internal/service/iam/role_policy_attachment.go ResourceRolePolicyAttachment', 'stored copy 04c79849 (SDK-v1 layout): role and policy_arn have no ValidateFunc'),
  reviewed('aws_internet_gateway', 'internal/service/ec2/vpc_internet_gateway.go ResourceInternetGateway', 'stored copy 08923b68: vpc_id and tags only, no ValidateFunc'),
  reviewed('aws_prometheus_workspace', 'internal/service/amp/workspace.go resourceWorkspace', 'commit 0620f2a6: alias has no ValidateFunc; kms_key_arn and logging_configuration.log_group_arn (ValidARN) are not set by the library'),
  reviewed('aws_route_table', 'internal/service/ec2/vpc_route_table.go ResourceRouteTable', 'stored copy 02209241: vpc_id has no ValidateFunc; the library sets no inline route block (the route validators apply only there)'),
  reviewed('aws_s3_bucket_notification', 'internal/service/s3/bucket_notification.go resourceBucketNotification', 'commit 033c721b: bucket, queue/topic/lambda_function events, filter_prefix/filter_suffix and the target ARNs have no ValidateFunc'),
  reviewed('aws_s3_bucket_policy', 'internal/service/s3/bucket_policy.go resourceBucketPolicy', 'commit 0073593e: bucket has no ValidateFunc; policy is an IAM policy document (JSON validity, not a value rule)'),
  reviewed('aws_s3_bucket_public_access_block', 'internal/service/s3/bucket_public_access_block.go resourceBucketPublicAccessBlock', 'commit 01606926: bucket and the four booleans have no ValidateFunc'),
  reviewed('aws_sns_topic_policy', 'internal/service/sns/topic_policy.go resourceTopicPolicy', 'commit 00a35305: arn has only ValidARN (the library passes a topic reference) and policy is an IAM policy document (JSON validity)'),
  reviewed('aws_sqs_queue_policy', 'internal/service/sqs/queue_policy.go ResourceQueuePolicy', 'stored copy 0148137d: queue_url has no ValidateFunc; policy has only StringIsJSON'),
  reviewed('aws_sqs_queue_redrive_allow_policy', 'internal/service/sqs/queue_redrive_allow_policy.go resourceQueueRedriveAllowPolicy', 'commit 0389eecf: queue_url has no ValidateFunc; redrive_allow_policy has only StringIsJSON'),
  reviewed('aws_wafv2_web_acl_association', 'internal/service/wafv2/web_acl_association.go resourceWebACLAssociation', 'commit 011a8eed: resource_arn and web_acl_arn have only ValidARN (the library passes resource references)'),
];
