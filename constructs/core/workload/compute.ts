/**
 * Workload mapping, compute area: the workload's tiers as neutral scaling and load balancer target
 * props (`computePropsFromWorkload`), and the rules of the tiers' routing and containers with JSON
 * paths (`computeWorkloadIssues`).
 */
import { ScalingMetric, ScalingTarget } from '../capacity';
import { ILoadBalancerTarget, LOAD_BALANCER_TARGET_RULES, LoadBalancerTargetProps, LoadBalancerTargetType, TARGET_NAME_RE } from '../load-balancer';
import { ValidationIssue, checkRules } from '../validation';
import { WEB_APP_RULES, WebAppProps } from '../web-app';
import { TierKind, Workload, WorkloadTier } from '../workload';

/** Tiers in routing order: the web tier first (the default route), then the others as written. */
export function orderedTiers(w: Workload): Array<[string, WorkloadTier]> {
  const all = Object.entries(w.tiers);
  return [...all.filter(([, t]) => t.kind === TierKind.WEB), ...all.filter(([, t]) => t.kind !== TierKind.WEB)];
}

/** Target-tracking policies of a tier: CPU always, requests per instance when the tier asks. */
function tierScalingTargets(t: WorkloadTier): ScalingTarget[] {
  const targets: ScalingTarget[] = [{ metric: ScalingMetric.CPU, targetValue: t.cpuTargetPercent ?? 60 }];
  if (t.requestsPerInstanceTarget !== undefined) targets.push({ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: t.requestsPerInstanceTarget });
  return targets;
}

/** The load balancer target of a tier; the web tier carries the switchover weights. */
function tierTargetProps(w: Workload, t: WorkloadTier, targetType: LoadBalancerTargetType): LoadBalancerTargetProps {
  const web = t.kind === TierKind.WEB;
  return {
    targetType,
    port: t.port,
    healthCheckPath: t.healthCheckPath,
    pathPatterns: web ? undefined : t.pathPatterns,
    blueWeight: web && targetType === LoadBalancerTargetType.INSTANCE ? w.switchover?.blueWeight : undefined,
    greenWeight: web && targetType === LoadBalancerTargetType.INSTANCE ? w.switchover?.greenWeight : undefined,
  };
}

/** One tier of the compute area as neutral props. */
export interface TierWorkloadProps {
  /** Target-tracking policies: CPU always, requests per instance when the tier asks. */
  readonly scalingTargets: ScalingTarget[];
  /** The tier's load balancer target; none for a worker tier. */
  readonly target?: LoadBalancerTargetProps;
}

/**
 * The workload's tiers as neutral props, by tier name in routing order ({@link orderedTiers}).
 * @param targetType how the tiers' hosts join the load balancer (instances or web apps)
 */
export function computePropsFromWorkload(w: Workload, targetType: LoadBalancerTargetType): Record<string, TierWorkloadProps> {
  const out: Record<string, TierWorkloadProps> = {};
  for (const [name, t] of orderedTiers(w)) {
    out[name] = { scalingTargets: tierScalingTargets(t), target: t.kind !== TierKind.WORKER ? tierTargetProps(w, t, targetType) : undefined };
  }
  return out;
}

/**
 * Workload-file rules of the compute area, for what the schema and the capacity/schedule checks do
 * not cover: the routing of each tier (names, path patterns, no pattern twice), request targets only
 * on tiers behind the load balancer, and container images. Same codes as the blueprints.
 */
export function computeWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  for (const [name, t] of Object.entries(w.tiers ?? {})) {
    const at = `tiers.${name}.`;
    const routed = t.kind !== TierKind.WORKER;
    if (routed && !TARGET_NAME_RE.test(name)) {
      issues.push({ code: 'LoadBalancerTargetNameInvalid', path: source, prop: `tiers.${name}`, value: name, allowed: 'kebab-case, 1 to 20 characters, starting with a letter', fix: 'Rename the tier: its name becomes the target group / backend pool name.' });
    }
    if (routed && t.kind === TierKind.API) {
      issues.push(...checkRules(LOAD_BALANCER_TARGET_RULES.filter((r) => r.code === 'LoadBalancerPathPatternInvalid'), { pathPatterns: t.pathPatterns && t.pathPatterns.length > 0 ? t.pathPatterns : undefined }, source, at));
      for (const p of t.pathPatterns ?? []) {
        const other = seen.get(p);
        if (other !== undefined) issues.push({ code: 'LoadBalancerPathPatternDuplicate', path: source, prop: `${at}pathPatterns`, value: p, allowed: `routed to one tier only (tier '${other}' has it)`, fix: 'Give each api tier its own paths.' });
        seen.set(p, name);
      }
    }
    const props: WebAppProps = {
      containerImage: t.containerImage,
      scalingTargets: t.requestsPerInstanceTarget !== undefined ? [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: t.requestsPerInstanceTarget }] : undefined,
      target: routed ? ({ targetName: name } as ILoadBalancerTarget) : undefined,
    };
    const codes = new Set(['WebAppContainerImageInvalid', 'WebAppTargetNotPositive', 'WebAppRequestTargetWithoutLoadBalancer']);
    issues.push(
      ...checkRules(WEB_APP_RULES.filter((r) => codes.has(r.code)), props, source, at).map((i) => ({
        ...i,
        prop: i.prop.replace(/scalingTargets\[\]\.targetValue$/, 'requestsPerInstanceTarget').replace(/target$/, 'kind'),
      })),
    );
  }
  return issues;
}
