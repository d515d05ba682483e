import 'cdktf/lib/testing/adapters/jest';
import { AnnotationMetadataEntryType, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { ElasticCloudElasticsearch } from '@cdktf/provider-azurerm/lib/elastic-cloud-elasticsearch';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { AzureKit } from '../../../constructs/azure/kit';
import { AZURE_LOG_SEARCH_DEFAULTS, AzureLogSearch, AzureLogSearchProps, ELASTIC_DIAGNOSTIC_SETTING_NAME } from '../../../constructs/azure/log-search';
import { EdgeKind, wiringOf } from '../../../constructs/core/wiring';
import { stackFromDoc } from '../../../src/review/model';
import { checkStack } from '../../../src/policy/engine';
import { WIRING_RULES } from '../../../src/policy/rules-wiring';
import { azureStack, errorCodes, kitStack, onlyResource, resources, synth } from '../../helpers';

function setup(props: Partial<AzureLogSearchProps> = {}): { stack: TerraformStack; resourceGroup: ResourceGroup; logSearch: AzureLogSearch } {
  const { stack, resourceGroup } = azureStack();
  const logSearch = new AzureLogSearch(stack, 'LogSearch', { resourceGroup, location: 'westeurope', elasticCloudEmailAddress: 'oncall@shop.example.com', ...props });
  return { stack, resourceGroup, logSearch };
}

function elastic(stack: TerraformStack): any {
  return onlyResource(synth(stack), 'azurerm_elastic_cloud_elasticsearch');
}

function messages(c: AzureLogSearch, type: AnnotationMetadataEntryType): string[] {
  return c.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

/** A diagnostic setting as Monitoring makes it: resource logs to Log Analytics. */
function laSetting(stack: TerraformStack, id: string, target: string, logs = [{ categoryGroup: 'allLogs' }]): MonitorDiagnosticSetting {
  return new MonitorDiagnosticSetting(stack, id, { name: 'to-log-analytics', targetResourceId: target, logAnalyticsWorkspaceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws', enabledLog: logs });
}

describe('default properties', () => {
  test('an Elastic on Azure deployment on the consumption plan, owned by the given e-mail, with Stack Monitoring', () => {
    expect(elastic(setup().stack)).toMatchObject({
      name: 'shop-prod-logsearch',
      location: 'westeurope',
      resource_group_name: '${azurerm_resource_group.ResourceGroup.name}',
      sku_name: AZURE_LOG_SEARCH_DEFAULTS.sku,
      elastic_cloud_email_address: 'oncall@shop.example.com',
      monitoring_enabled: true,
    });
  });

  test('the subscription activity logs are shipped, Entra ID sign-in logs are not', () => {
    expect(elastic(setup().stack).logs).toEqual({ send_activity_logs: true, send_subscription_logs: true, send_azuread_logs: false });
  });

  test('no password anywhere: the owner signs in through Entra ID single sign-on', () => {
    expect(JSON.stringify(elastic(setup().stack))).not.toMatch(/password/i);
  });

  test('the ILM policy deletes indices retentionDays (30) after rollover', () => {
    const policy = JSON.parse(setup().logSearch.retentionPolicyJson).policy;
    expect(policy.phases.delete).toEqual({ min_age: '30d', actions: { delete: {} } });
    expect(policy.phases.hot.actions.rollover.max_age).toBe('1d');
  });

  test('endpoint and dashboards URL come from the deployment', () => {
    const { stack, logSearch } = setup();
    new TerraformOutput(stack, 'endpoint', { value: logSearch.logSearchEndpoint });
    new TerraformOutput(stack, 'dashboards', { value: logSearch.dashboardsUrl });
    const out = synth(stack).doc.output!;
    expect(out.endpoint.value).toMatch(/^\$\{azurerm_elastic_cloud_elasticsearch\.LogSearch_\w+\.elasticsearch_service_url\}$/);
    expect(out.dashboards.value).toMatch(/^\$\{azurerm_elastic_cloud_elasticsearch\.LogSearch_\w+\.kibana_service_url\}$/);
  });

  test('declares one golden signal, resource health, delivered by the blueprint (Azure Monitor has no Elastic metrics)', () => {
    expect(setup().logSearch.goldenSignals).toEqual([expect.objectContaining({ name: 'resource-health', deliveredByBlueprint: true, severity: 'critical' })]);
  });

  test('routed to the alert channel, resource health becomes an activity-log alert on the action group', () => {
    const { stack, logSearch } = setup();
    logSearch.routeAlertsTo('/subscriptions/0/resourceGroups/rg/providers/microsoft.insights/actionGroups/ag', {});
    expect(onlyResource(synth(stack), 'azurerm_monitor_activity_log_alert')).toMatchObject({
      location: 'global',
      criteria: { category: 'ResourceHealth', resource_health: { current: ['Degraded', 'Unavailable'] } },
      action: [{ action_group_id: '/subscriptions/0/resourceGroups/rg/providers/microsoft.insights/actionGroups/ag' }],
    });
  });

  test('disabling the resource-health signal creates no alert', () => {
    const { stack, logSearch } = setup();
    logSearch.routeAlertsTo('ag', { 'resource-health': { enabled: false } });
    expect(resources(synth(stack), 'azurerm_monitor_activity_log_alert')).toEqual({});
  });

  test('one usage-based cost item for the Elastic plan', () => {
    expect(setup().logSearch.costItems).toEqual([expect.objectContaining({ sku: 'azure:elastic:ess-consumption-2024', usageBased: true })]);
  });

  test('no sizing props given, no sizing note', () => {
    expect(messages(setup().logSearch, AnnotationMetadataEntryType.INFO)).toEqual([]);
  });
});

describe('options', () => {
  test('activityLogsEnabled: false ships no subscription logs', () => {
    expect(elastic(setup({ activityLogsEnabled: false }).stack).logs).toMatchObject({ send_activity_logs: false, send_subscription_logs: false });
  });

  test('sku picks another plan, priced under its own key', () => {
    const { stack, logSearch } = setup({ sku: 'ess-monthly-consumption_Monthly' });
    expect(elastic(stack).sku_name).toBe('ess-monthly-consumption_Monthly');
    expect(logSearch.costItems[0].sku).toBe('azure:elastic:ess-monthly-consumption');
  });

  test('retentionDays sets the ILM delete age', () => {
    expect(JSON.parse(setup({ retentionDays: 365 }).logSearch.retentionPolicyJson).policy.phases.delete.min_age).toBe('365d');
  });

  test('sourceResourceIds get a diagnostic setting with the Elastic partner destination and every log category', () => {
    const { stack } = setup({ sourceResourceIds: ['/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/shop'] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      name: ELASTIC_DIAGNOSTIC_SETTING_NAME,
      target_resource_id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/shop',
    });
    const setting = onlyResource(synth(stack), 'azurerm_monitor_diagnostic_setting');
    expect(setting.partner_solution_id).toMatch(/^\$\{azurerm_elastic_cloud_elasticsearch\.LogSearch_.*\.id\}$/);
    expect(setting.enabled_log).toEqual([{ category_group: 'allLogs' }]);
  });

  test('addLogSource is the helper Monitoring calls for a resource, with chosen categories', () => {
    const { stack, logSearch } = setup({ discoverLogSourcesEnabled: false });
    const s1 = logSearch.addLogSource('Gateway', '/subscriptions/0/x/gw', [{ category: 'ApplicationGatewayAccessLog' }]);
    const again = logSearch.addLogSource('GatewayAgain', '/subscriptions/0/x/gw');
    expect(s1).toBeInstanceOf(MonitorDiagnosticSetting);
    expect(again).toBeUndefined();
    expect(onlyResource(synth(stack), 'azurerm_monitor_diagnostic_setting').enabled_log).toEqual([{ category: 'ApplicationGatewayAccessLog' }]);
  });

  test('discovery copies every diagnostic setting of the stack, also ones made after LogSearch, with the same categories', () => {
    const { stack } = setup();
    laSetting(stack, 'WebDiagnostics', '/subscriptions/0/x/web', [{ categoryGroup: 'audit' }]);
    const all = Object.values(resources(synth(stack), 'azurerm_monitor_diagnostic_setting')) as any[];
    const toElastic = all.filter((d) => d.partner_solution_id !== undefined);
    expect(all).toHaveLength(2);
    expect(toElastic).toEqual([expect.objectContaining({ name: ELASTIC_DIAGNOSTIC_SETTING_NAME, target_resource_id: '/subscriptions/0/x/web', enabled_log: [{ category_group: 'audit' }] })]);
  });

  test('records one log-source->log-search edge per resource, from the resource\'s construct (or its id), and BP-ALL-WIRE-7 proves each', () => {
    const external = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/legacy';
    const { stack, resourceGroup } = setup({ sourceResourceIds: [external] });
    laSetting(stack, 'RgDiagnostics', resourceGroup.id);
    Testing.synth(stack); // runs the discovery aspect
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    const edges = wiringOf(doc).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH);
    expect(edges.map((e) => e.from).sort()).toEqual([external, resourceGroup.node.path].sort());
    for (const e of edges) expect(e.pieces?.destination).toMatch(/azurerm_elastic_cloud_elasticsearch\.LogSearch_/);
    const rule = WIRING_RULES.filter((r) => r.id === 'BP-ALL-WIRE-7');
    expect(checkStack(stackFromDoc(stack.node.id, doc, '', undefined), rule)).toEqual([]);
    const settings = doc.resource.azurerm_monitor_diagnostic_setting;
    for (const k of Object.keys(settings)) if (settings[k].partner_solution_id) delete settings[k].partner_solution_id;
    expect(checkStack(stackFromDoc(stack.node.id, doc), rule).map((f) => f.path).sort()).toEqual([external, resourceGroup.node.path].sort());
  });

  test('discovery skips metric-only settings and synthesizing twice adds nothing more', () => {
    const { stack } = setup();
    new MonitorDiagnosticSetting(stack, 'MetricsOnly', { name: 'metrics', targetResourceId: '/subscriptions/0/x/nat', logAnalyticsWorkspaceId: 'ws', enabledMetric: [{ category: 'AllMetrics' }] });
    laSetting(stack, 'WebDiagnostics', '/subscriptions/0/x/web');
    synth(stack);
    const toElastic = (Object.values(resources(synth(stack), 'azurerm_monitor_diagnostic_setting')) as any[]).filter((d) => d.partner_solution_id !== undefined);
    expect(toElastic.map((d) => d.target_resource_id)).toEqual(['/subscriptions/0/x/web']);
  });

  test('discoverLogSourcesEnabled: false copies nothing', () => {
    const { stack } = setup({ discoverLogSourcesEnabled: false });
    laSetting(stack, 'WebDiagnostics', '/subscriptions/0/x/web');
    expect(Object.keys(resources(synth(stack), 'azurerm_monitor_diagnostic_setting'))).toHaveLength(1);
  });

  test('sizing props are validated and reported as set in Elastic Cloud, not applied by azurerm', () => {
    const { stack, logSearch } = setup({ instanceCount: 6, storageGiB: 200 });
    expect(messages(logSearch, AnnotationMetadataEntryType.INFO)).toEqual([expect.stringContaining('instanceCount, storageGiB')]);
    expect(JSON.stringify(elastic(stack))).not.toMatch(/200/);
  });

  test('the kit wires the resource group, location and the first alert e-mail', () => {
    const { stack, kit } = kitStack('azure') as { stack: TerraformStack; kit: AzureKit };
    expect(kit.logSearch('LogSearch', {})).toBeInstanceOf(AzureLogSearch);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ElasticCloudElasticsearch, { location: 'westeurope', elastic_cloud_email_address: 'oncall@shop.example.com' });
  });
});

describe('fails when …', () => {
  const fails = (props: Partial<AzureLogSearchProps>) => errorCodes(() => setup(props));

  test('instanceCount is not a multiple of the zone count with zone awareness on', () => {
    expect(fails({ instanceCount: 4 })).toEqual(['LogSearchInstanceCountNotMultipleOfZones']);
  });

  test('storageGiB is below the provider minimum', () => {
    expect(fails({ storageGiB: 9 })).toEqual(['LogSearchStorageBelowMinimum']);
  });

  test('retentionDays is out of range', () => {
    expect(fails({ retentionDays: 4000 })).toEqual(['LogSearchRetentionOutOfRange']);
  });

  test('instanceCount is out of range', () => {
    expect(fails({ instanceCount: 0, zoneCount: 1 })).toEqual(['LogSearchInstanceCountOutOfRange']);
  });

  test('zoneCount is out of range', () => {
    expect(fails({ zoneCount: 0 })).toEqual(['LogSearchZoneCountOutOfRange']);
  });

  test('the owner e-mail is not an e-mail address', () => {
    expect(fails({ elasticCloudEmailAddress: 'oncall' })).toEqual(['LogSearchEmailInvalid']);
  });

  test('the plan is not an Elastic on Azure plan id', () => {
    expect(fails({ sku: 'premium' })).toEqual(['LogSearchSkuInvalid']);
  });
});
