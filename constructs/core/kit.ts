import { Construct } from 'constructs';
import { CacheProps, ICacheRef } from './cache';
import { Cloud } from './cloud';
import { ILogSearch, LogSearchProps } from './log-search';
import { CostAlertsProps, ICostAlerts } from './cost-alerts';
import { IMonitoring, MonitoringProps } from './monitoring';
import { ILoadBalancer, LoadBalancerProps } from './load-balancer';
import { IScalingGroup, ScalingGroupProps } from './scaling-group';
import { IWebApp, WebAppProps } from './web-app';
import { INetwork, NetworkProps } from './network';
import { StandardTagsProps } from './tags';
import { IMessagingRef, MessageQueueProps } from './queue';
import { IShardedDatabaseRef, ShardedDatabaseKitProps } from './sharded-database';
import { IEdgeCache, EdgeCacheProps } from './edge-cache';
import { FeatureFlagsProps, IFeatureFlags } from './feature-flags';
import { IServerlessFunction, ServerlessFunctionProps } from './function';
import { IThrottling } from './refs';
import { ThrottlingProps } from './throttling';
import { TlsSpec } from './workload';

/**
 * What a stack asks of a cloud. Stacks are written once against this interface and run on AWS or
 * Azure by handing them a different kit. Each blueprint adds a method here, implemented by
 * `AwsKit` and `AzureKit`, taking the blueprint's neutral props.
 */
export interface BlueprintKit {
  readonly cloud: Cloud;
  /** The stack the kit builds into. */
  readonly scope: Construct;
  /** AWS region or Azure location. */
  readonly region: string;
  readonly network: INetwork;

  // ── compute (ScalingGroup, LoadBalancer, WebApp) ───────────────────────────────────────────────
  /** An internet-facing load balancer (AWS ALB; Azure Application Gateway WAF_v2) in the public subnets. */
  loadBalancer(id: string, props?: LoadBalancerProps): ILoadBalancer;
  /** A scaling group of VMs (AWS Auto Scaling group; Azure VM scale set) in the app subnets. */
  scalingGroup(id: string, props?: ScalingGroupProps): IScalingGroup;
  /** Managed container hosting (AWS ECS on Fargate; Azure App Service) in the app network. */
  webApp(id: string, props?: WebAppProps): IWebApp;

  // ── data and messaging (Cache, ShardedDatabase, MessageQueue) ─────────────────────────────────
  /** A Redis-compatible cache in the data subnets, reachable only from the app tier. */
  cache(id: string, props?: CacheProps): ICacheRef;
  /** A sharded PostgreSQL database; with `retained`, only a reference to the existing one (no resources). */
  shardedDatabase(id: string, props?: ShardedDatabaseKitProps): IShardedDatabaseRef;
  /** Queues with dead-letter queues, and topics fanning out to them. */
  messageQueue(id: string, props: MessageQueueProps): IMessagingRef;

  // ── serverless and resilience (ServerlessFunction, Throttling, FeatureFlags, EdgeCache) ───────
  /** A function from a local folder, in the private app subnets, with its triggers. */
  serverlessFunction(id: string, props: ServerlessFunctionProps): IServerlessFunction;
  /** A WAF with a per-IP rate limit and managed rules; attach `wafId` to a load balancer (regional) or an edge cache (edge). */
  throttling(id: string, props?: ThrottlingProps): IThrottling;
  /** A feature-flag store holding the flags. */
  featureFlags(id: string, props: FeatureFlagsProps): IFeatureFlags;
  /** An edge cache in front of an origin, with a static degraded-mode fallback. */
  edgeCache(id: string, props: EdgeCacheProps): IEdgeCache;

  // ── observability and cost (Monitoring, CostAlerts) ──────────────────────────────────────────
  /**
   * Centralized log search (the ELK path, seed §2): OpenSearch Service on AWS, Elastic on Azure,
   * fed with the stack's log sources. Add more with `addLogSource`.
   */
  logSearch(id: string, props?: LogSearchProps): ILogSearch;
  /** Alarms for every blueprint made so far, the alert channel, dashboard, logs, traces. Call it last. */
  monitoring(id: string, props?: MonitoringProps): IMonitoring;
  /** The monthly budget with actual and forecast notifications, and anomaly detection. Call it before monitoring. */
  costAlerts(id: string, props: CostAlertsProps): ICostAlerts;
}

/**
 * What a kit reads, and nothing else: a stack builds it from the workload file (`kitPropsOf` in
 * the stacks), and a user can write it by hand to use a kit without a workload file.
 */
export interface KitProps {
  /** AWS region (`eu-west-1`) or Azure location (`westeurope`) of everything the kit makes. */
  readonly region: string;
  /** The standard tags; the cost alerts filter spend on `project`. */
  readonly tags: StandardTagsProps;
  /** The network the kit makes first. @default - NETWORK_DEFAULTS */
  readonly network?: NetworkProps;
  /** Certificates for the load balancer's HTTPS listener and the edge. @default - none: HTTP at the load balancer, the provider's edge certificate */
  readonly tls?: TlsSpec;
  /** Who gets alerts; on Azure the first one owns the Elastic log-search resource. @default - none */
  readonly alertEmails?: string[];
  /**
   * AWS: create the service-linked roles the stack's services need (docs/deploy.md). Turn off in an
   * account that has them already: creating an existing one fails.
   * @default true
   */
  readonly serviceLinkedRolesEnabled?: boolean;
}

/** Makes a kit for a stack. One factory per cloud; stacks never import a provider package. */
export interface IKitFactory {
  readonly cloud: Cloud;
  create(scope: Construct, props: KitProps): BlueprintKit;
}
