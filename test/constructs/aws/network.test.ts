import { AwsNetwork } from '../../../constructs/aws/network';
import { NETWORK_DEFAULTS, NatGatewayMode } from '../../../constructs/core/network';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

describe('AwsNetwork', () => {
  describe('default properties', () => {
    const stack = awsStack();
    new AwsNetwork(stack, 'Network', { region: 'eu-west-1' });
    const s = synth(stack);

    test('a VPC with DNS on, over the default CIDR', () => {
      expect(onlyResource(s, 'aws_vpc')).toMatchObject({ cidr_block: NETWORK_DEFAULTS.cidr, enable_dns_hostnames: true, enable_dns_support: true });
    });
    test('public, app and data subnets in each of 3 zones, none mapping public IPs', () => {
      const subnets = Object.values(resources(s, 'aws_subnet'));
      expect(subnets).toHaveLength(9);
      for (const sn of subnets) expect(sn.map_public_ip_on_launch).toBe(false);
      expect(subnets.map((x) => x.tags.tier).sort()).toEqual(['app', 'app', 'app', 'data', 'data', 'data', 'public', 'public', 'public']);
      expect(new Set(subnets.map((x) => x.cidr_block)).size).toBe(9);
    });
    test('one NAT gateway per zone, each app subnet routed through its own', () => {
      expect(Object.keys(resources(s, 'aws_nat_gateway'))).toHaveLength(3);
      const routes = Object.values(resources(s, 'aws_route')).filter((r) => r.nat_gateway_id);
      expect(new Set(routes.map((r) => r.nat_gateway_id)).size).toBe(3);
    });
    test('data subnets have no route to the internet', () => {
      const dataRt = Object.entries(resources(s, 'aws_route_table')).find(([id]) => id.includes('DataRouteTable'))![0];
      const routes = Object.values(resources(s, 'aws_route')).filter((r) => String(r.route_table_id).includes(dataRt));
      expect(routes).toEqual([]);
    });
    test('the default security group allows nothing', () => {
      expect(onlyResource(s, 'aws_default_security_group')).toMatchObject({ ingress: [], egress: [] });
    });
    test('flow logs capture all traffic into a KMS-encrypted log group kept 90 days', () => {
      expect(onlyResource(s, 'aws_flow_log')).toMatchObject({ traffic_type: 'ALL' });
      const group = onlyResource(s, 'aws_cloudwatch_log_group');
      expect(group.retention_in_days).toBe(90);
      expect(group.kms_key_id).toMatch(/aws_kms_key\..*\.arn/);
      expect(onlyResource(s, 'aws_kms_key').enable_key_rotation).toBe(true);
    });
    test('declares a golden signal per NAT gateway and prices them', () => {
      const net = new AwsNetwork(awsStack(), 'Network', { region: 'eu-west-1' });
      expect(net.goldenSignals.map((g) => g.name)).toEqual(['nat-1-port-allocation-errors', 'nat-2-port-allocation-errors', 'nat-3-port-allocation-errors']);
      expect(net.costItems).toEqual([{ sku: 'aws:nat-gateway:hour', description: 'NAT gateways (hours)', quantityMin: 2190, quantityMax: 2190 }]);
    });
  });

  test('a single NAT gateway serves every zone when asked (cheaper, less available)', () => {
    const stack = awsStack();
    new AwsNetwork(stack, 'Network', { region: 'eu-west-1', natGateways: NatGatewayMode.SINGLE });
    const s = synth(stack);
    expect(Object.keys(resources(s, 'aws_nat_gateway'))).toHaveLength(1);
    expect(Object.values(resources(s, 'aws_route')).filter((r) => r.nat_gateway_id)).toHaveLength(3);
  });

  test('zoneCount 2 builds two zones', () => {
    const stack = awsStack();
    new AwsNetwork(stack, 'Network', { region: 'eu-west-1', zoneCount: 2, cidr: '10.1.0.0/16' });
    const s = synth(stack);
    expect(Object.keys(resources(s, 'aws_subnet'))).toHaveLength(6);
    expect(Object.values(resources(s, 'aws_subnet')).map((x) => x.cidr_block)).toContain('10.1.64.0/20');
  });

  test('fails when … every rule reports at once', () => {
    expect(errorCodes(() => new AwsNetwork(awsStack(), 'Network', { region: 'eu-west-1', cidr: '10.0.0.0/8', zoneCount: 4 }))).toEqual(['NetworkCidrSizeOutOfRange', 'NetworkZoneCountOutOfRange']);
  });
});
