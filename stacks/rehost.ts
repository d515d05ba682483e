import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addThrottling } from './parts/serverless';

/**
 * Rehost (seed §5.1). Written once against BlueprintKit; instantiated per cloud.
 */
export class RehostStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REHOST, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    const data = addDataTier(this.kit, this.workload, { cache: false, singleShard: true, messaging: false });

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    const regionalWaf = addThrottling(this.kit, this.workload, ThrottlingScope.REGIONAL);
    // wire: pass regionalWaf (IThrottling) to the web LoadBalancer, which associates it
    // (AWS: aws_wafv2_web_acl_association; Azure: the Application Gateway's firewall_policy_id).
    void regionalWaf; // referenced until wired

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
  }
}
