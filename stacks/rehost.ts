import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { appSettings } from './parts/settings';
import { vmBootstrap } from './parts/bootstrap';
import { observabilityOutputs } from './parts/observability';
import { observabilityPropsFromWorkload } from '../constructs/core/workload/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addEdgeCache, addThrottling, edgeEnabled, requestPathProps } from './parts/serverless';
import { rehostCompute } from './parts/compute';
import { wireApps } from './parts/wiring';

/**
 * Rehost (seed §5.1). Written once against BlueprintKit; instantiated per cloud.
 */
export class RehostStack extends BlueprintStack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, Strategy.REHOST, props);

    // ── data and messaging ─────────────────────────────────────────────────────────────────────
    // Data first: the apps get its endpoints (retained components included) as settings.
    const data = addDataTier(this.kit, this.workload, { cache: false, singleShard: true, messaging: false });

    // ── compute ────────────────────────────────────────────────────────────────────────────────
    // The WAF (throttling, seed §4.2) sits where TLS ends: at the edge when the edge is on (the load
    // balancer is then its private origin), else on the public load balancer.
    const edgeOn = edgeEnabled(this.workload);
    const regionalWaf = edgeOn ? undefined : addThrottling(this.kit, this.workload, ThrottlingScope.REGIONAL);
    const lbProps = edgeOn ? requestPathProps(this.workload) : { throttling: regionalWaf };
    const settings = appSettings(data);
    const compute = rehostCompute(this.kit, this.workload, lbProps, (name, tier) => vmBootstrap(this.workload, name, tier, settings));
    // Each scaling group's role and security group get what its settings name.
    wireApps(Object.values(compute.scalingGroups), data);

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    // The edge cache in front of the load balancer, failing over to the degraded-mode page.
    const edgeWaf = edgeOn ? addThrottling(this.kit, this.workload, ThrottlingScope.EDGE) : undefined;
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
