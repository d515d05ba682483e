import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
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

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    addDataOutputs(this, data);
  }
}
