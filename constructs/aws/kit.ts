import { Construct, IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformResource } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamServiceLinkedRole } from '@cdktf/provider-aws/lib/iam-service-linked-role';
import { AWS_SERVICE_LINKED_ROLES, AwsServiceLinkedRoleFact } from './facts';
import { CacheProps } from '../core/cache';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { ICacheRef, ICostAlerts, IEdgeCache, IFeatureFlags, ILoadBalancer, ILogSearch, IMessagingRef, IMonitoring, IScalingGroup, IServerlessFunction, IThrottling, IWebApp } from '../core';
import { LogSearchProps } from '../core/log-search';
import { AwsLogSearch } from './log-search';
import { CostAlertsProps } from '../core/cost-alerts';
import { MonitoringProps } from '../core/monitoring';
import { AwsCostAlerts } from './cost-alerts';
import { AwsMonitoring } from './monitoring';
import { SUBNET_NEW_BITS, SubnetTier, cidrSubnet, subnetIndex } from '../core/network';
import { IShardedDatabaseRef, ShardedDatabaseKitProps, databaseNameOf, retainedDatabaseRef } from '../core/sharded-database';
import { AwsCache } from './cache';
import { AwsNetwork } from './network';
import { AwsMessageQueue, AwsMessageQueueProps } from './queue';
import { MessageQueueProps } from '../core/queue';
import { AwsShardedDatabase } from './sharded-database';
import { EdgeCacheProps } from '../core/edge-cache';
import { FeatureFlagsProps } from '../core/feature-flags';
import { ServerlessFunctionProps } from '../core/function';
import { ThrottlingProps } from '../core/throttling';
import { AwsEdgeCache } from './edge-cache';
import { AwsFeatureFlags } from './feature-flags';
import { AwsServerlessFunction } from './function';
import { AwsThrottling } from './throttling';
import { LoadBalancerProps } from '../core/load-balancer';
import { ScalingGroupProps } from '../core/scaling-group';
import { WebAppProps } from '../core/web-app';
import { AwsLoadBalancer } from './load-balancer';
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
    this.region = props.region;
    this.provider = new AwsProvider(scope, 'aws', { region: this.region });
    this.network = new AwsNetwork(scope, 'Network', { ...props.network, region: this.region });
    if (props.serviceLinkedRolesEnabled ?? AWS_KIT_DEFAULTS.serviceLinkedRolesEnabled) Aspects.of(scope).add(new ServiceLinkedRoles(scope));
  }

  // ── compute ──────────────────────────────────────────────────────────────────────────────────
  public loadBalancer(id: string, props: LoadBalancerProps = {}): ILoadBalancer {
    // An internal load balancer (behind the edge) lives in the private app subnets.
    const tier = props.publicAccessEnabled === false ? SubnetTier.APP : SubnetTier.PUBLIC;
    return new AwsLoadBalancer(this.scope, id, { certificateArn: this.props.tls?.awsCertificateArn, ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(tier) });
  }

  public scalingGroup(id: string, props: ScalingGroupProps = {}): IScalingGroup {
    return new AwsScalingGroup(this.scope, id, { ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(SubnetTier.APP) });
  }

  public webApp(id: string, props: WebAppProps = {}): IWebApp {
    return new AwsWebApp(this.scope, id, { ...props, vpcId: this.network.resource.id, vpcCidr: this.network.cidr, subnetIds: this.network.subnetIds(SubnetTier.APP), region: this.region });
  }

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  /** The APP subnets' CIDRs: the only sources data stores accept. */
  public appSubnetCidrs(): string[] {
    return Array.from({ length: this.network.zoneCount }, (_, i) => cidrSubnet(this.network.cidr, SUBNET_NEW_BITS, subnetIndex(SubnetTier.APP, i)));
  }

  public cache(id: string, props: CacheProps = {}): ICacheRef {
    // No ingress until a consumer is granted: each grantConnect adds a rule from its security group.
    return new AwsCache(this.scope, id, { ...props, vpcId: this.network.resource.id, subnetIds: this.network.subnetIds(SubnetTier.DATA) });
  }

  public shardedDatabase(id: string, props: ShardedDatabaseKitProps = {}): IShardedDatabaseRef {
    const { retained, ...rest } = props;
    if (retained) return retainedDatabaseRef(databaseNameOf(rest, id), retained);
    return new AwsShardedDatabase(this.scope, id, {
      ...rest,
      vpcId: this.network.resource.id,
      subnetIds: this.network.subnetIds(SubnetTier.DATA),
      availabilityZones: this.network.zones,
    });
  }

  /** Takes the AWS props too (`encryption`) when they are passed as {@link AwsMessageQueueProps}. */
  public messageQueue(id: string, props: MessageQueueProps): IMessagingRef {
    return new AwsMessageQueue(this.scope, id, props);
  }

  // ── serverless and resilience ────────────────────────────────────────────────────────────────
  public serverlessFunction(id: string, props: ServerlessFunctionProps): IServerlessFunction {
    const inVpc = props.privateNetworkingEnabled ?? true;
    return new AwsServerlessFunction(this.scope, id, { ...props, vpcId: inVpc ? this.network.resource.id : undefined, subnetIds: inVpc ? this.network.subnetIds(SubnetTier.APP) : undefined });
  }

  public throttling(id: string, props: ThrottlingProps = {}): IThrottling {
    return new AwsThrottling(this.scope, id, { ...props, region: this.region });
  }

  public featureFlags(id: string, props: FeatureFlagsProps): IFeatureFlags {
    return new AwsFeatureFlags(this.scope, id, { ...props, region: this.region });
  }

  public edgeCache(id: string, props: EdgeCacheProps): IEdgeCache {
    const tls = this.props.tls;
    return new AwsEdgeCache(this.scope, id, { acmCertificateArn: tls?.awsEdgeCertificateArn, aliases: tls?.domainNames, ...props });
  }

  // ── observability and cost ───────────────────────────────────────────────────────────────────
  /** Log search: an OpenSearch domain in the data subnets, fed through Firehose, S3 and OpenSearch Ingestion. */
  public logSearch(id: string, props: LogSearchProps = {}): ILogSearch {
    return new AwsLogSearch(this.scope, id, { ...props, network: this.network, region: this.region });
  }

  public monitoring(id: string, props: MonitoringProps = {}): IMonitoring {
    return new AwsMonitoring(this.scope, id, { ...props, region: this.region });
  }

  public costAlerts(id: string, props: CostAlertsProps): ICostAlerts {
    return new AwsCostAlerts(this.scope, id, { ...props, projectTag: this.props.tags.project });
  }
}

/** Makes an {@link AwsKit} for a stack. */
export class AwsKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AWS;

  public create(scope: Construct, props: KitProps): AwsKit {
    return new AwsKit(scope, props);
  }
}

export const AWS_KIT_DEFAULTS = {
  /** Create the service-linked roles the stack's services need (workload `aws.serviceLinkedRolesEnabled`). */
  serviceLinkedRolesEnabled: true,
} as const;

/**
 * Creates, once per stack, the service-linked role of every service in AWS_SERVICE_LINKED_ROLES
 * whose resource types the stack emits, and makes those resources depend on it, so that a fresh
 * account deploys in one apply. `aws_iam_service_linked_role` fails when the role already exists
 * in the account (it is account-wide): set the workload's `aws.serviceLinkedRolesEnabled` to false
 * there, or import the role (`terraform import <address> arn:aws:iam::<account>:role/aws-service-role/<service>/<role>`).
 */
export class ServiceLinkedRoles implements IAspect {
  /** The roles made so far, by service name. */
  public readonly roles = new Map<string, IamServiceLinkedRole>();
  private scopeNode?: Construct;

  constructor(private readonly scope: Construct) {}

  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || node instanceof IamServiceLinkedRole) return;
    const facts = AWS_SERVICE_LINKED_ROLES.filter((f) => f.neededBy.includes(node.terraformResourceType));
    if (facts.length === 0) return;
    const deps = facts.map((f) => `${IamServiceLinkedRole.tfResourceType}.${this.role(f).friendlyUniqueId}`);
    node.dependsOn = [...new Set([...(node.dependsOn ?? []), ...deps])];
  }

  private role(f: AwsServiceLinkedRoleFact): IamServiceLinkedRole {
    const made = this.roles.get(f.serviceName);
    if (made) return made;
    this.scopeNode ??= new Construct(this.scope, 'ServiceLinkedRoles');
    const role = new IamServiceLinkedRole(this.scopeNode, f.roleName, { awsServiceName: f.serviceName, description: `${f.roleName}, needed by ${f.neededBy.join(', ')}` });
    this.roles.set(f.serviceName, role);
    return role;
  }
}
