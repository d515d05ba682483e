import { Construct } from 'constructs';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { resourceName } from '../core/naming';
import { AzureNetwork, AzureSubnetRole } from './network';
import { EdgeCacheProps } from '../core/edge-cache';
import { FeatureFlagsProps } from '../core/feature-flags';
import { ServerlessFunctionProps } from '../core/function';
import { ThrottlingProps } from '../core/throttling';
import { AzureEdgeCache } from './edge-cache';
import { AzureFeatureFlags } from './feature-flags';
import { AzureServerlessFunction } from './function';
import { AzureThrottling } from './throttling';

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
    const w = props.loaded.workload;
    this.region = w.azure.location;
    // Storage data-plane calls use Entra ID, so storage accounts can run with shared keys off.
    this.provider = new AzurermProvider(scope, 'azurerm', { features: [{}], storageUseAzuread: true });
    this.resourceGroup = new ResourceGroup(scope, 'ResourceGroup', { name: resourceName(scope, 'azureResourceGroup', 'rg'), location: this.region });
    this.network = new AzureNetwork(scope, 'Network', { ...(w.network ?? {}), location: this.region, resourceGroup: this.resourceGroup });
  }

  // ── compute ──────────────────────────────────────────────────────────────────────────────────

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  // ── serverless and resilience ────────────────────────────────────────────────────────────────
  public serverlessFunction(id: string, props: ServerlessFunctionProps): AzureServerlessFunction {
    return new AzureServerlessFunction(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region, subnetId: this.network.subnets[AzureSubnetRole.FUNCTIONS].id });
  }

  public throttling(id: string, props: ThrottlingProps): AzureThrottling {
    return new AzureThrottling(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region });
  }

  public featureFlags(id: string, props: FeatureFlagsProps): AzureFeatureFlags {
    return new AzureFeatureFlags(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region, privateEndpointSubnetId: this.network.subnets[AzureSubnetRole.DATA].id });
  }

  public edgeCache(id: string, props: EdgeCacheProps): AzureEdgeCache {
    return new AzureEdgeCache(this.scope, id, { ...props, resourceGroupName: this.resourceGroup.name, location: this.region });
  }

  // ── observability and cost ───────────────────────────────────────────────────────────────────
}

/** Makes an {@link AzureKit} for a stack. */
export class AzureKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AZURE;

  public create(scope: Construct, props: KitProps): AzureKit {
    return new AzureKit(scope, props);
  }
}
