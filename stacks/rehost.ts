import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
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

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    const regionalWaf = addThrottling(this.kit, this.workload, ThrottlingScope.REGIONAL);
    // wire: pass regionalWaf (IThrottling) to the web LoadBalancer, which associates it
    // (AWS: aws_wafv2_web_acl_association; Azure: the Application Gateway's firewall_policy_id).
    void regionalWaf; // referenced until wired

    // ── observability and cost ─────────────────────────────────────────────────────────────────

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
  }
}
