// The cdktf jest matchers' types (toHaveResource, toHaveResourceWithProperties).
import type {} from 'cdktf/lib/testing/adapters/jest';
import { TerraformOutput, Testing } from 'cdktf';
import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorActionGroup } from '@cdktf/provider-azurerm/lib/monitor-action-group';
import { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { PortalDashboard } from '@cdktf/provider-azurerm/lib/portal-dashboard';
import { AzureCostAlerts } from '../../../constructs/azure/cost-alerts';
import { AZURE_DIAGNOSTIC_TYPES, AZURE_SEVERITY, AzureMonitoring, AzureMonitoringProps, AzureWorkspaceSku, azureAlertTiming } from '../../../constructs/azure/monitoring';
import { AZURE_AGGREGATION } from '../../../constructs/azure/facts';
import { AzureNetwork } from '../../../constructs/azure/network';
import { MONITORING_DEFAULTS } from '../../../constructs/core/monitoring';
import { Severity, Statistic } from '../../../constructs/core/blueprint';
import { FakeBlueprint, FakeTelemetryBlueprint, azureCpuHigh, azureP95Latency, cpuHigh, warnings } from '../../fixtures/blueprints';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

function setup() {
  const { stack, resourceGroup } = azureStack();
  const base: AzureMonitoringProps = { location: 'westeurope', resourceGroup, alertEmails: ['oncall@shop.example.com'], alertWebhooks: ['https://hooks.example.com/a'] };
  return { stack, resourceGroup, base };
}

function alerts(s: ReturnType<typeof synth>): any[] {
  return Object.values(resources(s, 'azurerm_monitor_metric_alert'));
}

describe('default properties', () => {
  const { stack, resourceGroup } = azureStack();
  new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh()] });
  const mon = new AzureMonitoring(stack, 'Monitoring', { location: 'westeurope', resourceGroup });
  const s = synth(stack);

  test('a pay-as-you-go Log Analytics workspace keeps data 30 days', () => {
    expect(MONITORING_DEFAULTS.logRetentionDays).toBe(30);
    expect(s.json).toHaveResourceWithProperties(LogAnalyticsWorkspace, { name: 'shop-prod-monitoring-log', sku: 'PerGB2018', retention_in_days: 30, location: 'westeurope' });
  });

  test('Application Insights is workspace-based and samples 5% of telemetry', () => {
    const ai = onlyResource(s, 'azurerm_application_insights');
    expect(ai.workspace_id).toMatch(/azurerm_log_analytics_workspace\..*\.id/);
    expect(ai.application_type).toBe('web');
    expect(ai.sampling_percentage).toBe(5);
  });

  test('the action group is global with a short name of at most 12 characters', () => {
    const ag = onlyResource(s, 'azurerm_monitor_action_group');
    expect(ag.location).toBe('global');
    expect(ag.short_name.length).toBeLessThanOrEqual(12);
  });

  test('a portal dashboard exists, no Azure Monitor workspace', () => {
    expect(s.json).toHaveResource(PortalDashboard);
    expect(s.json).not.toHaveResource(MonitorWorkspace);
    expect(mon.dashboardUrl).toMatch(/^https:\/\/portal\.azure\.com\/#@\/dashboard\/arm/);
  });

  test('alerts notify the action group and resolve themselves', () => {
    const [alert] = alerts(s);
    expect(alert.action).toEqual([{ action_group_id: '${azurerm_monitor_action_group.Monitoring_19FB5217.id}' }]);
    expect(alert.auto_mitigate).toBe(true);
  });

  test('without recipients it warns that nobody is notified', () => {
    expect(warnings(stack).some((w) => w.includes('notifies nobody'))).toBe(true);
  });

  test('the workspace id and App Insights connection string are exposed for other blueprints', () => {
    new TerraformOutput(stack, 'workspace', { value: mon.workspaceId });
    new TerraformOutput(stack, 'appi', { value: mon.appInsightsConnectionString, sensitive: true });
    const out = synth(stack).doc.output!;
    expect(out.workspace.value).toMatch(/^\$\{azurerm_log_analytics_workspace\..*\.id\}$/);
    expect(out.appi.value).toMatch(/^\$\{azurerm_application_insights\..*\.connection_string\}$/);
  });
});

describe('default alerts from golden signals', () => {
  test('each declared signal becomes a metric alert with the documented threshold', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh({ metric: { namespace: 'Microsoft.Compute/virtualMachineScaleSets', metricName: 'Percentage CPU', resourceId: '/subscriptions/0/vmss/web' } })] });
    new AzureMonitoring(stack, 'Monitoring', base);
    expect(onlyResource(synth(stack), 'azurerm_monitor_metric_alert')).toMatchObject({
      name: 'shop-prod-web-cpu-high',
      scopes: ['/subscriptions/0/vmss/web'],
      severity: 2,
      frequency: 'PT5M',
      window_size: 'PT15M',
      criteria: [{ metric_namespace: 'Microsoft.Compute/virtualMachineScaleSets', metric_name: 'Percentage CPU', aggregation: 'Average', operator: 'GreaterThan', threshold: 80 }],
    });
  });

  test('dimensions become Include criteria; a critical p95 signal is severity 0 on the maximum', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Gateway', { signals: [azureP95Latency({ metric: { ...azureP95Latency().metric, dimensions: [{ name: 'BackendPool', value: 'web-pool' }] } })] });
    new AzureMonitoring(stack, 'Monitoring', base);
    const [alert] = alerts(synth(stack));
    expect(alert.severity).toBe(0);
    expect(alert.criteria[0].aggregation).toBe('Maximum');
    expect(alert.criteria[0].operator).toBe('GreaterThanOrEqual');
    expect(alert.criteria[0].dimension).toEqual([{ name: 'BackendPool', operator: 'Include', values: ['web-pool'] }]);
    expect([alert.frequency, alert.window_size]).toEqual(['PT1M', 'PT5M']);
  });

  test('the network blueprint gets its SNAT alert', () => {
    const { stack, resourceGroup, base } = setup();
    new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup });
    new AzureMonitoring(stack, 'Monitoring', base);
    expect(onlyResource(synth(stack), 'azurerm_monitor_metric_alert')).toMatchObject({ name: 'shop-prod-network-nat-snat-failures', criteria: [{ metric_name: 'SNATConnectionCount', aggregation: 'Total', threshold: 0 }] });
  });

  test('a stack with N blueprints yields all their alerts', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh(), azureP95Latency()] });
    new FakeBlueprint(stack, 'Api', { signals: [azureCpuHigh()] });
    new FakeBlueprint(stack, 'Worker', { signals: [azureCpuHigh()] });
    const mon = new AzureMonitoring(stack, 'Monitoring', base);
    expect(mon.alarmCount).toBe(4);
    expect(alerts(synth(stack)).map((a) => a.name).sort()).toEqual(['shop-prod-api-cpu-high', 'shop-prod-web-cpu-high', 'shop-prod-web-p95-response-time', 'shop-prod-worker-cpu-high']);
  });

  test('an override changes the threshold and enabled: false removes the alert', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh(), azureP95Latency()] });
    new AzureMonitoring(stack, 'Monitoring', { ...base, alarmOverrides: { 'Web/cpu-high': { threshold: 90 }, 'p95-response-time': { enabled: false } } });
    const all = alerts(synth(stack));
    expect(all.map((a) => a.name)).toEqual(['shop-prod-web-cpu-high']);
    expect(all[0].criteria[0].threshold).toBe(90);
  });

  test('a metric that is not in AZURE_METRIC_FACTS fails the synth, naming the signal', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    expect(errorCodes(() => new AzureMonitoring(stack, 'Monitoring', base))).toEqual(['MonitoringMetricNotInFacts']);
  });

  test('an aggregation the metric does not accept fails the synth', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Cache', { signals: [azureCpuHigh({ statistic: Statistic.SUM })] });
    expect(errorCodes(() => new AzureMonitoring(stack, 'Monitoring', base))).toEqual(['MonitoringMetricNotInFacts']);
  });

  test('a count metric of Application Insights is summed with Count, the only aggregation it accepts', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Fn', { signals: [azureCpuHigh({ name: 'errors', statistic: Statistic.SUM, metric: { namespace: 'microsoft.insights/components', metricName: 'requests/failed', resourceId: '/subscriptions/0/ai' } })] });
    new AzureMonitoring(stack, 'Monitoring', base);
    expect(alerts(synth(stack))[0].criteria[0]).toMatchObject({ metric_name: 'requests/failed', aggregation: 'Count' });
  });

  test('a signal without a resource id is skipped with a warning', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh({ metric: { namespace: 'Microsoft.Compute/virtualMachineScaleSets', metricName: 'Percentage CPU' } })] });
    const mon = new AzureMonitoring(stack, 'Monitoring', base);
    expect(mon.alarmCount).toBe(0);
    expect(warnings(stack).some((w) => w.includes('Web/cpu-high has no metric resourceId'))).toBe(true);
  });

  test('the budget signal makes no metric alert: the budget notifies the action group itself', () => {
    const { stack, resourceGroup, base } = setup();
    new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, resourceGroup });
    new AzureMonitoring(stack, 'Monitoring', base);
    const s = synth(stack);
    expect(alerts(s)).toHaveLength(0);
    const budget = onlyResource(s, 'azurerm_consumption_budget_resource_group');
    expect(budget.notification.every((n: any) => n.contact_groups[0] === '${azurerm_monitor_action_group.Monitoring_19FB5217.id}')).toBe(true);
  });
});

describe('telemetry for other blueprints', () => {
  test('blueprints that take telemetry get the workspace id and the App Insights connection string', () => {
    const { stack, base } = setup();
    const app = new FakeTelemetryBlueprint(stack, 'Web', { signals: [azureCpuHigh()] });
    new AzureMonitoring(stack, 'Monitoring', { ...base, logRetentionDays: 90 });
    expect(app.sink).toMatchObject({ logRetentionDays: 90, traceSamplingPercent: 5 });
    new TerraformOutput(stack, 'ws', { value: app.sink!.logWorkspaceId });
    new TerraformOutput(stack, 'appi', { value: app.sink!.appInsightsConnectionString, sensitive: true });
    const out = synth(stack).doc.output!;
    expect(out.ws.value).toMatch(/^\$\{azurerm_log_analytics_workspace\.Monitoring_Workspace_\w+\.id\}$/);
    expect(out.appi.value).toMatch(/^\$\{azurerm_application_insights\.Monitoring_AppInsights_\w+\.connection_string\}$/);
  });
});

describe('diagnostic settings', () => {
  test('every resource of a supported type sends its logs and metrics to the workspace', () => {
    const { stack, resourceGroup, base } = setup();
    new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup });
    const mon = new AzureMonitoring(stack, 'Monitoring', base);
    const s = synth(stack);
    const settings = Object.values(resources(s, 'azurerm_monitor_diagnostic_setting'));
    // VNet, NAT public IP, NAT gateway, 7 NSGs (one per subnet role, BOOTSTRAP included).
    expect(settings).toHaveLength(10);
    expect(mon.diagnosticSettings).toHaveLength(10);
    const vnet = settings.find((d: any) => d.target_resource_id.startsWith('${azurerm_virtual_network.'));
    expect(vnet).toMatchObject({ enabled_log: [{ category_group: 'allLogs' }], enabled_metric: [{ category: 'AllMetrics' }], log_analytics_workspace_id: expect.stringMatching(/azurerm_log_analytics_workspace/) });
    const nat = settings.find((d: any) => d.target_resource_id.startsWith('${azurerm_nat_gateway.'));
    expect(nat.enabled_log).toBeUndefined();
    const nsg = settings.find((d: any) => d.target_resource_id.startsWith('${azurerm_network_security_group.'));
    expect(nsg.enabled_metric).toBeUndefined();
  });

  test('the supported types list log groups or metrics for each entry', () => {
    for (const [type, support] of Object.entries(AZURE_DIAGNOSTIC_TYPES)) {
      expect(type).toMatch(/^azurerm_/);
      expect(support.logCategoryGroup !== undefined || support.metricCategories.length > 0).toBe(true);
    }
  });

  test('diagnosticsEnabled: false adds none', () => {
    const { stack, resourceGroup, base } = setup();
    new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup });
    new AzureMonitoring(stack, 'Monitoring', { ...base, diagnosticsEnabled: false });
    expect(Object.keys(resources(synth(stack), 'azurerm_monitor_diagnostic_setting'))).toHaveLength(0);
  });
});

describe('dashboard', () => {
  test('one tile per blueprint, in construct order, two per row', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { kind: 'WebApp', signals: [azureCpuHigh()] });
    new FakeBlueprint(stack, 'Gateway', { kind: 'LoadBalancer', signals: [azureP95Latency()] });
    new FakeBlueprint(stack, 'Cache', { kind: 'Cache', signals: [azureCpuHigh()] });
    new AzureMonitoring(stack, 'Monitoring', base);
    const props = JSON.parse(onlyResource(synth(stack), 'azurerm_portal_dashboard').dashboard_properties);
    const parts = Object.values(props.lenses['0'].parts) as any[];
    expect(parts.map((p) => p.metadata.settings.content.options.chart.title)).toEqual(['WebApp: Web', 'LoadBalancer: Gateway', 'Cache: Cache']);
    expect(parts.map((p) => [p.position.x, p.position.y])).toEqual([[0, 0], [6, 0], [0, 4]]);
  });

  test('a chart tile plots the signal metrics of the resource', () => {
    const { stack, base } = setup();
    new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh()] });
    new AzureMonitoring(stack, 'Monitoring', base);
    const props = JSON.parse(onlyResource(synth(stack), 'azurerm_portal_dashboard').dashboard_properties);
    const part = props.lenses['0'].parts['0'];
    expect(part.metadata.type).toBe('Extension/HubsExtension/PartType/MonitorChartPart');
    expect(part.metadata.settings.content.options.chart.metrics).toEqual([
      { resourceMetadata: { id: azureCpuHigh().metric.resourceId }, name: 'Percentage CPU', aggregationType: 4, namespace: 'Microsoft.Compute/virtualMachineScaleSets', metricVisualization: { displayName: 'cpu-high' } },
    ]);
  });

  test('CostAlerts gets a markdown tile', () => {
    const { stack, resourceGroup, base } = setup();
    new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, resourceGroup });
    new AzureMonitoring(stack, 'Monitoring', base);
    const props = JSON.parse(onlyResource(synth(stack), 'azurerm_portal_dashboard').dashboard_properties);
    expect(props.lenses['0'].parts['0'].metadata.type).toBe('Extension/HubsExtension/PartType/MarkdownPart');
  });

  test('the properties are byte-stable across builds', () => {
    const build = () => {
      const { stack, base } = setup();
      new FakeBlueprint(stack, 'Web', { signals: [azureCpuHigh(), azureP95Latency()] });
      new AzureMonitoring(stack, 'Monitoring', base);
      return onlyResource(synth(stack), 'azurerm_portal_dashboard').dashboard_properties;
    };
    expect(build()).toBe(build());
  });
});

describe('options', () => {
  test('e-mails and webhooks become receivers with the common alert schema', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', base);
    const ag = onlyResource(synth(stack), 'azurerm_monitor_action_group');
    expect(ag.email_receiver).toEqual([expect.objectContaining({ email_address: 'oncall@shop.example.com', use_common_alert_schema: true })]);
    expect(ag.webhook_receiver).toEqual([expect.objectContaining({ service_uri: 'https://hooks.example.com/a', use_common_alert_schema: true })]);
  });

  test('logRetentionDays sets the workspace retention', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', { ...base, logRetentionDays: 365 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(LogAnalyticsWorkspace, { retention_in_days: 365 });
  });

  test('the Free tier keeps 7 days', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', { ...base, workspaceSku: AzureWorkspaceSku.FREE });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(LogAnalyticsWorkspace, { sku: 'Free', retention_in_days: 7 });
  });

  test('traceSamplingPercent sets Application Insights sampling', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', { ...base, traceSamplingPercent: 50 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ApplicationInsights, { sampling_percentage: 50 });
  });

  test('prometheusEnabled adds an Azure Monitor workspace', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', { ...base, prometheusEnabled: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorWorkspace, { location: 'westeurope' });
  });

  test('dashboardEnabled: false drops the dashboard', () => {
    const { stack, base } = setup();
    new AzureMonitoring(stack, 'Monitoring', { ...base, dashboardEnabled: false });
    expect(Testing.synth(stack)).not.toHaveResource(PortalDashboard);
  });

  test('the alert channel is the action group id', () => {
    const { stack, base } = setup();
    const mon = new AzureMonitoring(stack, 'Monitoring', base);
    expect(mon.resource).toBeInstanceOf(MonitorActionGroup);
    new TerraformOutput(stack, 'channel', { value: mon.alertChannelId });
    expect(synth(stack).doc.output!.channel.value).toBe('${azurerm_monitor_action_group.Monitoring_19FB5217.id}');
  });
});

describe('rules', () => {
  const make = (p: Partial<AzureMonitoringProps>) => () => {
    const { stack, base } = setup();
    return new AzureMonitoring(stack, 'Monitoring', { ...base, ...p });
  };

  test('fails when an alert e-mail is invalid', () => {
    expect(errorCodes(make({ alertEmails: ['nope@'] }))).toEqual(['MonitoringEmailInvalid']);
  });

  test('fails when a webhook is not https', () => {
    expect(errorCodes(make({ alertWebhooks: ['ftp://x'] }))).toEqual(['MonitoringWebhookNotHttps']);
  });

  test('fails when the log retention is not allowed by Log Analytics (30-730)', () => {
    expect(errorCodes(make({ logRetentionDays: 7 }))).toEqual(['MonitoringLogRetentionNotAllowed']);
    expect(errorCodes(make({ logRetentionDays: 731 }))).toEqual(['MonitoringLogRetentionNotAllowed']);
  });

  test('fails when the Free tier is given another retention than 7', () => {
    expect(errorCodes(make({ workspaceSku: AzureWorkspaceSku.FREE, logRetentionDays: 30 }))).toEqual(['MonitoringLogRetentionNotAllowed']);
  });

  test('fails when the trace sampling percent is outside 0-100', () => {
    expect(errorCodes(make({ traceSamplingPercent: -1 }))).toEqual(['MonitoringTraceSamplingOutOfRange']);
  });

  test('fails when an override threshold is not a number', () => {
    expect(errorCodes(make({ alarmOverrides: { x: { threshold: Infinity } } }))).toEqual(['MonitoringAlarmThresholdInvalid']);
  });
});

describe('Azure Monitor translations', () => {
  test('Azure timing: the period becomes the frequency, period × evaluation periods the window, rounded up', () => {
    expect(azureAlertTiming(300, 3)).toEqual({ frequency: 'PT5M', windowSize: 'PT15M' });
    expect(azureAlertTiming(60, 1)).toEqual({ frequency: 'PT1M', windowSize: 'PT1M' });
    expect(azureAlertTiming(120, 4)).toEqual({ frequency: 'PT5M', windowSize: 'PT15M' });
    expect(azureAlertTiming(3600, 3)).toEqual({ frequency: 'PT1H', windowSize: 'PT6H' });
    expect(azureAlertTiming(86400, 1)).toEqual({ frequency: 'PT1H', windowSize: 'P1D' });
  });

  test('Azure has no percentiles: p95 is watched as the maximum; Sum is Total', () => {
    expect(AZURE_AGGREGATION[Statistic.P95]).toBe('Maximum');
    expect(AZURE_AGGREGATION[Statistic.SUM]).toBe('Total');
  });

  test('severities map to Azure 0 (critical), 2 (warning), 3 (informational)', () => {
    expect([AZURE_SEVERITY[Severity.CRITICAL], AZURE_SEVERITY[Severity.WARNING], AZURE_SEVERITY[Severity.INFO]]).toEqual([0, 2, 3]);
  });
});
