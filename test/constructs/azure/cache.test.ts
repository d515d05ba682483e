import { Testing } from 'cdktf';
import { ManagedRedis } from '@cdktf/provider-azurerm/lib/managed-redis';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { AzureCache, AzureCacheClusteringPolicy, AzureCacheProps } from '../../../constructs/azure/cache';
import { CacheEvictionPolicy } from '../../../constructs/core/cache';
import { AzureKit } from '../../../constructs/azure/kit';
import { azureStack, errorCodes, kitStack, resources, synth } from '../../helpers';
import { infos, resolved, warnings } from '../../data-helpers';

const BASE = { location: 'westeurope', privateEndpointSubnetId: '/subnets/data', virtualNetworkId: '/vnets/vnet' };

function make(extra: Partial<AzureCacheProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const cache = new AzureCache(stack, 'Cache', { ...BASE, resourceGroupName: resourceGroup.name, ...extra });
  return { stack, cache };
}

describe('default properties', () => {
  const { stack, cache } = make();
  const json = Testing.synth(stack);

  test('Azure Managed Redis (not classic Azure Cache for Redis) with the table SKU and HA', () => {
    expect(json).toHaveResourceWithProperties(ManagedRedis, { sku_name: 'Balanced_B1', high_availability_enabled: true, name: 'shop-prod-cache-redis' });
    expect(synth(stack).doc.resource?.azurerm_redis_cache).toBeUndefined();
  });

  test('TLS only, access keys off (Entra ID), OSS cluster policy, allkeys-lru', () => {
    expect(json).toHaveResourceWithProperties(ManagedRedis, {
      default_database: { client_protocol: 'Encrypted', access_keys_authentication_enabled: false, clustering_policy: 'OSSCluster', eviction_policy: 'AllKeysLRU' },
    });
  });

  test('public network access is off; a private endpoint in the data subnet, registered in a linked private DNS zone', () => {
    expect(json).toHaveResourceWithProperties(ManagedRedis, { public_network_access: 'Disabled' });
    expect(json).toHaveResourceWithProperties(PrivateEndpoint, { subnet_id: '/subnets/data', private_service_connection: expect.objectContaining({ subresource_names: ['redisEnterprise'], is_manual_connection: false }) });
    expect(json).toHaveResourceWithProperties(PrivateDnsZone, { name: 'privatelink.redis.azure.net' });
    expect(json).toHaveResourceWithProperties(PrivateDnsZoneVirtualNetworkLink, { virtual_network_id: '/vnets/vnet', registration_enabled: false });
  });

  test('exposes the host name and the database port', () => {
    expect(resolved(stack, cache.cacheEndpoint)).toMatch(/^\$\{azurerm_managed_redis\.Cache_[0-9A-F]+\.hostname\}$/);
    expect(resolved(stack, cache.cachePort)).toMatch(/default_database\[0\]\.port/);
  });

  test('declares CPU, memory and eviction signals on the resource, and SKU and endpoint costs', () => {
    expect(cache.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'memory-high', 'evictions']);
    expect(cache.goldenSignals[0].metric.namespace).toBe('Microsoft.Cache/redisEnterprise');
    expect(cache.costItems.map((c) => c.sku)).toEqual(['azure:managed-redis:Balanced_B1', 'azure:private-endpoint:hour']);
    expect(cache.costItems[0].quantityMin).toBe(730);
  });
});

describe('options', () => {
  test('the SKU comes from the total memory: memory per shard × shards', () => {
    expect(make({ memoryGiB: 6 }).cache.sku).toBe('Balanced_B5');
    expect(make({ memoryGiB: 6, shardCount: 2 }).cache.sku).toBe('Balanced_B10');
    expect(make({ memoryGiB: 0.5 }).cache.sku).toBe('Balanced_B0');
  });

  test('no replicas turns HA off, with a warning and half the price', () => {
    const { stack, cache } = make({ replicasPerShard: 0 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ManagedRedis, { high_availability_enabled: false });
    expect(warnings(cache)).toEqual([expect.stringMatching(/high availability is off/)]);
    expect(cache.costItems[0].quantityMin).toBe(365);
  });

  test('more than one replica keeps HA (one replica) and says so', () => {
    const { cache } = make({ replicasPerShard: 3 });
    expect(infos(cache)).toEqual([expect.stringMatching(/keeps one replica/)]);
  });

  test('eviction policy and clustering policy map to Azure names', () => {
    const { stack } = make({ evictionPolicy: CacheEvictionPolicy.NO_EVICTION, clusteringPolicy: AzureCacheClusteringPolicy.ENTERPRISE_CLUSTER });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ManagedRedis, { default_database: expect.objectContaining({ eviction_policy: 'NoEviction', clustering_policy: 'EnterpriseCluster' }) });
  });

  test('one private endpoint per cache; two caches share the private DNS zone', () => {
    const { stack, resourceGroup } = azureStack();
    new AzureCache(stack, 'Sessions', { ...BASE, resourceGroupName: resourceGroup.name });
    new AzureCache(stack, 'Responses', { ...BASE, resourceGroupName: resourceGroup.name });
    const s = synth(stack);
    expect(Object.keys(resources(s, 'azurerm_private_endpoint'))).toHaveLength(2);
    expect(Object.keys(resources(s, 'azurerm_private_dns_zone'))).toHaveLength(1);
    expect(Object.keys(resources(s, 'azurerm_private_dns_zone_virtual_network_link'))).toHaveLength(1);
    const zoneIds = Object.values(resources(s, 'azurerm_private_endpoint')).map((e: any) => e.private_dns_zone_group.private_dns_zone_ids[0]);
    expect(new Set(zoneIds).size).toBe(1);
  });
});

describe('grantConnect with the pinned provider (no native access-policy assignment class)', () => {
  test('the pinned provider package has no azurerm_managed_redis_access_policy_assignment binding', () => {
    expect(() => require.resolve('@cdktf/provider-azurerm/lib/managed-redis-access-policy-assignment')).toThrow(/Cannot find module/);
  });

  test('assigns the default policy with an ARM template deployment, construct id AccessPolicy<consumer>, and no native resource', () => {
    const { stack, kit } = kitStack('azure') as { stack: any; kit: AzureKit };
    const cache = kit.cache('Cache', {});
    cache.grantConnect!(kit.webApp('Web', {}));
    const s = synth(stack);
    expect(Object.keys(resources(s, 'azurerm_resource_group_template_deployment'))).toEqual([expect.stringMatching(/^Cache_AccessPolicyWeb_[0-9A-F]+$/)]);
    expect(resources(s, 'azurerm_managed_redis_access_policy_assignment')).toEqual({});
  });
});

describe('rules', () => {
  const codes = (extra: Partial<AzureCacheProps>) => errorCodes(() => make(extra));
  test('fails when the shard count is out of range', () => expect(codes({ shardCount: 501 })).toEqual(['CacheShardCountOutOfRange']));
  test('fails when replicas per shard exceed 5', () => expect(codes({ replicasPerShard: 6 })).toEqual(['CacheReplicasOutOfRange']));
  test('fails when the memory per shard has no mapping', () => expect(codes({ memoryGiB: 201 })).toEqual(['CacheMemoryHasNoMapping']));
  test('fails when the total memory has no mapping on Azure', () => expect(codes({ memoryGiB: 100, shardCount: 3 })).toEqual(['CacheMemoryHasNoMapping']));
  test('fails when the eviction policy is unknown', () => expect(codes({ evictionPolicy: 'lru' as CacheEvictionPolicy })).toEqual(['CacheEvictionPolicyInvalid']));
  test('fails when the clustering policy is unknown', () => expect(codes({ clusteringPolicy: 'None' as AzureCacheClusteringPolicy })).toEqual(['CacheClusteringPolicyInvalid']));
});
