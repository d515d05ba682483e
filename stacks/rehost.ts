import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { rehostCompute } from './parts/compute';

/**
 * Rehost (seed §5.1). Written once against BlueprintKit; instantiated per cloud.
 */
export class RehostStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REHOST, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────
    const compute = rehostCompute(this.kit, this.workload);

    // ── data and messaging ─────────────────────────────────────────────────────────────────────

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    new TerraformOutput(this, 'load_balancer_endpoint', { value: compute.loadBalancer.endpointHostname });
  }
}
