/**
 * Workload mapping, serverless and resilience area: the workload's `functions`, `throttling` and
 * `features` as neutral blueprint props (`serverlessPropsFromWorkload`), and the blueprints' rule
 * tables applied to them with JSON paths (`serverlessWorkloadIssues`).
 */
import { FLAG_NAME_RE, FeatureFlagsProps } from '../feature-flags';
import { LoadBalancerProps, LoadBalancerProtocol } from '../load-balancer';
import { SERVERLESS_FUNCTION_RULES, ServerlessFunctionProps, functionScheduleIssues } from '../function';
import { THROTTLING_RULES, ThrottlingProps } from '../throttling';
import { ThrottlingScope } from '../refs';
import { ValidationIssue, checkRules } from '../validation';
import { FunctionSpec, TierKind, Workload } from '../workload';
import { EdgeCacheProps } from '../edge-cache';

/** Neutral function props from a workload function alone (what its own rules check). */
function functionProps(spec: FunctionSpec, sourcePath: string): ServerlessFunctionProps {
  return {
    sourcePath,
    description: spec.description,
    handler: spec.handler,
    memoryMiB: spec.memoryMiB,
    timeoutSeconds: spec.timeoutSeconds,
    reservedConcurrency: spec.reservedConcurrency,
    queueMaxConcurrency: spec.trigger?.queue !== undefined ? spec.trigger.maxConcurrency : undefined,
    schedule: spec.trigger?.schedule,
    httpApiEnabled: spec.trigger?.http === true ? true : undefined,
  };
}

/**
 * The edge cache's props that come from the workload (the origin and its WAF are the stacks'):
 * the health probe is the web tier's health check path, the dynamic paths every api tier's path
 * patterns, sorted.
 */
export type EdgeWorkloadProps = Pick<EdgeCacheProps, 'defaultTtlSeconds' | 'fallbackPath' | 'healthProbePath' | 'dynamicPathPatterns' | 'logRetentionDays'>;

/** The serverless and resilience area of a workload as neutral props, one entry per blueprint the stacks build. */
export interface ServerlessWorkloadProps {
  /**
   * Every function by workload name. `sourcePath` is the workload's `source`, relative to the
   * workload file's folder: the stacks resolve it. The queue refs of queue-triggered functions are
   * the stacks' to add.
   */
  readonly functions: Record<string, ServerlessFunctionProps>;
  /** The WAF of the load balancer (the seed's 100 per minute when `throttling` is absent). */
  readonly regionalThrottling: ThrottlingProps;
  /** The WAF of the edge cache. */
  readonly edgeThrottling: ThrottlingProps;
  /** The feature flags, when the workload declares any. */
  readonly featureFlags?: FeatureFlagsProps;
  /** The edge cache in front of the load balancer, when `edge.enabled` (on by default). */
  readonly edgeCache?: EdgeWorkloadProps;
  /**
   * The load balancer props of the request path. With the edge on, TLS ends at the edge and the
   * load balancer is its private origin: not public, serving HTTP on 80 to the edge only (AWS:
   * internal ALB behind a CloudFront VPC origin; Azure: gateway open to Front Door only). With the
   * edge off, the load balancer is public and serves HTTPS when the workload's `tls` gives it a
   * certificate.
   */
  readonly requestPath: LoadBalancerProps;
}

/** The workload's serverless and resilience area as neutral props. */
export function serverlessPropsFromWorkload(w: Workload): ServerlessWorkloadProps {
  const functions: Record<string, ServerlessFunctionProps> = {};
  for (const [name, spec] of Object.entries(w.functions ?? {})) {
    const queueName = spec.trigger?.queue;
    functions[name] = {
      ...functionProps(spec, spec.source),
      logRetentionDays: w.monitoring?.logRetentionDays,
      httpRateLimitPerSecond: spec.trigger?.http ? w.throttling?.apiRateLimitPerSecond : undefined,
      httpBurstLimit: spec.trigger?.http ? w.throttling?.apiBurstLimit : undefined,
      queueVisibilityTimeoutSeconds: queueName !== undefined ? w.queues?.[queueName]?.visibilityTimeoutSeconds : undefined,
    };
  }
  const throttling = (scope: ThrottlingScope): ThrottlingProps => ({ scope, requestsPerWindow: w.throttling?.requestsPerWindow, windowSeconds: w.throttling?.windowSeconds, logRetentionDays: w.monitoring?.logRetentionDays });
  const flags = Object.entries(w.features ?? {}).map(([name, f]) => ({ name, enabled: f.enabled, description: f.description, degradable: f.degradable }));
  const edgeOn = w.edge?.enabled !== false;
  const web = Object.values(w.tiers).find((t) => t.kind === TierKind.WEB);
  const dynamic = [...new Set(Object.values(w.tiers).flatMap((t) => (t.kind === TierKind.API ? (t.pathPatterns ?? []) : [])))].sort();
  return {
    functions,
    regionalThrottling: throttling(ThrottlingScope.REGIONAL),
    edgeThrottling: throttling(ThrottlingScope.EDGE),
    featureFlags: flags.length > 0 ? { flags } : undefined,
    edgeCache: edgeOn
      ? {
        defaultTtlSeconds: w.edge?.defaultTtlSeconds,
        fallbackPath: w.edge?.fallbackPath,
        healthProbePath: web?.healthCheckPath,
        dynamicPathPatterns: dynamic.length > 0 ? dynamic : undefined,
        logRetentionDays: w.monitoring?.logRetentionDays,
      }
      : undefined,
    requestPath: edgeOn ? { publicAccessEnabled: false, protocol: LoadBalancerProtocol.HTTP } : {},
  };
}

/** Every problem of the serverless parts of a workload. */
export function serverlessWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const fnRules = SERVERLESS_FUNCTION_RULES.filter((r) => r.code !== 'FunctionSourceMissing');
  for (const [name, spec] of Object.entries(w.functions ?? {})) {
    const props = functionProps(spec, '');
    issues.push(...checkRules(fnRules, props, source, `functions.${name}.`));
    // The cron and zone themselves are checked with the Schedule rules; this adds what EventBridge cannot express.
    issues.push(...functionScheduleIssues(props, `functions.${name}.trigger.schedule`).filter((i) => i.code === 'FunctionScheduleDayConflict').map((i) => ({ ...i, path: source })));
  }
  if (w.throttling) {
    issues.push(...checkRules(THROTTLING_RULES, { requestsPerWindow: w.throttling.requestsPerWindow, windowSeconds: w.throttling.windowSeconds }, source, 'throttling.'));
  }
  const seen = new Map<string, string>();
  for (const name of Object.keys(w.features ?? {})) {
    if (!FLAG_NAME_RE.test(name)) {
      issues.push({ code: 'FeatureFlagsNameInvalid', path: source, prop: `features.${name}`, value: name, allowed: 'letters, digits, "_" and "-", starting with a letter, at most 64 characters', fix: 'Rename the flag.' });
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      issues.push({ code: 'FeatureFlagsDuplicateName', path: source, prop: `features.${name}`, value: name, allowed: `unique ignoring case (already declared as "${seen.get(key)}")`, fix: 'Declare each flag once.' });
    } else seen.set(key, name);
  }
  return issues;
}
