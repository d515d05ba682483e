import { Construct } from 'constructs';
import { Aspects, TerraformStack } from 'cdktf';
import { BudgetsBudget, BudgetsBudgetNotification } from '@cdktf/provider-aws/lib/budgets-budget';
import { CeAnomalyMonitor } from '@cdktf/provider-aws/lib/ce-anomaly-monitor';
import { CeAnomalySubscription } from '@cdktf/provider-aws/lib/ce-anomaly-subscription';
import { Blueprint } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { BUDGET_FORECAST_SIGNAL, COST_ALERTS_DEFAULTS, COST_ALERTS_RULES, CostAlertsProps, ICostAlerts, budgetForecastSignal, budgetRecipientProblem, forecastAfterOverride } from '../core/cost-alerts';
import { BudgetAtScaleCheck } from '../core/cost-estimate';
import { IDeliversOwnAlerts } from '../core/monitoring';
import { AlarmOverride } from '../core/workload';
import { resourceName } from '../core/naming';

export interface AwsCostAlertsProps extends CostAlertsProps {
  /** The value of the `project` cost-allocation tag the budget and anomaly monitor filter on. */
  readonly projectTag: string;
  /**
   * The alert SNS topic. Monitoring routes the budget to its topic on its own when it is created
   * after CostAlerts, as in the stacks.
   * @default - set by Monitoring
   */
  readonly alertTopicArn?: string;
}

/**
 * Cost guardrails on AWS (seed §7.1): a monthly COST budget filtered on the project tag, notifying at
 * the actual and forecast thresholds (80% and 100% actual, 100% forecast by default) to the alert
 * topic and/or e-mail, and a Cost Anomaly Detection monitor on the project tag with a subscription.
 *
 * The 100% forecast notification is the blueprint's golden signal `forecast-above-budget`: the
 * budget delivers it to the alert topic itself, so Monitoring makes no alarm for it.
 *
 * The `project` tag must be activated as a cost-allocation tag in the billing console (once per
 * payer account) for the filter to match.
 */
export class AwsCostAlerts extends Blueprint implements ICostAlerts, IDeliversOwnAlerts {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'CostAlerts';
  /** The monthly budget. */
  public readonly resource: BudgetsBudget;
  public readonly anomalyMonitor?: CeAnomalyMonitor;
  /** Anomalies to the e-mails, daily (SNS subscribers need immediate delivery, e-mails a digest). */
  public readonly anomalyEmailSubscription?: CeAnomalySubscription;
  /** Anomalies to the alert topic, immediately; made when the topic is known. */
  public anomalyTopicSubscription?: CeAnomalySubscription;
  public readonly budgetId: string;
  public readonly monthlyBudgetUsd: number;
  private readonly emails: string[];
  private readonly actual: number[];
  private forecast: number[];
  private readonly anomalyThresholdUsd: number;
  private topicArn?: string;

  constructor(scope: Construct, id: string, props: AwsCostAlertsProps) {
    super(scope, id);
    this.validate('AwsCostAlerts', COST_ALERTS_RULES, props);
    const d = COST_ALERTS_DEFAULTS;
    this.monthlyBudgetUsd = props.monthlyBudgetUsd;
    this.emails = [...(props.alertEmails ?? [])];
    this.actual = [...(props.actualThresholdsPercent ?? d.actualThresholdsPercent)];
    this.forecast = [...(props.forecastThresholdsPercent ?? d.forecastThresholdsPercent)];
    this.anomalyThresholdUsd = props.anomalyThresholdUsd ?? d.anomalyThresholdUsd;
    this.topicArn = props.alertTopicArn;

    const name = resourceName(this, 'awsBudget', 'monthly');
    this.resource = new BudgetsBudget(this, 'Resource', {
      name,
      budgetType: 'COST',
      limitAmount: props.monthlyBudgetUsd.toFixed(2),
      limitUnit: 'USD',
      timeUnit: 'MONTHLY',
      costFilter: [{ name: 'TagKeyValue', values: [`user:project$${props.projectTag}`] }],
      notification: this.notifications(),
    });
    this.budgetId = this.resource.name;

    if (props.anomalyDetectionEnabled ?? d.anomalyDetectionEnabled) {
      this.anomalyMonitor = new CeAnomalyMonitor(this, 'AnomalyMonitor', {
        name: resourceName(this, 'awsGeneric', 'anomalies'),
        monitorType: 'CUSTOM',
        // The key order is the one Cost Explorer returns, so that plans show no drift.
        monitorSpecification: JSON.stringify({ And: null, CostCategories: null, Dimensions: null, Not: null, Or: null, Tags: { Key: 'project', MatchOptions: null, Values: [props.projectTag] } }),
      });
      if (this.emails.length > 0) {
        this.anomalyEmailSubscription = this.anomalySubscription('AnomalyEmailSubscription', 'DAILY', this.emails.map((address) => ({ type: 'EMAIL', address })));
      }
    }
    if (this.topicArn) this.routeAnomaliesToTopic();

    this.addGoldenSignal(budgetForecastSignal({ namespace: 'AWS/Budgets', metricName: 'ForecastedSpendPercent', dimensions: [{ name: 'BudgetName', value: name }] }, this.forecast, props.monthlyBudgetUsd));
    this.addCostItem({ sku: 'aws:budgets:budget', description: 'budget (notification-only budgets are free)', quantityMin: 1, quantityMax: 1 });
    if (this.anomalyMonitor) this.addCostItem({ sku: 'aws:ce:anomaly-monitor', description: 'cost anomaly monitor (free)', quantityMin: 1, quantityMax: 1 });

    this.node.addValidation({
      validate: () => budgetRecipientProblem(this.node.path, Boolean(this.topicArn), this.emails.length, 'alertTopicArn'),
    });
    Aspects.of(TerraformStack.of(this)).add(new BudgetAtScaleCheck(props.monthlyBudgetUsd));
  }

  /** Sends the budget notifications and anomalies to the alert topic; applies overrides of `forecast-above-budget`. */
  public routeAlertsTo(alertChannelId: string, overrides: Record<string, AlarmOverride>): void {
    this.forecast = forecastAfterOverride(this.forecast, overrides[BUDGET_FORECAST_SIGNAL]);
    this.topicArn = alertChannelId;
    this.resource.putNotification(this.notifications());
    this.routeAnomaliesToTopic();
  }

  private routeAnomaliesToTopic(): void {
    if (!this.anomalyMonitor || this.anomalyTopicSubscription || !this.topicArn) return;
    this.anomalyTopicSubscription = this.anomalySubscription('AnomalySubscription', 'IMMEDIATE', [{ type: 'SNS', address: this.topicArn }]);
  }

  private anomalySubscription(id: string, frequency: string, subscriber: Array<{ type: string; address: string }>): CeAnomalySubscription {
    return new CeAnomalySubscription(this, id, {
      name: resourceName(this, 'awsGeneric', id === 'AnomalySubscription' ? 'anomalies' : 'anomalies-email'),
      frequency,
      monitorArnList: [this.anomalyMonitor!.arn],
      subscriber,
      thresholdExpression: { dimension: { key: 'ANOMALY_TOTAL_IMPACT_ABSOLUTE', matchOptions: ['GREATER_THAN_OR_EQUAL'], values: [String(this.anomalyThresholdUsd)] } },
    });
  }

  private notifications(): BudgetsBudgetNotification[] {
    const to = {
      subscriberEmailAddresses: this.emails.length > 0 ? this.emails : undefined,
      subscriberSnsTopicArns: this.topicArn ? [this.topicArn] : undefined,
    };
    const one = (notificationType: string, threshold: number): BudgetsBudgetNotification => ({ comparisonOperator: 'GREATER_THAN', notificationType, threshold, thresholdType: 'PERCENTAGE', ...to });
    return [...this.actual.map((t) => one('ACTUAL', t)), ...this.forecast.map((t) => one('FORECASTED', t))];
  }
}
