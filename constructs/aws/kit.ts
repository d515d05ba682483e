import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { LoadBalancerProps } from '../core/load-balancer';
import { SubnetTier } from '../core/network';
import { ScalingGroupProps } from '../core/scaling-group';
import { WebAppProps } from '../core/web-app';
import { AwsLoadBalancer } from './load-balancer';
import { AwsNetwork } from './network';
import { AwsScalingGroup } from './scaling-group';
import { AwsWebApp } from './web-app';

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
  public loadBalancer(id: string, props: LoadBalancerProps = {}): AwsLoadBalancer {
    return new AwsLoadBalancer(this.scope, id, { ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(SubnetTier.PUBLIC) });
  }

  public scalingGroup(id: string, props: ScalingGroupProps = {}): AwsScalingGroup {
    return new AwsScalingGroup(this.scope, id, { ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(SubnetTier.APP) });
  }

  public webApp(id: string, props: WebAppProps = {}): AwsWebApp {
    return new AwsWebApp(this.scope, id, { ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(SubnetTier.APP), region: this.region });
  }

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  // ── serverless and resilience ────────────────────────────────────────────────────────────────

  // ── observability and cost ───────────────────────────────────────────────────────────────────
}

/** Makes an {@link AwsKit} for a stack. */
export class AwsKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AWS;

  public create(scope: Construct, props: KitProps): AwsKit {
    return new AwsKit(scope, props);
  }
}
