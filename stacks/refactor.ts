import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { appSettings } from './parts/settings';
import { addLogSearch, addLogSearchOutputs } from './parts/log-search';
import { observabilityOutputs } from './parts/observability';
import { observabilityPropsFromWorkload } from '../constructs/core/workload/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addEdgeCache, requestPathProps, addFeatureFlags, addFunctions, addThrottling } from './parts/serverless';
import { webAppCompute } from './parts/compute';
import { wireApps, wireFlagRollback, wireFunctions } from './parts/wiring';

/**
 * Refactor (seed §5.3). Written once against BlueprintKit; instantiated per cloud.
 */
export class RefactorStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REFACTOR, props);

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    // Data first: the apps get its endpoints (retained components included) as settings.
    const data = addDataTier(this.kit, this.workload, { cache: true, singleShard: false, messaging: true });

    // ── compute ────────────────────────────────────────────────────────────────────────────────
    // The flags before the apps: the apps read them (settings and grant).
    const flags = addFeatureFlags(this.kit, this.workload);
    // With the edge on, the load balancer is the edge's private origin (requestPathProps).
    const compute = webAppCompute(this.kit, this.workload, requestPathProps(this.workload), appSettings(data, flags));
    // Each app's identity and network position get what its settings name.
    wireApps(Object.values(compute.webApps), data, flags);

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    // Functions: the notification sender on its queue (backpressure), the reconciliation on its schedule.
    const functions = addFunctions(this.kit, this.loaded, data.messaging?.queues ?? {}, data.messaging);
    wireFunctions(functions, data);
    const edgeWaf = addThrottling(this.kit, this.workload, ThrottlingScope.EDGE);
    // The edge cache in front of the load balancer, failing over to the degraded-mode page.
    const edge = addEdgeCache(this.kit, this.workload, compute.loadBalancer, edgeWaf);

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    // Log search before Monitoring, so that Monitoring alarms on it too.
    const logSearch = addLogSearch(this.kit, this.workload, this.strategy);
    const costAlerts = this.kit.costAlerts('CostAlerts', observabilityPropsFromWorkload(this.workload).costAlerts);
    const monitoring = this.kit.monitoring('Monitoring', observabilityPropsFromWorkload(this.workload).monitoring);
    // The apps' alarms watch every flag deployment (AWS: AppConfig monitors roll it back).
    wireFlagRollback(flags, monitoring, Object.values(compute.webApps));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    addLogSearchOutputs(this, logSearch);
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
    new TerraformOutput(this, 'load_balancer_endpoint', { value: compute.loadBalancer.endpointHostname });
    if (edge) new TerraformOutput(this, 'edge_endpoint', { value: edge.endpointHostname });
  }
}
