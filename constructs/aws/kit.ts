import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { AwsNetwork } from './network';
import { EdgeCacheProps } from '../core/edge-cache';
import { FeatureFlagsProps } from '../core/feature-flags';
import { ServerlessFunctionProps } from '../core/function';
import { SubnetTier } from '../core/network';
import { ThrottlingProps } from '../core/throttling';
import { AwsEdgeCache } from './edge-cache';
import { AwsFeatureFlags } from './feature-flags';
import { AwsServerlessFunction } from './function';
import { AwsThrottling } from './throttling';

/**
 * The AWS kit: the provider, the network, and every blueprint on AWS. Stacks call it through
 * {@link BlueprintKit}; users can also call the AWS-specific members directly.
 */
export class AwsKit implements BlueprintKit {
  public readonly cloud = Cloud.AWS;
  public readonly scope: Construct;
  public readonly region: string;
  public readonly provider: AwsProvider;
  public readonly network: AwsNetwork;
  public readonly props: KitProps;

  constructor(scope: Construct, props: KitProps) {
    this.scope = scope;
    this.props = props;
    const w = props.loaded.workload;
    this.region = w.aws.region;
    this.provider = new AwsProvider(scope, 'aws', { region: this.region });
    this.network = new AwsNetwork(scope, 'Network', { ...(w.network ?? {}), region: this.region });
  }

  // ── compute ──────────────────────────────────────────────────────────────────────────────────

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  // ── serverless and resilience ────────────────────────────────────────────────────────────────
  public serverlessFunction(id: string, props: ServerlessFunctionProps): AwsServerlessFunction {
    const inVpc = props.privateNetworkingEnabled ?? true;
    return new AwsServerlessFunction(this.scope, id, { ...props, vpcId: inVpc ? this.network.resource.id : undefined, subnetIds: inVpc ? this.network.subnetIds(SubnetTier.APP) : undefined });
  }

  public throttling(id: string, props: ThrottlingProps): AwsThrottling {
    return new AwsThrottling(this.scope, id, { ...props, region: this.region });
  }

  public featureFlags(id: string, props: FeatureFlagsProps): AwsFeatureFlags {
    return new AwsFeatureFlags(this.scope, id, props);
  }

  public edgeCache(id: string, props: EdgeCacheProps): AwsEdgeCache {
    return new AwsEdgeCache(this.scope, id, props);
  }

  // ── observability and cost ───────────────────────────────────────────────────────────────────
}

/** Makes an {@link AwsKit} for a stack. */
export class AwsKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AWS;

  public create(scope: Construct, props: KitProps): AwsKit {
    return new AwsKit(scope, props);
  }
}
