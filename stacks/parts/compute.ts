import { Cloud } from '../../constructs/core/cloud';
import { BlueprintKit } from '../../constructs/core/kit';
import { ILoadBalancer, ILoadBalancerTarget, LoadBalancerProps, LoadBalancerTargetType } from '../../constructs/core/load-balancer';
import { pascalCase } from '../../constructs/core/private/strings';
import { IScalingGroup } from '../../constructs/core/scaling-group';
import { SizeTier } from '../../constructs/core/size';
import { IWebApp } from '../../constructs/core/web-app';
import { Workload, WorkloadTier } from '../../constructs/core/workload';
import { computePropsFromWorkload, orderedTiers } from '../../constructs/core/workload/compute';
import { tierAppSettings } from './bootstrap';

/** What the compute wiring of a stack made, for other areas and the outputs. */
export interface ComputeParts {
  readonly loadBalancer: ILoadBalancer;
  /** Load balancer targets by tier name (tiers of kind web and api). */
  readonly targets: Record<string, ILoadBalancerTarget>;
  readonly scalingGroups: Record<string, IScalingGroup>;
  readonly webApps: Record<string, IWebApp>;
}

/** The construct id of a tier's host: `WebTier`, `SearchTier`. */
export function tierId(name: string): string {
  return `${pascalCase(name)}Tier`;
}

function targetsFor(kit: BlueprintKit, w: Workload, type: LoadBalancerTargetType, lbProps: LoadBalancerProps): { loadBalancer: ILoadBalancer; targets: Record<string, ILoadBalancerTarget> } {
  const loadBalancer = kit.loadBalancer('LoadBalancer', lbProps);
  const targets: Record<string, ILoadBalancerTarget> = {};
  for (const [name, tier] of Object.entries(computePropsFromWorkload(w, type))) {
    if (tier.target) targets[name] = loadBalancer.addTarget(name, tier.target);
  }
  return { loadBalancer, targets };
}

/**
 * Rehost: one load balancer; per tier a scaling group with its size, capacity, targets and schedules.
 * @param lbProps load balancer props, e.g. the `throttling` of the resilience area.
 * @param userData cloud-init for every tier, or per tier (stacks/parts/bootstrap.ts `vmBootstrap`).
 */
export function rehostCompute(kit: BlueprintKit, w: Workload, lbProps: LoadBalancerProps = {}, userData?: string | ((name: string, tier: WorkloadTier) => string | undefined)): ComputeParts {
  const { loadBalancer, targets } = targetsFor(kit, w, LoadBalancerTargetType.INSTANCE, lbProps);
  const tiers = computePropsFromWorkload(w, LoadBalancerTargetType.INSTANCE);
  const scalingGroups: Record<string, IScalingGroup> = {};
  for (const [name, t] of orderedTiers(w)) {
    scalingGroups[name] = kit.scalingGroup(tierId(name), {
      size: t.size,
      capacity: t.capacity,
      scalingTargets: tiers[name].scalingTargets,
      schedules: t.schedules,
      target: targets[name],
      port: t.port,
      healthCheckPath: t.healthCheckPath,
      userData: typeof userData === 'function' ? userData(name, t) : userData,
    });
  }
  return { loadBalancer, targets, scalingGroups, webApps: {} };
}

/**
 * Replatform and refactor: one load balancer; per tier a web app (Fargate service / App Service)
 * behind it. On Azure each app gets a staging slot for swap-based switchover. A tier with fewer
 * than 2 instances or of size xsmall runs without zone redundancy (a dev setup).
 */
export function webAppCompute(kit: BlueprintKit, w: Workload, lbProps: LoadBalancerProps = {}, environment?: Record<string, string>): ComputeParts {
  const { loadBalancer, targets } = targetsFor(kit, w, LoadBalancerTargetType.WEB_APP, lbProps);
  const tiers = computePropsFromWorkload(w, LoadBalancerTargetType.WEB_APP);
  const webApps: Record<string, IWebApp> = {};
  for (const [name, t] of orderedTiers(w)) {
    webApps[name] = kit.webApp(tierId(name), {
      size: t.size,
      capacity: t.capacity,
      scalingTargets: tiers[name].scalingTargets,
      schedules: t.schedules,
      target: targets[name],
      port: t.port,
      healthCheckPath: t.healthCheckPath,
      containerImage: t.containerImage,
      // The data tier's settings, then the tier's own (APP_TIER, PORT, HEALTH_CHECK_PATH, FEATURE_*).
      environment: { ...(environment ?? {}), ...tierAppSettings(w, name, t) },
      // Zone-redundant whenever the tier can be: at least 2 instances, and not the Basic-tier dev size.
      zoneRedundancyEnabled: t.capacity.min >= 2 && t.size !== SizeTier.XSMALL,
      stagingSlotEnabled: kit.cloud === Cloud.AZURE,
    });
  }
  return { loadBalancer, targets, scalingGroups: {}, webApps };
}
