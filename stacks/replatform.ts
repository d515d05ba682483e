import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';
import { addDataOutputs, addDataTier } from './parts/data';

/**
 * Replatform (seed §5.2). Written once against BlueprintKit; instantiated per cloud.
 */
export class ReplatformStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REPLATFORM, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    const data = addDataTier(this.kit, this.workload, { cache: true, singleShard: true, messaging: false });

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
  }
}
