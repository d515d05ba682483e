import { Construct } from 'constructs';
import { IAzureSubnetAccess } from './private/grants';
import { DefaultTokenResolver, StringConcat, Tokenization } from 'cdktf';
import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { NatGatewayPublicIpAssociation } from '@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association';
import { NetworkSecurityGroup, NetworkSecurityGroupSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-group';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNatGatewayAssociation } from '@cdktf/provider-azurerm/lib/subnet-nat-gateway-association';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { INetwork, NETWORK_DEFAULTS, NETWORK_RULES, NatGatewayMode, NetworkProps, SUBNET_NEW_BITS, cidrSubnet } from '../core/network';
import { Rule } from '../core/validation';

/**
 * The subnets of an Azure network, one per role. Azure subnets span every zone, so each role has
 * one subnet; services that need a delegated subnet get their own.
 */
export enum AzureSubnetRole {
  /** Application Gateway v2 (a dedicated subnet). */
  GATEWAY = 'gateway',
  /** VM scale sets. */
  APP = 'app',
  /** App Service VNet integration (delegated to Microsoft.Web/serverFarms). */
  INTEGRATION = 'integration',
  /** Function apps on Flex Consumption (delegated to Microsoft.App/environments). */
  FUNCTIONS = 'functions',
  /** Private endpoints of data stores. */
  DATA = 'data',
  /** PostgreSQL flexible servers (delegated to Microsoft.DBforPostgreSQL/flexibleServers). */
  POSTGRES = 'postgres',
  /**
   * Run-once container groups that bootstrap data stores from inside the VNet (the databases'
   * principal bootstrap: constructs/azure/private/database-bootstrap.ts), delegated to
   * Microsoft.ContainerInstance/containerGroups. Last, so the other subnets keep their prefixes.
   */
  BOOTSTRAP = 'bootstrap',
}

const ROLE_ORDER: AzureSubnetRole[] = [AzureSubnetRole.GATEWAY, AzureSubnetRole.APP, AzureSubnetRole.INTEGRATION, AzureSubnetRole.FUNCTIONS, AzureSubnetRole.DATA, AzureSubnetRole.POSTGRES, AzureSubnetRole.BOOTSTRAP];

const DELEGATIONS: Partial<Record<AzureSubnetRole, { service: string; actions: string[] }>> = {
  [AzureSubnetRole.INTEGRATION]: { service: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] },
  [AzureSubnetRole.FUNCTIONS]: { service: 'Microsoft.App/environments', actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'] },
  [AzureSubnetRole.POSTGRES]: { service: 'Microsoft.DBforPostgreSQL/flexibleServers', actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'] },
  // A container group needs a subnet delegated to Azure Container Instances before it is deployed
  // there, holding container groups only. source: MicrosoftDocs/azure-compute-docs
  // articles/container-instances/container-instances-virtual-network-concepts.md ("Subnet
  // (delegated)"), read 2026-12-02 at 39809eef; the action as in hashicorp/terraform-provider-azurerm
  // internal/services/containers/container_group_resource_test.go (virtualNetwork,
  // UserAssignedIdentityWithVirtualNetwork), read 2026-12-02 at 5d47ead2.
  [AzureSubnetRole.BOOTSTRAP]: { service: 'Microsoft.ContainerInstance/containerGroups', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] },
};

/**
 * Service tags the NSG rules use as sources.
 * source: Microsoft Learn, "Azure service tags overview" and "Application Gateway infrastructure
 * configuration" (network security groups: GatewayManager on 65200-65535 and AzureLoadBalancer must
 * be allowed for v2), read 2026-12. `AzureFrontDoor.Backend` is the address space Front Door uses
 * to reach origins.
 */
export const AZURE_SERVICE_TAGS = {
  internet: 'Internet',
  frontDoorBackend: 'AzureFrontDoor.Backend',
  gatewayManager: 'GatewayManager',
  azureLoadBalancer: 'AzureLoadBalancer',
  virtualNetwork: 'VirtualNetwork',
} as const;

/**
 * What the NSGs of the subnets that receive traffic (APP, DATA, POSTGRES) keep open besides the
 * granted paths, and the VNet deny that closes the rest.
 *
 * - `vnetDeny`: Azure's default inbound rules are AllowVnetInBound (65000, source VirtualNetwork,
 *   any port), AllowAzureLoadBalancerInBound (65001) and DenyAllInbound (65500); custom rules
 *   (100-4096) are processed first. source: MicrosoftDocs/azure-docs
 *   articles/virtual-network/network-security-groups-overview.md ("Default security rules"), read
 *   2026-12-02 at 0088bfa7.
 * - host probes: the VirtualNetwork tag includes the virtual IP of the host (168.63.129.16), which
 *   is the AzureLoadBalancer tag, where Azure health probes originate; so a VirtualNetwork deny would
 *   also drop the probes AllowAzureLoadBalancerInBound admitted. An explicit AzureLoadBalancer allow
 *   before the deny keeps them. source: MicrosoftDocs/azure-docs service tags text ("AzureLoadBalancer
 *   ... translates to the virtual IP address of the host (168.63.129.16) where Azure health probes
 *   originate"; "The VirtualNetwork service tag represents ... the virtual IP address of the host"),
 *   read 2026-12-02.
 * - `postgresIntraSubnet`: "High availability and other features ... require the ability to
 *   send/receive traffic to destination port 5432 within the Azure virtual network subnet where an
 *   Azure Database for PostgreSQL flexible server instance is deployed". source:
 *   MicrosoftDocs/azure-databases-docs articles/postgresql/network/concepts-networking-private.md
 *   ("Network security group"), read 2026-12-02 at 2d9647fb. (Its outbound needs, Storage and
 *   Microsoft Entra ID, are untouched: these NSGs add inbound rules only.)
 * - Private endpoints obey NSG rules only when the subnet's private endpoint network policies are
 *   `Enabled` or `NetworkSecurityGroupEnabled` (default Disabled). source: MicrosoftDocs/azure-docs
 *   articles/private-link/disable-private-endpoint-network-policy.md, read 2026-12-02 at 027faf67;
 *   azurerm 4.55 `azurerm_subnet.private_endpoint_network_policies`.
 */
export const AZURE_NSG_FACTS = {
  vnetDeny: { name: 'deny-vnet-inbound', priority: 4010 },
  postgresIntraSubnet: { ports: ['5432'], priority: 300 },
  /** Values of `private_endpoint_network_policies` under which NSG rules apply to private endpoints. */
  privateEndpointPoliciesWithNsg: ['Enabled', 'NetworkSecurityGroupEnabled'],
} as const;

/**
 * Roles whose outbound traffic leaves through the NAT gateway. BOOTSTRAP: a container group in a
 * VNet "must use a NAT gateway for outbound connectivity" (the image pulls). source:
 * MicrosoftDocs/azure-compute-docs articles/container-instances/container-instances-virtual-network-concepts.md,
 * read 2026-12-02 at 39809eef.
 */
const NAT_ROLES = new Set([AzureSubnetRole.APP, AzureSubnetRole.INTEGRATION, AzureSubnetRole.FUNCTIONS, AzureSubnetRole.BOOTSTRAP]);

/**
 * Azure props. `natGateways` is `single` here: see AZURE_NAT_MODEL.
 */
export interface AzureNetworkProps extends NetworkProps {
  readonly location: string;
  readonly resourceGroup: ResourceGroup;
}

export const AZURE_NETWORK_DEFAULTS = {
  ...NETWORK_DEFAULTS,
  /** Azure cannot give a zone-spanning subnet one NAT gateway per zone (AZURE_NAT_MODEL). */
  natGateways: NatGatewayMode.SINGLE,
} as const;

/**
 * Azure's NAT model, the platform fact behind `AzureNetworkNatPerZoneUnsupported`: a subnet is
 * regional and is associated with at most one NAT gateway; a Standard NAT gateway is zonal (one
 * zone) or non-zonal, never zone-redundant. Zone-independent egress therefore needs one subnet per
 * zone, each with its zonal NAT gateway and zonal public IP. The compute this network serves uses
 * one subnet across zones (a zone-spanning VM scale set, App Service VNet integration, Flex
 * Consumption), so per-zone NAT cannot be built for it.
 * source: learn.microsoft.com/azure/nat-gateway/nat-availability-zones (read 2026-12-02 from
 * MicrosoftDocs/azure-docs articles/nat-gateway/nat-availability-zones.md@18ea00a34a43: subnets are
 * regional; a NAT gateway is zonal, in one zone or in "no zone" (still a zonal resource); zone
 * resiliency is a zonal stack per zone, each with its own subnet, NAT gateway and public IPs. That a
 * subnet takes at most one NAT gateway is not stated on that page: unsourced);
 * terraform-provider-azurerm internal/services/network/nat_gateway_resource.go, sku_name accepts
 * `Standard` only (read 2026-12-02 at a commit near v4.55.0).
 */
export const AZURE_NAT_MODEL = 'A subnet takes one NAT gateway and a Standard NAT gateway lives in one zone, while the scale sets, App Service integration and Flex functions of this network each use one subnet across zones';

const AZURE_NETWORK_RULES: ReadonlyArray<Rule<AzureNetworkProps>> = [
  ...(NETWORK_RULES as ReadonlyArray<Rule<AzureNetworkProps>>),
  {
    code: 'AzureNetworkNatPerZoneUnsupported',
    prop: 'natGateways',
    value: (p) => p.natGateways,
    failsWhen: (p) => p.natGateways === NatGatewayMode.PER_ZONE,
    allowed: `"${NatGatewayMode.SINGLE}" on Azure`,
    fix: `${AZURE_NAT_MODEL}: one NAT gateway per zone cannot serve them. Use "single" (the AzureKit does so, with a warning, for a workload that asks perZone for AWS).`,
  },
];

function allow(name: string, priority: number, source: string, ports: string[], extra: Partial<NetworkSecurityGroupSecurityRule> = {}): NetworkSecurityGroupSecurityRule {
  return {
    name,
    priority,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourcePortRange: '*',
    sourceAddressPrefix: source,
    destinationAddressPrefix: '*',
    destinationPortRanges: ports,
    ...extra,
  };
}

/**
 * A VNet with a subnet per role, each with its own NSG, default outbound access off, and one NAT
 * gateway (Standard SKU, zone-redundant public IP) for the compute subnets' egress (Azure cannot
 * build one per zone for zone-spanning subnets: AZURE_NAT_MODEL). Data subnets
 * have no NAT and no public exposure.
 */
export class AzureNetwork extends Blueprint implements INetwork, IAzureSubnetAccess {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'Network';
  public readonly resource: VirtualNetwork;
  public readonly cidr: string;
  public readonly zoneCount: number;
  public readonly zones: string[];
  public readonly resourceGroup: ResourceGroup;
  public readonly location: string;
  public readonly subnets: Record<AzureSubnetRole, Subnet>;
  public readonly securityGroups: Record<AzureSubnetRole, NetworkSecurityGroup>;
  public readonly natGateway: NatGateway;
  /** Who reaches the Application Gateway's listeners, and on which ports. */
  private gatewayIngress: { source: string; ports: string[] } = { source: AZURE_SERVICE_TAGS.internet, ports: ['443', '80'] };

  constructor(scope: Construct, id: string, props: AzureNetworkProps) {
    super(scope, id);
    this.validate('AzureNetwork', AZURE_NETWORK_RULES, props);
    this.cidr = props.cidr ?? AZURE_NETWORK_DEFAULTS.cidr;
    this.zoneCount = props.zoneCount ?? AZURE_NETWORK_DEFAULTS.zoneCount;
    this.zones = Array.from({ length: this.zoneCount }, (_, i) => String(i + 1));
    this.resourceGroup = props.resourceGroup;
    this.location = props.location;
    const rg = props.resourceGroup.name;

    this.resource = new VirtualNetwork(this, 'Resource', {
      name: resourceName(this, 'azureVnet', 'vnet'),
      location: props.location,
      resourceGroupName: rg,
      addressSpace: [this.cidr],
    });

    const pip = new PublicIp(this, 'NatPublicIp', {
      name: resourceName(this, 'azureGeneric', 'nat-pip'),
      location: props.location,
      resourceGroupName: rg,
      allocationMethod: 'Static',
      sku: 'Standard',
      zones: this.zones,
    });
    this.natGateway = new NatGateway(this, 'NatGateway', {
      name: resourceName(this, 'azureGeneric', 'nat'),
      location: props.location,
      resourceGroupName: rg,
      skuName: 'Standard',
      idleTimeoutInMinutes: 4,
    });
    new NatGatewayPublicIpAssociation(this, 'NatGatewayPublicIp', { natGatewayId: this.natGateway.id, publicIpAddressId: pip.id });

    const subnets = {} as Record<AzureSubnetRole, Subnet>;
    const nsgs = {} as Record<AzureSubnetRole, NetworkSecurityGroup>;
    ROLE_ORDER.forEach((role, index) => {
      const cap = role[0].toUpperCase() + role.slice(1);
      const prefix = cidrSubnet(this.cidr, SUBNET_NEW_BITS, index);
      const delegation = DELEGATIONS[role];
      const subnet = new Subnet(this, `${cap}Subnet`, {
        name: resourceName(this, 'azureSubnet', role),
        resourceGroupName: rg,
        virtualNetworkName: this.resource.name,
        addressPrefixes: [prefix],
        defaultOutboundAccessEnabled: false,
        privateEndpointNetworkPolicies: role === AzureSubnetRole.DATA ? 'Enabled' : undefined,
        delegation: delegation ? [{ name: delegation.service.replace('/', '.'), serviceDelegation: { name: delegation.service, actions: delegation.actions } }] : undefined,
      });
      const nsg = new NetworkSecurityGroup(this, `${cap}SecurityGroup`, {
        name: resourceName(this, 'azureGeneric', role, 'nsg'),
        location: props.location,
        resourceGroupName: rg,
        securityRule: this.rulesFor(role),
      });
      new SubnetNetworkSecurityGroupAssociation(this, `${cap}SecurityGroupAssociation`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
      if (NAT_ROLES.has(role)) new SubnetNatGatewayAssociation(this, `${cap}NatGatewayAssociation`, { subnetId: subnet.id, natGatewayId: this.natGateway.id });
      subnets[role] = subnet;
      nsgs[role] = nsg;
    });
    this.subnets = subnets;
    this.securityGroups = nsgs;

    this.addGoldenSignal({
      name: 'nat-snat-failures',
      description: 'The NAT gateway failed SNAT connections: egress from the app subnets is failing.',
      metric: { namespace: 'Microsoft.Network/natGateways', metricName: 'SNATConnectionCount', dimensions: [{ name: 'ConnectionState', value: 'Failed' }], resourceId: this.natGateway.id },
      statistic: Statistic.SUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 0,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.WARNING,
    });
    this.addCostItem({ sku: 'azure:nat-gateway:hour', description: 'NAT gateway (hours)', quantityMin: 730, quantityMax: 730 });
  }

  private readonly granted: Partial<Record<AzureSubnetRole, Map<AzureSubnetRole, Set<string>>>> = {};

  /** The allow rules grants added to a subnet's NSG: one per source subnet, its ports sorted. */
  private grantRules(role: AzureSubnetRole): NetworkSecurityGroupSecurityRule[] {
    const bySource = this.granted[role];
    if (!bySource) return [];
    return [...bySource.entries()]
      .sort(([a], [b]) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
      .map(([source, ports]) => allow(`allow-${source}-to-${role}`, 200 + ROLE_ORDER.indexOf(source), this.subnetPrefix(source), [...ports].sort()));
  }

  /** The role of one of this network's subnets, from its id (a Terraform reference); undefined when it is not one of them. */
  public roleOfSubnet(subnetId: string): AzureSubnetRole | undefined {
    const resolve = (x: string): unknown => Tokenization.resolve(x, { scope: this, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
    const want = resolve(subnetId);
    return ROLE_ORDER.find((r) => resolve(this.subnets[r].id) === want);
  }

  /**
   * Opens `ports` (TCP) on the NSG of the subnet `toSubnetId` to the subnet `fromSubnetId` only:
   * what a data blueprint's grant calls for the consumer's subnet. Rules are merged per source
   * subnet (`allow-<source>-to-<target>`). Throws when either subnet is not of this network.
   */
  public allowInbound(toSubnetId: string, fromSubnetId: string, ports: number[]): void {
    const to = this.roleOfSubnet(toSubnetId);
    const from = this.roleOfSubnet(fromSubnetId);
    if (to === undefined || from === undefined) {
      throw new Error(`subnet must be one of the network's subnets, got ${to === undefined ? toSubnetId : fromSubnetId}. Build the consumer and the dependency with the same AzureKit.`);
    }
    const bySource = (this.granted[to] ??= new Map());
    const set = bySource.get(from) ?? new Set<string>();
    for (const p of ports) set.add(String(p));
    bySource.set(from, set);
    this.securityGroups[to].putSecurityRule(this.rulesFor(to));
  }

  /** The BOOTSTRAP subnet, where the run-once container groups of the data stores run (IAzureSubnetAccess). */
  public get bootstrapSubnetId(): string {
    return this.subnets[AzureSubnetRole.BOOTSTRAP].id;
  }

  /** The address prefix of a role's subnet. */
  public subnetPrefix(role: AzureSubnetRole): string {
    return cidrSubnet(this.cidr, SUBNET_NEW_BITS, ROLE_ORDER.indexOf(role));
  }

  /**
   * Sets who reaches the Application Gateway's listeners: the internet on the listener ports (a
   * public gateway), or only `AzureFrontDoor.Backend` (a gateway behind Front Door). Rewrites the
   * gateway subnet's NSG rules.
   */
  public setGatewayIngress(source: string, ports: number[]): void {
    this.gatewayIngress = { source, ports: ports.map(String) };
    this.securityGroups[AzureSubnetRole.GATEWAY].putSecurityRule(this.rulesFor(AzureSubnetRole.GATEWAY));
  }

  private rulesFor(role: AzureSubnetRole): NetworkSecurityGroupSecurityRule[] {
    const deny: NetworkSecurityGroupSecurityRule = {
      name: 'deny-internet-inbound', priority: 4000, direction: 'Inbound', access: 'Deny', protocol: '*',
      sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*',
    };
    // Azure's default AllowVnetInBound (65000) admits every VNet source on every port: the subnets
    // that receive traffic close it after their own allows (AZURE_NSG_FACTS.vnetDeny).
    const denyVnet: NetworkSecurityGroupSecurityRule = { ...deny, name: AZURE_NSG_FACTS.vnetDeny.name, priority: AZURE_NSG_FACTS.vnetDeny.priority, sourceAddressPrefix: AZURE_SERVICE_TAGS.virtualNetwork };
    const loadBalancer = (priority: number) => allow('allow-azure-load-balancer', priority, AZURE_SERVICE_TAGS.azureLoadBalancer, ['*'], { protocol: '*', destinationPortRanges: undefined, destinationPortRange: '*' });
    switch (role) {
      case AzureSubnetRole.GATEWAY:
        // Application Gateway v2 needs the GatewayManager ports and the Azure load balancer probes.
        // The listeners from the internet, or from Front Door only when the gateway is its origin.
        return [
          allow(this.gatewayIngress.source === AZURE_SERVICE_TAGS.internet ? 'allow-https-inbound' : 'allow-front-door-inbound', 100, this.gatewayIngress.source, this.gatewayIngress.ports),
          allow('allow-gateway-manager', 110, AZURE_SERVICE_TAGS.gatewayManager, ['65200-65535']),
          loadBalancer(120),
        ];
      case AzureSubnetRole.APP:
        // The scale set is reached by the Application Gateway only (its instances sit in the GATEWAY
        // subnet); the platform probes of the host IP are kept (AZURE_NSG_FACTS, host probes) because the VNet deny would otherwise catch them.
        return [allow('allow-gateway-to-app', 100, this.subnetPrefix(AzureSubnetRole.GATEWAY), ['80', '443', '1024-65535']), loadBalancer(110), deny, denyVnet];
      case AzureSubnetRole.DATA:
        // Private endpoints only (NSG rules apply to them: privateEndpointNetworkPolicies Enabled).
        // Nothing by default: each consumer's grant adds an allow from its own subnet, on the
        // store's port only (allowInbound, called by the data blueprints' grant methods).
        return [...this.grantRules(role), deny, denyVnet];
      case AzureSubnetRole.POSTGRES:
        // The consumers' grants, plus what Flexible Server itself needs inside its delegated subnet:
        // 5432 between its own addresses (HA standby, replicas: AZURE_NSG_FACTS.postgresIntraSubnet),
        // and the host probes.
        return [
          ...this.grantRules(role),
          allow('allow-postgres-within-subnet', AZURE_NSG_FACTS.postgresIntraSubnet.priority, this.subnetPrefix(AzureSubnetRole.POSTGRES), [...AZURE_NSG_FACTS.postgresIntraSubnet.ports]),
          loadBalancer(310),
          deny,
          denyVnet,
        ];
      default:
        // INTEGRATION and FUNCTIONS: VNet integration is outbound only; nothing is reached in them.
        // BOOTSTRAP: run-once container groups that only connect out (to PostgreSQL on 5432, the
        // image registry through the NAT gateway).
        return [deny];
    }
  }
}
