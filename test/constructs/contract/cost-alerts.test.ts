import { CostAlertsProps } from '../../../constructs/core/cost-alerts';
import { errorCodes, kitStack, onlyResource, synth } from '../../helpers';

const CLOUDS = [
  {
    cloud: 'aws' as const,
    budgetType: 'aws_budgets_budget',
    amount: (b: any) => Number(b.limit_amount),
    notifications: (b: any) => b.notification.map((n: any) => `${n.notification_type === 'ACTUAL' ? 'actual' : 'forecast'}:${n.threshold}`),
  },
  {
    cloud: 'azure' as const,
    budgetType: 'azurerm_consumption_budget_resource_group',
    amount: (b: any) => b.amount,
    notifications: (b: any) => b.notification.map((n: any) => `${n.threshold_type === 'Actual' ? 'actual' : 'forecast'}:${n.threshold}`),
  },
];

const props: CostAlertsProps = { monthlyBudgetUsd: 2500, actualThresholdsPercent: [50, 90], forecastThresholdsPercent: [100], alertEmails: ['finance@shop.example.com'] };

describe.each(CLOUDS)('CostAlerts contract on $cloud', ({ cloud, budgetType, amount, notifications }) => {
  test('the same budget and thresholds', () => {
    const { stack, kit } = kitStack(cloud);
    kit.costAlerts('CostAlerts', props);
    const budget = onlyResource(synth(stack), budgetType);
    expect(amount(budget)).toBe(2500);
    expect(notifications(budget)).toEqual(['actual:50', 'actual:90', 'forecast:100']);
  });

  test('defaults: 80% and 100% actual, 100% forecast', () => {
    const { stack, kit } = kitStack(cloud);
    kit.costAlerts('CostAlerts', { monthlyBudgetUsd: 100, alertEmails: ['a@b.co'] });
    expect(notifications(onlyResource(synth(stack), budgetType))).toEqual(['actual:80', 'actual:100', 'forecast:100']);
  });

  test('the same golden signal, delivered by the budget', () => {
    const { kit } = kitStack(cloud);
    const cost = kit.costAlerts('CostAlerts', props) as unknown as { goldenSignals: Array<{ name: string; deliveredByBlueprint?: boolean }> };
    expect(cost.goldenSignals.map((s) => [s.name, s.deliveredByBlueprint])).toEqual([['forecast-above-budget', true]]);
  });

  test('the same rules fail with the same codes', () => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.costAlerts('CostAlerts', { monthlyBudgetUsd: 0, forecastThresholdsPercent: [0], alertEmails: ['nope'] }))).toEqual([
      'CostAlertsBudgetNotPositive',
      'CostAlertsThresholdOutOfRange',
      'CostAlertsEmailInvalid',
    ]);
  });
});
