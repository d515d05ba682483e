import { Construct } from 'constructs';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { ThrottlingScope } from '../constructs/core/refs';
import { addEdgeCache, addFeatureFlags, addFunctions, addThrottling } from './parts/serverless';

/**
 * Refactor (seed §5.3). Written once against BlueprintKit; instantiated per cloud.
 */
export class RefactorStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REFACTOR, props);

    // ── compute ────────────────────────────────────────────────────────────────────────────────

    // ── data and messaging ─────────────────────────────────────────────────────────────────────

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    // Functions: the schedule-triggered ones now; queue-triggered ones once their queue is passed.
    // wire: addFunctions(this.kit, this.loaded, { notifications: <the data area's IQueueRef of queue 'notifications'> });
    addFunctions(this.kit, this.loaded);
    const edgeWaf = addThrottling(this.kit, this.workload, ThrottlingScope.EDGE);
    addFeatureFlags(this.kit, this.workload);
    // wire: addEdgeCache(this.kit, this.workload, <the web tier's LoadBalancer/WebApp as IHttpEndpoint>, edgeWaf);
    void edgeWaf; // referenced until wired
    void addEdgeCache;

    // ── observability and cost ─────────────────────────────────────────────────────────────────

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
  }
}
