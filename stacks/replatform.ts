import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { appSettings } from './parts/settings';
import { observabilityOutputs } from './parts/observability';
import { observabilityPropsFromWorkload } from '../constructs/core/workload/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addEdgeCache, requestPathProps, addThrottling } from './parts/serverless';
import { webAppCompute } from './parts/compute';
import { wireApps } from './parts/wiring';

/**
 * Replatform (seed §5.2). Written once against BlueprintKit; instantiated per cloud.
 */
export class ReplatformStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REPLATFORM, props);

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    // Data first: the apps get its endpoints (retained components included) as settings.
    const data = addDataTier(this.kit, this.workload, { cache: true, singleShard: true, messaging: false });

    // ── compute ────────────────────────────────────────────────────────────────────────────────
    // With the edge on, the load balancer is the edge's private origin (requestPathProps).
    const compute = webAppCompute(this.kit, this.workload, requestPathProps(this.workload), appSettings(data));
    // Each app's identity and network position get what its settings name.
    wireApps(Object.values(compute.webApps), data);

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    const edgeWaf = addThrottling(this.kit, this.workload, ThrottlingScope.EDGE);
    // The edge cache in front of the load balancer, failing over to the degraded-mode page.
    const edge = addEdgeCache(this.kit, this.workload, compute.loadBalancer, edgeWaf);

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', observabilityPropsFromWorkload(this.workload).costAlerts);
    const monitoring = this.kit.monitoring('Monitoring', observabilityPropsFromWorkload(this.workload).monitoring);

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
    new TerraformOutput(this, 'load_balancer_endpoint', { value: compute.loadBalancer.endpointHostname });
    if (edge) new TerraformOutput(this, 'edge_endpoint', { value: edge.endpointHostname });
  }
}
