import { NETWORK_RULES, cidrSubnet } from '../../../constructs/core/network';
import { checkRules } from '../../../constructs/core/validation';

const codes = (p: object) => checkRules(NETWORK_RULES, p, 'x').map((i) => i.code);

describe('network rules', () => {
  test('defaults-shaped props pass', () => expect(codes({ cidr: '10.0.0.0/16', zoneCount: 3, natGateways: 'perZone', flowLogRetentionDays: 90 })).toEqual([]));
  test('fails when the CIDR is malformed', () => expect(codes({ cidr: '10.0.0/16' })).toEqual(['NetworkCidrMalformed']));
  test('fails when the CIDR is too small or too large', () => {
    expect(codes({ cidr: '10.0.0.0/24' })).toEqual(['NetworkCidrSizeOutOfRange']);
    expect(codes({ cidr: '10.0.0.0/8' })).toEqual(['NetworkCidrSizeOutOfRange']);
  });
  test('fails when zones are outside 1-3', () => {
    expect(codes({ zoneCount: 0 })).toEqual(['NetworkZoneCountOutOfRange']);
    expect(codes({ zoneCount: 4 })).toEqual(['NetworkZoneCountOutOfRange']);
  });
  test('fails when the NAT mode is unknown', () => expect(codes({ natGateways: 'many' })).toEqual(['NetworkNatGatewaysInvalid']));
  test('fails when flow-log retention is out of range', () => expect(codes({ flowLogRetentionDays: 0 })).toEqual(['NetworkFlowLogRetentionOutOfRange']));
  test('cidrSubnet matches Terraform cidrsubnet', () => {
    expect(cidrSubnet('10.40.0.0/16', 4, 0)).toBe('10.40.0.0/20');
    expect(cidrSubnet('10.40.0.0/16', 4, 5)).toBe('10.40.80.0/20');
    expect(cidrSubnet('172.16.0.0/20', 4, 15)).toBe('172.16.15.0/24');
    expect(() => cidrSubnet('10.0.0.0/16', 4, 16)).toThrow();
  });
});
