import { Cloud } from './cloud';
import { Rule, rules } from './validation';

/** How many NAT gateways egress goes through. */
export enum NatGatewayMode {
  /** One per zone: a zone outage does not cut the others' egress. */
  PER_ZONE = 'perZone',
  /** One for the network: cheaper, a single point of failure for egress. Fine for dev. */
  SINGLE = 'single',
}

/** Neutral network props: the same on both clouds. */
export interface NetworkProps {
  /**
   * Address space, an IPv4 CIDR from /16 to /20.
   * @default '10.0.0.0/16'
   */
  readonly cidr?: string;
  /**
   * Availability zones to spread across, 1–3. Fewer than 3 in prod gets a warning.
   * @default 3
   */
  readonly zoneCount?: number;
  /**
   * NAT gateways: one per zone, or a single one (saves about 2 × $33/month, loses zone-independent egress).
   * @default NatGatewayMode.PER_ZONE
   */
  readonly natGateways?: NatGatewayMode;
  /**
   * Days flow logs are kept (AWS VPC flow logs; Azure NSG diagnostics).
   * @default 90
   */
  readonly flowLogRetentionDays?: number;
}

export const NETWORK_DEFAULTS = {
  cidr: '10.0.0.0/16',
  zoneCount: 3,
  natGateways: NatGatewayMode.PER_ZONE,
  flowLogRetentionDays: 90,
} as const;

const CIDR_RE = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(\d|[12]\d|3[0-2])$/;

export const NETWORK_RULES: ReadonlyArray<Rule<NetworkProps>> = [
  rules.pattern<NetworkProps>('NetworkCidrMalformed', 'cidr', (p) => p.cidr, CIDR_RE, 'an IPv4 CIDR such as "10.0.0.0/16"', 'Write the address space as a.b.c.d/n.'),
  {
    code: 'NetworkCidrSizeOutOfRange',
    prop: 'cidr',
    value: (p) => p.cidr,
    failsWhen: (p) => p.cidr !== undefined && CIDR_RE.test(p.cidr) && (prefixLength(p.cidr) < 16 || prefixLength(p.cidr) > 20),
    allowed: 'a prefix between /16 and /20',
    fix: 'Use a /16 to /20 so that every tier gets a subnet in every zone.',
  },
  rules.intRange<NetworkProps>('NetworkZoneCountOutOfRange', 'zoneCount', (p) => p.zoneCount, 1, 3, 'Spread across 1 to 3 zones; 3 is the highly available default.'),
  rules.oneOf<NetworkProps, string>('NetworkNatGatewaysInvalid', 'natGateways', (p) => p.natGateways, Object.values(NatGatewayMode), 'Pick perZone (HA) or single (cheaper).'),
  rules.intRange<NetworkProps>('NetworkFlowLogRetentionOutOfRange', 'flowLogRetentionDays', (p) => p.flowLogRetentionDays, 1, 3653, 'Keep flow logs for 1 to 3653 days.'),
];

function prefixLength(cidr: string): number {
  return Number(cidr.split('/')[1]);
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/**
 * Terraform's `cidrsubnet` at synth time: the `index`-th subnet of `cidr` with `newBits` more
 * prefix bits. Computing it here keeps the synthesized JSON literal and reviewable.
 */
export function cidrSubnet(cidr: string, newBits: number, index: number): string {
  const [ip, len] = cidr.split('/');
  const prefix = Number(len) + newBits;
  if (prefix > 32) throw new Error(`cidrSubnet: ${cidr} has no room for ${newBits} more bits`);
  if (index < 0 || index >= 2 ** newBits) throw new Error(`cidrSubnet: index ${index} does not fit in ${newBits} bits`);
  const base = ipToInt(ip) - (ipToInt(ip) % 2 ** (32 - Number(len)));
  return `${intToIp(base + index * 2 ** (32 - prefix))}/${prefix}`;
}

/** The subnet tiers of a network, the same names on both clouds. */
export enum SubnetTier {
  /** Load balancers and NAT (AWS public subnets; Azure Application Gateway subnet). */
  PUBLIC = 'public',
  /** Compute: VMs, containers, function VNet integration. */
  APP = 'app',
  /** Data stores and private endpoints: no route to the internet. */
  DATA = 'data',
}

/** What every kit's network exposes, whatever the cloud. */
export interface INetwork {
  readonly cloud: Cloud;
  readonly cidr: string;
  readonly zoneCount: number;
  /** The zone names or numbers in use (`eu-west-1a` / `1`). */
  readonly zones: string[];
}

/** Each tier gets a block of 4 subnet slots, one per zone (and one spare): a /16 splits into /20s. */
export const SUBNET_NEW_BITS = 4;

const TIER_BLOCK: Record<SubnetTier, number> = { [SubnetTier.PUBLIC]: 0, [SubnetTier.APP]: 4, [SubnetTier.DATA]: 8 };

/** Index of a tier's subnet in zone `zone` (0-based), for {@link cidrSubnet}. */
export function subnetIndex(tier: SubnetTier, zone: number): number {
  return TIER_BLOCK[tier] + zone;
}

