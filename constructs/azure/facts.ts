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
import { AZURE_AGGREGATION } from '../core/monitoring';

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
  /** `allLogs` when the type has resource logs; absent when it has none. */
  readonly logCategoryGroup?: string;
  /** Metric categories (`AllMetrics`, or the type's own, e.g. storage `Transaction`); empty when none. */
  readonly metricCategories: string[];
  readonly source?: string;
}

/**
 * Log rows: read on 2026-12-02 from MicrosoftDocs/azure-reference-other,
 * `azure-monitor-ref/supported-logs/includes/<type>-logs-include.md` (the generated source of
 * learn.microsoft.com/azure/azure-monitor/reference/supported-logs/<type>-logs): the type lists at
 * least one resource-log category. That the type also accepts the `allLogs` category group and the
 * `AllMetrics` metric category was not re-read (carried over).
 */
const LOGS = (type: string, categories: string) => `source: MicrosoftDocs/azure-reference-other azure-monitor-ref/supported-logs/includes/${type}-logs-include.md (read 2026-12-02): ${categories}`;
/** Types without resource logs: no supported-logs include exists for them in that repository (looked up 2026-12-02). */
const NO_LOGS = (type: string) => `no azure-monitor-ref/supported-logs/includes/${type}-logs-include.md in MicrosoftDocs/azure-reference-other (looked up 2026-12-02): no resource logs`;

/**
 * The azurerm resource types that take a diagnostic setting, with what they export. Monitoring adds
 * a setting to every resource of these types in its stack, and the facts test rejects a setting on
 * any other type or with other categories. Sub-resources (storage blob services, Redis databases)
 * are not listed: their id is not the resource's. Types with neither logs nor metrics are absent.
 */
export const AZURE_DIAGNOSTIC_TYPES: Readonly<Record<string, DiagnosticSupport>> = {
  azurerm_api_management: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-apimanagement-service', 'GatewayLogs, WebSocketConnectionLogs') },
  azurerm_app_configuration: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-appconfiguration-configurationstores', 'Audit, HttpRequest') },
  azurerm_application_gateway: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-applicationgateways', 'ApplicationGatewayAccessLog, ApplicationGatewayFirewallLog, ApplicationGatewayPerformanceLog') },
  azurerm_cdn_frontdoor_profile: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-cdn-profiles', 'AzureCdnAccessLog, FrontDoorAccessLog, FrontDoorHealthProbeLog, FrontDoorWebApplicationFirewallLog') },
  azurerm_container_app_environment: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-app-managedenvironments', 'ContainerAppConsoleLogs, ContainerAppSystemLogs, AppEnvSpringAppConsoleLogs') },
  azurerm_eventgrid_topic: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-eventgrid-topics', 'DataPlaneRequests, DeliveryFailures, PublishFailures') },
  azurerm_function_app_flex_consumption: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more') },
  azurerm_key_vault: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-keyvault-vaults', 'AuditEvent, AzurePolicyEvaluationDetails') },
  azurerm_linux_function_app: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more') },
  azurerm_linux_virtual_machine_scale_set: { metricCategories: ['AllMetrics'], source: `source: ${NO_LOGS('microsoft-compute-virtualmachinescalesets')}; metrics: ${INC('microsoft-compute-virtualmachinescalesets')}` },
  azurerm_linux_web_app: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more') },
  azurerm_linux_web_app_slot: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('Microsoft-Web-sites-slots', 'the Microsoft.Web/sites categories but WorkflowRuntime') },
  azurerm_managed_redis: { metricCategories: ['AllMetrics'], source: `source: ${NO_LOGS('microsoft-cache-redisenterprise')}; ${LOGS('microsoft-cache-redisenterprise-databases', 'ConnectionEvents').slice('source: '.length)}, on the database sub-resource; metrics: ${INC('microsoft-cache-redisenterprise')}` },
  azurerm_nat_gateway: { metricCategories: ['AllMetrics'], source: INC('microsoft-network-natgateways') + ': DS Export Yes; no resource logs' },
  azurerm_network_security_group: { logCategoryGroup: 'allLogs', metricCategories: [], source: LOGS('microsoft-network-networksecuritygroups', 'NetworkSecurityGroupEvent, NetworkSecurityGroupRuleCounter, NetworkSecurityGroupFlowEvent') + ': logs only, no metrics' },
  azurerm_postgresql_flexible_server: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-dbforpostgresql-flexibleservers', 'PostgreSQLLogs, PostgreSQLFlexSessions, PostgreSQLFlexQueryStoreRuntime and 3 more') },
  azurerm_public_ip: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-publicipaddresses', 'DDoSProtectionNotifications, DDoSMitigationFlowLogs, DDoSMitigationReports') },
  azurerm_search_service: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-search-searchservices', 'OperationLogs') },
  azurerm_service_plan: { metricCategories: ['AllMetrics'], source: `${INC('microsoft-web-serverfarms')}: DS Export Yes; ${NO_LOGS('microsoft-web-serverfarms')}` },
  azurerm_servicebus_namespace: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-servicebus-namespaces', 'OperationalLogs, RuntimeAuditLogs, VNetAndIPFilteringLogs, ApplicationMetricsLogs') },
  azurerm_storage_account: { metricCategories: ['Transaction'], source: `source: ${NO_LOGS('microsoft-storage-storageaccounts')} at account level (the blobServices include exists: logs are on the services); metric category Transaction: learn.microsoft.com/azure/storage/blobs/monitor-blob-storage (carried over)` },
  azurerm_virtual_network: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-network-virtualnetworks', 'VMProtectionAlerts') },
  azurerm_windows_web_app: { logCategoryGroup: 'allLogs', metricCategories: ['AllMetrics'], source: LOGS('microsoft-web-sites', 'AppServiceHTTPLogs, AppServiceConsoleLogs, AppServiceAppLogs, FunctionAppLogs and 6 more') },
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
    source: 'source: terraform-provider-azurerm internal/resourceproviders/required.go func Legacy (read 2026-12-02): not in the set; Flex Consumption VNet integration delegates its subnet to Microsoft.App/environments (AzureNetwork DELEGATIONS), learn.microsoft.com/azure/azure-functions/flex-consumption-how-to (carried over)',
  },
];

/** What else a subscription or the deployer must have, that the library cannot create. */
export const AZURE_SUBSCRIPTION_PREREQUISITES: readonly { readonly what: string; readonly neededBy: readonly string[]; readonly source: string }[] = [
  { what: 'The deployer holds Owner, or Contributor + Role Based Access Control Administrator, on the subscription (the stacks create role assignments)', neededBy: ['azurerm_role_assignment'], source: 'source: learn.microsoft.com/azure/role-based-access-control/built-in-roles/privileged (read 2026-12-02): Contributor has NotActions Microsoft.Authorization/*/Write, so it cannot create role assignments; Owner can. That Role Based Access Control Administrator grants roleAssignments/write: role-assignments-steps (carried over)' },
  { what: 'Accept the Elastic Cloud marketplace terms once per subscription (az term accept --publisher elastic --product ec-azure-pp --plan ...)', neededBy: ['azurerm_elastic_cloud_elasticsearch'], source: 'source: learn.microsoft.com/azure/partner-solutions/elastic/create (carried over)' },
  { what: 'Cost anomaly alerts need a subscription with Cost Management data (not available on every offer type, e.g. some sponsorship/CSP offers)', neededBy: ['azurerm_cost_anomaly_alert'], source: 'source: learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges (carried over)' },
  { what: 'Quota for the VM / App Service / Flex Consumption SKUs in the region (vCPU family quota)', neededBy: ['azurerm_linux_virtual_machine_scale_set', 'azurerm_service_plan', 'azurerm_function_app_flex_consumption'], source: 'source: learn.microsoft.com/azure/quotas/view-quotas (carried over)' },
];
