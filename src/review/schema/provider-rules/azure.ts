/**
 * Plan-time validators of hashicorp/terraform-provider-azurerm v4.55.0 that the `.jsii` schema does
 * not carry, for the resource types the library emits. `source` on each entry names the provider
 * file and the validator, read from the stored copy of the repository nearest the tag (commits named
 * per group below).
 */
import { ProviderRule, ReviewedType, reviewed, rules as r } from './rule';

const PG = 'internal/services/postgres/postgresql_flexible_server_resource.go resourcePostgresqlFlexibleServer';
const AG = 'internal/services/monitor/monitor_action_group_resource.go resourceMonitorActionGroup';
const AI = 'internal/services/applicationinsights/application_insights_resource.go resourceApplicationInsights';
const AS = 'internal/services/monitor/monitor_autoscale_setting_resource.go resourceMonitorAutoScaleSetting';
const NSG = 'internal/services/network/network_security_group_resource.go resourceNetworkSecurityGroup';
const FLEX = 'internal/services/appservice/function_app_flex_consumption_resource.go FunctionAppFlexConsumptionResource.Arguments';
const VNET = 'internal/services/network/virtual_network_resource.go resourceVirtualNetworkSchema';
const SUBNET = 'internal/services/network/subnet_resource.go resourceSubnet';
const AGW = 'internal/services/network/application_gateway_resource.go resourceApplicationGateway';
const LWA = 'internal/services/appservice/helpers/linux_web_app_schema.go SiteConfigSchemaLinux';
const SLOT = 'internal/services/appservice/helpers/web_app_slot_schema.go SiteConfigSchemaLinuxWebAppSlot';
const FDWAF = 'internal/services/cdn/cdn_frontdoor_firewall_policy_resource.go resourceCdnFrontDoorFirewallPolicy';
const MA = 'internal/services/monitor/monitor_metric_alert_resource.go resourceMonitorMetricAlert';
const WAF = 'internal/services/network/web_application_firewall_policy_resource.go resourceWebApplicationFirewallPolicy';
const BUDGET = 'internal/services/consumption/consumption_budget_base.go consumptionBudgetBaseResource.arguments';
const ALA = 'internal/services/monitor/monitor_activity_log_alert_resource.go resourceMonitorActivityLogAlert';
const PE = 'internal/services/network/private_endpoint_resource.go resourcePrivateEndpoint';
const RA = 'internal/services/authorization/role_assignment_resource.go resourceArmRoleAssignment';
const BLOB = 'internal/services/storage/storage_blob_resource.go resourceStorageBlob';
const FEAT = 'internal/services/appconfiguration/app_configuration_feature_resource.go FeatureResource.Arguments';
const PGAD = 'internal/services/postgres/postgresql_flexible_server_active_directory_administrator_resource.go resourcePostgresqlFlexibleServerAdministrator';
const TD = 'internal/services/resource/resource_group_template_deployment_resource.go resourceGroupTemplateDeploymentResource';
/** go-uuid ParseUUID, behind validation.IsUUID: 8-4-4-4-12 hexadecimal digits. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** validation.StringIsNotWhiteSpace: not empty and not only whitespace. */
const NOT_WHITESPACE = /\S/;
/** network/validate/private_link_name.go PrivateLinkName (the NAT gateway name rule): 1-80, starts alnum, ends alnum or _. */
const PRIVATE_LINK_NAME = /^[a-zA-Z\d]$|^[a-zA-Z\d][a-zA-Z\d\-_.]{0,78}[a-zA-Z\d_]$/;
const PRIVATE_LINK_NAME_TEXT = '1 to 80 letters, numbers, underscores, periods or hyphens, starting with a letter or number and ending with a letter, number or underscore';

const ACI = 'internal/services/containers/container_group_resource.go resourceContainerGroup';

export const AZURE_PROVIDER_RULES: readonly ProviderRule[] = [
  // source: internal/services/servicebus/validate/namespace_name.go NamespaceName (commit 084c2405)
  r.pattern('azurerm_servicebus_namespace', 'name', /^[a-zA-Z][-a-zA-Z0-9]{4,48}[a-zA-Z0-9]$/, '6 to 50 letters, numbers and hyphens, starting with a letter and ending with a letter or number', 'internal/services/servicebus/validate/namespace_name.go NamespaceName'),
  r.notPattern('azurerm_servicebus_namespace', 'name', /(-|-sb|-mgmt)$/, 'without a "-", "-sb" or "-mgmt" ending', 'internal/services/servicebus/validate/namespace_name.go NamespaceName'),
  // source: internal/services/servicebus/servicebus_namespace_resource.go resourceServiceBusNamespace (commit 06ca75c0)
  r.oneOf('azurerm_servicebus_namespace', 'sku', ['Basic', 'Standard', 'Premium'], 'internal/services/servicebus/servicebus_namespace_resource.go resourceServiceBusNamespace sku StringInSlice'),
  r.oneOf('azurerm_servicebus_namespace', 'capacity', [0, 1, 2, 4, 8, 16], 'internal/services/servicebus/servicebus_namespace_resource.go resourceServiceBusNamespace capacity IntInSlice'),
  r.oneOf('azurerm_servicebus_namespace', 'premium_messaging_partitions', [0, 1, 2, 4], 'internal/services/servicebus/servicebus_namespace_resource.go resourceServiceBusNamespace premium_messaging_partitions IntInSlice'),
  r.oneOf('azurerm_servicebus_namespace', 'minimum_tls_version', ['1.0', '1.1', '1.2'], 'internal/services/servicebus/servicebus_namespace_resource.go resourceServiceBusNamespace minimum_tls_version StringInSlice(namespaces.TlsVersion*)'),
  // source: internal/services/servicebus/servicebus_queue_resource.go resourceServicebusQueueSchema (commit 03658787)
  r.between('azurerm_servicebus_queue', 'max_delivery_count', 1, undefined, 'internal/services/servicebus/servicebus_queue_resource.go max_delivery_count IntAtLeast(1)'),

  // source: internal/services/storage/validate/storage_account_name.go StorageAccountName
  r.pattern('azurerm_storage_account', 'name', /^[a-z0-9]{3,24}$/, '3 to 24 lowercase letters and numbers', 'internal/services/storage/validate/storage_account_name.go StorageAccountName'),
  // source: internal/services/storage/storage_account_resource.go resourceStorageAccount (stored copy 00c368eb). account_kind/account_tier use
  // storageaccounts.PossibleValuesFor* (values not read); min_tls_version in that copy allows only TLS1_2, which may postdate the tag, so it is not ported.
  r.oneOf('azurerm_storage_account', 'account_replication_type', ['LRS', 'ZRS', 'GRS', 'RAGRS', 'GZRS', 'RAGZRS'], 'internal/services/storage/storage_account_resource.go resourceStorageAccount account_replication_type StringInSlice'),

  // source: internal/services/postgres/validate/flexible_server_name.go FlexibleServerName
  r.length('azurerm_postgresql_flexible_server', 'name', 3, 63, 'internal/services/postgres/validate/flexible_server_name.go FlexibleServerName'),
  r.pattern('azurerm_postgresql_flexible_server', 'name', /^[a-z0-9]([a-z0-9-]+[a-z0-9])?$/, 'only numbers, lowercase letters and hyphens, not starting or ending with a hyphen', 'internal/services/postgres/validate/flexible_server_name.go FlexibleServerName'),

  // source: internal/services/appconfiguration/validate/configuration_store_name.go ConfigurationStoreName
  r.pattern('azurerm_app_configuration', 'name', /^[a-zA-Z0-9-]{5,50}$/, '5 to 50 alphanumeric characters and dashes', 'internal/services/appconfiguration/validate/configuration_store_name.go ConfigurationStoreName'),

  // source: internal/services/appservice/validate/web_app_name.go WebAppName (commit 0ab3fdc5)
  r.pattern('azurerm_linux_web_app', 'name', /^[0-9a-zA-Z-]{1,60}$/, 'up to 60 alphanumeric characters and dashes', 'internal/services/appservice/validate/web_app_name.go WebAppName'),
  // site_config: internal/services/appservice/helpers/linux_web_app_schema.go SiteConfigSchemaLinux (commit 00074155; remote_debugging_version as widened
  // unless FivePointOh). ftps_state and minimum_tls_version use webapps SDK values that were not read.
  r.between('azurerm_linux_web_app', 'site_config.health_check_eviction_time_in_min', 2, 10, `${LWA} health_check_eviction_time_in_min IntBetween(2, 10)`),
  r.requiredWith('azurerm_linux_web_app', 'site_config.health_check_eviction_time_in_min', ['health_check_path'], `${LWA} health_check_eviction_time_in_min RequiredWith`),
  r.requiredWith('azurerm_linux_web_app', 'site_config.health_check_path', ['health_check_eviction_time_in_min'], `${LWA} health_check_path RequiredWith`),
  r.between('azurerm_linux_web_app', 'site_config.worker_count', 1, 100, `${LWA} worker_count IntBetween(1, 100)`),
  r.oneOf('azurerm_linux_web_app', 'site_config.remote_debugging_version', ['VS2017', 'VS2019', 'VS2022'], `${LWA} remote_debugging_version StringInSlice (4.x: VS2017, VS2019, VS2022)`),
  r.oneOf('azurerm_linux_web_app', 'site_config.load_balancing_mode', ['LeastRequests', 'WeightedRoundRobin', 'LeastResponseTime', 'WeightedTotalTraffic', 'RequestHash', 'PerSiteRoundRobin'], `${LWA} load_balancing_mode StringInSlice`),
  // source: internal/services/appservice/validate/service_plan_name.go ServicePlanName (commit 17b63964)
  r.pattern('azurerm_service_plan', 'name', /^[0-9a-zA-Z-_]{1,60}$/, 'up to 60 alphanumeric characters, dashes and underscores', 'internal/services/appservice/validate/service_plan_name.go ServicePlanName'),
  // source: internal/services/appservice/service_plan_resource.go ServicePlanResource.Arguments (commit 08ff87f0). sku_name is not ported as an enum: the
  // stored helpers.AllKnownServicePlanSkus lists only up to Premium v3, and a later SKU the tag accepts would be rejected here.
  r.oneOf('azurerm_service_plan', 'os_type', ['Linux', 'Windows', 'WindowsContainer'], 'internal/services/appservice/service_plan_resource.go ServicePlanResource.Arguments os_type StringInSlice(OSType*)'),
  r.between('azurerm_service_plan', 'worker_count', 1, undefined, 'internal/services/appservice/service_plan_resource.go ServicePlanResource.Arguments worker_count IntAtLeast(1)'),
  r.between('azurerm_service_plan', 'maximum_elastic_worker_count', 0, undefined, 'internal/services/appservice/service_plan_resource.go ServicePlanResource.Arguments maximum_elastic_worker_count IntAtLeast(0)'),
  // source: internal/services/loganalytics/validate/log_analytics_workspace_name.go LogAnalyticsWorkspaceName (commit 0e9616b5)
  r.pattern('azurerm_log_analytics_workspace', 'name', /^[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$/, "letters, numbers and '-', not starting or ending with '-'", 'internal/services/loganalytics/validate/log_analytics_workspace_name.go LogAnalyticsWorkspaceName'),
  r.length('azurerm_log_analytics_workspace', 'name', 4, 63, 'internal/services/loganalytics/validate/log_analytics_workspace_name.go LogAnalyticsWorkspaceName'),

  // source: internal/services/monitor/monitor_metric_alert_resource.go resourceMonitorMetricAlert schema (commit 00cea45e)
  r.exactlyOneOf('azurerm_monitor_metric_alert', ['criteria', 'dynamic_criteria', 'application_insights_web_test_location_availability_criteria'], `${MA} criteria ExactlyOneOf`),
  r.oneOf('azurerm_monitor_metric_alert', 'criteria.aggregation', ['Average', 'Count', 'Minimum', 'Maximum', 'Total'], `${MA} criteria.aggregation StringInSlice`),
  r.oneOf('azurerm_monitor_metric_alert', 'criteria.operator', ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual'], `${MA} criteria.operator StringInSlice(metricalerts.Operator*)`),
  r.length('azurerm_monitor_metric_alert', 'criteria.metric_namespace', 1, undefined, `${MA} criteria.metric_namespace StringIsNotEmpty`),
  r.length('azurerm_monitor_metric_alert', 'criteria.metric_name', 1, undefined, `${MA} criteria.metric_name StringIsNotEmpty`),
  r.oneOf('azurerm_monitor_metric_alert', 'criteria.dimension.operator', ['Include', 'Exclude', 'StartsWith'], `${MA} criteria.dimension.operator StringInSlice`),
  r.oneOf('azurerm_monitor_metric_alert', 'dynamic_criteria.aggregation', ['Average', 'Count', 'Minimum', 'Maximum', 'Total'], `${MA} dynamic_criteria.aggregation StringInSlice`),
  r.oneOf('azurerm_monitor_metric_alert', 'dynamic_criteria.operator', ['LessThan', 'GreaterThan', 'GreaterOrLessThan'], `${MA} dynamic_criteria.operator StringInSlice(metricalerts.DynamicThresholdOperator*)`),
  r.oneOf('azurerm_monitor_metric_alert', 'dynamic_criteria.alert_sensitivity', ['Low', 'Medium', 'High'], `${MA} dynamic_criteria.alert_sensitivity StringInSlice(metricalerts.DynamicThresholdSensitivity*)`),
  r.oneOf('azurerm_monitor_metric_alert', 'frequency', ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H'], `${MA} frequency StringInSlice`),
  r.between('azurerm_monitor_metric_alert', 'severity', 0, 4, `${MA} severity IntBetween(0, 4)`),
  r.oneOf('azurerm_monitor_metric_alert', 'window_size', ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H', 'PT6H', 'PT12H', 'P1D'], `${MA} window_size StringInSlice`),

  // azurerm_managed_redis, source: internal/services/managedredis/managed_redis_resource.go ManagedRedisResource.Arguments (commit 00c6d36a)
  r.length('azurerm_managed_redis', 'name', 3, 63, 'internal/services/managedredis/validate/managed_redis_name.go ManagedRedisName'),
  r.notPattern('azurerm_managed_redis', 'name', /--/, 'without consecutive hyphens', 'internal/services/managedredis/validate/managed_redis_name.go ManagedRedisName'),
  r.pattern('azurerm_managed_redis', 'name', /^[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$/, 'letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/managedredis/validate/managed_redis_name.go ManagedRedisName'),
  r.notPattern('azurerm_managed_redis', 'sku_name', /^(Enterprise_|EnterpriseFlash_)/, 'a current SKU (Enterprise_* and EnterpriseFlash_* are no longer supported)', 'internal/services/managedredis/validate/managed_redis_sku.go PossibleValuesForSkuName'),
  r.oneOf('azurerm_managed_redis', 'default_database.module.name', ['RedisBloom', 'RedisTimeSeries', 'RediSearch', 'RedisJSON'], 'internal/services/managedredis/managed_redis_resource.go ManagedRedisResource.Arguments default_database.module.name StringInSlice'),
  // default_database enums: provider StringInSlice(redisenterprise.PossibleValuesFor*) (managed_redis_resource.go); values from go-azure-sdk redisenterprise/2022-01-01/databases
  // constants.go (commit 75e5f848). clustering_policy is not ported: newer API versions may add values that copy does not list.
  r.oneOf('azurerm_managed_redis', 'default_database.client_protocol', ['Encrypted', 'Plaintext'], 'internal/services/managedredis/managed_redis_resource.go ManagedRedisResource.Arguments default_database.client_protocol StringInSlice(PossibleValuesForProtocol)'),
  r.oneOf('azurerm_managed_redis', 'default_database.eviction_policy', ['AllKeysLFU', 'AllKeysLRU', 'AllKeysRandom', 'NoEviction', 'VolatileLFU', 'VolatileLRU', 'VolatileRandom', 'VolatileTTL'], 'internal/services/managedredis/managed_redis_resource.go ManagedRedisResource.Arguments default_database.eviction_policy StringInSlice(PossibleValuesForEvictionPolicy)'),

  // Front Door (azurerm_cdn_frontdoor_*), source: internal/services/cdn/validate/*.go (commits 70c48a11, 231248de, 02c4d19a, 1e1c8e44, 033f40eb, 06703868, 084c2405)
  r.pattern('azurerm_cdn_frontdoor_profile', 'name', /^[\da-zA-Z][-\da-zA-Z]{0,88}[\da-zA-Z]$/, '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_name.go FrontDoorName'),
  r.pattern('azurerm_cdn_frontdoor_endpoint', 'name', /^[\da-zA-Z][-\da-zA-Z]{0,44}[\da-zA-Z]$/, '2 to 46 letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_endpoint_name.go FrontDoorEndpointName'),
  r.pattern('azurerm_cdn_frontdoor_origin_group', 'name', /^[\da-zA-Z][-\da-zA-Z]{0,88}[\da-zA-Z]$/, '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_origin_group_name.go FrontDoorOriginGroupName'),
  r.pattern('azurerm_cdn_frontdoor_origin', 'name', /^[\da-zA-Z][-\da-zA-Z]{0,88}[\da-zA-Z]$/, '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_origin_name.go FrontDoorOriginName'),
  r.pattern('azurerm_cdn_frontdoor_route', 'name', /^[\da-zA-Z][-\da-zA-Z]{0,88}[\da-zA-Z]$/, '2 to 90 letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_validation_helpers.go CdnFrontDoorRouteName'),
  r.pattern('azurerm_cdn_frontdoor_rule', 'name', /^[a-zA-Z][\da-zA-Z]{0,259}$/, '1 to 260 letters and numbers, starting with a letter', 'internal/services/cdn/validate/front_door_validation_helpers.go CdnFrontDoorRuleName'),
  r.pattern('azurerm_cdn_frontdoor_rule_set', 'name', /^[a-zA-Z][\da-zA-Z]{0,59}$/, '1 to 60 letters and numbers, starting with a letter', 'internal/services/cdn/validate/front_door_rule_set_name.go FrontDoorRuleSetName'),
  r.pattern('azurerm_cdn_frontdoor_firewall_policy', 'name', /^[a-zA-Z][\da-zA-Z]{0,127}$/, '1 to 128 letters and numbers, starting with a letter', 'internal/services/cdn/validate/front_door_firewall_policy_name.go FrontDoorFirewallPolicyName'),
  // source: internal/services/cdn/cdn_frontdoor_firewall_policy_resource.go resourceCdnFrontDoorFirewallPolicy (commit 003ae81d); values from go-azure-sdk
  // frontdoor/2024-02-01/webapplicationfirewallpolicies constants.go (commit 25c3e8ac), except CAPTCHA, which that API version lacks and the provider lists
  // as waf.ActionTypeCAPTCHA. rate_limit_duration_in_minutes and rate_limit_threshold have no validator in this schema.
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'sku_name', ['Standard_AzureFrontDoor', 'Premium_AzureFrontDoor'], `${FDWAF} sku_name StringInSlice(SkuName*)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'mode', ['Detection', 'Prevention'], `${FDWAF} mode StringInSlice(PolicyMode*)`),
  r.between('azurerm_cdn_frontdoor_firewall_policy', 'js_challenge_cookie_expiration_in_minutes', 5, 1440, `${FDWAF} js_challenge_cookie_expiration_in_minutes IntBetween(5, 1440)`),
  r.between('azurerm_cdn_frontdoor_firewall_policy', 'captcha_cookie_expiration_in_minutes', 5, 1440, `${FDWAF} captcha_cookie_expiration_in_minutes IntBetween(5, 1440)`),
  r.pattern('azurerm_cdn_frontdoor_firewall_policy', 'redirect_url', /^https?:\/\/[^/\s]+/i, 'an http or https URL', `${FDWAF} redirect_url IsURLWithScheme(http, https)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_block_response_status_code', [200, 403, 405, 406, 429], `${FDWAF} custom_block_response_status_code IntInSlice`),
  r.length('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.name', 1, undefined, `${FDWAF} custom_rule.name StringIsNotEmpty`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.type', ['MatchRule', 'RateLimitRule'], `${FDWAF} custom_rule.type StringInSlice(RuleType*)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.action', ['Allow', 'Block', 'Log', 'Redirect', 'JSChallenge', 'CAPTCHA'], `${FDWAF} custom_rule.action StringInSlice(ActionType*)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.match_condition.match_variable', ['Cookies', 'PostArgs', 'QueryString', 'RemoteAddr', 'RequestBody', 'RequestHeader', 'RequestMethod', 'RequestUri', 'SocketAddr'], `${FDWAF} custom_rule.match_condition.match_variable StringInSlice(MatchVariable*)`),
  r.length('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.match_condition.match_values', 1, 256, `${FDWAF} custom_rule.match_condition.match_values Elem StringLenBetween(1, 256)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.match_condition.operator', ['Any', 'BeginsWith', 'Contains', 'EndsWith', 'Equal', 'GeoMatch', 'GreaterThan', 'GreaterThanOrEqual', 'IPMatch', 'LessThan', 'LessThanOrEqual', 'RegEx'], `${FDWAF} custom_rule.match_condition.operator StringInSlice(Operator*)`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'custom_rule.match_condition.transforms', ['Lowercase', 'RemoveNulls', 'Trim', 'Uppercase', 'UrlDecode', 'UrlEncode'], `${FDWAF} custom_rule.match_condition.transforms StringInSlice(TransformType*)`),
  r.length('azurerm_cdn_frontdoor_firewall_policy', 'managed_rule.type', 1, undefined, `${FDWAF} managed_rule.type StringIsNotEmpty`),
  r.length('azurerm_cdn_frontdoor_firewall_policy', 'managed_rule.version', 1, undefined, `${FDWAF} managed_rule.version StringIsNotEmpty`),
  r.oneOf('azurerm_cdn_frontdoor_firewall_policy', 'managed_rule.action', ['Allow', 'Log', 'Block', 'Redirect'], `${FDWAF} managed_rule.action StringInSlice(ActionType*)`),
  r.pattern('azurerm_cdn_frontdoor_security_policy', 'name', /^[\da-zA-Z](?:[-\da-zA-Z]*[\da-zA-Z])?$/, 'letters, numbers and hyphens, starting and ending with a letter or number', 'internal/services/cdn/validate/front_door_security_policy_name.go FrontDoorSecurityPolicyName'),

  // azurerm_postgresql_flexible_server, source: internal/services/postgres/postgresql_flexible_server_resource.go resourcePostgresqlFlexibleServer (commit 00030056)
  r.requiredWith('azurerm_postgresql_flexible_server', 'authentication.tenant_id', ['active_directory_auth_enabled'], `${PG} authentication.tenant_id RequiredWith`),
  r.oneOf('azurerm_postgresql_flexible_server', 'storage_mb', [32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408], `${PG} storage_mb IntInSlice`),
  r.oneOf('azurerm_postgresql_flexible_server', 'storage_tier', ['P4', 'P6', 'P10', 'P15', 'P20', 'P30', 'P40', 'P50', 'P60', 'P70', 'P80'], `${PG} storage_tier StringInSlice(servers.AzureManagedDiskPerformanceTiersP4..P80); values from go-azure-sdk postgresql servers/constants.go AzureManagedDiskPerformanceTiers`),
  r.oneOf('azurerm_postgresql_flexible_server', 'version', ['11', '12', '13', '14', '15', '16', '17', '18'], `${PG} version StringInSlice(servers.PostgresMajorVersion*)`),
  r.oneOf('azurerm_postgresql_flexible_server', 'create_mode', ['Default', 'PointInTimeRestore', 'Replica', 'ReviveDropped', 'GeoRestore', 'Update'], `${PG} create_mode StringInSlice(servers.CreateMode*)`),
  r.between('azurerm_postgresql_flexible_server', 'maintenance_window.day_of_week', 0, 6, `${PG} maintenance_window.day_of_week IntBetween(0, 6)`),
  r.between('azurerm_postgresql_flexible_server', 'maintenance_window.start_hour', 0, 23, `${PG} maintenance_window.start_hour IntBetween(0, 23)`),
  r.between('azurerm_postgresql_flexible_server', 'maintenance_window.start_minute', 0, 59, `${PG} maintenance_window.start_minute IntBetween(0, 59)`),
  r.between('azurerm_postgresql_flexible_server', 'backup_retention_days', 7, 35, `${PG} backup_retention_days IntBetween(7, 35)`),
  r.oneOf('azurerm_postgresql_flexible_server', 'high_availability.mode', ['ZoneRedundant', 'SameZone'], `${PG} high_availability.mode StringInSlice(servers.HighAvailabilityMode*)`),
  r.oneOf('azurerm_postgresql_flexible_server', 'replication_role', ['None'], `${PG} replication_role StringInSlice(servers.ReplicationRoleNone)`),

  // azurerm_monitor_action_group, source: internal/services/monitor/monitor_action_group_resource.go resourceMonitorActionGroup (commit 033fbf0e)
  r.length('azurerm_monitor_action_group', 'name', 1, undefined, `${AG} name StringIsNotEmpty`),
  r.length('azurerm_monitor_action_group', 'short_name', 1, 12, `${AG} short_name StringLenBetween(1, 12)`),
  r.length('azurerm_monitor_action_group', 'email_receiver.name', 1, undefined, `${AG} email_receiver.name StringIsNotEmpty`),
  r.length('azurerm_monitor_action_group', 'email_receiver.email_address', 1, undefined, `${AG} email_receiver.email_address StringIsNotEmpty`),
  r.length('azurerm_monitor_action_group', 'webhook_receiver.name', 1, undefined, `${AG} webhook_receiver.name StringIsNotEmpty`),
  r.pattern('azurerm_monitor_action_group', 'webhook_receiver.service_uri', /^https?:\/\/[^/\s]+/i, 'an http or https URL', `${AG} webhook_receiver.service_uri IsURLWithScheme(http, https)`),

  // azurerm_application_insights, source: internal/services/applicationinsights/application_insights_resource.go resourceApplicationInsights (commit 033a5a4f)
  r.oneOf('azurerm_application_insights', 'application_type', ['web', 'other', 'java', 'MobileCenter', 'phone', 'store', 'ios', 'Node.JS'], `${AI} application_type StringInSlice`),
  r.oneOf('azurerm_application_insights', 'retention_in_days', [30, 60, 90, 120, 180, 270, 365, 550, 730], `${AI} retention_in_days IntInSlice`),
  r.between('azurerm_application_insights', 'sampling_percentage', 0, 100, `${AI} sampling_percentage FloatBetween(0, 100)`),
  r.between('azurerm_application_insights', 'daily_data_cap_in_gb', 0, undefined, `${AI} daily_data_cap_in_gb FloatAtLeast(0)`),

  // azurerm_nat_gateway, source: internal/services/network/nat_gateway_resource.go resourceNatGatewaySchema (commit 02237eab), network/validate/nat_gateway_name.go NatGatewayName (commit 03f20786)
  r.pattern('azurerm_nat_gateway', 'name', /^[a-zA-Z\d]$|^[a-zA-Z\d][a-zA-Z\d\-_.]{0,78}[a-zA-Z\d_]$/, '1 to 80 letters, numbers, underscores, periods or hyphens, starting with a letter or number and ending with a letter, number or underscore', 'internal/services/network/validate/nat_gateway_name.go NatGatewayName'),
  r.between('azurerm_nat_gateway', 'idle_timeout_in_minutes', 4, 120, 'internal/services/network/nat_gateway_resource.go resourceNatGatewaySchema idle_timeout_in_minutes IntBetween(4, 120)'),

  // azurerm_storage_container, source: internal/services/storage/validate/storage_container.go StorageContainerName (commit 084c2405)
  r.pattern('azurerm_storage_container', 'name', /^\$root$|^\$web$|^[0-9a-z-]+$/, 'only lowercase alphanumeric characters and hyphens ($root and $web allowed)', 'internal/services/storage/validate/storage_container.go StorageContainerName'),
  r.length('azurerm_storage_container', 'name', 3, 63, 'internal/services/storage/validate/storage_container.go StorageContainerName'),
  r.notPattern('azurerm_storage_container', 'name', /^-/, 'without a leading hyphen', 'internal/services/storage/validate/storage_container.go StorageContainerName'),

  // azurerm_app_configuration, source: internal/services/appconfiguration/app_configuration_resource.go resourceAppConfiguration (commit 01656138)
  r.between('azurerm_app_configuration', 'soft_delete_retention_days', 1, 7, 'internal/services/appconfiguration/app_configuration_resource.go resourceAppConfiguration soft_delete_retention_days IntBetween(1, 7)'),
  r.oneOf('azurerm_app_configuration', 'public_network_access', ['Disabled', 'Enabled'], 'internal/services/appconfiguration/app_configuration_resource.go resourceAppConfiguration public_network_access StringInSlice(PossibleValuesForPublicNetworkAccess, true)', true),

  // azurerm_management_lock, source: internal/services/resource/management_lock_resource.go resourceManagementLock (commit 042800fa)
  r.oneOf('azurerm_management_lock', 'lock_level', ['CanNotDelete', 'ReadOnly'], 'internal/services/resource/management_lock_resource.go resourceManagementLock lock_level StringInSlice(managementlocks.LockLevel*)'),
  r.length('azurerm_management_lock', 'notes', 0, 512, 'internal/services/resource/management_lock_resource.go resourceManagementLock notes StringLenBetween(0, 512)'),

  // azurerm_monitor_diagnostic_setting, source: internal/services/monitor/monitor_diagnostic_setting_resource.go resourceMonitorDiagnosticSetting
  // (stored copy 03ea3132 predates 4.0; only the checks that 4.x kept unchanged are ported: the destination AtLeastOneOf and the destination type)
  r.atLeastOneOf('azurerm_monitor_diagnostic_setting', ['eventhub_authorization_rule_id', 'log_analytics_workspace_id', 'storage_account_id', 'partner_solution_id'], 'internal/services/monitor/monitor_diagnostic_setting_resource.go resourceMonitorDiagnosticSetting AtLeastOneOf (destinations)'),
  r.oneOf('azurerm_monitor_diagnostic_setting', 'log_analytics_destination_type', ['Dedicated', 'AzureDiagnostics'], 'internal/services/monitor/monitor_diagnostic_setting_resource.go resourceMonitorDiagnosticSetting log_analytics_destination_type StringInSlice'),

  // azurerm_monitor_autoscale_setting, source: internal/services/monitor/monitor_autoscale_setting_resource.go resourceMonitorAutoScaleSetting
  // (stored copy 03904f44, API 2022-10-01 as in 4.x); enum values from go-azure-sdk insights/2022-10-01/autoscalesettings/constants.go
  r.length('azurerm_monitor_autoscale_setting', 'name', 1, undefined, `${AS} name StringIsNotEmpty`),
  r.length('azurerm_monitor_autoscale_setting', 'profile.name', 1, undefined, `${AS} profile.name StringIsNotEmpty`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.capacity.minimum', 0, 1000, `${AS} profile.capacity.minimum IntBetween(0, 1000)`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.capacity.maximum', 0, 1000, `${AS} profile.capacity.maximum IntBetween(0, 1000)`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.capacity.default', 0, 1000, `${AS} profile.capacity.default IntBetween(0, 1000)`),
  r.length('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.metric_name', 1, undefined, `${AS} profile.rule.metric_trigger.metric_name StringIsNotEmpty`),
  r.length('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.metric_namespace', 1, undefined, `${AS} profile.rule.metric_trigger.metric_namespace StringIsNotEmpty`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.statistic', ['Average', 'Max', 'Min', 'Sum'], `${AS} profile.rule.metric_trigger.statistic StringInSlice(MetricStatisticType Average/Max/Min/Sum)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.time_aggregation', ['Average', 'Count', 'Maximum', 'Minimum', 'Total', 'Last'], `${AS} profile.rule.metric_trigger.time_aggregation StringInSlice(TimeAggregationType*)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.operator', ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual', 'NotEquals'], `${AS} profile.rule.metric_trigger.operator StringInSlice(ComparisonOperationType*)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.metric_trigger.dimensions.operator', ['Equals', 'NotEquals'], `${AS} profile.rule.metric_trigger.dimensions.operator StringInSlice(ScaleRuleMetricDimensionOperationType*)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.scale_action.direction', ['Decrease', 'Increase'], `${AS} profile.rule.scale_action.direction StringInSlice(ScaleDirectionDecrease, ScaleDirectionIncrease)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.rule.scale_action.type', ['ChangeCount', 'ExactCount', 'PercentChangeCount', 'ServiceAllowedNextValue'], `${AS} profile.rule.scale_action.type StringInSlice(ScaleType*)`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.rule.scale_action.value', 0, undefined, `${AS} profile.rule.scale_action.value IntAtLeast(0)`),
  r.oneOf('azurerm_monitor_autoscale_setting', 'profile.recurrence.days', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], `${AS} profile.recurrence.days StringInSlice`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.recurrence.hours', 0, 23, `${AS} profile.recurrence.hours IntBetween(0, 23)`),
  r.between('azurerm_monitor_autoscale_setting', 'profile.recurrence.minutes', 0, 59, `${AS} profile.recurrence.minutes IntBetween(0, 59)`),

  // azurerm_resource_group, source: internal/services/resource/resource_group_resource.go name commonschema.ResourceGroupName(), whose validator is go-azure-helpers package resourcegroups ValidateName
  r.length('azurerm_resource_group', 'name', 1, 90, 'internal/services/resource/resource_group_resource.go name (go-azure-helpers resourcegroups.ValidateName)'),
  r.pattern('azurerm_resource_group', 'name', /^[-\w._()]+$/, 'only alphanumeric characters, dashes, underscores, parentheses and periods', 'internal/services/resource/resource_group_resource.go name (go-azure-helpers resourcegroups.ValidateName)'),
  r.notPattern('azurerm_resource_group', 'name', /\.$/, 'not ending with a period', 'internal/services/resource/resource_group_resource.go name (go-azure-helpers resourcegroups.ValidateName)'),

  // azurerm_cost_anomaly_alert, source: internal/services/costmanagement/anomaly_alert_resource.go AnomalyAlertResource.Arguments (stored copy 01500620, older than 4.x: only the email check, unchanged since, is ported)
  r.length('azurerm_cost_anomaly_alert', 'email_addresses', 1, undefined, 'internal/services/costmanagement/anomaly_alert_resource.go AnomalyAlertResource.Arguments email_addresses Elem StringIsNotEmpty'),

  // azurerm_network_security_group, source: internal/services/network/network_security_group_resource.go resourceNetworkSecurityGroup (stored copy 006557af);
  // protocol/direction values from go-azure-sdk network securityrules constants.go (protocol compared in any case: later copies of the rule resource pass ignoreCase=true)
  r.length('azurerm_network_security_group', 'security_rule.description', 0, 140, `${NSG} security_rule.description StringLenBetween(0, 140)`),
  r.oneOf('azurerm_network_security_group', 'security_rule.protocol', ['*', 'Tcp', 'Udp', 'Icmp', 'Ah', 'Esp'], `${NSG} security_rule.protocol StringInSlice(SecurityRuleProtocol*)`, true),
  r.between('azurerm_network_security_group', 'security_rule.priority', 100, 4096, `${NSG} security_rule.priority IntBetween(100, 4096)`),
  r.oneOf('azurerm_network_security_group', 'security_rule.direction', ['Inbound', 'Outbound'], `${NSG} security_rule.direction StringInSlice(SecurityRuleDirection*)`),

  // azurerm_function_app_flex_consumption, source: internal/services/appservice/function_app_flex_consumption_resource.go Arguments (commit 00074155);
  // runtime_name values from go-azure-sdk web webapps constants.go RuntimeName
  r.pattern('azurerm_function_app_flex_consumption', 'name', /^[0-9a-zA-Z-]{1,60}$/, 'up to 60 alphanumeric characters and dashes', 'internal/services/appservice/validate/web_app_name.go WebAppName (function_app_flex_consumption_resource.go name)'),
  r.oneOf('azurerm_function_app_flex_consumption', 'runtime_name', ['dotnet-isolated', 'java', 'node', 'powershell', 'python', 'custom'], `${FLEX} runtime_name StringInSlice(webapps.RuntimeName*)`),
  r.length('azurerm_function_app_flex_consumption', 'runtime_version', 1, undefined, `${FLEX} runtime_version StringIsNotEmpty`),
  r.length('azurerm_function_app_flex_consumption', 'storage_access_key', 1, undefined, `${FLEX} storage_access_key StringIsNotEmpty`),
  r.between('azurerm_function_app_flex_consumption', 'maximum_instance_count', 1, 1000, `${FLEX} maximum_instance_count IntBetween(1, 1000)`),
  r.between('azurerm_function_app_flex_consumption', 'http_concurrency', 1, 1000, `${FLEX} http_concurrency IntBetween(1, 1000)`),
  r.length('azurerm_function_app_flex_consumption', 'always_ready.name', 1, undefined, `${FLEX} always_ready.name StringIsNotEmpty`),
  r.between('azurerm_function_app_flex_consumption', 'always_ready.instance_count', 0, 1000, `${FLEX} always_ready.instance_count IntBetween(0, 1000)`),

  // azurerm_linux_virtual_machine_scale_set, source: internal/services/compute/linux_virtual_machine_scale_set_resource.go resourceLinuxVirtualMachineScaleSet CustomizeDiff (commit 01ad1650)
  r.requiredWith('azurerm_linux_virtual_machine_scale_set', 'network_interface.auxiliary_mode', ['auxiliary_sku'], 'internal/services/compute/linux_virtual_machine_scale_set_resource.go resourceLinuxVirtualMachineScaleSet CustomizeDiff (auxiliary_mode needs auxiliary_sku)'),
  r.requiredWith('azurerm_linux_virtual_machine_scale_set', 'network_interface.auxiliary_sku', ['auxiliary_mode'], 'internal/services/compute/linux_virtual_machine_scale_set_resource.go resourceLinuxVirtualMachineScaleSet CustomizeDiff (auxiliary_sku needs auxiliary_mode)'),

  // azurerm_virtual_network, source: internal/services/network/virtual_network_resource.go resourceVirtualNetworkSchema (stored copy 1458091101 of the 4.x layout)
  r.length('azurerm_virtual_network', 'name', 1, undefined, `${VNET} name StringIsNotEmpty`),
  r.length('azurerm_virtual_network', 'address_space', 1, undefined, `${VNET} address_space Elem StringIsNotEmpty`),
  r.length('azurerm_virtual_network', 'dns_servers', 1, undefined, `${VNET} dns_servers Elem StringIsNotEmpty`),
  r.between('azurerm_virtual_network', 'flow_timeout_in_minutes', 4, 30, `${VNET} flow_timeout_in_minutes IntBetween(4, 30)`),

  // azurerm_subnet, source: internal/services/network/subnet_resource.go resourceSubnet schema (commit 00030056)
  r.exactlyOneOf('azurerm_subnet', ['address_prefixes', 'ip_address_pool'], `${SUBNET} address_prefixes ExactlyOneOf`),
  r.length('azurerm_subnet', 'address_prefixes', 1, undefined, `${SUBNET} address_prefixes Elem StringIsNotEmpty`),
  r.pattern('azurerm_subnet', 'ip_address_pool.number_of_ip_addresses', /^[1-9]\d*$/, 'a string holding a positive number', `${SUBNET} ip_address_pool.number_of_ip_addresses StringMatch`),
  r.oneOf('azurerm_subnet', 'delegation.service_delegation.actions', ['Microsoft.Network/networkinterfaces/*', 'Microsoft.Network/publicIPAddresses/join/action', 'Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/virtualNetworks/subnets/action', 'Microsoft.Network/virtualNetworks/subnets/join/action', 'Microsoft.Network/virtualNetworks/subnets/prepareNetworkPolicies/action', 'Microsoft.Network/virtualNetworks/subnets/unprepareNetworkPolicies/action'], `${SUBNET} delegation.service_delegation.actions StringInSlice`),

  // azurerm_application_gateway, source: internal/services/network/application_gateway_resource.go resourceApplicationGateway schema (commit 003ae81d)
  r.between('azurerm_application_gateway', 'request_routing_rule.priority', 1, 20000, `${AGW} request_routing_rule.priority IntBetween(1, 20000)`),
  r.length('azurerm_application_gateway', 'request_routing_rule.redirect_configuration_name', 1, undefined, `${AGW} request_routing_rule.redirect_configuration_name StringIsNotEmpty`),
  r.length('azurerm_application_gateway', 'request_routing_rule.rewrite_rule_set_name', 1, undefined, `${AGW} request_routing_rule.rewrite_rule_set_name StringIsNotEmpty`),
  r.between('azurerm_application_gateway', 'autoscale_configuration.min_capacity', 0, 100, `${AGW} autoscale_configuration.min_capacity IntBetween(0, 100)`),
  r.between('azurerm_application_gateway', 'autoscale_configuration.max_capacity', 2, 125, `${AGW} autoscale_configuration.max_capacity IntBetween(2, 125)`),
  r.length('azurerm_application_gateway', 'http_listener.host_names', 1, undefined, `${AGW} http_listener.host_names Elem StringIsNotEmpty`),
  r.length('azurerm_application_gateway', 'redirect_configuration.name', 1, undefined, `${AGW} redirect_configuration.name StringIsNotEmpty`),
  r.length('azurerm_application_gateway', 'redirect_configuration.target_url', 1, undefined, `${AGW} redirect_configuration.target_url StringIsNotEmpty`),
  // enums: values from go-azure-sdk network webapplicationfirewallpolicies constants.go (which carries the ApplicationGateway* types; the one read above for the WAF policy)
  r.oneOf('azurerm_application_gateway', 'sku.name', ['Basic', 'Standard_Small', 'Standard_Medium', 'Standard_Large', 'Standard_v2', 'WAF_Large', 'WAF_Medium', 'WAF_v2'], `${AGW} sku.name StringInSlice(ApplicationGatewaySkuName*)`),
  r.oneOf('azurerm_application_gateway', 'sku.tier', ['Basic', 'Standard', 'Standard_v2', 'WAF', 'WAF_v2'], `${AGW} sku.tier StringInSlice(ApplicationGatewayTier*)`),
  r.oneOf('azurerm_application_gateway', 'backend_http_settings.protocol', ['Http', 'Https'], `${AGW} backend_http_settings.protocol StringInSlice(ApplicationGatewayProtocolHTTP, HTTPS)`),
  r.oneOf('azurerm_application_gateway', 'backend_http_settings.cookie_based_affinity', ['Enabled', 'Disabled'], `${AGW} backend_http_settings.cookie_based_affinity StringInSlice(ApplicationGatewayCookieBasedAffinity*)`),
  r.between('azurerm_application_gateway', 'backend_http_settings.request_timeout', 1, 86400, `${AGW} backend_http_settings.request_timeout IntBetween(1, 86400)`),
  r.between('azurerm_application_gateway', 'backend_http_settings.connection_draining.drain_timeout_sec', 1, 3600, `${AGW} backend_http_settings.connection_draining.drain_timeout_sec IntBetween(1, 3600)`),
  r.length('azurerm_application_gateway', 'backend_http_settings.affinity_cookie_name', 1, undefined, `${AGW} backend_http_settings.affinity_cookie_name StringIsNotEmpty`),
  r.length('azurerm_application_gateway', 'backend_address_pool.fqdns', 1, undefined, `${AGW} backend_address_pool.fqdns Elem NoZeroValues`),
  r.oneOf('azurerm_application_gateway', 'frontend_ip_configuration.private_ip_address_allocation', ['Dynamic', 'Static'], `${AGW} frontend_ip_configuration.private_ip_address_allocation StringInSlice(IPAllocationMethod*)`),
  r.oneOf('azurerm_application_gateway', 'http_listener.protocol', ['Http', 'Https'], `${AGW} http_listener.protocol StringInSlice(ApplicationGatewayProtocolHTTP, HTTPS)`),
  r.oneOf('azurerm_application_gateway', 'request_routing_rule.rule_type', ['Basic', 'PathBasedRouting'], `${AGW} request_routing_rule.rule_type StringInSlice(ApplicationGatewayRequestRoutingRuleType*)`),
  r.oneOf('azurerm_application_gateway', 'redirect_configuration.redirect_type', ['Permanent', 'Temporary', 'Found', 'SeeOther'], `${AGW} redirect_configuration.redirect_type StringInSlice(ApplicationGatewayRedirectType*)`),
  r.oneOf('azurerm_application_gateway', 'probe.protocol', ['Http', 'Https'], `${AGW} probe.protocol StringInSlice(ApplicationGatewayProtocolHTTP, HTTPS)`),
  r.oneOf('azurerm_application_gateway', 'ssl_policy.policy_type', ['Custom', 'CustomV2', 'Predefined'], `${AGW} sslProfileSchema policy_type StringInSlice(ApplicationGatewaySslPolicyType*)`),
  r.oneOf('azurerm_application_gateway', 'ssl_policy.min_protocol_version', ['TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'], `${AGW} sslProfileSchema min_protocol_version StringInSlice(ApplicationGatewaySslProtocol*)`),
  r.length('azurerm_application_gateway', 'rewrite_rule_set.name', 1, undefined, `${AGW} rewrite_rule_set.name StringIsNotEmpty`),
  r.between('azurerm_application_gateway', 'rewrite_rule_set.rewrite_rule.rule_sequence', 1, 1000, `${AGW} rewrite_rule_set.rewrite_rule.rule_sequence IntBetween(1, 1000)`),
  r.oneOf('azurerm_application_gateway', 'rewrite_rule_set.rewrite_rule.url.components', ['path_only', 'query_string_only'], `${AGW} rewrite_rule_set.rewrite_rule.url.components StringInSlice`),

  // azurerm_public_ip, source: internal/services/network/public_ip_resource.go resourcePublicIp schema and CustomizeDiff (commit 06598ec9)
  r.length('azurerm_public_ip', 'name', 1, undefined, 'internal/services/network/public_ip_resource.go resourcePublicIp name StringIsNotEmpty'),
  r.between('azurerm_public_ip', 'idle_timeout_in_minutes', 4, 30, 'internal/services/network/public_ip_resource.go resourcePublicIp idle_timeout_in_minutes IntBetween(4, 30)'),
  r.notPattern('azurerm_public_ip', 'sku', /^[Bb][Aa][Ss][Ii][Cc]$/, 'not Basic (new Basic public IPs are no longer permitted)', 'internal/services/network/public_ip_resource.go resourcePublicIp CustomizeDiff publicIPBasicSkuCreateDeprecationMessage'),
  r.oneOf('azurerm_public_ip', 'allocation_method', ['Static'], 'internal/services/network/public_ip_resource.go resourcePublicIp CustomizeDiff (Static when sku is Standard or StandardV2, the only SKUs a new public IP can take)', true),

  // azurerm_web_application_firewall_policy, source: internal/services/network/web_application_firewall_policy_resource.go resourceWebApplicationFirewallPolicy
  // (commit 003ae81d, network API 2025-01-01); enum values from go-azure-sdk network webapplicationfirewallpolicies constants.go (PossibleValuesFor*),
  // rule set types from internal/services/network/validate/web_application_firewall_policy.go (commits 01cad1b5, 9a87d1cc). managed_rule_set.version is
  // not ported: both stored copies list 0.1, 1.0, 2.1, 2.2.9, 3.0, 3.1, 3.2 while the later docs also list 1.1 (Microsoft_BotManagerRuleSet), so the tag's list is unsure;
  // custom_rules.match_conditions.transforms (PossibleValuesForWebApplicationFirewallTransform of the tag's API 2025-01-01) is not ported either: the
  // constants read may be of an older API version. rate_limit_duration keeps the two values (OneMin, FiveMins) that constants file spells out.
  r.length('azurerm_web_application_firewall_policy', 'name', 1, undefined, `${WAF} name StringIsNotEmpty`),
  r.oneOf('azurerm_web_application_firewall_policy', 'custom_rules.action', ['Allow', 'Block', 'Log', 'JSChallenge'], `${WAF} custom_rules.action StringInSlice(WebApplicationFirewallAction*, ActionTypeJSChallenge)`),
  r.oneOf('azurerm_web_application_firewall_policy', 'custom_rules.rule_type', ['MatchRule', 'RateLimitRule', 'Invalid'], `${WAF} custom_rules.rule_type StringInSlice(WebApplicationFirewallRuleType*)`),
  r.oneOf('azurerm_web_application_firewall_policy', 'custom_rules.rate_limit_duration', ['FiveMins', 'OneMin'], `${WAF} custom_rules.rate_limit_duration StringInSlice(PossibleValuesForApplicationGatewayFirewallRateLimitDuration)`),
  r.between('azurerm_web_application_firewall_policy', 'custom_rules.rate_limit_threshold', 1, undefined, `${WAF} custom_rules.rate_limit_threshold IntAtLeast(1)`),
  r.oneOf('azurerm_web_application_firewall_policy', 'custom_rules.match_conditions.match_variables.variable_name', ['RemoteAddr', 'RequestMethod', 'QueryString', 'PostArgs', 'RequestUri', 'RequestHeaders', 'RequestBody', 'RequestCookies'], `${WAF} custom_rules.match_conditions.match_variables.variable_name StringInSlice(WebApplicationFirewallMatchVariable*)`),
  r.oneOf('azurerm_web_application_firewall_policy', 'custom_rules.match_conditions.operator', ['Any', 'IPMatch', 'GeoMatch', 'Equal', 'Contains', 'LessThan', 'GreaterThan', 'LessThanOrEqual', 'GreaterThanOrEqual', 'BeginsWith', 'EndsWith', 'Regex'], `${WAF} custom_rules.match_conditions.operator StringInSlice(WebApplicationFirewallOperator*)`),
  r.oneOf('azurerm_web_application_firewall_policy', 'managed_rules.managed_rule_set.type', ['OWASP', 'Microsoft_BotManagerRuleSet', 'Microsoft_DefaultRuleSet'], 'internal/services/network/validate/web_application_firewall_policy.go ValidateWebApplicationFirewallPolicyRuleSetType'),
  r.oneOf('azurerm_web_application_firewall_policy', 'policy_settings.mode', ['Prevention', 'Detection'], `${WAF} policy_settings.mode StringInSlice(WebApplicationFirewallMode*)`),
  r.between('azurerm_web_application_firewall_policy', 'policy_settings.file_upload_limit_in_mb', 1, 4000, `${WAF} policy_settings.file_upload_limit_in_mb IntBetween(1, 4000)`),
  r.between('azurerm_web_application_firewall_policy', 'policy_settings.max_request_body_size_in_kb', 8, 2000, `${WAF} policy_settings.max_request_body_size_in_kb IntBetween(8, 2000)`),
  r.between('azurerm_web_application_firewall_policy', 'policy_settings.request_body_inspect_limit_in_kb', 0, undefined, `${WAF} policy_settings.request_body_inspect_limit_in_kb IntAtLeast(0)`),
  r.between('azurerm_web_application_firewall_policy', 'policy_settings.js_challenge_cookie_expiration_in_minutes', 5, 1440, `${WAF} policy_settings.js_challenge_cookie_expiration_in_minutes IntBetween(5, 1440)`),

  // azurerm_consumption_budget_resource_group, source: internal/services/consumption/consumption_budget_resource_group_resource.go ResourceGroupConsumptionBudget.Arguments
  // (commit 694f9e0d) and consumption_budget_base.go consumptionBudgetBaseResource.arguments (commit 003ae81d); values from go-azure-sdk consumption/2019-10-01/budgets constants.go (commit 75e5f848)
  r.pattern('azurerm_consumption_budget_resource_group', 'name', NOT_WHITESPACE, 'not empty or whitespace only', 'internal/services/consumption/consumption_budget_resource_group_resource.go ResourceGroupConsumptionBudget.Arguments name StringIsNotWhiteSpace'),
  r.between('azurerm_consumption_budget_resource_group', 'amount', 1, undefined, `${BUDGET} amount FloatAtLeast(1.0)`),
  r.between('azurerm_consumption_budget_resource_group', 'notification.threshold', 0, 1000, `${BUDGET} notification.threshold IntBetween(0, 1000)`),
  r.oneOf('azurerm_consumption_budget_resource_group', 'notification.threshold_type', ['Actual', 'Forecasted'], `${BUDGET} notification.threshold_type StringInSlice(ThresholdTypeActual, "Forecasted")`),
  r.oneOf('azurerm_consumption_budget_resource_group', 'notification.operator', ['EqualTo', 'GreaterThan', 'GreaterThanOrEqualTo'], `${BUDGET} notification.operator StringInSlice(OperatorType*)`),
  r.length('azurerm_consumption_budget_resource_group', 'notification.contact_emails', 1, undefined, `${BUDGET} notification.contact_emails Elem StringIsNotEmpty`),
  r.length('azurerm_consumption_budget_resource_group', 'notification.contact_groups', 1, undefined, `${BUDGET} notification.contact_groups Elem StringIsNotEmpty`),
  r.oneOf('azurerm_consumption_budget_resource_group', 'time_grain', ['BillingAnnual', 'BillingMonth', 'BillingQuarter', 'Annually', 'Monthly', 'Quarterly'], `${BUDGET} time_grain StringInSlice(TimeGrainType*)`),

  // azurerm_monitor_activity_log_alert, source: internal/services/monitor/monitor_activity_log_alert_resource.go resourceMonitorActivityLogAlert (commit b99f385c, 4.x layout with location and resource_health)
  r.length('azurerm_monitor_activity_log_alert', 'name', 1, undefined, `${ALA} name StringIsNotEmpty`),
  r.length('azurerm_monitor_activity_log_alert', 'scopes', 1, undefined, `${ALA} scopes Elem StringIsNotEmpty`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.category', ['Administrative', 'Autoscale', 'Policy', 'Recommendation', 'ResourceHealth', 'Security', 'ServiceHealth'], `${ALA} criteria.category StringInSlice`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.level', ['Verbose', 'Informational', 'Warning', 'Error', 'Critical'], `${ALA} criteria.level StringInSlice`),
  r.conflictsWith('azurerm_monitor_activity_log_alert', 'criteria.resource_id', ['resource_ids'], `${ALA} criteria.resource_id ConflictsWith`),
  r.conflictsWith('azurerm_monitor_activity_log_alert', 'criteria.resource_health', ['caller', 'service_health'], `${ALA} criteria.resource_health ConflictsWith`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.resource_health.current', ['Available', 'Degraded', 'Unavailable', 'Unknown'], `${ALA} criteria.resource_health.current StringInSlice`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.resource_health.previous', ['Available', 'Degraded', 'Unavailable', 'Unknown'], `${ALA} criteria.resource_health.previous StringInSlice`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.resource_health.reason', ['PlatformInitiated', 'UserInitiated', 'Unknown'], `${ALA} criteria.resource_health.reason StringInSlice`),
  r.oneOf('azurerm_monitor_activity_log_alert', 'criteria.service_health.events', ['Incident', 'Maintenance', 'Informational', 'ActionRequired', 'Security'], `${ALA} criteria.service_health.events StringInSlice`),

  // azurerm_private_endpoint, source: internal/services/network/private_endpoint_resource.go resourcePrivateEndpoint (commit 00290f3b, network API 2025-01-01);
  // names: internal/services/network/validate/private_link_name.go PrivateLinkName (commit 231248de)
  r.pattern('azurerm_private_endpoint', 'name', PRIVATE_LINK_NAME, PRIVATE_LINK_NAME_TEXT, 'internal/services/network/validate/private_link_name.go PrivateLinkName'),
  r.pattern('azurerm_private_endpoint', 'private_dns_zone_group.name', PRIVATE_LINK_NAME, PRIVATE_LINK_NAME_TEXT, 'internal/services/network/validate/private_link_name.go PrivateLinkName (private_dns_zone_group.name)'),
  r.pattern('azurerm_private_endpoint', 'private_service_connection.name', PRIVATE_LINK_NAME, PRIVATE_LINK_NAME_TEXT, 'internal/services/network/validate/private_link_name.go PrivateLinkName (private_service_connection.name)'),
  r.exactlyOneOf('azurerm_private_endpoint', ['private_service_connection.private_connection_resource_id', 'private_connection_resource_alias'], `${PE} private_service_connection.private_connection_resource_id ExactlyOneOf`),
  r.length('azurerm_private_endpoint', 'private_service_connection.request_message', 1, 140, `${PE} private_service_connection.request_message StringLenBetween(1, 140)`),

  // azurerm_private_dns_zone_virtual_network_link, source: internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go resourcePrivateDnsZoneVirtualNetworkLink (commit 034f9202); name has no validator
  r.length('azurerm_private_dns_zone_virtual_network_link', 'private_dns_zone_name', 1, undefined, 'internal/services/privatedns/private_dns_zone_virtual_network_link_resource.go resourcePrivateDnsZoneVirtualNetworkLink private_dns_zone_name StringIsNotEmpty'),

  // azurerm_role_assignment, source: internal/services/authorization/role_assignment_resource.go resourceArmRoleAssignment (commit 03ee9d8b)
  r.pattern('azurerm_role_assignment', 'name', UUID, 'a UUID', `${RA} name IsUUID`),
  r.pattern('azurerm_role_assignment', 'principal_id', UUID, 'a UUID', `${RA} principal_id IsUUID`),
  r.oneOf('azurerm_role_assignment', 'principal_type', ['User', 'Group', 'ServicePrincipal'], `${RA} principal_type StringInSlice`),
  r.exactlyOneOf('azurerm_role_assignment', ['role_definition_name', 'role_definition_id'], `${RA} role_definition_name ExactlyOneOf`),
  r.length('azurerm_role_assignment', 'role_definition_name', 1, undefined, `${RA} role_definition_name StringIsNotEmpty`),
  r.length('azurerm_role_assignment', 'description', 1, undefined, `${RA} description StringIsNotEmpty`),
  r.oneOf('azurerm_role_assignment', 'condition_version', ['1.0', '2.0'], `${RA} condition_version StringInSlice`),

  // azurerm_storage_blob, source: internal/services/storage/storage_blob_resource.go resourceStorageBlob (stored copy 084c2405 is newer than the tag;
  // only checks on arguments the 4.x schema shares are ported: name, type, the source ConflictsWith and parallelism)
  r.length('azurerm_storage_blob', 'name', 1, undefined, `${BLOB} name StringIsNotEmpty`),
  r.oneOf('azurerm_storage_blob', 'type', ['Append', 'Block', 'Page'], `${BLOB} type StringInSlice`),
  r.conflictsWith('azurerm_storage_blob', 'source', ['source_uri', 'source_content'], `${BLOB} source ConflictsWith`),
  r.conflictsWith('azurerm_storage_blob', 'source_content', ['source', 'source_uri'], `${BLOB} source_content ConflictsWith`),
  r.conflictsWith('azurerm_storage_blob', 'content_md5', ['source_uri'], `${BLOB} content_md5 ConflictsWith`),
  r.between('azurerm_storage_blob', 'parallelism', 1, undefined, `${BLOB} parallelism IntAtLeast(1)`),

  // azurerm_storage_account_static_website, source: internal/services/storage/storage_account_static_website_resource.go AccountStaticWebsiteResource.Arguments (commit 1edfe52d)
  r.atLeastOneOf('azurerm_storage_account_static_website', ['error_404_document', 'index_document'], 'internal/services/storage/storage_account_static_website_resource.go AccountStaticWebsiteResource.Arguments AtLeastOneOf'),
  r.length('azurerm_storage_account_static_website', 'error_404_document', 1, undefined, 'internal/services/storage/storage_account_static_website_resource.go AccountStaticWebsiteResource.Arguments error_404_document StringIsNotEmpty'),
  r.length('azurerm_storage_account_static_website', 'index_document', 3, 255, 'internal/services/storage/storage_account_static_website_resource.go AccountStaticWebsiteResource.Arguments index_document StringLenBetween(3, 255)'),
  r.notPattern('azurerm_storage_account_static_website', 'index_document', /\//, 'without a "/"', 'internal/services/storage/storage_account_static_website_resource.go AccountStaticWebsiteResource.Arguments index_document StringDoesNotContainAny("/")'),

  // azurerm_servicebus_topic, source: internal/services/servicebus/servicebus_topic_resource.go resourceServiceBusTopicSchema (commit 00413c90),
  // name: internal/services/servicebus/validate/topic_name.go TopicName (commit 4d31c328)
  r.pattern('azurerm_servicebus_topic', 'name', /^[A-Za-z0-9]$|^[A-Za-z0-9][\w\-.\/~]*[A-Za-z0-9]$/, 'letters, numbers, periods, hyphens, tildes, slashes and underscores, starting and ending with a letter or number', 'internal/services/servicebus/validate/topic_name.go TopicName'),
  r.oneOf('azurerm_servicebus_topic', 'status', ['Active', 'Disabled'], 'internal/services/servicebus/servicebus_topic_resource.go resourceServiceBusTopicSchema status StringInSlice(EntityStatusActive, EntityStatusDisabled)'),

  // azurerm_servicebus_subscription, name: internal/services/servicebus/validate/subscription_name.go SubscriptionName (commit 1408299e);
  // status: internal/services/servicebus/servicebus_subscription_resource.go resourceServiceBusSubscription (stored copy 03653e5a, 3.x)
  r.pattern('azurerm_servicebus_subscription', 'name', /^[a-zA-Z0-9][-._a-zA-Z0-9]{0,48}([a-zA-Z0-9])?$/, 'up to 50 letters, numbers, periods, hyphens and underscores, starting with a letter or number', 'internal/services/servicebus/validate/subscription_name.go SubscriptionName'),
  r.oneOf('azurerm_servicebus_subscription', 'status', ['Active', 'Disabled', 'ReceiveDisabled'], 'internal/services/servicebus/servicebus_subscription_resource.go resourceServiceBusSubscription status StringInSlice(EntityStatus*)'),

  // azurerm_app_configuration_feature, source: internal/services/appconfiguration/app_configuration_feature_resource.go FeatureResource.Arguments (commit 0100768b);
  // name and key: internal/services/appconfiguration/validate/app_configuration_feature_name.go (commit 5f735be2)
  r.notPattern('azurerm_app_configuration_feature', 'name', /[%:]/, 'without "%" or ":"', 'internal/services/appconfiguration/validate/app_configuration_feature_name.go AppConfigurationFeatureName'),
  r.pattern('azurerm_app_configuration_feature', 'name', NOT_WHITESPACE, 'not empty or whitespace only', 'internal/services/appconfiguration/validate/app_configuration_feature_name.go AppConfigurationFeatureName (StringIsNotWhiteSpace)'),
  r.notPattern('azurerm_app_configuration_feature', 'key', /%/, 'without "%"', 'internal/services/appconfiguration/validate/app_configuration_feature_name.go AppConfigurationFeatureKey'),
  r.pattern('azurerm_app_configuration_feature', 'key', NOT_WHITESPACE, 'not empty or whitespace only', 'internal/services/appconfiguration/validate/app_configuration_feature_name.go AppConfigurationFeatureKey (StringIsNotWhiteSpace)'),
  r.between('azurerm_app_configuration_feature', 'percentage_filter_value', 0, 100, `${FEAT} percentage_filter_value FloatBetween(0, 100)`),
  r.between('azurerm_app_configuration_feature', 'targeting_filter.default_rollout_percentage', 0, 100, `${FEAT} targeting_filter.default_rollout_percentage IntBetween(0, 100)`),
  r.between('azurerm_app_configuration_feature', 'targeting_filter.groups.rollout_percentage', 0, 100, `${FEAT} targeting_filter.groups.rollout_percentage IntBetween(0, 100)`),

  // azurerm_postgresql_flexible_server_database, source: internal/services/postgres/postgresql_flexible_server_database_resource.go resourcePostgresqlFlexibleServerDatabase
  // (stored copy 077561f8); validators from internal/services/postgres/validate (commits 70c48a11, 694f9e0d). collation is not ported: the stored
  // resource uses DatabaseCollation while validate/ also holds a newer PostgresqlFlexibleServerDatabaseCollation, and which one the tag uses was not read.
  r.length('azurerm_postgresql_flexible_server_database', 'name', 1, 63, 'internal/services/postgres/validate/flexible_server_database_name.go FlexibleServerDatabaseName'),
  r.pattern('azurerm_postgresql_flexible_server_database', 'name', /^[a-zA-Z\-_]/, 'starting with a letter, "-" or "_"', 'internal/services/postgres/validate/flexible_server_database_name.go FlexibleServerDatabaseName'),
  r.pattern('azurerm_postgresql_flexible_server_database', 'name', /^[a-zA-Z0-9\-_]+$/, 'only letters, numbers, "-" and "_"', 'internal/services/postgres/validate/flexible_server_database_name.go FlexibleServerDatabaseName'),
  r.oneOf('azurerm_postgresql_flexible_server_database', 'charset', ['BIG5', 'EUC_CN', 'EUC_JP', 'EUC_JIS_2004', 'EUC_KR', 'EUC_TW', 'GB18030', 'GBK', 'ISO_8859_5', 'ISO_8859_6', 'ISO_8859_7', 'ISO_8859_8', 'JOHAB', 'KOI8R', 'KOI8U', 'LATIN1', 'LATIN2', 'LATIN3', 'LATIN4', 'LATIN5', 'LATIN6', 'LATIN7', 'LATIN8', 'LATIN9', 'LATIN10', 'MULE_INTERNAL', 'SJIS', 'SHIFT_JIS_2004', 'SQL_ASCII', 'UHC', 'UTF8', 'WIN866', 'WIN874', 'WIN1250', 'WIN1251', 'WIN1252', 'WIN1253', 'WIN1254', 'WIN1255', 'WIN1256', 'WIN1257', 'WIN1258'], 'internal/services/postgres/validate/database_charset.go DatabaseCharset', true),

  // azurerm_postgresql_flexible_server_active_directory_administrator, source: internal/services/postgres/postgresql_flexible_server_active_directory_administrator_resource.go
  // resourcePostgresqlFlexibleServerAdministrator (stored copy 084c2405, newer than the tag; the schema is unchanged from 4.x)
  r.pattern('azurerm_postgresql_flexible_server_active_directory_administrator', 'object_id', UUID, 'a UUID', `${PGAD} object_id IsUUID`),
  r.pattern('azurerm_postgresql_flexible_server_active_directory_administrator', 'tenant_id', UUID, 'a UUID', `${PGAD} tenant_id IsUUID`),
  r.length('azurerm_postgresql_flexible_server_active_directory_administrator', 'principal_name', 1, undefined, `${PGAD} principal_name StringIsNotEmpty`),
  r.oneOf('azurerm_postgresql_flexible_server_active_directory_administrator', 'principal_type', ['Group', 'ServicePrincipal', 'User'], `${PGAD} principal_type StringInSlice(PrincipalType*)`),

  // azurerm_resource_group_template_deployment, source: internal/services/resource/resource_group_template_deployment_resource.go resourceGroupTemplateDeploymentResource
  // (commit 0102f942); name: internal/services/resource/validate/template_deployment_name.go TemplateDeploymentName (commit 231248de)
  r.pattern('azurerm_resource_group_template_deployment', 'name', /^[a-zA-Z0-9\-._()]+$/, 'only letters, numbers, dashes, periods, underscores and parentheses', 'internal/services/resource/validate/template_deployment_name.go TemplateDeploymentName'),
  r.oneOf('azurerm_resource_group_template_deployment', 'deployment_mode', ['Complete', 'Incremental'], `${TD} deployment_mode StringInSlice(DeploymentMode*)`),
  r.exactlyOneOf('azurerm_resource_group_template_deployment', ['template_content', 'template_spec_version_id'], `${TD} template_content ExactlyOneOf`),

  // azurerm_portal_dashboard, source: internal/services/portal/portal_dashboard_resource.go resourcePortalDashboard (commit 01c06cc8); name: internal/services/portal/validate/dashboard_name.go DashboardName (commit 70c48a11)
  r.length('azurerm_portal_dashboard', 'name', undefined, 160, 'internal/services/portal/validate/dashboard_name.go DashboardName'),
  r.pattern('azurerm_portal_dashboard', 'name', /^[-\w]+$/, 'only letters, numbers, underscores and hyphens', 'internal/services/portal/validate/dashboard_name.go DashboardName'),

  // azurerm_elastic_cloud_elasticsearch, source: internal/services/elastic/elasticsearch_resource.go resourceElasticsearch (stored copy 0b7e48ce);
  // validators: internal/services/elastic/validate/elasticsearch_name.go (commit 5840fc7d), email_address.go (commit 2df76691)
  r.pattern('azurerm_elastic_cloud_elasticsearch', 'name', /^[a-zA-Z0-9_-]{2,32}$/, '2 to 32 letters, numbers, underscores and hyphens', 'internal/services/elastic/validate/elasticsearch_name.go ElasticsearchName'),
  r.pattern('azurerm_elastic_cloud_elasticsearch', 'elastic_cloud_email_address', /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/, 'an email address', 'internal/services/elastic/validate/email_address.go ElasticEmailAddress'),

  // azurerm_linux_web_app_slot, source: internal/services/appservice/linux_web_app_slot_resource.go LinuxWebAppSlotResource.Arguments (stored copy 0055cc03): name uses WebAppName
  r.pattern('azurerm_linux_web_app_slot', 'name', /^[0-9a-zA-Z-]{1,60}$/, 'up to 60 alphanumeric characters and dashes', 'internal/services/appservice/validate/web_app_name.go WebAppName (linux_web_app_slot_resource.go name)'),
  // site_config: internal/services/appservice/helpers/web_app_slot_schema.go SiteConfigSchemaLinuxWebAppSlot (stored copy read by content; the 4.x layout with webapps
  // SDK types and remote_debugging_version widened unless FivePointOh). ftps_state and minimum_tls_version use webapps.PossibleValuesFor* whose values were not read.
  r.between('azurerm_linux_web_app_slot', 'site_config.health_check_eviction_time_in_min', 2, 10, `${SLOT} health_check_eviction_time_in_min IntBetween(2, 10)`),
  r.requiredWith('azurerm_linux_web_app_slot', 'site_config.health_check_eviction_time_in_min', ['health_check_path'], `${SLOT} health_check_eviction_time_in_min RequiredWith`),
  r.requiredWith('azurerm_linux_web_app_slot', 'site_config.health_check_path', ['health_check_eviction_time_in_min'], `${SLOT} health_check_path RequiredWith`),
  r.between('azurerm_linux_web_app_slot', 'site_config.worker_count', 1, 100, `${SLOT} worker_count IntBetween(1, 100)`),
  r.length('azurerm_linux_web_app_slot', 'site_config.auto_swap_slot_name', 1, undefined, `${SLOT} auto_swap_slot_name StringIsNotEmpty`),
  r.oneOf('azurerm_linux_web_app_slot', 'site_config.remote_debugging_version', ['VS2017', 'VS2019', 'VS2022'], `${SLOT} remote_debugging_version StringInSlice (4.x: VS2017, VS2019, VS2022)`),

  // azurerm_container_group, source: internal/services/containers/container_group_resource.go resourceContainerGroup (stored copy 026ed4fb,
  // containerinstance 2025-09-01; the same validators as the 4.x copy 61eeae54 the principal bootstrap cites)
  r.length('azurerm_container_group', 'name', 1, undefined, `${ACI} name StringIsNotEmpty`),
  r.oneOf('azurerm_container_group', 'ip_address_type', ['Public', 'Private', 'None'], `${ACI} ip_address_type StringInSlice(Public, Private, None)`),
  r.oneOf('azurerm_container_group', 'os_type', ['Windows', 'Linux'], `${ACI} os_type StringInSlice(Windows, Linux)`),
  r.oneOf('azurerm_container_group', 'restart_policy', ['Always', 'Never', 'OnFailure'], `${ACI} restart_policy StringInSlice(Always, Never, OnFailure)`),
  r.conflictsWith('azurerm_container_group', 'subnet_ids', ['dns_name_label'], `${ACI} subnet_ids ConflictsWith`),
  r.length('azurerm_container_group', 'container.name', 1, undefined, `${ACI} container.name StringIsNotEmpty`),
  r.length('azurerm_container_group', 'container.image', 1, undefined, `${ACI} container.image StringIsNotEmpty`),
  r.between('azurerm_container_group', 'container.ports.port', 1, 65535, `${ACI} container.ports.port validate.PortNumber`),
  r.oneOf('azurerm_container_group', 'container.ports.protocol', ['TCP', 'UDP'], `${ACI} container.ports.protocol StringInSlice(TCP, UDP)`),
  r.length('azurerm_container_group', 'container.volume.name', 1, undefined, `${ACI} containerVolumeSchema name StringIsNotEmpty`),
  r.length('azurerm_container_group', 'container.volume.mount_path', 1, undefined, `${ACI} containerVolumeSchema mount_path StringIsNotEmpty`),

  // azurerm_monitor_workspace, source: internal/services/monitor/monitor_workspace_resource.go WorkspaceResource.Arguments (commit 1b21c358)
  r.length('azurerm_monitor_workspace', 'name', 1, undefined, 'internal/services/monitor/monitor_workspace_resource.go WorkspaceResource.Arguments name StringIsNotEmpty'),
];

/**
 * Emitted azure types whose provider schema was read and has no plan-time validator on the arguments the
 * library sets. Each cites the file and function read; see ReviewedType.
 */
export const AZURE_REVIEWED_TYPES: readonly ReviewedType[] = [
  reviewed('azurerm_private_dns_zone', 'internal/services/privatedns/private_dns_zone_resource.go resourcePrivateDnsZone', 'name has no ValidateFunc; only soa_record (not emitted) carries validators; stored copy 01c3adc1'),
  reviewed('azurerm_user_assigned_identity', 'internal/services/managedidentity/user_assigned_identity_resource.go UserAssignedIdentityResource.Arguments', 'name has no ValidateFunc; isolation_scope (StringInSlice Regional) is not emitted; commit 07080b78'),
  reviewed('azurerm_subnet_nat_gateway_association', 'internal/services/network/subnet_nat_gateway_association_resource.go resourceSubnetNatGatewayAssociation', 'subnet_id and nat_gateway_id only, both resource-ID validators (always tokens here); commit 033f40eb'),
  reviewed('azurerm_subnet_network_security_group_association', 'internal/services/network/subnet_network_security_group_association_resource.go resourceSubnetNetworkSecurityGroupAssociation', 'subnet_id and network_security_group_id only, both resource-ID validators (always tokens here); commit 033f40eb'),
  reviewed('azurerm_nat_gateway_public_ip_association', 'internal/services/network/nat_gateway_public_ip_association_resource.go resourceNATGatewayPublicIpAssociation', 'nat_gateway_id and public_ip_address_id only, both resource-ID validators (always tokens here); stored copy 1129711b'),
];
