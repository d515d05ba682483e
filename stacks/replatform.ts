import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addEdgeCache, addThrottling } from './parts/serverless';

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
    const edgeWaf = addThrottling(this.kit, this.workload, ThrottlingScope.EDGE);
    // wire: addEdgeCache(this.kit, this.workload, <the web tier's WebApp as IHttpEndpoint>, edgeWaf);
    void edgeWaf; // referenced until wired
    void addEdgeCache;

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
  }
}
