import { Construct } from 'constructs';
import { Cloud } from './cloud';
import { ILoadBalancer, LoadBalancerProps } from './load-balancer';
import { IScalingGroup, ScalingGroupProps } from './scaling-group';
import { IWebApp, WebAppProps } from './web-app';
import { INetwork } from './network';
import { StandardTagsProps } from './tags';
import { LoadedWorkload } from './workload';

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

  // ── serverless and resilience (ServerlessFunction, Throttling, FeatureFlags, EdgeCache) ───────

  // ── observability and cost (Monitoring, CostAlerts) ──────────────────────────────────────────
}

/** The settings every kit needs, taken from the workload file. */
export interface KitProps {
  readonly loaded: LoadedWorkload;
  readonly tags: StandardTagsProps;
}

/** Makes a kit for a stack. One factory per cloud; stacks never import a provider package. */
export interface IKitFactory {
  readonly cloud: Cloud;
  create(scope: Construct, props: KitProps): BlueprintKit;
}
