import { EdgeKind, WiringEdge } from '../../constructs/core/wiring';
import { PATH_FIXTURES } from './policy-fixtures-path';

/** A non-compliant and a compliant configuration for every resource rule of the policy pack. */
export interface RuleFixture {
  readonly type: string;
  readonly bad: Record<string, unknown>;
  readonly good: Record<string, unknown>;
  /** The compliant fixture's type, when the rule forbids a type outright. */
  readonly goodType?: string;
}

const TAGS = { project: 'shop', environment: 'prod', owner: 'team', 'cost-center': 'cc-1', 'managed-by': 'scaling-blueprints' };
const allow = (Action: unknown, Resource: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'S', Effect: 'Allow', Action, Resource }] });

export const RESOURCE_FIXTURES: Record<string, RuleFixture> = {
  'BP-ALL-SECRET-1': { type: 'aws_db_instance', bad: { password: 'Sup3rS3cret!' }, good: { manage_master_user_password: true, password: '${random_password.db.result}' } },
  'BP-ALL-TAGS-1': { type: 'aws_sqs_queue', bad: { tags: { project: 'shop' } }, good: { tags: TAGS } },
  // AWS compute
  'BP-AWS-EC2-1': { type: 'aws_launch_template', bad: { metadata_options: { http_tokens: 'optional' } }, good: { metadata_options: { http_tokens: 'required' } } },
  'BP-AWS-EC2-2': { type: 'aws_launch_template', bad: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { volume_size: 20 } }] }, good: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true', volume_size: 20 } }] } },
  'BP-AWS-EC2-3': { type: 'aws_launch_template', bad: { network_interfaces: [{ associate_public_ip_address: true }] }, good: { network_interfaces: [{ associate_public_ip_address: false }] } },
  'BP-AWS-EC2-4': { type: 'aws_security_group', bad: { ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] }, good: { ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] } },
  'BP-AWS-ASG-1': { type: 'aws_autoscaling_group', bad: { vpc_zone_identifier: ['subnet-1'] }, good: { vpc_zone_identifier: ['subnet-1', 'subnet-2', 'subnet-3'] } },
  'BP-AWS-ASG-2': { type: 'aws_autoscaling_group', bad: { target_group_arns: ['arn:tg'], health_check_type: 'EC2' }, good: { target_group_arns: ['arn:tg'], health_check_type: 'ELB' } },
  // AWS load balancing and edge
  'BP-AWS-ELB-1': { type: 'aws_lb_listener', bad: { protocol: 'HTTP', default_action: [{ type: 'forward', target_group_arn: 'arn:tg' }] }, good: { protocol: 'HTTP', default_action: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } }] } },
  'BP-AWS-ELB-2': { type: 'aws_lb_listener', bad: { protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-2016-08' }, good: { protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } },
  'BP-AWS-ELB-3': { type: 'aws_lb', bad: { load_balancer_type: 'application' }, good: { load_balancer_type: 'application', drop_invalid_header_fields: true } },
  'BP-AWS-ELB-4': { type: 'aws_lb', bad: { access_logs: { bucket: 'logs', enabled: false } }, good: { access_logs: { bucket: '${aws_s3_bucket.logs.id}', enabled: true } } },
  'BP-AWS-ELB-5': { type: 'aws_lb', bad: { enable_deletion_protection: false }, good: { enable_deletion_protection: true } },
  'BP-AWS-ELB-6': { type: 'aws_lb_target_group', bad: { protocol: 'HTTP', port: 8080, health_check: { enabled: true } }, good: { protocol: 'HTTP', port: 8080, health_check: { enabled: true, path: '/healthz' } } },
  'BP-AWS-CDN-1': {
    type: 'aws_cloudfront_distribution',
    bad: { default_cache_behavior: { viewer_protocol_policy: 'redirect-to-https' }, ordered_cache_behavior: [{ path_pattern: '/api/*', viewer_protocol_policy: 'allow-all' }] },
    good: { default_cache_behavior: { viewer_protocol_policy: 'redirect-to-https' }, ordered_cache_behavior: [{ path_pattern: '/api/*', viewer_protocol_policy: 'https-only' }] },
  },
  'BP-AWS-CDN-4': {
    type: 'aws_cloudfront_distribution',
    bad: { viewer_certificate: { cloudfront_default_certificate: true } },
    good: { viewer_certificate: { acm_certificate_arn: 'arn:cert', minimum_protocol_version: 'TLSv1.2_2021' } },
  },
  'BP-AWS-CDN-2': { type: 'aws_cloudfront_distribution', bad: {}, good: { web_acl_id: '${aws_wafv2_web_acl.edge.arn}' } },
  'BP-AWS-CDN-3': { type: 'aws_cloudfront_distribution', bad: {}, good: { logging_config: { bucket: 'logs.s3.amazonaws.com' } } },
  'BP-AWS-WAF-1': {
    type: 'aws_wafv2_web_acl',
    bad: { rule: [{ name: 'rate', statement: { rate_based_statement: { limit: 1000 } } }] },
    good: { rule: [{ name: 'common', statement: { managed_rule_group_statement: { name: 'AWSManagedRulesCommonRuleSet', vendor_name: 'AWS' } } }] },
  },
  'BP-AWS-WAF-2': { type: 'aws_wafv2_web_acl', bad: { visibility_config: { cloudwatch_metrics_enabled: false, sampled_requests_enabled: true } }, good: { visibility_config: { cloudwatch_metrics_enabled: true, sampled_requests_enabled: true } } },
  // AWS containers and functions
  'BP-AWS-ECS-1': { type: 'aws_ecs_cluster', bad: { setting: [{ name: 'containerInsights', value: 'disabled' }] }, good: { setting: [{ name: 'containerInsights', value: 'enabled' }] } },
  'BP-AWS-ECS-2': { type: 'aws_ecs_service', bad: { network_configuration: { assign_public_ip: true } }, good: { network_configuration: { assign_public_ip: false } } },
  'BP-AWS-ECS-3': { type: 'aws_ecs_service', bad: { deployment_circuit_breaker: { enable: true, rollback: false } }, good: { deployment_circuit_breaker: { enable: true, rollback: true } } },
  'BP-AWS-ECS-4': {
    type: 'aws_ecs_task_definition',
    bad: { container_definitions: JSON.stringify([{ name: 'web', image: 'nginx' }]) },
    good: { container_definitions: JSON.stringify([{ name: 'web', image: 'nginx', logConfiguration: { logDriver: 'awslogs' } }]) },
  },
  'BP-AWS-ECS-5': {
    type: 'aws_ecs_task_definition',
    bad: { container_definitions: JSON.stringify([{ name: 'web', image: 'nginx', privileged: true }]) },
    good: { container_definitions: JSON.stringify([{ name: 'web', image: 'nginx', privileged: false }]) },
  },
  'BP-AWS-LAMBDA-1': { type: 'aws_lambda_function', bad: { tracing_config: { mode: 'PassThrough' } }, good: { tracing_config: { mode: 'Active' } } },
  // AWS data
  'BP-AWS-CACHE-1': { type: 'aws_elasticache_replication_group', bad: { at_rest_encryption_enabled: false }, good: { at_rest_encryption_enabled: true } },
  'BP-AWS-CACHE-2': { type: 'aws_elasticache_replication_group', bad: {}, good: { transit_encryption_enabled: true } },
  'BP-AWS-CACHE-3': { type: 'aws_elasticache_replication_group', bad: { automatic_failover_enabled: true, multi_az_enabled: false }, good: { automatic_failover_enabled: true, multi_az_enabled: true } },
  'BP-AWS-CACHE-4': { type: 'aws_elasticache_replication_group', bad: {}, good: { snapshot_retention_limit: 7 } },
  'BP-AWS-RDS-1': { type: 'aws_rds_cluster', bad: { storage_encrypted: false }, good: { storage_encrypted: true } },
  'BP-AWS-RDS-2': { type: 'aws_db_instance', bad: { publicly_accessible: true }, good: { publicly_accessible: false } },
  'BP-AWS-RDS-3': { type: 'aws_db_instance', bad: { multi_az: false }, good: { multi_az: true } },
  'BP-AWS-RDS-4': { type: 'aws_db_instance', bad: { backup_retention_period: 1 }, good: { backup_retention_period: 14 } },
  'BP-AWS-RDS-5': { type: 'aws_rds_cluster', bad: {}, good: { deletion_protection: true } },
  'BP-AWS-S3-1': {
    type: 'aws_s3_bucket_public_access_block',
    bad: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: false },
    good: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
  },
  'BP-AWS-S3-2': { type: 'aws_s3_bucket_acl', bad: { acl: 'public-read' }, good: { acl: 'private' } },
  'BP-AWS-S3-3': { type: 'aws_s3_bucket_versioning', bad: { versioning_configuration: { status: 'Suspended' } }, good: { versioning_configuration: { status: 'Enabled' } } },
  'BP-AWS-SQS-1': { type: 'aws_sqs_queue', bad: { sqs_managed_sse_enabled: false }, good: { kms_master_key_id: 'alias/aws/sqs' } },
  'BP-AWS-SNS-1': { type: 'aws_sns_topic', bad: {}, good: { kms_master_key_id: 'alias/aws/sns' } },
  // AWS keys, logs, identity
  'BP-AWS-KMS-1': { type: 'aws_kms_key', bad: { enable_key_rotation: false }, good: { enable_key_rotation: true } },
  'BP-AWS-KMS-2': { type: 'aws_kms_key', bad: { deletion_window_in_days: 7 }, good: { deletion_window_in_days: 30 } },
  'BP-AWS-LOGS-1': { type: 'aws_cloudwatch_log_group', bad: {}, good: { kms_key_id: '${aws_kms_key.logs.arn}' } },
  'BP-AWS-LOGS-2': { type: 'aws_cloudwatch_log_group', bad: { retention_in_days: 0 }, good: { retention_in_days: 90 } },
  'BP-AWS-IAM-1': { type: 'aws_iam_policy', bad: { policy: allow('*', '*') }, good: { policy: allow(['sqs:SendMessage'], 'arn:aws:sqs:eu-west-1:1:orders') } },
  'BP-AWS-IAM-2': { type: 'aws_iam_role_policy_attachment', bad: { policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, good: { policy_arn: 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy' } },
  // Azure compute and network
  'BP-AZURE-VMSS-1': { type: 'azurerm_linux_virtual_machine_scale_set', bad: { disable_password_authentication: false }, good: { disable_password_authentication: true } },
  'BP-AZURE-VMSS-2': { type: 'azurerm_linux_virtual_machine_scale_set', bad: {}, good: { encryption_at_host_enabled: true } },
  'BP-AZURE-VMSS-3': { type: 'azurerm_linux_virtual_machine_scale_set', bad: { zones: ['1'] }, good: { zones: ['1', '2', '3'] } },
  'BP-AZURE-NSG-1': {
    type: 'azurerm_network_security_group',
    bad: { security_rule: [{ name: 'ssh', direction: 'Inbound', access: 'Allow', source_address_prefix: 'Internet', destination_port_range: '22' }] },
    good: { security_rule: [{ name: 'https', direction: 'Inbound', access: 'Allow', source_address_prefix: 'Internet', destination_port_ranges: ['443'] }] },
  },
  'BP-AZURE-APPGW-1': {
    type: 'azurerm_application_gateway',
    bad: { ssl_policy: { policy_type: 'Predefined', policy_name: 'AppGwSslPolicy20150501' } },
    good: { ssl_policy: { policy_type: 'Custom', min_protocol_version: 'TLSv1_2' } },
  },
  'BP-AZURE-APPGW-2': { type: 'azurerm_application_gateway', bad: { sku: { name: 'Standard_v2', tier: 'Standard_v2' } }, good: { sku: { name: 'WAF_v2', tier: 'WAF_v2' } } },
  'BP-AZURE-APPGW-3': { type: 'azurerm_application_gateway', bad: {}, good: { zones: ['1', '2', '3'] } },
  'BP-AZURE-FD-1': { type: 'azurerm_cdn_frontdoor_route', bad: { https_redirect_enabled: false, supported_protocols: ['Http', 'Https'] }, good: { supported_protocols: ['Http', 'Https'] } },
  'BP-AZURE-FD-4': { type: 'azurerm_cdn_frontdoor_route', bad: { forwarding_protocol: 'HttpOnly' }, good: { forwarding_protocol: 'HttpsOnly' } },
  'BP-AZURE-FD-2': { type: 'azurerm_cdn_frontdoor_firewall_policy', bad: { mode: 'Detection' }, good: { mode: 'Prevention' } },
  'BP-AZURE-FD-3': { type: 'azurerm_cdn_frontdoor_custom_domain', bad: { tls: { minimum_tls_version: 'TLS10' } }, good: { tls: { minimum_tls_version: 'TLS12' } } },
  // Azure app service and functions
  'BP-AZURE-APP-1': { type: 'azurerm_linux_web_app', bad: {}, good: { https_only: true } },
  'BP-AZURE-APP-2': { type: 'azurerm_linux_web_app', bad: { site_config: { minimum_tls_version: '1.0' } }, good: { site_config: { minimum_tls_version: '1.2', scm_minimum_tls_version: '1.2' } } },
  'BP-AZURE-APP-3': {
    type: 'azurerm_linux_web_app',
    bad: { site_config: { ftps_state: 'AllAllowed' } },
    good: { site_config: { ftps_state: 'Disabled' }, ftp_publish_basic_authentication_enabled: false, webdeploy_publish_basic_authentication_enabled: false },
  },
  'BP-AZURE-APP-4': { type: 'azurerm_function_app_flex_consumption', bad: {}, good: { identity: { type: 'SystemAssigned' } } },
  'BP-AZURE-PLAN-1': { type: 'azurerm_service_plan', bad: { sku_name: 'P1v3' }, good: { sku_name: 'P1v3', zone_balancing_enabled: true } },
  // Azure data and messaging
  'BP-AZURE-REDIS-1': { type: 'azurerm_managed_redis', bad: { default_database: { client_protocol: 'Plaintext' } }, good: { default_database: { client_protocol: 'Encrypted' } } },
  'BP-AZURE-REDIS-2': { type: 'azurerm_managed_redis', bad: { public_network_access: 'Enabled' }, good: { public_network_access: 'Disabled' } },
  'BP-AZURE-REDIS-3': { type: 'azurerm_managed_redis', bad: { high_availability_enabled: false }, good: { high_availability_enabled: true } },
  'BP-AZURE-REDIS-4': { type: 'azurerm_managed_redis', bad: { default_database: { access_keys_authentication_enabled: true } }, good: { default_database: { access_keys_authentication_enabled: false } } },
  'BP-AZURE-REDIS-5': { type: 'azurerm_redis_cache', bad: { non_ssl_port_enabled: false }, goodType: 'azurerm_managed_redis', good: { sku_name: 'Balanced_B1' } },
  'BP-AZURE-PG-1': { type: 'azurerm_postgresql_flexible_server', bad: {}, good: { public_network_access_enabled: false } },
  'BP-AZURE-PG-2': { type: 'azurerm_postgresql_flexible_server', bad: { high_availability: { mode: 'SameZone' } }, good: { high_availability: { mode: 'ZoneRedundant' } } },
  'BP-AZURE-PG-3': { type: 'azurerm_postgresql_flexible_server', bad: { backup_retention_days: 3 }, good: { backup_retention_days: 14 } },
  'BP-AZURE-PG-4': {
    type: 'azurerm_postgresql_flexible_server',
    bad: { authentication: { active_directory_auth_enabled: true, password_auth_enabled: true } },
    good: { authentication: { active_directory_auth_enabled: true, password_auth_enabled: false } },
  },
  'BP-AZURE-PG-5': { type: 'azurerm_postgresql_flexible_server_configuration', bad: { name: 'require_secure_transport', value: 'off' }, good: { name: 'require_secure_transport', value: 'on' } },
  'BP-AZURE-SB-1': { type: 'azurerm_servicebus_namespace', bad: { minimum_tls_version: '1.0' }, good: { minimum_tls_version: '1.2' } },
  'BP-AZURE-SB-2': { type: 'azurerm_servicebus_namespace', bad: {}, good: { local_auth_enabled: false } },
  'BP-AZURE-ST-1': { type: 'azurerm_storage_account', bad: { https_traffic_only_enabled: false }, good: { https_traffic_only_enabled: true, min_tls_version: 'TLS1_2' } },
  'BP-AZURE-ST-2': { type: 'azurerm_storage_account', bad: {}, good: { allow_nested_items_to_be_public: false } },
  'BP-AZURE-ST-3': { type: 'azurerm_storage_account', bad: { shared_access_key_enabled: true }, good: { shared_access_key_enabled: false } },
  'BP-AZURE-ST-4': { type: 'azurerm_storage_account', bad: { account_replication_type: 'LRS' }, good: { account_replication_type: 'ZRS' } },
  'BP-AZURE-APPCS-1': { type: 'azurerm_app_configuration', bad: { local_auth_enabled: true, public_network_access: 'Enabled' }, good: { local_auth_enabled: false, public_network_access: 'Disabled' } },
  'BP-AZURE-APPCS-2': { type: 'azurerm_app_configuration', bad: {}, good: { purge_protection_enabled: true } },
  'BP-AZURE-KV-1': { type: 'azurerm_key_vault', bad: { purge_protection_enabled: false }, good: { purge_protection_enabled: true } },
  'BP-AZURE-KV-2': { type: 'azurerm_key_vault', bad: { rbac_authorization_enabled: true }, good: { rbac_authorization_enabled: true, network_acls: { default_action: 'Deny', bypass: 'AzureServices' } } },
  'BP-AZURE-LOG-1': { type: 'azurerm_log_analytics_workspace', bad: { retention_in_days: 7 }, good: { retention_in_days: 30 } },
  'BP-AZURE-LOG-2': { type: 'azurerm_log_analytics_workspace', bad: {}, good: { local_authentication_enabled: false } },
};

/** A stack fixture: resources making a stack non-compliant, and resources making it compliant. */
export interface StackFixture {
  readonly provider: 'aws' | 'azurerm';
  readonly bad: Array<{ type: string; id: string; config: Record<string, unknown>; data?: boolean }>;
  readonly good: Array<{ type: string; id: string; config: Record<string, unknown>; data?: boolean }>;
  /** The recorded edges of both stacks (wiring rules). @default - none */
  readonly wiring?: WiringEdge[];
}

const r = (type: string, id: string, config: Record<string, unknown> = {}) => ({ type, id, config });
const jsonPolicy = (stmts: string) => `\${jsonencode({"Version" = "2012-10-17", "Statement" = [${stmts}]})}`;
const cacheSg = r('aws_security_group', 'CacheSg');
const appSg = r('aws_security_group', 'AppSg');
const cache = r('aws_elasticache_replication_group', 'Cache', { security_group_ids: ['${aws_security_group.CacheSg.id}'] });
const ingress = (port: number) => r('aws_vpc_security_group_ingress_rule', 'FromApp', { security_group_id: '${aws_security_group.CacheSg.id}', referenced_security_group_id: '${aws_security_group.AppSg.id}', ip_protocol: 'tcp', from_port: port, to_port: port });
const appRole = r('aws_iam_role', 'AppRole');
const queue = r('aws_sqs_queue', 'Q');
const appPolicy = (stmt: string) => r('aws_iam_role_policy', 'AppPolicy', { role: '${aws_iam_role.AppRole.name}', policy: jsonPolicy(stmt) });
const cluster = (iam: boolean, dataApi = true) => r('aws_rds_cluster', 'C', { iam_database_authentication_enabled: iam, ...(dataApi ? { enable_http_endpoint: true } : {}) });
/** The bootstrap of the IAM-auth DB users: a function, its role and policy, and one invocation naming the cluster and `roles`. */
export const BOOTSTRAP_STATEMENTS = '{"Effect" = "Allow", "Action" = ["rds-data:ExecuteStatement"], "Resource" = [aws_rds_cluster.C.arn]}, {"Effect" = "Allow", "Action" = ["secretsmanager:GetSecretValue"], "Resource" = [aws_rds_cluster.C.master_user_secret[0].secret_arn]}';
export const bootstrap = (roles: string[], statements: string) => [
  r('aws_iam_role', 'BootRole'),
  r('aws_iam_role_policy', 'BootPolicy', { role: '${aws_iam_role.BootRole.id}', policy: jsonPolicy(statements) }),
  r('aws_lambda_function', 'Boot', { role: '${aws_iam_role.BootRole.arn}' }),
  r('aws_lambda_invocation', 'BootShard0', { function_name: '${aws_lambda_function.Boot.function_name}', input: JSON.stringify({ database: 'orders', resourceArn: '${aws_rds_cluster.C.arn}', roles, secretArn: '${aws_rds_cluster.C.master_user_secret[0].secret_arn}' }) }),
];
const dbConnect = '{"Effect" = "Allow", "Action" = ["rds-db:connect"], "Resource" = [join("", [replace(aws_rds_cluster.C.arn, ":rds:", ":rds-db:"), aws_rds_cluster.C.cluster_resource_id, "/app"])]}';
const topic = r('aws_sns_topic', 'T');
const alarm = (actions: string[]) => r('aws_cloudwatch_metric_alarm', 'A', { alarm_actions: actions });
const monitorRole = [r('aws_iam_role', 'M'), r('aws_iam_role_policy', 'MP', { role: '${aws_iam_role.M.id}', policy: jsonPolicy('{"Effect" = "Allow", "Action" = ["cloudwatch:DescribeAlarms"], "Resource" = [aws_cloudwatch_metric_alarm.A.arn]}') })];

const logGroup = r('aws_cloudwatch_log_group', 'G', { name: '/app/web' });
const stream = r('aws_kinesis_firehose_delivery_stream', 'F', { name: 'logs', destination: 'extended_s3' });
const subRole = r('aws_iam_role', 'SubRole');
const subPolicy = (actions: string) => r('aws_iam_role_policy', 'SubPolicy', { role: '${aws_iam_role.SubRole.id}', policy: jsonPolicy(`{"Effect" = "Allow", "Action" = [${actions}], "Resource" = aws_kinesis_firehose_delivery_stream.F.arn}`) });
const subscription = r('aws_cloudwatch_log_subscription_filter', 'Sub', { log_group_name: '${aws_cloudwatch_log_group.G.name}', filter_pattern: '', destination_arn: '${aws_kinesis_firehose_delivery_stream.F.arn}', role_arn: '${aws_iam_role.SubRole.arn}' });
/** The AWS log-source edge of the fixtures, as AwsLogSearch records it. */
export const LOG_SOURCE_EDGE: WiringEdge = {
  kind: EdgeKind.LOG_SOURCE_LOG_SEARCH, from: 's/Web/LogGroup', to: 's/LogSearch',
  pieces: { logGroup: '${aws_cloudwatch_log_group.G.name}', subscription: '${aws_cloudwatch_log_subscription_filter.Sub.id}', destination: '${aws_kinesis_firehose_delivery_stream.F.arn}', role: '${aws_iam_role.SubRole.arn}' },
};
/** The log-source fixture stack with the subscription role allowed `actions` (HCL list items). */
export const logSourceStack = (actions: string) => [logGroup, stream, subRole, subPolicy(actions), subscription];

const AZ_APP = '10.0.16.0/20';
const azAllow = (name: string, source: string, ports: string[]) => ({ name, priority: 200, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', source_address_prefix: source, destination_address_prefix: '*', destination_port_ranges: ports });
const azDeny = (name: string, source: string) => ({ name, priority: name.includes('vnet') ? 4010 : 4000, direction: 'Inbound', access: 'Deny', protocol: '*', source_port_range: '*', source_address_prefix: source, destination_address_prefix: '*', destination_port_range: '*' });
/** An Azure cache behind a private endpoint in the Data subnet, whose NSG has `rules`. */
const azureDataPath = (rules: unknown[]) => [
  r('azurerm_subnet', 'App', { address_prefixes: [AZ_APP] }),
  r('azurerm_subnet', 'Data', { address_prefixes: ['10.0.64.0/20'], private_endpoint_network_policies: 'Enabled' }),
  r('azurerm_managed_redis', 'Cache', { public_network_access: 'Disabled' }),
  r('azurerm_private_endpoint', 'Pe', { subnet_id: '${azurerm_subnet.Data.id}', private_service_connection: [{ private_connection_resource_id: '${azurerm_managed_redis.Cache.id}' }] }),
  r('azurerm_network_security_group', 'DataNsg', { security_rule: rules }),
  r('azurerm_subnet_network_security_group_association', 'DataNsgAssoc', { subnet_id: '${azurerm_subnet.Data.id}', network_security_group_id: '${azurerm_network_security_group.DataNsg.id}' }),
];

/** Fixtures of the wiring rules: each stack records the edge; only the resources differ. */
export const WIRING_FIXTURES: Record<string, StackFixture> = {
  'BP-ALL-WIRE-1': {
    provider: 'aws',
    wiring: [{ kind: EdgeKind.APP_CACHE, from: 's/App', to: 's/Cache', port: 6379, pieces: { resource: '${aws_elasticache_replication_group.Cache.arn}', consumerSecurityGroup: '${aws_security_group.AppSg.id}' } }],
    bad: [cache, cacheSg, appSg, ingress(6380)],
    good: [cache, cacheSg, appSg, ingress(6379)],
  },
  'BP-AZURE-WIRE-8': {
    provider: 'azurerm',
    wiring: [{ kind: EdgeKind.APP_CACHE, from: 's/App', to: 's/Cache', port: 10000, pieces: { resource: '${azurerm_managed_redis.Cache.id}', consumerSubnet: '${azurerm_subnet.App.id}' } }],
    bad: azureDataPath([azAllow('allow-app-to-data', AZ_APP, ['10000']), azDeny('deny-internet-inbound', 'Internet')]),
    good: azureDataPath([azAllow('allow-app-to-data', AZ_APP, ['10000']), azDeny('deny-internet-inbound', 'Internet'), azDeny('deny-vnet-inbound', 'VirtualNetwork')]),
  },
  'BP-ALL-WIRE-2': {
    provider: 'aws',
    wiring: [{ kind: EdgeKind.APP_QUEUE, from: 's/App', to: 's/Q', pieces: { role: '${aws_iam_role.AppRole.arn}', resource: '${aws_sqs_queue.Q.arn}' } }],
    bad: [appRole, queue, appPolicy('{"Effect" = "Allow", "Action" = ["sqs:ReceiveMessage"], "Resource" = [aws_sqs_queue.Q.arn]}')],
    good: [appRole, queue, appPolicy('{"Effect" = "Allow", "Action" = ["sqs:SendMessage"], "Resource" = [aws_sqs_queue.Q.arn]}')],
  },
  'BP-ALL-WIRE-3': {
    provider: 'aws',
    wiring: [{ kind: EdgeKind.APP_DATABASE, from: 's/App', to: 's/Db', port: 5432, pieces: { role: '${aws_iam_role.AppRole.arn}', resource: '${aws_rds_cluster.C.arn}', cluster0: '${aws_rds_cluster.C.arn}', dbUser: 'app' } }],
    // bad: IAM auth on and the user mapped, but no bootstrap creates the user on the shard.
    bad: [appRole, cluster(true), appPolicy(dbConnect)],
    good: [appRole, cluster(true), appPolicy(dbConnect), ...bootstrap(['app'], BOOTSTRAP_STATEMENTS)],
  },
  'BP-ALL-WIRE-4': {
    provider: 'aws',
    bad: [appRole, queue, appPolicy('{"Effect" = "Allow", "Action" = ["sqs:*"], "Resource" = [aws_sqs_queue.Q.arn]}')],
    good: [appRole, queue, appPolicy('{"Effect" = "Allow", "Action" = ["sqs:SendMessage"], "Resource" = [aws_sqs_queue.Q.arn]}')],
  },
  'BP-ALL-WIRE-5': {
    provider: 'aws',
    wiring: [{ kind: EdgeKind.ALARM_ALERT_CHANNEL, from: 's/App', to: 's/Monitoring', pieces: { channel: '${aws_sns_topic.T.arn}' } }],
    bad: [topic, alarm([])],
    good: [topic, alarm(['${aws_sns_topic.T.arn}'])],
  },
  'BP-AWS-WIRE-6': {
    provider: 'aws',
    bad: [alarm([]), ...monitorRole, r('aws_appconfig_environment', 'Env', { name: 'live' })],
    good: [alarm([]), ...monitorRole, r('aws_appconfig_environment', 'Env', { name: 'live', monitor: [{ alarm_arn: '${aws_cloudwatch_metric_alarm.A.arn}', alarm_role_arn: '${aws_iam_role.M.arn}' }] })],
  },
  'BP-ALL-WIRE-7': {
    provider: 'aws',
    wiring: [LOG_SOURCE_EDGE],
    bad: logSourceStack('"firehose:PutRecord"'),
    good: logSourceStack('"firehose:PutRecord", "firehose:PutRecordBatch"'),
  },
};

const bucket = { type: 'aws_s3_bucket', id: 'Logs', config: { bucket: 'logs' } };
const onBucket = (type: string, config: Record<string, unknown> = {}) => ({ type, id: `Logs${type.length}`, config: { bucket: '${aws_s3_bucket.Logs.id}', ...config } });

export const STACK_FIXTURES: Record<string, StackFixture> = {
  ...PATH_FIXTURES,
  ...WIRING_FIXTURES,
  'BP-AWS-BUDGET-1': { provider: 'aws', bad: [], good: [{ type: 'aws_budgets_budget', id: 'Budget', config: { budget_type: 'COST' } }] },
  'BP-AWS-LAMBDA-2': {
    provider: 'aws',
    bad: [{ type: 'aws_lambda_function', id: 'Fn', config: {} }, { type: 'aws_scheduler_schedule', id: 'S', config: { target: { arn: '${aws_lambda_function.Fn.arn}' } } }],
    good: [{ type: 'aws_lambda_function', id: 'Fn', config: { dead_letter_config: { target_arn: 'arn:q' } } }, { type: 'aws_scheduler_schedule', id: 'S', config: { target: { arn: '${aws_lambda_function.Fn.arn}' } } }],
  },
  'BP-AWS-RDS-6': {
    provider: 'aws',
    bad: [{ type: 'aws_rds_cluster', id: 'Db', config: {} }, { type: 'aws_rds_cluster_instance', id: 'W', config: { cluster_identifier: '${aws_rds_cluster.Db.id}' } }],
    good: [{ type: 'aws_rds_cluster', id: 'Db', config: {} }, ...['W', 'R'].map((id) => ({ type: 'aws_rds_cluster_instance', id, config: { cluster_identifier: '${aws_rds_cluster.Db.id}' } }))],
  },
  'BP-AWS-S3-4': { provider: 'aws', bad: [bucket], good: [bucket, onBucket('aws_s3_bucket_server_side_encryption_configuration', { rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } }] })] },
  'BP-AWS-S3-5': { provider: 'aws', bad: [bucket], good: [bucket, onBucket('aws_s3_bucket_public_access_block')] },
  'BP-AWS-S3-6': { provider: 'aws', bad: [bucket], good: [bucket, onBucket('aws_s3_bucket_policy', { policy: '{"Statement":[{"Effect":"Deny","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}' })] },
  'BP-AWS-SQS-2': { provider: 'aws', bad: [{ type: 'aws_sqs_queue', id: 'Q', config: {} }], good: [{ type: 'aws_sqs_queue', id: 'Q', config: { redrive_policy: '{"deadLetterTargetArn":"arn:dlq"}' } }] },
  'BP-AWS-VPC-1': { provider: 'aws', bad: [{ type: 'aws_vpc', id: 'Vpc', config: {} }], good: [{ type: 'aws_vpc', id: 'Vpc', config: {} }, { type: 'aws_flow_log', id: 'Fl', config: { vpc_id: '${aws_vpc.Vpc.id}' } }] },
  'BP-AZURE-BUDGET-1': { provider: 'azurerm', bad: [], good: [{ type: 'azurerm_consumption_budget_resource_group', id: 'Budget', config: {} }] },
  'BP-AZURE-DIAG-1': {
    provider: 'azurerm',
    bad: [{ type: 'azurerm_application_gateway', id: 'Gw', config: {} }],
    good: [{ type: 'azurerm_application_gateway', id: 'Gw', config: {} }, { type: 'azurerm_monitor_diagnostic_setting', id: 'D', config: { target_resource_id: '${azurerm_application_gateway.Gw.id}' } }],
  },
  'BP-AZURE-LOCK-1': {
    provider: 'azurerm',
    bad: [{ type: 'azurerm_storage_account', id: 'St', config: {} }],
    good: [{ type: 'azurerm_storage_account', id: 'St', config: {} }, { type: 'azurerm_management_lock', id: 'L', config: { scope: '${azurerm_storage_account.St.id}', lock_level: 'CanNotDelete' } }],
  },
};

