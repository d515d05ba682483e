import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';

/**
 * Replatform (seed §5.2). Written once against BlueprintKit; instantiated per cloud.
 */
export class ReplatformStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REPLATFORM, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
  }
}
