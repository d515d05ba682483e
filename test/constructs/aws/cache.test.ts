import { Testing } from 'cdktf';
import { ElasticacheParameterGroup } from '@cdktf/provider-aws/lib/elasticache-parameter-group';
import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { ElasticacheSubnetGroup } from '@cdktf/provider-aws/lib/elasticache-subnet-group';
import { ElasticacheUser } from '@cdktf/provider-aws/lib/elasticache-user';
import { ElasticacheUserGroup } from '@cdktf/provider-aws/lib/elasticache-user-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { AwsCache, AwsCacheEngine, AwsCacheProps } from '../../../constructs/aws/cache';
import { CacheEvictionPolicy } from '../../../constructs/core/cache';
import { awsStack, errorCodes, resources, synth } from '../../helpers';
import { resolved, warnings } from '../../data-helpers';

const BASE: AwsCacheProps = { vpcId: 'vpc-1', subnetIds: ['subnet-d1', 'subnet-d2', 'subnet-d3'], allowedCidrs: ['10.0.64.0/20', '10.0.80.0/20'] };

function make(extra: Partial<AwsCacheProps> = {}) {
  const stack = awsStack();
  const cache = new AwsCache(stack, 'Cache', { ...BASE, ...extra });
  return { stack, cache, s: synth(stack) };
}

describe('default properties', () => {
  const { stack, cache } = make();
  const json = Testing.synth(stack);

  test('a Valkey replication group in cluster mode: 1 shard, 1 replica, Multi-AZ automatic failover', () => {
    expect(json).toHaveResourceWithProperties(ElasticacheReplicationGroup, {
      engine: 'valkey',
      engine_version: '8.0',
      cluster_mode: 'enabled',
      num_node_groups: 1,
      replicas_per_node_group: 1,
      automatic_failover_enabled: true,
      multi_az_enabled: true,
      node_type: 'cache.t4g.small',
      port: 6379,
    });
  });

  test('encrypted at rest and in transit, TLS required', () => {
    expect(json).toHaveResourceWithProperties(ElasticacheReplicationGroup, { at_rest_encryption_enabled: 'true', transit_encryption_enabled: true, transit_encryption_mode: 'required' });
  });

  test('snapshots kept 7 days, parameter group with cluster mode and allkeys-lru', () => {
    expect(json).toHaveResourceWithProperties(ElasticacheReplicationGroup, { snapshot_retention_limit: 7, snapshot_window: '03:00-04:00' });
    expect(json).toHaveResourceWithProperties(ElasticacheParameterGroup, {
      family: 'valkey8',
      parameter: expect.arrayContaining([{ name: 'cluster-enabled', value: 'yes' }, { name: 'maxmemory-policy', value: 'allkeys-lru' }]),
    });
  });

  test('RBAC: the default user is switched off, the app user authenticates with IAM', () => {
    expect(json).toHaveResourceWithProperties(ElasticacheUser, { user_name: 'default', access_string: 'off -@all' });
    expect(json).toHaveResourceWithProperties(ElasticacheUser, { user_name: 'shop-prod-cache-app', user_id: 'shop-prod-cache-app', authentication_mode: { type: 'iam' } });
    expect(json).toHaveResourceWithProperties(ElasticacheUserGroup, { engine: 'valkey' });
    const rg = Object.values(resources(synth(stack), 'aws_elasticache_replication_group'))[0];
    expect(rg.user_group_ids).toHaveLength(1);
    expect(rg.auth_token).toBeUndefined();
  });

  test('the subnet group holds the given (data) subnets', () => {
    expect(json).toHaveResourceWithProperties(ElasticacheSubnetGroup, { subnet_ids: BASE.subnetIds });
  });

  test('the security group admits only the app-tier CIDRs on the cache port, and has no egress', () => {
    const s = synth(stack);
    const rules = Object.values(resources(s, 'aws_vpc_security_group_ingress_rule'));
    expect(rules.map((r) => r.cidr_ipv4)).toEqual(BASE.allowedCidrs);
    for (const r of rules) expect(r).toMatchObject({ from_port: 6379, to_port: 6379, ip_protocol: 'tcp' });
    const sg = Object.values(resources(s, 'aws_security_group'))[0];
    expect(sg.egress).toBeUndefined();
    expect(sg.ingress).toBeUndefined();
  });

  test('exposes the configuration endpoint and port', () => {
    expect(resolved(stack, cache.cacheEndpoint)).toMatch(/^\$\{aws_elasticache_replication_group\.Cache_[0-9A-F]+\.configuration_endpoint_address\}$/);
    expect(cache.cachePort).toBe(6379);
  });

  test('offers the IAM statement apps need to connect as the app user', () => {
    expect(cache.connectPolicyStatement).toMatchObject({ Effect: 'Allow', Action: 'elasticache:Connect' });
    expect(resolved(stack, cache.connectPolicyStatement.Resource)).toEqual([
      expect.stringMatching(/aws_elasticache_replication_group\.Cache_[0-9A-F]+\.arn/),
      expect.stringMatching(/aws_elasticache_user\.Cache_AppUser_[0-9A-F]+\.arn/),
    ]);
  });

  test('declares CPU, memory, evictions and replication-lag signals and a node cost item', () => {
    expect(cache.goldenSignals.map((g) => g.name)).toEqual(['engine-cpu-high', 'memory-high', 'evictions', 'replication-lag']);
    // Per cache node: both dimensions, as ElastiCache publishes them (AWS_METRIC_FACTS requiredDimensions).
    expect(cache.goldenSignals[0].metric.dimensions).toEqual([{ name: 'CacheClusterId', value: 'shop-prod-cache-0001-001' }, { name: 'CacheNodeId', value: '0001' }]);
    expect(cache.goldenSignals[3].metric.dimensions).toEqual([{ name: 'CacheClusterId', value: 'shop-prod-cache-0001-002' }, { name: 'CacheNodeId', value: '0001' }]);
    expect(cache.costItems).toEqual([expect.objectContaining({ sku: 'aws:elasticache:cache.t4g.small', quantityMin: 2 * 730, quantityMax: 2 * 730 })]);
  });
});

describe('options', () => {
  test('memory per shard picks the node type from the sizing table', () => {
    expect(make({ memoryGiB: 6 }).cache.nodeType).toBe('cache.m7g.large');
    expect(make({ memoryGiB: 12 }).cache.nodeType).toBe('cache.r7g.large');
    expect(make({ memoryGiB: 13 }).cache.nodeType).toBe('cache.r7g.xlarge');
  });

  test('shards × replicas set node groups and per-shard signals and costs', () => {
    const { stack, cache } = make({ shardCount: 3, replicasPerShard: 2 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ElasticacheReplicationGroup, { num_node_groups: 3, replicas_per_node_group: 2 });
    expect(cache.goldenSignals.filter((g) => g.name.endsWith('engine-cpu-high')).map((g) => g.name)).toEqual(['shard-1-engine-cpu-high', 'shard-2-engine-cpu-high', 'shard-3-engine-cpu-high']);
    expect(cache.costItems[0].quantityMin).toBe(9 * 730);
  });

  test('no replicas turns Multi-AZ off (with a warning) and drops the replication-lag signal', () => {
    const { stack, cache } = make({ replicasPerShard: 0 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ElasticacheReplicationGroup, { multi_az_enabled: false, automatic_failover_enabled: true });
    expect(cache.goldenSignals.map((g) => g.name)).not.toContain('replication-lag');
    expect(warnings(cache)).toEqual([expect.stringMatching(/replicasPerShard is 0/)]);
  });

  test('Redis OSS engine with its own version and parameter family', () => {
    const { stack } = make({ engine: AwsCacheEngine.REDIS });
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(ElasticacheReplicationGroup, { engine: 'redis', engine_version: '7.1' });
    expect(json).toHaveResourceWithProperties(ElasticacheParameterGroup, { family: 'redis7' });
    expect(json).toHaveResourceWithProperties(ElasticacheUser, { engine: 'redis', user_name: 'default' });
  });

  test('eviction policy goes to the parameter group', () => {
    const { stack } = make({ evictionPolicy: CacheEvictionPolicy.VOLATILE_TTL });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ElasticacheParameterGroup, { parameter: expect.arrayContaining([{ name: 'maxmemory-policy', value: 'volatile-ttl' }]) });
  });

  test('snapshot retention, KMS key and port are passed through', () => {
    const { stack } = make({ snapshotRetentionDays: 0, kmsKeyArn: 'arn:aws:kms:eu-west-1:1:key/k', port: 6380 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ElasticacheReplicationGroup, { snapshot_retention_limit: 0, kms_key_id: 'arn:aws:kms:eu-west-1:1:key/k', port: 6380 });
  });

  test('app-tier security groups can be allowed instead of CIDRs', () => {
    const { stack } = make({ allowedCidrs: undefined, allowedSecurityGroupIds: ['sg-app'] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(VpcSecurityGroupIngressRule, { referenced_security_group_id: 'sg-app', from_port: 6379 });
  });
});

describe('rules', () => {
  const codes = (extra: Partial<AwsCacheProps>) => errorCodes(() => new AwsCache(awsStack(), 'Cache', { ...BASE, ...extra }));
  test('fails when the shard count is out of range', () => expect(codes({ shardCount: 0 })).toEqual(['CacheShardCountOutOfRange']));
  test('fails when replicas per shard exceed 5', () => expect(codes({ replicasPerShard: 6 })).toEqual(['CacheReplicasOutOfRange']));
  test('fails when the memory has no mapping', () => expect(codes({ memoryGiB: 500 })).toEqual(['CacheMemoryHasNoMapping']));
  test('fails when the memory is not positive', () => expect(codes({ memoryGiB: 0 })).toEqual(['CacheMemoryHasNoMapping']));
  test('fails when the eviction policy is unknown', () => expect(codes({ evictionPolicy: 'lru' as CacheEvictionPolicy })).toEqual(['CacheEvictionPolicyInvalid']));
  test('fails when snapshot retention is outside 0-35', () => expect(codes({ snapshotRetentionDays: 36 })).toEqual(['CacheSnapshotRetentionOutOfRange']));
  test('fails when the engine is unknown', () => expect(codes({ engine: 'memcached' as AwsCacheEngine })).toEqual(['CacheEngineInvalid']));
  test('fails when no subnets are given', () => expect(codes({ subnetIds: [] })).toEqual(['CacheNoSubnets']));
  test('reports every failure at once', () => expect(codes({ shardCount: 0, replicasPerShard: 9 })).toEqual(['CacheShardCountOutOfRange', 'CacheReplicasOutOfRange']));
});
