import { Construct } from 'constructs';
import { Annotations, Aspects } from 'cdktf';
import { TerraformVariable } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { CacheProps } from '../core/cache';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { ICacheRef, ICostAlerts, IEdgeCache, IFeatureFlags, ILoadBalancer, ILogSearch, IMessagingRef, IMonitoring, IScalingGroup, IServerlessFunction, IThrottling, IWebApp } from '../core';
import { LogSearchProps } from '../core/log-search';
import { AzureLogSearch } from './log-search';
import { resourceName } from '../core/naming';
import { CostAlertsProps } from '../core/cost-alerts';
import { MonitoringProps } from '../core/monitoring';
import { AzureCostAlerts } from './cost-alerts';
import { AzureMonitoring } from './monitoring';
import { MessageQueueProps } from '../core/queue';
import { IShardedDatabaseRef, ShardedDatabaseKitProps, databaseNameOf, retainedDatabaseRef } from '../core/sharded-database';
import { AzureCache } from './cache';
import { AzureMessageQueue } from './queue';
import { AzureShardedDatabase } from './sharded-database';
import { DataStoreLocks } from './locks';
import { AZURE_NAT_MODEL, AZURE_SERVICE_TAGS, AzureNetwork, AzureSubnetRole } from './network';
import { NETWORK_DEFAULTS, NatGatewayMode } from '../core/network';
import { EdgeCacheProps } from '../core/edge-cache';
import { FeatureFlagsProps } from '../core/feature-flags';
import { ServerlessFunctionProps } from '../core/function';
import { ThrottlingProps } from '../core/throttling';
import { AzureEdgeCache } from './edge-cache';
import { AzureFeatureFlags } from './feature-flags';
import { AzureServerlessFunction } from './function';
import { AzureThrottling } from './throttling';
import { LoadBalancerProps, LoadBalancerProtocol } from '../core/load-balancer';
import { ScalingGroupProps } from '../core/scaling-group';
import { WebAppProps } from '../core/web-app';
import { AzureLoadBalancer } from './load-balancer';
import { AzureScalingGroup } from './scaling-group';
import { AzureWebApp } from './web-app';
import { privateDnsZone } from './private/private-link';

/**
 * The private DNS zone of App Configuration private endpoints. source:
 * learn.microsoft.com/azure/private-link/private-endpoint-dns (Web: Azure App Configuration,
 * Microsoft.AppConfiguration/configurationStores → privatelink.azconfig.io).
 */
export const AZURE_APP_CONFIGURATION_DNS_ZONE = 'privatelink.azconfig.io';

/**
 * The Azure kit: the provider, a resource group for the stack, the network, and every blueprint on
 * Azure. Stacks call it through {@link BlueprintKit}.
 */
export class AzureKit implements BlueprintKit {
  public readonly cloud = Cloud.AZURE;
  public readonly scope: Construct;
  public readonly region: string;
  public readonly provider: AzurermProvider;
  public readonly resourceGroup: ResourceGroup;
  public readonly network: AzureNetwork;
  public readonly props: KitProps;

  constructor(scope: Construct, props: KitProps) {
    this.scope = scope;
    this.props = props;
    this.region = props.region;
    // Storage data-plane calls use Entra ID, so storage accounts can run with shared keys off.
    this.provider = new AzurermProvider(scope, 'azurerm', { features: [{}], storageUseAzuread: true });
    this.resourceGroup = new ResourceGroup(scope, 'ResourceGroup', { name: resourceName(scope, 'azureResourceGroup', 'rg'), location: this.region });
    // One workload file builds both clouds: a perZone NAT request (for AWS) becomes Azure's single
    // NAT gateway, with a warning that says why (AZURE_NAT_MODEL).
    const perZone = (props.network?.natGateways ?? NETWORK_DEFAULTS.natGateways) === NatGatewayMode.PER_ZONE;
    this.network = new AzureNetwork(scope, 'Network', { ...props.network, natGateways: NatGatewayMode.SINGLE, location: this.region, resourceGroup: this.resourceGroup });
    if (perZone) Annotations.of(this.network).addWarning(`network.natGateways is perZone, but on Azure ${AZURE_NAT_MODEL}: one NAT gateway serves every zone here, and a failure of its zone cuts egress until Azure moves it. Set natGateways to single to silence this.`);
    // Data stores get a CanNotDelete lock (Azure has no deletion-protection flag for them).
    Aspects.of(scope).add(new DataStoreLocks());
  }

  // ── compute ──────────────────────────────────────────────────────────────────────────────────
  private sshKeyVariable?: TerraformVariable;

  /**
   * The admin SSH public key of the stack's scale sets: a Terraform variable
   * (`admin_ssh_public_key`), so no key lives in the code and passwords are never used.
   */
  public get adminSshPublicKey(): string {
    this.sshKeyVariable ??= new TerraformVariable(this.scope, 'admin_ssh_public_key', {
      type: 'string',
      description: 'OpenSSH public key of the admin user of the VM scale sets (password login is disabled).',
    });
    return this.sshKeyVariable.stringValue;
  }

  public loadBalancer(id: string, props: LoadBalancerProps = {}): ILoadBalancer {
    const lb = new AzureLoadBalancer(this.scope, id, {
      certificateSecretId: this.props.tls?.azureCertificateSecretId,
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      subnetId: this.network.subnets[AzureSubnetRole.GATEWAY].id,
      subnetSecurityGroupId: this.network.securityGroups[AzureSubnetRole.GATEWAY].id,
      zones: this.network.zones,
    });
    // The gateway subnet admits the internet on the listener ports, or only Front Door when the
    // gateway is the origin of an edge.
    if (lb.publicAccessEnabled) this.network.setGatewayIngress(AZURE_SERVICE_TAGS.internet, lb.protocol === LoadBalancerProtocol.HTTPS ? [443, 80] : [80]);
    else this.network.setGatewayIngress(AZURE_SERVICE_TAGS.frontDoorBackend, [lb.listenerPort]);
    return lb;
  }

  public scalingGroup(id: string, props: ScalingGroupProps = {}): IScalingGroup {
    return new AzureScalingGroup(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      subnetId: this.network.subnets[AzureSubnetRole.APP].id,
      zones: this.network.zones,
      adminSshPublicKey: this.adminSshPublicKey,
    });
  }

  public webApp(id: string, props: WebAppProps = {}): IWebApp {
    return new AzureWebApp(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      integrationSubnetId: this.network.subnets[AzureSubnetRole.INTEGRATION].id,
      zoneCount: this.network.zoneCount,
    });
  }

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  public cache(id: string, props: CacheProps = {}): ICacheRef {
    return new AzureCache(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      privateEndpointSubnetId: this.network.subnets[AzureSubnetRole.DATA].id,
      virtualNetworkId: this.network.resource.id,
      network: this.network,
    });
  }

  public shardedDatabase(id: string, props: ShardedDatabaseKitProps = {}): IShardedDatabaseRef {
    const { retained, ...rest } = props;
    if (retained) return retainedDatabaseRef(databaseNameOf(rest, id), retained);
    return new AzureShardedDatabase(this.scope, id, {
      ...rest,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      delegatedSubnetId: this.network.subnets[AzureSubnetRole.POSTGRES].id,
      virtualNetworkId: this.network.resource.id,
      zones: this.network.zones,
      network: this.network,
    });
  }

  public messageQueue(id: string, props: MessageQueueProps): IMessagingRef {
    return new AzureMessageQueue(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      privateEndpointSubnetId: this.network.subnets[AzureSubnetRole.DATA].id,
      virtualNetworkId: this.network.resource.id,
      network: this.network,
    });
  }

  // ── serverless and resilience ────────────────────────────────────────────────────────────────
  public serverlessFunction(id: string, props: ServerlessFunctionProps): IServerlessFunction {
    return new AzureServerlessFunction(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region, subnetId: this.network.subnets[AzureSubnetRole.FUNCTIONS].id });
  }

  public throttling(id: string, props: ThrottlingProps = {}): IThrottling {
    return new AzureThrottling(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region });
  }

  public featureFlags(id: string, props: FeatureFlagsProps): IFeatureFlags {
    // The endpoint's name resolves only through the privatelink zone linked to the VNet.
    const { zone } = privateDnsZone(this.scope, 'AppConfigurationDnsZone', { resourceGroupName: this.resourceGroup.name, zoneName: AZURE_APP_CONFIGURATION_DNS_ZONE, virtualNetworkId: this.network.resource.id });
    return new AzureFeatureFlags(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      privateEndpointSubnetId: this.network.subnets[AzureSubnetRole.DATA].id,
      privateDnsZoneIds: [zone.id],
      network: this.network,
    });
  }

  public edgeCache(id: string, props: EdgeCacheProps): IEdgeCache {
    return new AzureEdgeCache(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region });
  }

  // ── observability and cost ───────────────────────────────────────────────────────────────────
  /** Log search: Elastic on Azure, fed by diagnostic settings; the owner is the first alert e-mail. */
  public logSearch(id: string, props: LogSearchProps = {}): ILogSearch {
    const email = this.props.alertEmails?.[0] ?? '';
    return new AzureLogSearch(this.scope, id, { zoneCount: this.network.zoneCount, ...props, resourceGroup: this.resourceGroup, location: this.region, elasticCloudEmailAddress: email });
  }

  public monitoring(id: string, props: MonitoringProps = {}): IMonitoring {
    return new AzureMonitoring(this.scope, id, { ...props, location: this.region, resourceGroup: this.resourceGroup });
  }

  public costAlerts(id: string, props: CostAlertsProps): ICostAlerts {
    // Anomaly alerts only e-mail: they go to the workload's alert recipients.
    return new AzureCostAlerts(this.scope, id, { anomalyAlertEmails: this.props.alertEmails, ...props, resourceGroup: this.resourceGroup });
  }
}

/** Makes an {@link AzureKit} for a stack. */
export class AzureKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AZURE;

  public create(scope: Construct, props: KitProps): AzureKit {
    return new AzureKit(scope, props);
  }
}
