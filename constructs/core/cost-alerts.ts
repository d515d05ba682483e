/**
 * CostAlerts, cloud-neutral part (seed §7.1): a monthly budget with actual and forecast
 * notifications, plus anomaly detection where the cloud offers it.
 */
import { Comparison, GoldenSignal, MetricRef, Severity, Statistic } from './blueprint';
import { isEmail } from './monitoring';
import { Rule } from './validation';

/** Neutral CostAlerts props: the same on both clouds. */
export interface CostAlertsProps {
  /** The monthly budget in USD, > 0. */
  readonly monthlyBudgetUsd: number;
  /**
   * Notify when actual spend reaches these percents of the budget, each in (0, 1000].
   * @default [80, 100]
   */
  readonly actualThresholdsPercent?: number[];
  /**
   * Notify when forecast spend reaches these percents of the budget, each in (0, 1000]. The 100%
   * forecast notification is the blueprint's golden signal "forecast above budget".
   * @default [100]
   */
  readonly forecastThresholdsPercent?: number[];
  /**
   * E-mail addresses notified directly by the budget, besides the alert channel.
   * @default - none: the alert channel only
   */
  readonly alertEmails?: string[];
  /**
   * Cost anomaly detection (AWS Cost Anomaly Detection monitor and subscription). Free of charge.
   * Azure runs anomaly detection on every subscription without a resource to declare.
   * @default true
   */
  readonly anomalyDetectionEnabled?: boolean;
  /**
   * Report an anomaly when its total impact reaches this many USD, > 0.
   * @default 100
   */
  readonly anomalyThresholdUsd?: number;
}

export const COST_ALERTS_DEFAULTS = {
  actualThresholdsPercent: [80, 100] as readonly number[],
  forecastThresholdsPercent: [100] as readonly number[],
  anomalyDetectionEnabled: true,
  anomalyThresholdUsd: 100,
} as const;

/** The neutral outputs of CostAlerts. */
export interface ICostAlerts {
  /** AWS: the budget name. Azure: the consumption budget id. */
  readonly budgetId: string;
  readonly monthlyBudgetUsd: number;
}

/** True when a budget threshold is not a percent in (0, 1000]. */
export function budgetThresholdInvalid(v: unknown): boolean {
  return typeof v !== 'number' || !(v > 0 && v <= 1000);
}

function thresholdRule(code: string, prop: 'actualThresholdsPercent' | 'forecastThresholdsPercent'): Rule<CostAlertsProps> {
  return {
    code,
    prop,
    value: (p) => p[prop],
    failsWhen: (p) => (p[prop] ?? []).some(budgetThresholdInvalid),
    allowed: 'percents in (0, 1000]',
    fix: (p) => `Fix ${(p[prop] ?? []).filter(budgetThresholdInvalid).join(', ')}: use percents such as 80 or 100.`,
  };
}

export const COST_ALERTS_RULES: ReadonlyArray<Rule<CostAlertsProps>> = [
  {
    code: 'CostAlertsBudgetNotPositive',
    prop: 'monthlyBudgetUsd',
    value: (p) => p.monthlyBudgetUsd,
    failsWhen: (p) => typeof p.monthlyBudgetUsd !== 'number' || !(p.monthlyBudgetUsd > 0) || !Number.isFinite(p.monthlyBudgetUsd),
    allowed: 'greater than 0',
    fix: 'Set the monthly budget in USD.',
  },
  thresholdRule('CostAlertsThresholdOutOfRange', 'actualThresholdsPercent'),
  thresholdRule('CostAlertsThresholdOutOfRange', 'forecastThresholdsPercent'),
  {
    code: 'CostAlertsEmailInvalid',
    prop: 'alertEmails',
    value: (p) => p.alertEmails,
    failsWhen: (p) => (p.alertEmails ?? []).some((e) => !isEmail(e)),
    allowed: 'a list of e-mail addresses',
    fix: (p) => `Fix ${(p.alertEmails ?? []).filter((e) => !isEmail(e)).map((e) => JSON.stringify(e)).join(', ')}: write name@domain.tld.`,
  },
  {
    code: 'CostAlertsAnomalyThresholdNotPositive',
    prop: 'anomalyThresholdUsd',
    value: (p) => p.anomalyThresholdUsd,
    failsWhen: (p) => p.anomalyThresholdUsd !== undefined && (typeof p.anomalyThresholdUsd !== 'number' || !(p.anomalyThresholdUsd > 0)),
    allowed: 'greater than 0',
    fix: 'Report anomalies from an impact such as 100 USD.',
  },
];

/** The golden signal name of the forecast notification. */
export const BUDGET_FORECAST_SIGNAL = 'forecast-above-budget';

/**
 * The forecast thresholds after the override of `forecast-above-budget`: none when it is disabled,
 * the override's threshold when it gives one, the current ones otherwise. Both clouds' CostAlerts
 * apply it when Monitoring routes the budget to the alert channel.
 */
export function forecastAfterOverride(current: number[], override: { enabled?: boolean; threshold?: number } | undefined): number[] {
  if (override?.enabled === false) return [];
  if (override?.threshold !== undefined) return [override.threshold];
  return current;
}

/**
 * The budget's golden signal, the same on both clouds: forecast spend reaching the first forecast
 * threshold (100 % when none). The budget's own forecast notification delivers it, routed to the
 * alert channel by Monitoring.
 */
export function budgetForecastSignal(metric: MetricRef, forecastThresholdsPercent: number[], monthlyBudgetUsd: number): GoldenSignal {
  const threshold = forecastThresholdsPercent[0] ?? 100;
  return {
    name: BUDGET_FORECAST_SIGNAL,
    description: `Forecast spend will reach ${threshold}% of the ${monthlyBudgetUsd} USD monthly budget (delivered by the budget's forecast notification).`,
    metric,
    statistic: Statistic.MAXIMUM,
    comparison: Comparison.GREATER_THAN,
    threshold,
    periodSeconds: 86400,
    evaluationPeriods: 1,
    severity: Severity.WARNING,
    deliveredByBlueprint: true,
  };
}

/** The validation message of a budget that nobody would hear from, or none. */
export function budgetRecipientProblem(path: string, hasChannel: boolean, emailCount: number, channelProp: string): string[] {
  return hasChannel || emailCount > 0
    ? []
    : [`${path}: the budget has no recipient. Create Monitoring after CostAlerts in the stack (it routes the budget to the alert channel), or give ${channelProp} or alertEmails.`];
}
