import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { addLogSearch, addLogSearchOutputs } from './parts/log-search';

/**
 * Refactor (seed §5.3). Written once against BlueprintKit; instantiated per cloud.
 */
export class RefactorStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REFACTOR, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────

    // ── serverless and resilience ──────────────────────────────────────────────────────────────

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const logSearch = addLogSearch(this);

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    addLogSearchOutputs(this, logSearch);
  }
}
