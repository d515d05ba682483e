/**
 * Azure platform facts, one table per kind: the Azure Monitor metrics alerts may use (with the
 * aggregations each accepts), the diagnostic categories each resource type exports, and what a
 * subscription needs before a stack deploys. Code reads these tables; a metric or a resource type
 * that is not here is an error at synth (metrics) or gets no diagnostic setting, never a guess.
 *
 * Metric rows were read on 2026-12-02 from MicrosoftDocs/azure-reference-other,
 * `azure-monitor-ref/supported-metrics/includes/<type>-metrics-include.md` (the generated source of
 * learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/<type>-metrics): the
 * Aggregation column lists the aggregations a metric accepts.
 */
import { MetricRef, Statistic } from '../core/blueprint';

/**
 * Azure metric alert `aggregation`. Static metric alerts have no percentiles: p95 is watched as the
 * maximum, which fires no later than the p95 would.
 */
export const AZURE_AGGREGATION: Record<Statistic, string> = {
  [Statistic.AVERAGE]: 'Average',
  [Statistic.MAXIMUM]: 'Maximum',
  [Statistic.MINIMUM]: 'Minimum',
  [Statistic.SUM]: 'Total',
  [Statistic.P95]: 'Maximum',
};

/** An Azure Monitor metric alert aggregation. */
export enum AzureAggregation {
  AVERAGE = 'Average',
  MINIMUM = 'Minimum',
  MAXIMUM = 'Maximum',
  TOTAL = 'Total',
  COUNT = 'Count',
}

export interface AzureMetricFact {
  /** Metric namespace as the alert takes it (the resource type). Compared case-insensitively. */
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly string[];
  /** The aggregations the metric accepts. */
  readonly aggregations: readonly AzureAggregation[];
  /**
   * The aggregation that stands for a sum when the metric has no `Total` (Application Insights
   * counts accept `Count` only: it is the number of items in the window).
   * @default - Total
   */
  readonly sumAs?: AzureAggregation;
  readonly source: string;
}

const INC = (type: string) => `source: MicrosoftDocs/azure-reference-other azure-monitor-ref/supported-metrics/includes/${type}-metrics-include.md (read 2026-12-02)`;
const { AVERAGE, MINIMUM, MAXIMUM, TOTAL, COUNT } = AzureAggregation;

/** Every Azure Monitor metric an alert or an autoscale rule of this library uses. */
export const AZURE_METRIC_FACTS: readonly AzureMetricFact[] = [
  { namespace: 'Microsoft.AppConfiguration/configurationStores', metricName: 'ThrottledHttpRequestCount', dimensions: ['Endpoint'], aggregations: [TOTAL], source: INC('microsoft-appconfiguration-configurationstores') },
  { namespace: 'Microsoft.Cache/redisEnterprise', metricName: 'percentProcessorTime', dimensions: ['InstanceId'], aggregations: [MAXIMUM], source: INC('microsoft-cache-redisenterprise') },
  { namespace: 'Microsoft.Cache/redisEnterprise', metricName: 'usedmemorypercentage', dimensions: [], aggregations: [MAXIMUM], source: INC('microsoft-cache-redisenterprise') },
  { namespace: 'Microsoft.Cache/redisEnterprise', metricName: 'evictedkeys', dimensions: [], aggregations: [TOTAL], source: INC('microsoft-cache-redisenterprise') },
  { namespace: 'Microsoft.Cdn/profiles', metricName: 'Percentage5XX', dimensions: ['Endpoint', 'ClientRegion', 'ClientCountry'], aggregations: [AVERAGE], source: INC('microsoft-cdn-profiles') },
  { namespace: 'Microsoft.Cdn/profiles', metricName: 'OriginHealthPercentage', dimensions: ['Origin', 'OriginGroup'], aggregations: [AVERAGE], source: INC('microsoft-cdn-profiles') },
  { namespace: 'Microsoft.Cdn/profiles', metricName: 'WebApplicationFirewallRequestCount', dimensions: ['PolicyName', 'RuleName', 'Action'], aggregations: [TOTAL], source: INC('microsoft-cdn-profiles') },
  { namespace: 'Microsoft.Compute/virtualMachineScaleSets', metricName: 'Percentage CPU', dimensions: [], aggregations: [AVERAGE], source: INC('microsoft-compute-virtualmachinescalesets') + ' (its dimensions were not read: none used)' },
  { namespace: 'Microsoft.DBforPostgreSQL/flexibleServers', metricName: 'cpu_percent', dimensions: [], aggregations: [AVERAGE, MAXIMUM, MINIMUM], source: INC('microsoft-dbforpostgresql-flexibleservers') },
  { namespace: 'Microsoft.DBforPostgreSQL/flexibleServers', metricName: 'storage_percent', dimensions: [], aggregations: [AVERAGE, MAXIMUM, MINIMUM], source: INC('microsoft-dbforpostgresql-flexibleservers') },
  { namespace: 'Microsoft.DBforPostgreSQL/flexibleServers', metricName: 'active_connections', dimensions: [], aggregations: [AVERAGE, MAXIMUM, MINIMUM], source: INC('microsoft-dbforpostgresql-flexibleservers') },
  { namespace: 'Microsoft.DBforPostgreSQL/flexibleServers', metricName: 'physical_replication_delay_in_seconds', dimensions: [], aggregations: [MAXIMUM, MINIMUM, AVERAGE], source: INC('microsoft-dbforpostgresql-flexibleservers') },
  {
    namespace: 'microsoft.insights/components', metricName: 'requests/failed', aggregations: [COUNT], sumAs: COUNT,
    dimensions: ['request/performanceBucket', 'request/resultCode', 'request/success', 'operation/synthetic', 'cloud/roleInstance', 'cloud/roleName'], source: INC('microsoft-insights-components'),
  },
  {
    namespace: 'microsoft.insights/components', metricName: 'requests/duration', aggregations: [AVERAGE, MAXIMUM, MINIMUM],
    dimensions: ['request/performanceBucket', 'request/resultCode', 'operation/synthetic', 'cloud/roleInstance', 'request/success', 'cloud/roleName'], source: INC('microsoft-insights-components'),
  },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'AvgRequestCountPerHealthyHost', dimensions: ['BackendSettingsPool'], aggregations: [AVERAGE], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'UnhealthyHostCount', dimensions: ['BackendSettingsPool'], aggregations: [AVERAGE], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'FailedRequests', dimensions: ['BackendSettingsPool'], aggregations: [TOTAL], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'BackendResponseStatus', dimensions: ['BackendServer', 'BackendPool', 'BackendHttpSetting', 'HttpStatusGroup'], aggregations: [TOTAL], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'BackendLastByteResponseTime', dimensions: ['Listener', 'BackendServer', 'BackendPool', 'BackendHttpSetting'], aggregations: [AVERAGE, MAXIMUM], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/applicationGateways', metricName: 'AzwafTotalRequests', dimensions: ['Action', 'CountryCode', 'Method', 'Mode', 'PolicyName', 'PolicyScope'], aggregations: [TOTAL], source: INC('microsoft-network-applicationgateways') },
  { namespace: 'Microsoft.Network/natGateways', metricName: 'SNATConnectionCount', dimensions: ['Protocol', 'ConnectionState'], aggregations: [TOTAL], source: INC('microsoft-network-natgateways') },
  { namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'NamespaceCpuUsage', dimensions: ['Replica'], aggregations: [MAXIMUM], source: INC('microsoft-servicebus-namespaces') },
  { namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'ActiveMessages', dimensions: ['EntityName'], aggregations: [AVERAGE, MINIMUM, MAXIMUM], source: INC('microsoft-servicebus-namespaces') },
  { namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'DeadletteredMessages', dimensions: ['EntityName'], aggregations: [AVERAGE, MINIMUM, MAXIMUM], source: INC('microsoft-servicebus-namespaces') },
  { namespace: 'Microsoft.Web/serverfarms', metricName: 'CpuPercentage', dimensions: ['Instance'], aggregations: [AVERAGE], source: INC('microsoft-web-serverfarms') },
  { namespace: 'Microsoft.Web/sites', metricName: 'Http4xx', dimensions: ['Instance'], aggregations: [TOTAL], source: INC('microsoft-web-sites') },
  { namespace: 'Microsoft.Web/sites', metricName: 'Http5xx', dimensions: ['Instance'], aggregations: [TOTAL], source: INC('microsoft-web-sites') },
];

/** The fact for a metric (namespace compared case-insensitively, as Azure Monitor does). */
export function azureMetricFact(namespace: string, metricName: string): AzureMetricFact | undefined {
  return AZURE_METRIC_FACTS.find((f) => f.namespace.toLowerCase() === namespace.toLowerCase() && f.metricName === metricName);
}

/**
 * The alert aggregation for a statistic on a metric, read from the table: the neutral mapping
 * (AZURE_AGGREGATION) when the metric accepts it, the metric's `sumAs` for a sum, else undefined.
 */
export function azureAggregationFor(fact: AzureMetricFact, statistic: Statistic): AzureAggregation | undefined {
  const wanted = AZURE_AGGREGATION[statistic] as AzureAggregation;
  if (fact.aggregations.includes(wanted)) return wanted;
  if (statistic === Statistic.SUM && fact.sumAs !== undefined && fact.aggregations.includes(fact.sumAs)) return fact.sumAs;
  return undefined;
}

/** What is wrong with a metric reference against the table (empty when it is a known fact). */
export function azureMetricProblems(metric: MetricRef, statistic: Statistic): string[] {
  const fact = azureMetricFact(metric.namespace, metric.metricName);
  if (!fact) return [`${metric.namespace}/${metric.metricName} is not in AZURE_METRIC_FACTS`];
  const out: string[] = [];
  if (azureAggregationFor(fact, statistic) === undefined) out.push(`${metric.namespace}/${metric.metricName} accepts ${fact.aggregations.join(', ')}, which cannot express ${statistic}`);
  const unknown = (metric.dimensions ?? []).map((d) => d.name).filter((n) => !fact.dimensions.includes(n));
  if (unknown.length > 0) out.push(`${metric.namespace}/${metric.metricName} has no dimension ${unknown.join(', ')}`);
  return out;
}

// ── Diagnostic settings ─────────────────────────────────────────────────────────────────────────

/** What a resource type can send to Log Analytics through a diagnostic setting. */
export interface DiagnosticSupport {
  /** `allLogs` when the type has resource logs and accepts the category group; absent otherwise. */
  readonly logCategoryGroup?: string;
  /** Explicit log categories, for types with resource logs whose category groups are not sourced (App Service). */
  readonly logCategories?: readonly string[];
  /** Metric categories (`AllMetrics`, or the type's own, e.g. storage `Transaction`); empty when none. */
  readonly metricCategories: string[];
  readonly source?: string;
}

/**
 * Log rows: read on 2026-12-02 from MicrosoftDocs/azure-reference-other,
 * `azure-monitor-ref/supported-logs/includes/<type>-logs-include.md` (the generated source of
 * learn.microsoft.com/azure/azure-monitor/reference/supported-logs/<type>-logs): the type lists at
 * least one resource-log category.
 *
 * Category groups (read 2026-12-02 from MicrosoftDocs/azure-monitor-docs
 * articles/azure-monitor/platform/diagnostic-settings.md@0787e5ad7659, "Category groups"): not all
 * services use them; `allLogs` is every category of the resource. Which types accept it: read the
 * same day from Azure/azure-policy
 * built-in-policies/policySetDefinitions/Monitoring/AzureMonitor_DiagSettings_logAnalytics_allLogs.json@8c51796d278c
 * (the built-in initiative "Enable allLogs category group resource logging for supported resources
 * to Log Analytics"), whose resourceTypeList names each type it deploys `allLogs` to. Microsoft.Web/sites
 * (and its slots) is not in that list: for those rows `allLogs` is unsourced.
 *
 * `AllMetrics` (same diagnostic-settings page): the metric category to select; "metric categories
 * other than AllMetrics aren't supported, except for a limited number of Azure services" (storage
 * is one: see its row); which metrics export is the DS Export column of each supported-metrics page.
 */
const DS = 'diagnostic-settings.md@0787e5ad7659 (AllMetrics)';
const ALL_LOGS = (rt: string) => `allLogs: ${rt} is in the resourceTypeList of AzureMonitor_DiagSettings_logAnalytics_allLogs.json@8c51796d278c; ${DS}`;
/**
 * Microsoft.Web/sites takes no category group we can source (it is not in the allLogs initiative's
 * resourceTypeList, and Azure/azure-policy issue #1587 (2026-06) reports the initiative refusing it),
 * so App Service rows list categories. Web apps (Linux, container): the categories marked "Yes" for
 * Linux Container in MicrosoftDocs/azure-docs articles/app-service/monitor-app-service-reference.md
 * @046d4db5 ("Resource logs": AppServiceAppLogs is Java SE/Tomcat only on Linux, AppServiceFileAuditLogs
 * "TBA" on Linux, AppServiceAntivirusScanAuditLogs Premium only). Function apps: "The log specific to
 * Azure Functions is FunctionAppLogs" (azure-docs articles/azure-functions/monitor-functions-reference.md).
 */
const WEB_APP_LOGS = ['AppServiceHTTPLogs', 'AppServiceConsoleLogs', 'AppServiceAuditLogs', 'AppServiceIPSecAuditLogs', 'AppServicePlatformLogs'] as const;
const FUNCTION_APP_LOGS = ['FunctionAppLogs'] as const;
/** Windows web apps: the "Yes" rows of the Windows column of the same table (console logs are Java only, platform logs "TBA"). */
const WINDOWS_WEB_APP_LOGS = ['AppServiceHTTPLogs', 'AppServiceAuditLogs', 'AppServiceIPSecAuditLogs'] as const;
const WEB_LOGS = `categories: MicrosoftDocs/azure-docs app-service/monitor-app-service-reference.md@046d4db5, Linux Container column (read 2026-12-02); no category group (not in the allLogs initiative); ${DS}`;
const WINDOWS_WEB_LOGS = `categories: MicrosoftDocs/azure-docs app-service/monitor-app-service-reference.md@046d4db5, Windows column (read 2026-12-02); no category group (not in the allLogs initiative); ${DS}`;
const FUNCTION_LOGS = `categories: FunctionAppLogs, "the log specific to Azure Functions" (azure-docs azure-functions/monitor-functions-reference.md, read 2026-12-02); no category group (not in the allLogs initiative); ${DS}`;
const LOGS = (type: string, categories: string, groups?: string) => `source: MicrosoftDocs/azure-reference-other azure-monitor-ref/supported-logs/includes/${type}-logs-include.md (read 2026-12-02): ${categories}${groups ? `; ${groups}` : ''}`;
/** Types without resource logs: no supported-logs include exists for them in that repository (looked up 2026-12-02). */
const NO_LOGS = (type: string) => `no azure-monitor-ref/supported-logs/includes/${type}-logs-include.md in MicrosoftDocs/azure-reference-other (looked up 2026-12-02): no resource logs`;

/**
 * The azurerm resource types that take a diagnostic setting, with what they export. Monitoring adds
 * a setting to every resource of these types in its stack, and the facts test rejects a setting on
 * any other type or with other categories. Sub-resources (storage blob services, Redis databases)
 * are not listed: their id is not the resource's. Types with neither logs nor metrics are absent.
 */
export const AZURE_DIAGNOSTIC_TYPES: Readonly<Record<string, DiagnosticSupport>> = {
  azurerm_api_management: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-apimanagement-service', 'GatewayLogs, WebSocketConnectionLogs', ALL_LOGS('microsoft.apimanagement/service')) },
  azurerm_app_configuration: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-appconfiguration-configurationstores', 'Audit, HttpRequest', ALL_LOGS('microsoft.appconfiguration/configurationstores')) },
  azurerm_application_gateway: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-applicationgateways', 'ApplicationGatewayAccessLog, ApplicationGatewayFirewallLog, ApplicationGatewayPerformanceLog', ALL_LOGS('microsoft.network/applicationgateways')) },
  azurerm_cdn_frontdoor_profile: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-cdn-profiles', 'AzureCdnAccessLog, FrontDoorAccessLog, FrontDoorHealthProbeLog, FrontDoorWebApplicationFirewallLog', ALL_LOGS('microsoft.cdn/profiles')) },
  azurerm_container_app_environment: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-app-managedenvironments', 'ContainerAppConsoleLogs, ContainerAppSystemLogs, AppEnvSpringAppConsoleLogs', ALL_LOGS('microsoft.app/managedenvironments')) },
  azurerm_eventgrid_topic: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-eventgrid-topics', 'DataPlaneRequests, DeliveryFailures, PublishFailures', ALL_LOGS('microsoft.eventgrid/topics')) },
  azurerm_function_app_flex_consumption: { logCategories: FUNCTION_APP_LOGS, metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more', FUNCTION_LOGS) },
  azurerm_key_vault: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-keyvault-vaults', 'AuditEvent, AzurePolicyEvaluationDetails', ALL_LOGS('microsoft.keyvault/vaults')) },
  azurerm_linux_function_app: { logCategories: FUNCTION_APP_LOGS, metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more', FUNCTION_LOGS) },
  azurerm_linux_virtual_machine_scale_set: { metricCategories: ['AllMetrics'], source: `source: ${NO_LOGS('microsoft-compute-virtualmachinescalesets')}; metrics: ${INC('microsoft-compute-virtualmachinescalesets')}` },
  azurerm_linux_web_app: { logCategories: WEB_APP_LOGS, metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more', WEB_LOGS) },
  azurerm_linux_web_app_slot: { logCategories: WEB_APP_LOGS, metricCategories: ['AllMetrics'], source: LOGS('Microsoft-Web-sites-slots', 'the Microsoft.Web/sites categories but WorkflowRuntime', WEB_LOGS) },
  azurerm_managed_redis: { metricCategories: ['AllMetrics'], source: `source: ${NO_LOGS('microsoft-cache-redisenterprise')}; ${LOGS('microsoft-cache-redisenterprise-databases', 'ConnectionEvents').slice('source: '.length)}, on the database sub-resource; metrics: ${INC('microsoft-cache-redisenterprise')}` },
  azurerm_nat_gateway: { metricCategories: ['AllMetrics'], source: INC('microsoft-network-natgateways') + ': DS Export Yes; no resource logs' },
  azurerm_network_security_group: { logCategoryGroup: 'allLogs', metricCategories: [], source: LOGS('microsoft-network-networksecuritygroups', 'NetworkSecurityGroupEvent, NetworkSecurityGroupRuleCounter, NetworkSecurityGroupFlowEvent', ALL_LOGS('microsoft.network/networksecuritygroups')) + ': logs only, no metrics' },
  azurerm_postgresql_flexible_server: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-dbforpostgresql-flexibleservers', 'PostgreSQLLogs, PostgreSQLFlexSessions, PostgreSQLFlexQueryStoreRuntime and 3 more', ALL_LOGS('microsoft.dbforpostgresql/flexibleservers')) },
  azurerm_public_ip: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-publicipaddresses', 'DDoSProtectionNotifications, DDoSMitigationFlowLogs, DDoSMitigationReports', ALL_LOGS('microsoft.network/publicipaddresses')) },
  azurerm_search_service: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-search-searchservices', 'OperationLogs', ALL_LOGS('microsoft.search/searchservices')) },
  azurerm_service_plan: { metricCategories: ['AllMetrics'], source: `${INC('microsoft-web-serverfarms')}: DS Export Yes; ${NO_LOGS('microsoft-web-serverfarms')}` },
  azurerm_servicebus_namespace: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-servicebus-namespaces', 'OperationalLogs, RuntimeAuditLogs, VNetAndIPFilteringLogs, ApplicationMetricsLogs', ALL_LOGS('microsoft.servicebus/namespaces')) },
  azurerm_storage_account: { metricCategories: ['Transaction'], source: `source: ${NO_LOGS('microsoft-storage-storageaccounts')} at account level (the blobServices include exists: logs are on the services); metric category Transaction: ${INC('microsoft-storage-storageaccounts')}, its Category column: the Transaction metrics (Transactions, Ingress, Egress, Availability, latencies) have DS Export Yes, the Capacity metric UsedCapacity has DS Export No; storage is one of the services with metric categories other than AllMetrics (${DS})` },
  azurerm_virtual_network: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-virtualnetworks', 'VMProtectionAlerts', ALL_LOGS('microsoft.network/virtualnetworks')) },
  azurerm_windows_web_app: { logCategories: WINDOWS_WEB_APP_LOGS, metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more', WINDOWS_WEB_LOGS) },
};

// ── Subscription prerequisites ──────────────────────────────────────────────────────────────────

/**
 * Resource providers a stack's resource types need that azurerm 4.55 does not register with its
 * default `resource_provider_registrations = "legacy"` set (internal/resourceproviders/required.go,
 * func Legacy, read 2026-12-02 at a commit near v4.55.0). Register them once per subscription
 * (`az provider register --namespace <rp>`).
 */
export const AZURE_UNREGISTERED_PROVIDERS: readonly { readonly namespace: string; readonly neededBy: readonly string[]; readonly source: string }[] = [
  { namespace: 'Microsoft.Elastic', neededBy: ['azurerm_elastic_cloud_elasticsearch'], source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set' },
  { namespace: 'Microsoft.Consumption', neededBy: ['azurerm_consumption_budget_resource_group'], source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set' },
  { namespace: 'Microsoft.Portal', neededBy: ['azurerm_portal_dashboard'], source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set' },
  { namespace: 'Microsoft.Monitor', neededBy: ['azurerm_monitor_workspace'], source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set' },
  {
    namespace: 'Microsoft.App', neededBy: ['azurerm_container_app_environment', 'azurerm_container_app', 'azurerm_function_app_flex_consumption'],
    source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set; Flex Consumption VNet integration delegates its subnet to Microsoft.App/environments (AzureNetwork DELEGATIONS): learn.microsoft.com/azure/azure-functions/flex-consumption-plan (read 2026-12-02 from MicrosoftDocs/azure-docs articles/azure-functions/flex-consumption-plan.md@0064c4bac363, Considerations: ensure the Microsoft.App resource provider is enabled; the subnet delegation required by Flex Consumption apps is Microsoft.App/environments)',
  },
];

/** What else a subscription or the deployer must have, that the library cannot create. */
export const AZURE_SUBSCRIPTION_PREREQUISITES: readonly { readonly what: string; readonly neededBy: readonly string[]; readonly source: string }[] = [
  { what: 'The deployer holds Owner, or Contributor + Role Based Access Control Administrator, on the subscription (the stacks create role assignments)', neededBy: ['azurerm_role_assignment'], source: 'source: learn.microsoft.com/azure/role-based-access-control/built-in-roles/privileged (read 2026-12-02): Contributor has NotActions Microsoft.Authorization/*/Write, so it cannot create role assignments; Owner can. Read 2026-12-02 from MicrosoftDocs/azure-docs articles/role-based-access-control/role-assignments-steps.md@0150a132b9e8: Contributor cannot assign roles in Azure RBAC, Role Based Access Control Administrator (and User Access Administrator) can; assigning needs Microsoft.Authorization/roleAssignments/write' },
  {
    what: 'The deployer holds Owner on the subscription to create the Elastic resource (the Elastic integration can only be created by users with Owner access)',
    neededBy: ['azurerm_elastic_cloud_elasticsearch'],
    source: 'source: learn.microsoft.com/azure/partner-solutions/elastic/create (read 2026-12-02 from MicrosoftDocs/azure-docs articles/partner-solutions/elastic/create.md@018ca4607254, Prerequisites: subscription owner). The carried-over row asked to accept the marketplace terms with az term accept: the page does not say so (it shows the offer terms on Review + create), so that step is unsourced and no longer listed',
  },
  {
    what: 'Cost anomaly alerts: a subscription scope (anomaly alert rules are created only there, at most five per subscription), not Azure Government; the deployer has Cost Management Contributor or more (Microsoft.CostManagement/scheduledActions/write) and keeps Reader on the subscription, since the e-mail is sent with its access. Anomaly detection starts once a Cost analysis smart view has been opened for the subscription (status within 24 hours)',
    neededBy: ['azurerm_cost_anomaly_alert'],
    source: 'source: learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges (read 2026-12-02 from MicrosoftDocs/azure-docs articles/cost-management-billing/understand/analyze-unexpected-charges.md@1c6897046941). The carried-over row said some offer types have no Cost Management data: the page does not say so (unsourced, dropped)',
  },
  {
    what: 'Quota in the region: the VM-family vCPU quota of the scale sets, the App Service quota of the plan, and the Flex Consumption memory quota (512,000 MB of instance memory per region and subscription during the preview; App Service quota limits also apply to new Flex Consumption apps)',
    neededBy: ['azurerm_linux_virtual_machine_scale_set', 'azurerm_service_plan', 'azurerm_function_app_flex_consumption'],
    source: 'source: learn.microsoft.com/azure/quotas/view-quotas (read 2026-12-02 from MicrosoftDocs/azure-docs articles/quotas/view-quotas.md@4ab8b4aaec3c: My quotas shows usage per provider and location; VM-family vCPU quota requests); Flex Consumption: articles/azure-functions/flex-consumption-plan.md@0064c4bac363 (Regional subscription memory quotas; Considerations, Regions)',
  },
];
