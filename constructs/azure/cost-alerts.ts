import { Construct } from 'constructs';
import { Annotations, Aspects, Fn, TerraformStack } from 'cdktf';
import { CostAnomalyAlert } from '@cdktf/provider-azurerm/lib/cost-anomaly-alert';
import { DataAzurermSubscription } from '@cdktf/provider-azurerm/lib/data-azurerm-subscription';
import { ConsumptionBudgetResourceGroup, ConsumptionBudgetResourceGroupNotification } from '@cdktf/provider-azurerm/lib/consumption-budget-resource-group';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Blueprint } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { BUDGET_FORECAST_SIGNAL, COST_ALERTS_DEFAULTS, COST_ALERTS_RULES, CostAlertsProps, ICostAlerts, budgetForecastSignal, budgetRecipientProblem, forecastAfterOverride } from '../core/cost-alerts';
import { BudgetAtScaleCheck } from '../core/cost-estimate';
import { IDeliversOwnAlerts } from '../core/monitoring';
import { AlarmOverride } from '../core/workload';
import { resourceName } from '../core/naming';
import { Rule } from '../core/validation';

export interface AzureCostAlertsProps extends CostAlertsProps {
  /** The budget's scope: the kit's resource group. */
  readonly resourceGroup: ResourceGroup;
  /**
   * The action group notified. Monitoring routes the budget to its action group on its own when it
   * is created after CostAlerts, as in the stacks.
   * @default - set by Monitoring
   */
  readonly actionGroupId?: string;
  /**
   * Who receives the cost anomaly alert. `azurerm_cost_anomaly_alert` (azurerm 4.55) sends e-mail
   * only (at least one address; no action group) and watches the whole subscription
   * (`subscription_id`), daily, by resource group. The kit passes the workload's `alerts.emails`.
   * @default - alertEmails; with none, no anomaly alert is made (a warning says so)
   */
  readonly anomalyAlertEmails?: string[];
  /**
   * First month of the budget, `YYYY-MM-01T00:00:00Z`.
   * @default - the first of the month at the first apply (later changes are ignored)
   */
  readonly startDate?: string;
}

/** Azure consumption budgets take at most 5 notifications. */
export const AZURE_BUDGET_MAX_NOTIFICATIONS = 5;

const AZURE_COST_ALERTS_RULES: ReadonlyArray<Rule<AzureCostAlertsProps>> = [
  ...COST_ALERTS_RULES,
  {
    code: 'CostAlertsTooManyNotifications',
    prop: 'actualThresholdsPercent',
    value: (p) => [...(p.actualThresholdsPercent ?? COST_ALERTS_DEFAULTS.actualThresholdsPercent), ...(p.forecastThresholdsPercent ?? COST_ALERTS_DEFAULTS.forecastThresholdsPercent)],
    failsWhen: (p) => (p.actualThresholdsPercent ?? COST_ALERTS_DEFAULTS.actualThresholdsPercent).length + (p.forecastThresholdsPercent ?? COST_ALERTS_DEFAULTS.forecastThresholdsPercent).length > AZURE_BUDGET_MAX_NOTIFICATIONS,
    allowed: `at most ${AZURE_BUDGET_MAX_NOTIFICATIONS} actual and forecast thresholds together`,
    fix: 'Azure budgets take 5 notifications: drop some thresholds.',
  },
  {
    code: 'CostAlertsStartDateInvalid',
    prop: 'startDate',
    value: (p) => p.startDate,
    failsWhen: (p) => p.startDate !== undefined && !/^\d{4}-\d{2}-01T00:00:00Z$/.test(p.startDate),
    allowed: 'the first of a month as YYYY-MM-01T00:00:00Z',
    fix: 'Budgets start on the first of a month.',
  },
];

/**
 * Cost guardrails on Azure (seed §7.1): a monthly consumption budget on the kit's resource group,
 * notifying the action group (and e-mails) at the actual and forecast thresholds. Azure runs cost
 * anomaly detection on every subscription; its alerts are set up per subscription in Cost
 * Management, not per resource group.
 *
 * The 100% forecast notification is the golden signal `forecast-above-budget`, delivered by the
 * budget itself.
 */
export class AzureCostAlerts extends Blueprint implements ICostAlerts, IDeliversOwnAlerts {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'CostAlerts';
  public readonly resource: ConsumptionBudgetResourceGroup;
  public readonly budgetId: string;
  public readonly monthlyBudgetUsd: number;
  /**
   * The subscription's cost anomaly alert (e-mail, daily).
   * @default - none when anomaly detection is off or nobody is to be e-mailed
   */
  public readonly anomalyAlert?: CostAnomalyAlert;
  private readonly emails: string[];
  private readonly actual: number[];
  private forecast: number[];
  private actionGroupId?: string;

  constructor(scope: Construct, id: string, props: AzureCostAlertsProps) {
    super(scope, id);
    this.validate('AzureCostAlerts', AZURE_COST_ALERTS_RULES, props);
    const d = COST_ALERTS_DEFAULTS;
    this.monthlyBudgetUsd = props.monthlyBudgetUsd;
    this.emails = [...(props.alertEmails ?? [])];
    this.actual = [...(props.actualThresholdsPercent ?? d.actualThresholdsPercent)];
    this.forecast = [...(props.forecastThresholdsPercent ?? d.forecastThresholdsPercent)];
    this.actionGroupId = props.actionGroupId;

    this.resource = new ConsumptionBudgetResourceGroup(this, 'Resource', {
      name: resourceName(this, 'azureBudget', 'monthly'),
      resourceGroupId: props.resourceGroup.id,
      amount: props.monthlyBudgetUsd,
      timeGrain: 'Monthly',
      timePeriod: { startDate: props.startDate ?? Fn.formatdate("YYYY-MM-01'T'00:00:00Z", Fn.timestamp()) },
      notification: this.notifications(),
      lifecycle: { ignoreChanges: ['time_period'] },
    });
    this.budgetId = this.resource.id;

    if (props.anomalyDetectionEnabled ?? d.anomalyDetectionEnabled) {
      const to = props.anomalyAlertEmails ?? this.emails;
      if (to.length === 0) {
        Annotations.of(this).addWarning('Cost anomaly alert not made: azurerm_cost_anomaly_alert e-mails only, and no anomalyAlertEmails (workload alerts.emails) were given.');
      } else {
        // Scope: the subscription of the provider (the resource takes no resource group).
        const subscription = new DataAzurermSubscription(this, 'Subscription', {});
        this.anomalyAlert = new CostAnomalyAlert(this, 'AnomalyAlert', {
          name: resourceName(this, 'azureGeneric', 'anomaly'),
          displayName: `Cost anomalies (${resourceName(this, 'azureGeneric', 'anomaly')})`,
          subscriptionId: subscription.id,
          emailSubject: `Cost anomaly detected in subscription ${subscription.displayName}`,
          emailAddresses: [...to],
          message: 'Azure Cost Management found unusual daily spend. Open Cost analysis > Anomalies for the resource groups involved.',
        });
      }
      if (props.anomalyThresholdUsd !== undefined) Annotations.of(this).addInfo('anomalyThresholdUsd has no Azure setting: Azure cost anomaly alerts report every anomaly the model detects.');
    }

    this.addGoldenSignal(budgetForecastSignal({ namespace: 'Microsoft.Consumption/budgets', metricName: 'ForecastedSpendPercent', resourceId: this.resource.id }, this.forecast, props.monthlyBudgetUsd));
    this.addCostItem({ sku: 'azure:cost-management:budget', description: 'consumption budget (free)', quantityMin: 1, quantityMax: 1 });

    this.node.addValidation({
      validate: () => budgetRecipientProblem(this.node.path, Boolean(this.actionGroupId), this.emails.length, 'actionGroupId'),
    });
    Aspects.of(TerraformStack.of(this)).add(new BudgetAtScaleCheck(props.monthlyBudgetUsd));
  }

  /** Sends the budget notifications to the action group; applies overrides of `forecast-above-budget`. */
  public routeAlertsTo(alertChannelId: string, overrides: Record<string, AlarmOverride>): void {
    this.forecast = forecastAfterOverride(this.forecast, overrides[BUDGET_FORECAST_SIGNAL]);
    this.actionGroupId = alertChannelId;
    this.resource.putNotification(this.notifications());
  }

  private notifications(): ConsumptionBudgetResourceGroupNotification[] {
    const one = (thresholdType: string, threshold: number): ConsumptionBudgetResourceGroupNotification => ({
      enabled: true,
      operator: 'GreaterThanOrEqualTo',
      threshold,
      thresholdType,
      contactEmails: this.emails.length > 0 ? this.emails : undefined,
      contactGroups: this.actionGroupId ? [this.actionGroupId] : undefined,
    });
    return [...this.actual.map((t) => one('Actual', t)), ...this.forecast.map((t) => one('Forecasted', t))];
  }
}
