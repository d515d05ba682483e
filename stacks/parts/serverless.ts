/**
 * Stack wiring of the serverless and resilience area, shared by the three migration stacks. Only
 * kit calls: no provider imports.
 */
import * as path from 'path';
import { IConstruct } from 'constructs';
import { IEdgeCache } from '../../constructs/core/edge-cache';
import { IFeatureFlags } from '../../constructs/core/feature-flags';
import { IServerlessFunction } from '../../constructs/core/function';
import { BlueprintKit } from '../../constructs/core/kit';
import { ILoadBalancer, LoadBalancerProps } from '../../constructs/core/load-balancer';
import { IHttpEndpoint, IQueueRef, IThrottling, ThrottlingScope } from '../../constructs/core/refs';
import { LoadedWorkload, Workload } from '../../constructs/core/workload';
import { serverlessPropsFromWorkload } from '../../constructs/core/workload/serverless';

/** Construct ids of the area's blueprints in the stacks (a public contract). */
export const SERVERLESS_IDS = {
  regionalThrottling: 'Throttling',
  edgeThrottling: 'EdgeThrottling',
  featureFlags: 'FeatureFlags',
  edgeCache: 'EdgeCache',
} as const;

/**
 * The construct id of a workload function: its workload name (`notification-sender`), so that the
 * Lambda / Function App name reads `shop-prod-refactor-notification-sender`.
 */
export function functionId(name: string): string {
  return name;
}

/** A WAF for the load balancer (regional) or the edge cache (edge). */
export function addThrottling(kit: BlueprintKit, w: Workload, scope: ThrottlingScope): IThrottling {
  const props = serverlessPropsFromWorkload(w);
  return scope === ThrottlingScope.EDGE ? kit.throttling(SERVERLESS_IDS.edgeThrottling, props.edgeThrottling) : kit.throttling(SERVERLESS_IDS.regionalThrottling, props.regionalThrottling);
}

/**
 * The workload's functions. A queue-triggered function is built only when its queue is passed in
 * `queues` (the data area's queues, by workload name); the others always. `queueOwner`, the
 * blueprint holding the queues, is what the `function->queue` edges point at.
 */
export function addFunctions(kit: BlueprintKit, loaded: LoadedWorkload, queues: Record<string, IQueueRef> = {}, queueOwner?: IConstruct): IServerlessFunction[] {
  const w = loaded.workload;
  const props = serverlessPropsFromWorkload(w).functions;
  const out: IServerlessFunction[] = [];
  for (const [name, spec] of Object.entries(w.functions ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const queueName = spec.trigger?.queue;
    if (queueName !== undefined && queues[queueName] === undefined) continue;
    out.push(
      kit.serverlessFunction(functionId(name), {
        ...props[name],
        sourcePath: path.resolve(loaded.baseDir, props[name].sourcePath),
        queue: queueName !== undefined ? queues[queueName] : undefined,
        queueOwner: queueName !== undefined ? queueOwner : undefined,
      }),
    );
  }
  return out;
}

/** The workload's feature flags, when it declares any. */
export function addFeatureFlags(kit: BlueprintKit, w: Workload): IFeatureFlags | undefined {
  const props = serverlessPropsFromWorkload(w).featureFlags;
  return props ? kit.featureFlags(SERVERLESS_IDS.featureFlags, props) : undefined;
}

/** Whether the workload puts the edge cache in front of its load balancer (`edge.enabled`, on by default). */
export function edgeEnabled(w: Workload): boolean {
  return serverlessPropsFromWorkload(w).edgeCache !== undefined;
}

/** The load balancer props of the request path (constructs/core/workload/serverless.ts `requestPath`). */
export function requestPathProps(w: Workload): LoadBalancerProps {
  return serverlessPropsFromWorkload(w).requestPath;
}

/** The edge cache in front of an origin, with the degraded-mode fallback, when `edge.enabled`. */
export function addEdgeCache(kit: BlueprintKit, w: Workload, origin: IHttpEndpoint | ILoadBalancer, throttling?: IThrottling): IEdgeCache | undefined {
  const props = serverlessPropsFromWorkload(w).edgeCache;
  if (!props) return undefined;
  return kit.edgeCache(SERVERLESS_IDS.edgeCache, { ...props, originHostname: origin.endpointHostname, origin: 'loadBalancerId' in origin ? origin : undefined, throttling });
}
