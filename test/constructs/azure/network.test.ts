import { AzureNetwork, AzureSubnetRole } from '../../../constructs/azure/network';
import { AZURE_NETWORK_DEFAULTS } from '../../../constructs/azure/network';
import { NatGatewayMode } from '../../../constructs/core/network';
import { warnings } from '../../fixtures/blueprints';
import { azureStack, errorCodes, kitStack, onlyResource, resources, shopWith, synth } from '../../helpers';

describe('AzureNetwork', () => {
  describe('default properties', () => {
    const { stack, resourceGroup } = azureStack();
    new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup });
    const s = synth(stack);

    test('a VNet over the default CIDR', () => {
      expect(onlyResource(s, 'azurerm_virtual_network')).toMatchObject({ address_space: ['10.0.0.0/16'], location: 'westeurope' });
    });
    test('a subnet per role, default outbound access off, each with its own NSG', () => {
      const subnets = Object.values(resources(s, 'azurerm_subnet'));
      expect(subnets).toHaveLength(Object.values(AzureSubnetRole).length);
      for (const sn of subnets) expect(sn.default_outbound_access_enabled).toBe(false);
      expect(Object.keys(resources(s, 'azurerm_network_security_group'))).toHaveLength(subnets.length);
      expect(Object.keys(resources(s, 'azurerm_subnet_network_security_group_association'))).toHaveLength(subnets.length);
    });
    test('delegated subnets for App Service integration, Flex Consumption functions, PostgreSQL and the bootstrap container groups', () => {
      const delegated = Object.values(resources(s, 'azurerm_subnet'))
        .filter((x) => x.delegation)
        .map((x) => x.delegation[0].service_delegation.name)
        .sort();
      expect(delegated).toEqual(['Microsoft.App/environments', 'Microsoft.ContainerInstance/containerGroups', 'Microsoft.DBforPostgreSQL/flexibleServers', 'Microsoft.Web/serverFarms']);
    });
    test('a NAT gateway with a zone-redundant Standard public IP serves only the compute and bootstrap subnets', () => {
      expect(onlyResource(s, 'azurerm_nat_gateway')).toMatchObject({ sku_name: 'Standard' });
      expect(onlyResource(s, 'azurerm_public_ip')).toMatchObject({ sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
      expect(Object.keys(resources(s, 'azurerm_subnet_nat_gateway_association')).map((k) => k.split('_')[1]).sort()).toEqual(['AppNatGatewayAssociation', 'BootstrapNatGatewayAssociation', 'FunctionsNatGatewayAssociation', 'IntegrationNatGatewayAssociation']);
    });
    test('the app and data NSGs deny inbound internet traffic', () => {
      const nsgs = Object.values(resources(s, 'azurerm_network_security_group'));
      const denies = nsgs.filter((n) => n.security_rule.some((r: any) => r.access === 'Deny' && r.source_address_prefix === 'Internet'));
      expect(denies.length).toBeGreaterThanOrEqual(4);
    });
    test('the gateway NSG opens what Application Gateway v2 needs', () => {
      const gw = Object.values(resources(s, 'azurerm_network_security_group')).find((n) => n.name.includes('gateway'));
      expect(gw.security_rule.map((r: any) => r.source_address_prefix)).toEqual(['Internet', 'GatewayManager', 'AzureLoadBalancer']);
    });
    const nsgOf = (role: string) => Object.values(resources(s, 'azurerm_network_security_group')).find((n) => n.name.includes(`-${role}-`) || n.name.includes(`${role}-nsg`));
    const inbound = (role: string) => [...nsgOf(role).security_rule].sort((a: any, b: any) => a.priority - b.priority).map((r: any) => `${r.access} ${r.source_address_prefix} ${[r.destination_port_range ?? r.destination_port_ranges].flat().join(',')}`);
    test('the app, data and PostgreSQL NSGs deny the rest of the VNet after their allows (AllowVnetInBound no longer applies)', () => {
      expect(inbound('app')).toEqual(['Allow 10.0.0.0/20 80,443,1024-65535', 'Allow AzureLoadBalancer *', 'Deny Internet *', 'Deny VirtualNetwork *']);
      // No grant yet: the data subnet admits nobody.
      expect(inbound('data')).toEqual(['Deny Internet *', 'Deny VirtualNetwork *']);
      // Flexible Server's own 5432 within its subnet (HA, replicas), and the host probes.
      expect(inbound('postgres')).toEqual(['Allow 10.0.80.0/20 5432', 'Allow AzureLoadBalancer *', 'Deny Internet *', 'Deny VirtualNetwork *']);
    });
    test('VNet integration subnets receive nothing and keep only the internet deny', () => {
      for (const role of ['integration', 'functions']) expect(inbound(role)).toEqual(['Deny Internet *']);
    });
    test('NSG rules apply to the private endpoints of the data subnet', () => {
      const data = Object.values(resources(s, 'azurerm_subnet')).find((x) => x.name.includes('data'));
      expect(data.private_endpoint_network_policies).toBe('Enabled');
    });
  });

  test('zones follow zoneCount', () => {
    const { stack, resourceGroup } = azureStack();
    const net = new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup, zoneCount: 2 });
    expect(net.zones).toEqual(['1', '2']);
    expect(onlyResource(synth(stack), 'azurerm_public_ip').zones).toEqual(['1', '2']);
  });

  test('fails when … every rule reports at once', () => {
    const { stack, resourceGroup } = azureStack();
    expect(errorCodes(() => new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup, cidr: 'x', natGateways: 'many' as never }))).toEqual(['NetworkCidrMalformed', 'NetworkNatGatewaysInvalid']);
  });

  describe('NAT gateways per zone', () => {
    test('one NAT gateway by default on Azure', () => {
      expect(AZURE_NETWORK_DEFAULTS.natGateways).toBe(NatGatewayMode.SINGLE);
    });

    test('fails when perZone is asked of the network itself, explaining Azure\'s model', () => {
      const { stack, resourceGroup } = azureStack();
      expect(errorCodes(() => new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup, natGateways: NatGatewayMode.PER_ZONE }))).toEqual(['AzureNetworkNatPerZoneUnsupported']);
      expect(() => new AzureNetwork(azureStack('b').stack, 'Network', { location: 'westeurope', resourceGroup, natGateways: NatGatewayMode.PER_ZONE })).toThrow(/Standard NAT gateway lives in one zone/);
    });

    test('passes with single', () => {
      const { stack, resourceGroup } = azureStack();
      new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup, natGateways: NatGatewayMode.SINGLE });
      expect(Object.keys(resources(synth(stack), 'azurerm_nat_gateway'))).toHaveLength(1);
    });

    test('the kit builds one NAT gateway for a perZone workload and warns why', () => {
      const { stack } = kitStack('azure', shopWith((w) => (w.network = { ...w.network, natGateways: NatGatewayMode.PER_ZONE })));
      expect(Object.keys(resources(synth(stack), 'azurerm_nat_gateway'))).toHaveLength(1);
      expect(warnings(stack).some((w) => w.startsWith('network.natGateways is perZone, but on Azure'))).toBe(true);
    });

    test('no warning for a single workload', () => {
      const { stack } = kitStack('azure', shopWith((w) => (w.network = { ...w.network, natGateways: NatGatewayMode.SINGLE })));
      expect(warnings(stack).some((w) => w.startsWith('network.natGateways'))).toBe(false);
    });
  });
});
