// The cdktf jest matchers' types (toHaveResource, toHaveResourceWithProperties).
import type {} from 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';
import { ConsumptionBudgetResourceGroup } from '@cdktf/provider-azurerm/lib/consumption-budget-resource-group';
import { AzureCostAlerts, AzureCostAlertsProps } from '../../../constructs/azure/cost-alerts';
import { AzureMonitoring } from '../../../constructs/azure/monitoring';
import { Severity } from '../../../constructs/core/blueprint';
import { FakeBlueprint, warnings } from '../../fixtures/blueprints';
import { azureStack, errorCodes, onlyResource, synth } from '../../helpers';

const AG = '/subscriptions/0/resourceGroups/rg/providers/microsoft.insights/actionGroups/alerts';

function setup(p: Partial<AzureCostAlertsProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const cost = new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, resourceGroup, actionGroupId: AG, ...p });
  return { stack, resourceGroup, cost };
}

describe('default properties', () => {
  const { stack, cost } = setup();
  const s = synth(stack);
  const budget = onlyResource(s, 'azurerm_consumption_budget_resource_group');

  test('a monthly consumption budget on the resource group', () => {
    expect(budget).toMatchObject({ name: 'shop-prod-costalerts-monthly', amount: 1000, time_grain: 'Monthly', resource_group_id: '${azurerm_resource_group.ResourceGroup.id}' });
  });

  test('starts on the first of the month at first apply, and ignores later changes of the start', () => {
    expect(budget.time_period.start_date).toBe('${formatdate("YYYY-MM-01\'T\'00:00:00Z", timestamp())}');
    expect(budget.lifecycle.ignore_changes).toEqual(['time_period']);
  });

  test('notifications at 80% and 100% actual and 100% forecast, to the action group', () => {
    expect(budget.notification.map((n: any) => [n.threshold_type, n.threshold, n.operator, n.enabled])).toEqual([
      ['Actual', 80, 'GreaterThanOrEqualTo', true],
      ['Actual', 100, 'GreaterThanOrEqualTo', true],
      ['Forecasted', 100, 'GreaterThanOrEqualTo', true],
    ]);
    expect(budget.notification.every((n: any) => n.contact_groups[0] === AG)).toBe(true);
  });

  test('declares the golden signal "forecast above budget", delivered by the budget itself', () => {
    expect(cost.goldenSignals).toEqual([expect.objectContaining({ name: 'forecast-above-budget', threshold: 100, severity: Severity.WARNING, deliveredByBlueprint: true })]);
  });
});

describe('options', () => {
  test('thresholds and e-mails', () => {
    const { stack } = setup({ actualThresholdsPercent: [50], forecastThresholdsPercent: [110], alertEmails: ['finance@shop.example.com'] });
    const n = onlyResource(synth(stack), 'azurerm_consumption_budget_resource_group').notification;
    expect(n.map((x: any) => `${x.threshold_type}:${x.threshold}`)).toEqual(['Actual:50', 'Forecasted:110']);
    expect(n[0].contact_emails).toEqual(['finance@shop.example.com']);
  });

  test('startDate pins the start', () => {
    const { stack } = setup({ startDate: '2026-12-01T00:00:00Z' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ConsumptionBudgetResourceGroup, { time_period: { start_date: '2026-12-01T00:00:00Z' } });
  });

  test('Monitoring routes the budget to its action group and applies overrides', () => {
    const { stack, resourceGroup } = azureStack();
    new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, resourceGroup });
    new AzureMonitoring(stack, 'Monitoring', { location: 'westeurope', resourceGroup, alertEmails: ['a@b.co'], alarmOverrides: { 'forecast-above-budget': { threshold: 120 } } });
    const n = onlyResource(synth(stack), 'azurerm_consumption_budget_resource_group').notification;
    expect(n.map((x: any) => `${x.threshold_type}:${x.threshold}`)).toEqual(['Actual:80', 'Actual:100', 'Forecasted:120']);
    expect(n.every((x: any) => /azurerm_monitor_action_group\.Monitoring/.test(x.contact_groups[0]))).toBe(true);
  });

  test('a budget with no recipient fails validation at synth', () => {
    const { stack, resourceGroup } = azureStack();
    new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, resourceGroup });
    expect(() => Testing.synth(stack, true)).toThrow(/the budget has no recipient/);
  });
});

describe('budget tied to scale', () => {
  test('warns when the cost estimate at maximum capacity exceeds the budget', () => {
    const { stack, resourceGroup } = azureStack();
    new FakeBlueprint(stack, 'Web', { costItems: [{ sku: 'azure:nat-gateway:hour', description: 'x', quantityMin: 730, quantityMax: 730 * 100 }] });
    new AzureCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 3000, resourceGroup, actionGroupId: AG });
    Testing.synth(stack);
    // 73,000 h × $0.045 = $3,285.00.
    expect(warnings(stack).some((w) => w.includes('$3,285.00') && w.includes('$3,000.00'))).toBe(true);
  });
});

describe('rules', () => {
  const make = (p: Partial<AzureCostAlertsProps>) => () => setup(p);

  test('fails when the budget is 0 or less', () => {
    expect(errorCodes(make({ monthlyBudgetUsd: 0 }))).toEqual(['CostAlertsBudgetNotPositive']);
  });

  test('fails when a threshold is outside (0, 1000]%', () => {
    expect(errorCodes(make({ forecastThresholdsPercent: [-10] }))).toEqual(['CostAlertsThresholdOutOfRange']);
  });

  test('fails when an e-mail is invalid', () => {
    expect(errorCodes(make({ alertEmails: ['@x'] }))).toEqual(['CostAlertsEmailInvalid']);
  });

  test('fails when more than 5 notifications are asked for', () => {
    expect(errorCodes(make({ actualThresholdsPercent: [50, 80, 100, 120], forecastThresholdsPercent: [100, 120] }))).toEqual(['CostAlertsTooManyNotifications']);
  });

  test('fails when the start date is not the first of a month', () => {
    expect(errorCodes(make({ startDate: '2026-12-15T00:00:00Z' }))).toEqual(['CostAlertsStartDateInvalid']);
  });
});

describe('cost anomaly alert', () => {
  test('e-mails the daily anomalies of the provider subscription to the given recipients', () => {
    const { stack, cost } = setup({ anomalyAlertEmails: ['finance@shop.example.com'] });
    const alert = onlyResource(synth(stack), 'azurerm_cost_anomaly_alert');
    expect(alert).toMatchObject({ name: 'shop-prod-costalerts-anomaly', email_addresses: ['finance@shop.example.com'], subscription_id: '${data.azurerm_subscription.CostAlerts_Subscription_EABF71E9.id}' });
    expect(alert.email_subject).toMatch(/^Cost anomaly detected/);
    expect(cost.anomalyAlert).toBeDefined();
  });

  test('falls back to the budget e-mails', () => {
    const { stack } = setup({ alertEmails: ['owner@shop.example.com'] });
    expect(onlyResource(synth(stack), 'azurerm_cost_anomaly_alert').email_addresses).toEqual(['owner@shop.example.com']);
  });

  test('with nobody to e-mail, no alert and a warning (the resource takes no action group)', () => {
    const { stack, cost } = setup();
    expect(cost.anomalyAlert).toBeUndefined();
    expect(synth(stack).doc.resource!.azurerm_cost_anomaly_alert).toBeUndefined();
    expect(warnings(stack).some((w) => w.includes('azurerm_cost_anomaly_alert e-mails only'))).toBe(true);
  });

  test('none when anomaly detection is off', () => {
    const { stack } = setup({ anomalyAlertEmails: ['finance@shop.example.com'], anomalyDetectionEnabled: false });
    expect(synth(stack).doc.resource!.azurerm_cost_anomaly_alert).toBeUndefined();
  });
});
