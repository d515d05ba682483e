import { Construct } from 'constructs';
import { TerraformVariable } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { resourceName } from '../core/naming';
import { LoadBalancerProps } from '../core/load-balancer';
import { ScalingGroupProps } from '../core/scaling-group';
import { WebAppProps } from '../core/web-app';
import { AzureLoadBalancer } from './load-balancer';
import { AzureNetwork, AzureSubnetRole } from './network';
import { AzureScalingGroup } from './scaling-group';
import { AzureWebApp } from './web-app';

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

  public loadBalancer(id: string, props: LoadBalancerProps = {}): AzureLoadBalancer {
    return new AzureLoadBalancer(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      subnetId: this.network.subnets[AzureSubnetRole.GATEWAY].id,
      zones: this.network.zones,
    });
  }

  public scalingGroup(id: string, props: ScalingGroupProps = {}): AzureScalingGroup {
    return new AzureScalingGroup(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      subnetId: this.network.subnets[AzureSubnetRole.APP].id,
      zones: this.network.zones,
      adminSshPublicKey: this.adminSshPublicKey,
    });
  }

  public webApp(id: string, props: WebAppProps = {}): AzureWebApp {
    return new AzureWebApp(this.scope, id, {
      ...props,
      resourceGroupName: this.resourceGroup.name,
      location: this.region,
      integrationSubnetId: this.network.subnets[AzureSubnetRole.INTEGRATION].id,
      zoneCount: this.network.zoneCount,
    });
  }

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  // ── serverless and resilience ────────────────────────────────────────────────────────────────

  // ── observability and cost ───────────────────────────────────────────────────────────────────
}

/** Makes an {@link AzureKit} for a stack. */
export class AzureKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AZURE;

  public create(scope: Construct, props: KitProps): AzureKit {
    return new AzureKit(scope, props);
  }
}
