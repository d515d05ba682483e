/**
 * The observability-and-cost outputs shared by the three stacks (their props come from
 * constructs/core/workload/observability.ts).
 */
import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { ICostAlerts } from '../../constructs/core/cost-alerts';
import { estimateStack } from '../../constructs/core/cost-estimate';
import { IMonitoring } from '../../constructs/core/monitoring';

/**
 * The outputs of the observability region: dashboard link, alert channel, and the stack's monthly
 * cost estimate at minimum and maximum capacity (fixed items; usage-based ones come on top). Call it
 * last, once every blueprint of the stack exists.
 */
export function observabilityOutputs(stack: Construct, monitoring: IMonitoring, costAlerts: ICostAlerts): void {
  if (monitoring.dashboardUrl !== undefined) new TerraformOutput(stack, 'dashboard_url', { value: monitoring.dashboardUrl, description: 'The stack dashboard: one widget per blueprint.' });
  new TerraformOutput(stack, 'alert_channel_id', { value: monitoring.alertChannelId, description: 'Where alarms go (AWS: SNS topic ARN; Azure: action group id).' });
  new TerraformOutput(stack, 'budget_id', { value: costAlerts.budgetId, description: 'The monthly budget.' });
  const est = estimateStack(stack);
  new TerraformOutput(stack, 'cost_estimate_min_usd', { value: est.minUsd, description: 'Estimated USD per month at minimum capacity, list prices, without usage-based items.' });
  new TerraformOutput(stack, 'cost_estimate_max_usd', { value: est.maxUsd, description: 'Estimated USD per month at maximum capacity, list prices, without usage-based items.' });
}
