/**
 * One failing and one passing fixture per provider rule (src/review/schema/provider-rules), keyed by
 * type, argument and the rule's `allowed` text. `bad`/`good` are the argument's value, or whole
 * configs when `config` is set (cross-argument rules).
 */
export interface RuleFixture {
  readonly type: string;
  readonly argument: string;
  readonly allowed: string;
  readonly bad: unknown;
  readonly good: unknown;
  readonly config?: boolean;
}

const v = (type: string, argument: string, allowed: string, bad: unknown, good: unknown): RuleFixture => ({ type, argument, allowed, bad, good });
const c = (type: string, argument: string, allowed: string, bad: Record<string, unknown>, good: Record<string, unknown>): RuleFixture => ({ type, argument, allowed, bad, good, config: true });

const RDS_ID = (type: string, argument: string): RuleFixture[] => [
  v(type, argument, 'only lowercase alphanumeric characters and hyphens', 'shop_db', 'shop-db'),
  v(type, argument, 'starting with a letter', '1shop', 'shop1'),
  v(type, argument, 'without two consecutive hyphens', 'shop--db', 'shop-db'),
  v(type, argument, 'without a trailing hyphen', 'shop-db-', 'shop-db'),
];
const ELB = (type: string): RuleFixture[] => [
  v(type, 'name', 'at most 32 characters', 'a'.repeat(33), 'a'.repeat(32)),
  v(type, 'name', 'only alphanumeric characters and hyphens', 'shop_web', 'shop-web'),
  v(type, 'name', 'without a leading hyphen', '-shop', 'shop'),
  v(type, 'name', 'without a trailing hyphen', 'shop-', 'shop'),
];

export const PROVIDER_RULE_FIXTURES: readonly RuleFixture[] = [
  // aws
  ...ELB('aws_lb'),
  v('aws_lb', 'name', 'without the prefix "internal-"', 'internal-prod-web', 'prod-internal-web'),
  ...ELB('aws_lb_target_group'),
  ...RDS_ID('aws_rds_cluster', 'cluster_identifier'),
  c('aws_rds_cluster', 'cluster_identifier', 'not set together with cluster_identifier_prefix', { cluster_identifier: 'a', cluster_identifier_prefix: 'b' }, { cluster_identifier: 'a' }),
  v('aws_rds_cluster', 'backup_retention_period', 'at most 35', 36, 35),
  v('aws_rds_cluster', 'final_snapshot_identifier', 'only alphanumeric characters and hyphens', 'final_snap', 'Final-snap'),
  v('aws_rds_cluster', 'final_snapshot_identifier', 'without two consecutive hyphens', 'final--snap', 'final-snap'),
  v('aws_rds_cluster', 'final_snapshot_identifier', 'without a trailing hyphen', 'final-', 'final'),
  c('aws_rds_cluster', 'manage_master_user_password', 'not set together with master_password, master_password_wo', { manage_master_user_password: true, master_password: 'x' }, { manage_master_user_password: true }),
  v('aws_rds_cluster', 'serverlessv2_scaling_configuration.max_capacity', 'between 1 and 256', 0.5, 16),
  v('aws_rds_cluster', 'serverlessv2_scaling_configuration.min_capacity', 'between 0 and 256', 300, 0.5),
  v('aws_elasticache_replication_group', 'engine', 'one of "redis", "valkey" (any case)', 'memcached', 'Valkey'),
  v('aws_elasticache_replication_group', 'cluster_mode', 'one of "enabled", "disabled", "compatible"', 'on', 'enabled'),
  v('aws_elasticache_replication_group', 'transit_encryption_mode', 'one of "preferred", "required"', 'strict', 'required'),
  c('aws_elasticache_replication_group', 'num_cache_clusters', 'not set together with num_node_groups, replicas_per_node_group', { num_cache_clusters: 2, replicas_per_node_group: 1 }, { num_node_groups: 2, replicas_per_node_group: 1 }),
  v('aws_elasticache_replication_group', 'replicas_per_node_group', 'at least 0', -1, 0),
  v('aws_elasticache_replication_group', 'snapshot_retention_limit', 'at most 35', 36, 7),
  c('aws_elasticache_replication_group', 'auth_token', 'not set together with user_group_ids', { auth_token: 'x'.repeat(16), user_group_ids: ['g'] }, { user_group_ids: ['g'] }),
  v('aws_elasticache_replication_group', 'description', 'at least 1 characters', '', 'sessions'),

  // azurerm
  v('azurerm_servicebus_namespace', 'name', '6 to 50 letters, numbers and hyphens, starting with a letter and ending with a letter or number', 'shop', 'shop-prod-bus'),
  v('azurerm_servicebus_namespace', 'name', 'without a "-", "-sb" or "-mgmt" ending', 'shop-prod-messaging-sb', 'shop-prod-messaging-bus'),
  v('azurerm_servicebus_namespace', 'sku', 'one of "Basic", "Standard", "Premium"', 'premium', 'Premium'),
  v('azurerm_servicebus_namespace', 'capacity', 'one of 0, 1, 2, 4, 8, 16', 3, 4),
  v('azurerm_servicebus_namespace', 'premium_messaging_partitions', 'one of 0, 1, 2, 4', 8, 1),
  v('azurerm_servicebus_namespace', 'minimum_tls_version', 'one of "1.0", "1.1", "1.2"', '1.3', '1.2'),
  v('azurerm_servicebus_queue', 'max_delivery_count', 'at least 1', 0, 10),
  v('azurerm_storage_account', 'name', '3 to 24 lowercase letters and numbers', 'shop-prod-store', 'shopprodstore'),
  v('azurerm_postgresql_flexible_server', 'name', '3 to 63 characters', 'ab', 'abc'),
  v('azurerm_postgresql_flexible_server', 'name', 'only numbers, lowercase letters and hyphens, not starting or ending with a hyphen', 'shop-db-', 'shop-db'),
  v('azurerm_app_configuration', 'name', '5 to 50 alphanumeric characters and dashes', 'shop', 'shop-prod-flags'),
  v('azurerm_linux_web_app', 'name', 'up to 60 alphanumeric characters and dashes', 'shop_web', 'shop-web'),
  v('azurerm_service_plan', 'name', 'up to 60 alphanumeric characters, dashes and underscores', 'shop.plan', 'shop_plan'),
  v('azurerm_log_analytics_workspace', 'name', "letters, numbers and '-', not starting or ending with '-'", 'shop-logs-', 'shop-logs'),
  v('azurerm_log_analytics_workspace', 'name', '4 to 63 characters', 'abc', 'abcd'),
  c('azurerm_monitor_metric_alert', 'criteria', 'exactly one of criteria, dynamic_criteria, application_insights_web_test_location_availability_criteria', { criteria: [{}], dynamic_criteria: [{}] }, { criteria: [{}] }),
  v('azurerm_monitor_metric_alert', 'criteria.aggregation', 'one of "Average", "Count", "Minimum", "Maximum", "Total"', 'Sum', 'Total'),
  v('azurerm_monitor_metric_alert', 'criteria.operator', 'one of "Equals", "GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"', 'Above', 'GreaterThan'),
  v('azurerm_monitor_metric_alert', 'criteria.metric_namespace', 'at least 1 characters', '', 'Microsoft.Web/sites'),
  v('azurerm_monitor_metric_alert', 'criteria.metric_name', 'at least 1 characters', '', 'Http5xx'),
  v('azurerm_monitor_metric_alert', 'criteria.dimension.operator', 'one of "Include", "Exclude", "StartsWith"', 'Equals', 'Include'),
  v('azurerm_monitor_metric_alert', 'dynamic_criteria.aggregation', 'one of "Average", "Count", "Minimum", "Maximum", "Total"', 'Sum', 'Average'),
  v('azurerm_monitor_metric_alert', 'dynamic_criteria.operator', 'one of "LessThan", "GreaterThan", "GreaterOrLessThan"', 'GreaterThanOrEqual', 'GreaterThan'),
  v('azurerm_monitor_metric_alert', 'dynamic_criteria.alert_sensitivity', 'one of "Low", "Medium", "High"', 'medium', 'Medium'),
  v('azurerm_monitor_metric_alert', 'frequency', 'one of "PT1M", "PT5M", "PT15M", "PT30M", "PT1H"', 'PT2M', 'PT5M'),
  v('azurerm_monitor_metric_alert', 'severity', 'between 0 and 4', 5, 2),
  v('azurerm_monitor_metric_alert', 'window_size', 'one of "PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D"', 'PT10M', 'PT15M'),
  v('aws_cloudwatch_metric_alarm', 'alarm_description', '0 to 1024 characters', 'x'.repeat(1025), 'CPU above 80%'),
  v('aws_cloudwatch_metric_alarm', 'alarm_name', '1 to 255 characters', '', 'shop-cpu-high'),
  v('aws_cloudwatch_metric_alarm', 'comparison_operator', 'one of "GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"', 'GreaterThan', 'GreaterThanThreshold'),
  v('aws_cloudwatch_metric_alarm', 'datapoints_to_alarm', 'at least 1', 0, 1),
  v('aws_cloudwatch_metric_alarm', 'evaluation_periods', 'at least 1', 0, 3),
  c('aws_cloudwatch_metric_alarm', 'dimensions', 'not set together with metric_query', { dimensions: { a: 'b' }, metric_query: [{ id: 'm' }] }, { dimensions: { a: 'b' } }),
  c('aws_cloudwatch_metric_alarm', 'extended_statistic', 'not set together with statistic, metric_query', { extended_statistic: 'p99', statistic: 'Average' }, { extended_statistic: 'p99' }),
  v('aws_cloudwatch_metric_alarm', 'extended_statistic', 'a percentile or trimmed statistic (p99, tm90, IQM, TM(10%:90%), ...)', 'P99', 'p99'),
  v('aws_cloudwatch_metric_alarm', 'metric_name', '1 to 255 characters', '', 'CPUUtilization'),
  c('aws_cloudwatch_metric_alarm', 'metric_name', 'not set together with metric_query', { metric_name: 'm', metric_query: [{ id: 'q' }] }, { metric_name: 'm' }),
  v('aws_cloudwatch_metric_alarm', 'namespace', '1 to 255 characters', '', 'AWS/EC2'),
  v('aws_cloudwatch_metric_alarm', 'period', 'one of 10, 20, 30 or a multiple of 60', 90, 120),
  v('aws_cloudwatch_metric_alarm', 'statistic', 'one of "SampleCount", "Average", "Sum", "Minimum", "Maximum"', 'Total', 'Sum'),
  c('aws_cloudwatch_metric_alarm', 'threshold', 'not set together with threshold_metric_id', { threshold: 1, threshold_metric_id: 'e1' }, { threshold: 1 }),
  v('aws_cloudwatch_metric_alarm', 'treat_missing_data', 'one of "missing", "ignore", "breaching", "notBreaching" (any case)', 'zero', 'notBreaching'),
  c('aws_cloudwatch_metric_alarm', 'statistic', 'exactly one of statistic, extended_statistic when metric_name is set', { metric_name: 'CPUUtilization' }, { metric_name: 'CPUUtilization', statistic: 'Average' }),
  v('aws_cloudwatch_log_group', 'name', 'at most 512 characters', `/a/${'x'.repeat(510)}`, '/aws/lambda/shop'),
  v('aws_cloudwatch_log_group', 'name', 'alphanumeric characters, underscores, hyphens, slashes, hash signs and dots', '/aws/lambda/shop:prod', '/aws/lambda/shop-prod'),
  c('aws_cloudwatch_log_group', 'name', 'not set together with name_prefix', { name: 'a', name_prefix: 'b' }, { name: 'a' }),
  v('aws_cloudwatch_log_group', 'retention_in_days', 'one of 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653', 45, 30),
  v('aws_cloudwatch_log_group', 'log_group_class', 'one of "STANDARD", "INFREQUENT_ACCESS", "DELIVERY"', 'standard', 'STANDARD'),
  v('aws_iam_role', 'name', '1 to 64 characters', 'r'.repeat(65), 'r'.repeat(64)),
  v('aws_iam_role', 'name', 'word characters and +=,.@-', 'shop/web', 'shop-web'),
  v('aws_iam_role_policy', 'role', '1 to 128 characters', '', 'shop-web'),
  v('aws_iam_role_policy', 'role', "the role's name, not its ARN", 'arn:aws:iam::123456789012:role/shop-web', 'shop-web'),
  c('aws_lambda_function', 'filename', 'exactly one of filename, image_uri, s3_bucket', { filename: 'a.zip', s3_bucket: 'b', s3_key: 'k' }, { filename: 'a.zip' }),
  c('aws_lambda_function', 's3_bucket', 'set together with s3_key', { s3_bucket: 'b' }, { s3_bucket: 'b', s3_key: 'k' }),
  v('aws_lambda_function', 'handler', '1 to 128 characters', '', 'index.handler'),
  v('aws_lambda_function', 'memory_size', 'between 128 and 10240', 64, 512),
  v('aws_lambda_function', 'timeout', 'between 1 and 900', 901, 120),
  v('aws_lambda_function', 'reserved_concurrent_executions', 'at least -1', -2, -1),
  v('aws_lambda_function', 'ephemeral_storage.size', 'between 512 and 10240', 256, 512),
  v('aws_lambda_function', 'logging_config.log_format', 'one of "JSON", "Text"', 'json', 'JSON'),
  v('aws_lambda_function', 'tracing_config.mode', 'one of "Active", "PassThrough"', 'active', 'Active'),
  v('azurerm_managed_redis', 'name', '3 to 63 characters', 'ab', 'abc'),
  v('azurerm_managed_redis', 'name', 'without consecutive hyphens', 'shop--cache', 'shop-cache'),
  v('azurerm_managed_redis', 'name', 'letters, numbers and hyphens, starting and ending with a letter or number', 'shop-cache-', 'shop-cache'),
  v('azurerm_managed_redis', 'sku_name', 'a current SKU (Enterprise_* and EnterpriseFlash_* are no longer supported)', 'Enterprise_E10', 'Balanced_B1'),
  v('azurerm_managed_redis', 'default_database.module.name', 'one of "RedisBloom", "RedisTimeSeries", "RediSearch", "RedisJSON"', 'RedisGraph', 'RedisJSON'),
  v('azurerm_cdn_frontdoor_profile', 'name', '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'shop-edge-', 'shop-edge'),
  v('azurerm_cdn_frontdoor_endpoint', 'name', '2 to 46 letters, numbers and hyphens, starting and ending with a letter or number', 'e'.repeat(47), 'e'.repeat(46)),
  v('azurerm_cdn_frontdoor_origin_group', 'name', '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'web_origins', 'web-origins'),
  v('azurerm_cdn_frontdoor_origin', 'name', '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', '-web', 'web'),
  v('azurerm_cdn_frontdoor_route', 'name', '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'r', 'rt'),
  v('azurerm_cdn_frontdoor_rule', 'name', '1 to 260 letters and numbers, starting with a letter', 'cache-static', 'cacheStatic'),
  v('azurerm_cdn_frontdoor_rule_set', 'name', '1 to 60 letters and numbers, starting with a letter', '1rules', 'rules1'),
  v('azurerm_cdn_frontdoor_firewall_policy', 'name', '1 to 128 letters and numbers, starting with a letter', 'shop-waf', 'shopwaf'),
  v('azurerm_cdn_frontdoor_security_policy', 'name', 'letters, numbers and hyphens, starting and ending with a letter or number', 'shop-waf-', 'shop-waf'),
];
