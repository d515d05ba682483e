import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { BlueprintStack, BlueprintStackProps, Strategy } from './base';
import { appSettings, envFileUserData } from './parts/settings';
import { costAlertsProps, monitoringProps, observabilityOutputs } from './parts/observability';
import { addDataOutputs, addDataTier } from './parts/data';
import { ThrottlingScope } from '../constructs/core/refs';
import { addThrottling } from './parts/serverless';
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
    // The WAF (throttling, seed §4.2) first: the load balancer attaches it.
    const regionalWaf = addThrottling(this.kit, this.workload, ThrottlingScope.REGIONAL);
    const compute = rehostCompute(this.kit, this.workload, { throttling: regionalWaf }, envFileUserData(appSettings(data)));
    // Each scaling group's role and security group get what its settings name.
    wireApps(Object.values(compute.scalingGroups), data);

    // ── serverless and resilience ──────────────────────────────────────────────────────────────
    // (the regional WAF is created with the load balancer, above)

    // ── observability and cost ─────────────────────────────────────────────────────────────────
    const costAlerts = this.kit.costAlerts('CostAlerts', costAlertsProps(this.workload));
    const monitoring = this.kit.monitoring('Monitoring', monitoringProps(this.workload));

    // ── outputs ────────────────────────────────────────────────────────────────────────────────
    observabilityOutputs(this, monitoring, costAlerts);
    addDataOutputs(this, data);
    new TerraformOutput(this, 'load_balancer_endpoint', { value: compute.loadBalancer.endpointHostname });
  }
}
