/**
 * AWS provider rules, data, messaging, serverless and observability (RDS, ElastiCache, SQS, SNS, S3,
 * Lambda, Scheduler, AppConfig, CloudWatch, X-Ray, OpenSearch, Firehose, EventBridge, Budgets, Grafana).
 * Plan-time validators of hashicorp/terraform-provider-aws v6.25.0 that the `.jsii` schema does not
 * carry, for the resource types the library emits. `source` on each entry names the provider file
 * and the validator (function, or schema field when the validator is inline), read from the stored
 * copy of the repository nearest the tag (commits named per group below).
 */
import { ProviderRule, rules as r } from './rule';
import { ACP, ADP, ADS, AHV, BUD, CW, EIC, ESM, EVR, EVT, FL, FN, GW, LSF, OS, OSI, RCI, S3LC, S3O, SCH, SNS, SQS, XR, rdsIdentifier } from './aws-common';

export const AWS_DATA_PROVIDER_RULES: readonly ProviderRule[] = [
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

  // aws_rds_cluster_instance, source: internal/service/rds/cluster_instance.go resourceClusterInstance schema (commit 01606926)
  ...rdsIdentifier('aws_rds_cluster_instance', 'identifier', 'internal/service/rds/validate.go validIdentifier (cluster_instance.go identifier)'),
  r.conflictsWith('aws_rds_cluster_instance', 'identifier', ['identifier_prefix'], `${RCI} identifier ConflictsWith`),
  r.pattern('aws_rds_cluster_instance', 'custom_iam_instance_profile', /^AWSRDSCustom.*$/, 'a name beginning with AWSRDSCustom', `${RCI} custom_iam_instance_profile StringMatch`),
  r.oneOfOrMultiple('aws_rds_cluster_instance', 'performance_insights_retention_period', [7, 731], 31, `${RCI} performance_insights_retention_period Any(IntInSlice(7, 731), All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31)))`),
  r.between('aws_rds_cluster_instance', 'performance_insights_retention_period', 7, 731, `${RCI} performance_insights_retention_period Any(IntInSlice(7, 731), All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31)))`),

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

  // aws_s3_bucket, source: internal/service/s3/bucket.go resourceBucket schema (stored v5+ layout, index id 37069568389; the stored
  // copy at path internal/service/s3/bucket.go, 0070bcd1, is older). The directory-bucket name pattern is not ported: its regex is not in the excerpt read.
  r.length('aws_s3_bucket', 'bucket', 0, 63, 'internal/service/s3/bucket.go resourceBucket bucket StringLenBetween(0, 63)'),
  r.conflictsWith('aws_s3_bucket', 'bucket', ['bucket_prefix'], 'internal/service/s3/bucket.go resourceBucket bucket ConflictsWith'),

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

  // aws_osis_pipeline, source: internal/service/osis/pipeline.go pipelineResource.Schema (commit 018922b2)
  r.between('aws_osis_pipeline', 'max_units', 1, undefined, `${OSI} max_units AtLeast(1)`),
  r.between('aws_osis_pipeline', 'min_units', 1, undefined, `${OSI} min_units AtLeast(1)`),
  r.length('aws_osis_pipeline', 'pipeline_configuration_body', 1, 24000, `${OSI} pipeline_configuration_body LengthBetween(1, 24000)`),
  r.length('aws_osis_pipeline', 'pipeline_name', 3, 28, `${OSI} pipeline_name LengthBetween(3, 28)`),
  r.length('aws_osis_pipeline', 'log_publishing_options.cloudwatch_log_destination.log_group', 1, 512, `${OSI} log_publishing_options.cloudwatch_log_destination.log_group LengthBetween(1, 512)`),

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
