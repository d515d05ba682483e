import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { webAppCompute } from './parts/compute';

/**
 * Replatform (seed §5.2). Written once against BlueprintKit; instantiated per cloud.
 */
export class ReplatformStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REPLATFORM, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────
    const compute = webAppCompute(this.kit, this.workload);

    // ── data and messaging ─────────────────────────────────────────────────────────────────────

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    new TerraformOutput(this, 'load_balancer_endpoint', { value: compute.loadBalancer.endpointHostname });
  }
}
