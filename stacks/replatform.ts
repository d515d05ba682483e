import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
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

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    addDataOutputs(this, data);
  }
}
