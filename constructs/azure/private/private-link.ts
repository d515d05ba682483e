import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { resourceName } from '../../core/naming';

export interface PrivateDnsProps {
  readonly resourceGroupName: string;
  /** The zone (`privatelink.redis.azure.net`). */
  readonly zoneName: string;
  readonly virtualNetworkId: string;
}

/**
 * A private DNS zone linked to the VNet (no auto-registration). A zone name is created once per
 * stack and shared (two caches share `privatelink.redis.azure.net`): a stack has one resource group
 * and one VNet, and Azure allows a zone name only once per resource group.
 */
export function privateDnsZone(scope: Construct, id: string, props: PrivateDnsProps): { zone: PrivateDnsZone; link: PrivateDnsZoneVirtualNetworkLink } {
  const shared = TerraformStack.of(scope)
    .node.findAll()
    .find((c): c is PrivateDnsZone => c instanceof PrivateDnsZone && c.nameInput === props.zoneName);
  const sharedLink = shared?.node.scope?.node.tryFindChild(`${shared.node.id}Link`);
  if (shared && sharedLink instanceof PrivateDnsZoneVirtualNetworkLink) return { zone: shared, link: sharedLink };
  const zone = new PrivateDnsZone(scope, id, { name: props.zoneName, resourceGroupName: props.resourceGroupName });
  const link = new PrivateDnsZoneVirtualNetworkLink(scope, `${id}Link`, {
    name: resourceName(scope, 'azureGeneric', 'dns-link'),
    resourceGroupName: props.resourceGroupName,
    privateDnsZoneName: zone.name,
    virtualNetworkId: props.virtualNetworkId,
    registrationEnabled: false,
  });
  return { zone, link };
}

export interface PrivateLinkProps extends PrivateDnsProps {
  readonly location: string;
  /** The DATA subnet. */
  readonly subnetId: string;
  /** The resource reached through the endpoint. */
  readonly resourceId: string;
  /** Its private-link sub-resource (`redisEnterprise`, `namespace`). */
  readonly subresource: string;
}

/** A private endpoint in the DATA subnet, registered in a private DNS zone linked to the VNet. */
export function privateLink(scope: Construct, id: string, props: PrivateLinkProps): { endpoint: PrivateEndpoint; zone: PrivateDnsZone } {
  const { zone } = privateDnsZone(scope, `${id}DnsZone`, props);
  const endpoint = new PrivateEndpoint(scope, id, {
    name: resourceName(scope, 'azureGeneric', 'pe'),
    location: props.location,
    resourceGroupName: props.resourceGroupName,
    subnetId: props.subnetId,
    privateServiceConnection: {
      name: resourceName(scope, 'azureGeneric', 'psc'),
      privateConnectionResourceId: props.resourceId,
      subresourceNames: [props.subresource],
      isManualConnection: false,
    },
    privateDnsZoneGroup: { name: 'default', privateDnsZoneIds: [zone.id] },
  });
  return { endpoint, zone };
}
