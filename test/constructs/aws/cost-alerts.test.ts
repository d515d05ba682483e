// The cdktf jest matchers' types (toHaveResource, toHaveResourceWithProperties).
import type {} from 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';
import { BudgetsBudget } from '@cdktf/provider-aws/lib/budgets-budget';
import { CeAnomalyMonitor } from '@cdktf/provider-aws/lib/ce-anomaly-monitor';
import { CeAnomalySubscription } from '@cdktf/provider-aws/lib/ce-anomaly-subscription';
import { AwsCostAlerts, AwsCostAlertsProps } from '../../../constructs/aws/cost-alerts';
import { AwsMonitoring } from '../../../constructs/aws/monitoring';
import { Severity } from '../../../constructs/core/blueprint';
import { COST_ALERTS_DEFAULTS } from '../../../constructs/core/cost-alerts';
import { FakeBlueprint, warnings } from '../../fixtures/blueprints';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const base: AwsCostAlertsProps = { monthlyBudgetUsd: 1000, projectTag: 'shop', alertTopicArn: 'arn:aws:sns:eu-west-1:111111111111:alerts' };

describe('default properties', () => {
  const stack = awsStack();
  const cost = new AwsCostAlerts(stack, 'CostAlerts', base);
  const s = synth(stack);
  const budget = onlyResource(s, 'aws_budgets_budget');

  test('a monthly COST budget in USD filtered on the project tag', () => {
    expect(budget).toMatchObject({ name: 'shop-prod-costalerts-monthly', budget_type: 'COST', limit_amount: '1000.00', limit_unit: 'USD', time_unit: 'MONTHLY', cost_filter: [{ name: 'TagKeyValue', values: ['user:project$shop'] }] });
  });

  test('notifications at 80% and 100% of actual and 100% of forecast spend, to the alert topic', () => {
    expect(COST_ALERTS_DEFAULTS.actualThresholdsPercent).toEqual([80, 100]);
    expect(COST_ALERTS_DEFAULTS.forecastThresholdsPercent).toEqual([100]);
    expect(budget.notification.map((n: any) => [n.notification_type, n.threshold, n.threshold_type, n.comparison_operator])).toEqual([
      ['ACTUAL', 80, 'PERCENTAGE', 'GREATER_THAN'],
      ['ACTUAL', 100, 'PERCENTAGE', 'GREATER_THAN'],
      ['FORECASTED', 100, 'PERCENTAGE', 'GREATER_THAN'],
    ]);
    expect(budget.notification.every((n: any) => n.subscriber_sns_topic_arns[0] === base.alertTopicArn)).toBe(true);
  });

  test('an anomaly monitor on the project tag, with an immediate subscription to the topic from $100 impact', () => {
    const monitor = onlyResource(s, 'aws_ce_anomaly_monitor');
    expect(monitor.monitor_type).toBe('CUSTOM');
    expect(JSON.parse(monitor.monitor_specification).Tags).toEqual({ Key: 'project', MatchOptions: null, Values: ['shop'] });
    expect(s.json).toHaveResourceWithProperties(CeAnomalySubscription, {
      frequency: 'IMMEDIATE',
      subscriber: [{ type: 'SNS', address: base.alertTopicArn }],
      threshold_expression: { dimension: { key: 'ANOMALY_TOTAL_IMPACT_ABSOLUTE', match_options: ['GREATER_THAN_OR_EQUAL'], values: ['100'] } },
    });
  });

  test('declares the golden signal "forecast above budget", delivered by the budget itself', () => {
    expect(cost.goldenSignals).toEqual([expect.objectContaining({ name: 'forecast-above-budget', threshold: 100, severity: Severity.WARNING, deliveredByBlueprint: true })]);
  });
});

describe('options', () => {
  test('thresholds are configurable', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { ...base, actualThresholdsPercent: [50], forecastThresholdsPercent: [90, 120] });
    const n = onlyResource(synth(stack), 'aws_budgets_budget').notification;
    expect(n.map((x: any) => `${x.notification_type}:${x.threshold}`)).toEqual(['ACTUAL:50', 'FORECASTED:90', 'FORECASTED:120']);
  });

  test('e-mails are notified directly, and get a daily anomaly digest', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 500, projectTag: 'shop', alertEmails: ['finance@shop.example.com'] });
    const s = synth(stack);
    const n = onlyResource(s, 'aws_budgets_budget').notification;
    expect(n.every((x: any) => x.subscriber_email_addresses[0] === 'finance@shop.example.com' && x.subscriber_sns_topic_arns === undefined)).toBe(true);
    expect(s.json).toHaveResourceWithProperties(CeAnomalySubscription, { frequency: 'DAILY', subscriber: [{ type: 'EMAIL', address: 'finance@shop.example.com' }] });
  });

  test('anomalyDetectionEnabled: false drops monitor and subscription', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { ...base, anomalyDetectionEnabled: false });
    const s = Testing.synth(stack);
    expect(s).not.toHaveResource(CeAnomalyMonitor);
    expect(s).not.toHaveResource(CeAnomalySubscription);
  });

  test('anomalyThresholdUsd sets the impact from which anomalies are reported', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { ...base, anomalyThresholdUsd: 250 });
    expect(onlyResource(synth(stack), 'aws_ce_anomaly_subscription').threshold_expression.dimension.values).toEqual(['250']);
  });

  test('Monitoring routes the budget to its topic when created after CostAlerts', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, projectTag: 'shop' });
    new AwsMonitoring(stack, 'Monitoring', { region: 'eu-west-1', alertEmails: ['a@b.co'] });
    const s = synth(stack);
    const n = onlyResource(s, 'aws_budgets_budget').notification;
    expect(n).toHaveLength(3);
    expect(n.every((x: any) => /aws_sns_topic\.Monitoring/.test(x.subscriber_sns_topic_arns[0]))).toBe(true);
    expect(Object.keys(resources(s, 'aws_ce_anomaly_subscription'))).toHaveLength(1);
  });

  test('an override of forecast-above-budget changes the forecast threshold; enabled: false drops it', () => {
    const build = (o: object) => {
      const stack = awsStack();
      new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, projectTag: 'shop' });
      new AwsMonitoring(stack, 'Monitoring', { region: 'eu-west-1', alertEmails: ['a@b.co'], alarmOverrides: o as any });
      return onlyResource(synth(stack), 'aws_budgets_budget').notification.map((x: any) => `${x.notification_type}:${x.threshold}`);
    };
    expect(build({ 'CostAlerts/forecast-above-budget': { threshold: 110 } })).toEqual(['ACTUAL:80', 'ACTUAL:100', 'FORECASTED:110']);
    expect(build({ 'forecast-above-budget': { enabled: false } })).toEqual(['ACTUAL:80', 'ACTUAL:100']);
  });

  test('a budget with no recipient fails validation at synth', () => {
    const stack = awsStack();
    new AwsCostAlerts(stack, 'CostAlerts', { monthlyBudgetUsd: 1000, projectTag: 'shop' });
    expect(() => Testing.synth(stack, true)).toThrow(/the budget has no recipient/);
  });
});

describe('budget tied to scale', () => {
  test('warns when the cost estimate at maximum capacity exceeds the budget', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { costItems: [{ sku: 'aws:nat-gateway:hour', description: 'x', quantityMin: 730, quantityMax: 730 * 40 }] });
    new AwsCostAlerts(stack, 'CostAlerts', { ...base, monthlyBudgetUsd: 1000 });
    Testing.synth(stack);
    // 730 × 40 × $0.048 = $1,401.60 at maximum.
    expect(warnings(stack).some((w) => w.includes('$1,401.60') && w.includes('exceeds the monthly budget of $1,000.00'))).toBe(true);
  });

  test('stays quiet when the maximum fits', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { costItems: [{ sku: 'aws:nat-gateway:hour', description: 'x', quantityMin: 730, quantityMax: 730 }] });
    new AwsCostAlerts(stack, 'CostAlerts', base);
    Testing.synth(stack);
    expect(warnings(stack).filter((w) => w.includes('exceeds the monthly budget'))).toEqual([]);
  });

  test('names a missing price instead of checking against $0', () => {
    const stack = awsStack();
    new FakeBlueprint(stack, 'Web', { costItems: [{ sku: 'aws:nothing:here', description: 'x', quantityMin: 1, quantityMax: 1 }] });
    new AwsCostAlerts(stack, 'CostAlerts', base);
    Testing.synth(stack);
    expect(warnings(stack).some((w) => w.includes("'aws:nothing:here'"))).toBe(true);
  });
});

describe('rules', () => {
  const make = (p: Partial<AwsCostAlertsProps>) => () => new AwsCostAlerts(awsStack(), 'CostAlerts', { ...base, ...p });

  test('fails when the budget is 0 or less', () => {
    expect(errorCodes(make({ monthlyBudgetUsd: 0 }))).toEqual(['CostAlertsBudgetNotPositive']);
    expect(errorCodes(make({ monthlyBudgetUsd: -5 }))).toEqual(['CostAlertsBudgetNotPositive']);
  });

  test('fails when a threshold is outside (0, 1000]%', () => {
    expect(errorCodes(make({ actualThresholdsPercent: [0] }))).toEqual(['CostAlertsThresholdOutOfRange']);
    expect(errorCodes(make({ forecastThresholdsPercent: [1001] }))).toEqual(['CostAlertsThresholdOutOfRange']);
  });

  test('fails when an e-mail is invalid', () => {
    expect(errorCodes(make({ alertEmails: ['finance'] }))).toEqual(['CostAlertsEmailInvalid']);
  });

  test('fails when the anomaly threshold is 0 or less', () => {
    expect(errorCodes(make({ anomalyThresholdUsd: 0 }))).toEqual(['CostAlertsAnomalyThresholdNotPositive']);
  });

  test('reports every failure at once', () => {
    expect(errorCodes(make({ monthlyBudgetUsd: 0, actualThresholdsPercent: [2000], alertEmails: ['x'] }))).toEqual(['CostAlertsBudgetNotPositive', 'CostAlertsThresholdOutOfRange', 'CostAlertsEmailInvalid']);
  });
});

test('the budget class is the primary resource', () => {
  const stack = awsStack();
  const cost = new AwsCostAlerts(stack, 'CostAlerts', base);
  expect(cost.resource).toBeInstanceOf(BudgetsBudget);
});
