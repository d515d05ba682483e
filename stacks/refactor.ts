import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { addLogSearch, addLogSearchOutputs } from './parts/log-search';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';
import { addDataOutputs, addDataTier } from './parts/data';

/**
 * Refactor (seed §5.3). Written once against BlueprintKit; instantiated per cloud.
 */
export class RefactorStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REFACTOR, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    const data = addDataTier(this.kit, this.workload, { cache: true, singleShard: false, messaging: true });

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    // Log search before Monitoring, so that Monitoring alarms on it too.
    const logSearch = addLogSearch(this);
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    addLogSearchOutputs(this, logSearch);
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
  }
}
