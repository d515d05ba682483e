import { CacheEvictionPolicy, CacheProps } from '../../../constructs/core/cache';
import { errorCodes, kitStack, synth } from '../../helpers';

/** The neutral settings a synthesized cache ends up with, read back from either cloud. */
interface CacheView {
  readonly highlyAvailable: boolean;
  readonly eviction: string;
  readonly tlsOnly: boolean;
  readonly publicAccess: boolean;
  readonly passwordAuth: boolean;
}

const EVICTION_AZURE: Record<string, string> = { AllKeysLRU: 'allkeys-lru', VolatileTTL: 'volatile-ttl', NoEviction: 'noeviction' };

const CLOUDS = [
  {
    cloud: 'aws' as const,
    view(props: CacheProps): CacheView {
      const { stack, kit } = kitStack('aws');
      kit.cache('Cache', props);
      const r = synth(stack).doc.resource!;
      const rg = Object.values(r.aws_elasticache_replication_group)[0] as any;
      const pg = Object.values(r.aws_elasticache_parameter_group)[0] as any;
      const def = Object.values(r.aws_elasticache_user).find((u: any) => u.user_name === 'default') as any;
      // Reachable from the internet: a subnet of the group that gives public IPs, or an ingress rule
      // on the cache's security groups from anywhere.
      const refId = (ref: string) => /^\$\{[a-z0-9_]+\.([^.]+)\./.exec(ref)?.[1] ?? ref;
      const group = (r.aws_elasticache_subnet_group as Record<string, any>)[refId(rg.subnet_group_name)];
      const subnets = (group.subnet_ids as string[]).map((ref) => (r.aws_subnet as any)[refId(ref)]);
      const sgs = new Set((rg.security_group_ids as string[]).map(refId));
      const ingress = Object.values((r.aws_vpc_security_group_ingress_rule ?? {}) as Record<string, any>).filter((i) => sgs.has(refId(i.security_group_id)));
      return {
        highlyAvailable: rg.multi_az_enabled === true,
        eviction: pg.parameter.find((p: any) => p.name === 'maxmemory-policy').value,
        tlsOnly: rg.transit_encryption_enabled === true && rg.transit_encryption_mode === 'required',
        publicAccess: subnets.some((sn: any) => sn === undefined || sn.map_public_ip_on_launch === true) || ingress.some((i) => i.cidr_ipv4 === '0.0.0.0/0' || i.cidr_ipv6 === '::/0'),
        passwordAuth: !def.access_string.startsWith('off'),
      };
    },
  },
  {
    cloud: 'azure' as const,
    view(props: CacheProps): CacheView {
      const { stack, kit } = kitStack('azure');
      kit.cache('Cache', props);
      const r = synth(stack).doc.resource!;
      const redis = Object.values(r.azurerm_managed_redis)[0] as any;
      return {
        highlyAvailable: redis.high_availability_enabled === true,
        eviction: EVICTION_AZURE[redis.default_database.eviction_policy],
        tlsOnly: redis.default_database.client_protocol === 'Encrypted',
        publicAccess: redis.public_network_access !== 'Disabled',
        passwordAuth: redis.default_database.access_keys_authentication_enabled !== false,
      };
    },
  },
];

describe.each(CLOUDS)('Cache contract on $cloud', ({ cloud, view }) => {
  test('defaults: highly available, TLS only, private, no shared password, allkeys-lru', () => {
    expect(view({})).toEqual({ highlyAvailable: true, eviction: 'allkeys-lru', tlsOnly: true, publicAccess: false, passwordAuth: false });
  });

  test('no replicas means no high availability', () => {
    expect(view({ replicasPerShard: 0 }).highlyAvailable).toBe(false);
  });

  test('the eviction policy is honoured', () => {
    expect(view({ evictionPolicy: CacheEvictionPolicy.VOLATILE_TTL }).eviction).toBe('volatile-ttl');
    expect(view({ evictionPolicy: CacheEvictionPolicy.NO_EVICTION }).eviction).toBe('noeviction');
  });

  test('the kit places the cache in the data tier, reachable by no one until a consumer is granted', () => {
    const { stack, kit } = kitStack(cloud);
    kit.cache('Cache', {});
    const r = synth(stack).doc.resource!;
    if (cloud === 'aws') {
      const subnets = (Object.values(r.aws_elasticache_subnet_group)[0] as any).subnet_ids as string[];
      expect(subnets.every((s) => s.includes('DataSubnet'))).toBe(true);
      // No CIDR rule for the whole APP tier any more: grantConnect adds one rule per consumer security group.
      expect(r.aws_vpc_security_group_ingress_rule).toBeUndefined();
    } else {
      expect((Object.values(r.azurerm_private_endpoint)[0] as any).subnet_id).toMatch(/DataSubnet/);
      const data = Object.entries<any>(r.azurerm_network_security_group).find(([k]) => k.startsWith('Network_DataSecurityGroup'))![1];
      expect(data.security_rule.filter((x: any) => x.access === 'Allow')).toEqual([]);
    }
  });

  test.each([
    [{ shardCount: 0 }, ['CacheShardCountOutOfRange']],
    [{ replicasPerShard: 6 }, ['CacheReplicasOutOfRange']],
    [{ memoryGiB: 300 }, ['CacheMemoryHasNoMapping']],
    [{ evictionPolicy: 'lru' as CacheEvictionPolicy }, ['CacheEvictionPolicyInvalid']],
  ])('the same rule codes for %j', (props, codes) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.cache('Cache', props))).toEqual(codes);
  });
});
