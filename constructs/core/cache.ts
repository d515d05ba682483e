import { IWorkloadConsumer } from './wiring';
import { Rule, rules } from './validation';

/** What the cache drops when it is full. The Redis / Valkey `maxmemory-policy` names. */
export enum CacheEvictionPolicy {
  ALLKEYS_LRU = 'allkeys-lru',
  ALLKEYS_LFU = 'allkeys-lfu',
  ALLKEYS_RANDOM = 'allkeys-random',
  VOLATILE_LRU = 'volatile-lru',
  VOLATILE_LFU = 'volatile-lfu',
  VOLATILE_RANDOM = 'volatile-random',
  VOLATILE_TTL = 'volatile-ttl',
  /** Writes fail when memory is full: for caches that must never lose a key. */
  NO_EVICTION = 'noeviction',
}

/** Neutral cache props (seed §6.3): the same on both clouds. */
export interface CacheProps {
  /**
   * Data memory per shard in GiB, from 0.5 to 200 (as in the workload file). Mapped to node types
   * and SKUs through {@link CACHE_SIZES}: AWS sizes each shard's nodes from it, Azure sizes the
   * whole cache from `memoryGiB × shardCount`. A size with no row is refused.
   * @default 1
   */
  readonly memoryGiB?: number;
  /**
   * Shards (node groups) the key space is split over, 1–500. On AWS each shard is a primary plus
   * replicas. Azure Managed Redis shards internally: there it only multiplies the memory that picks
   * the SKU.
   * @default 1
   */
  readonly shardCount?: number;
  /**
   * Replicas per shard, 0–5. At least 1 gives Multi-AZ automatic failover (AWS) and high
   * availability (Azure, which keeps exactly one replica). 0 halves the node cost and loses
   * the cache on a node failure.
   * @default 1
   */
  readonly replicasPerShard?: number;
  /**
   * What is evicted when memory is full.
   * @default CacheEvictionPolicy.ALLKEYS_LRU
   */
  readonly evictionPolicy?: CacheEvictionPolicy;
}

export const CACHE_DEFAULTS = {
  memoryGiB: 1,
  shardCount: 1,
  replicasPerShard: 1,
  evictionPolicy: CacheEvictionPolicy.ALLKEYS_LRU,
} as const;

/** One row of the sizing table. */
export interface CacheSizeRow {
  /** Usable data memory of the row, GiB: a shard (AWS) or a whole cache (Azure) of up to this size fits. */
  readonly memoryGiB: number;
  /** ElastiCache node type for a shard of up to this memory. */
  readonly awsNodeType: string;
  /** Azure Managed Redis SKU for a cache of up to this memory. */
  readonly azureSku: string;
}

/**
 * The one sizing table of the cache: neutral memory → AWS node type and Azure SKU.
 *
 * | memory (GiB) | AWS node (per shard) | Azure Managed Redis SKU (whole cache) |
 * |---|---|---|
 * | 0.5 | cache.t4g.micro | Balanced_B0 |
 * | 1 | cache.t4g.small | Balanced_B1 |
 * | 6 | cache.m7g.large | Balanced_B5 |
 * | 12 | cache.r7g.large | Balanced_B10 |
 * | 24 | cache.r7g.xlarge | Balanced_B20 |
 * | 50 | cache.r7g.2xlarge | Balanced_B50 |
 * | 100 | cache.r7g.4xlarge | Balanced_B100 |
 * | 200 | cache.r7g.8xlarge | Balanced_B250 |
 *
 * AWS: the per-shard `memoryGiB` picks the smallest row that holds it; the node memory is at least
 * the row's (r7g.large: 13.07 GiB). Azure: the total `memoryGiB × shardCount` picks the row; Azure
 * Managed Redis clusters internally. The t4g rows are burstable, for dev. A per-shard memory above
 * 200 GiB has no mapping on either cloud, and on Azure neither has a total above 200 GiB: both are
 * refused (`CacheMemoryHasNoMapping`).
 */
export const CACHE_SIZES: ReadonlyArray<CacheSizeRow> = [
  { memoryGiB: 0.5, awsNodeType: 'cache.t4g.micro', azureSku: 'Balanced_B0' },
  { memoryGiB: 1, awsNodeType: 'cache.t4g.small', azureSku: 'Balanced_B1' },
  { memoryGiB: 6, awsNodeType: 'cache.m7g.large', azureSku: 'Balanced_B5' },
  { memoryGiB: 12, awsNodeType: 'cache.r7g.large', azureSku: 'Balanced_B10' },
  { memoryGiB: 24, awsNodeType: 'cache.r7g.xlarge', azureSku: 'Balanced_B20' },
  { memoryGiB: 50, awsNodeType: 'cache.r7g.2xlarge', azureSku: 'Balanced_B50' },
  { memoryGiB: 100, awsNodeType: 'cache.r7g.4xlarge', azureSku: 'Balanced_B100' },
  { memoryGiB: 200, awsNodeType: 'cache.r7g.8xlarge', azureSku: 'Balanced_B250' },
];

/** The largest memory the table maps. */
export const CACHE_MAX_MEMORY_GIB = CACHE_SIZES[CACHE_SIZES.length - 1].memoryGiB;

/** The smallest row holding `memoryGiB`; undefined when none does. */
export function cacheSizeRow(memoryGiB: number): CacheSizeRow | undefined {
  if (!(memoryGiB > 0)) return undefined;
  return CACHE_SIZES.find((r) => r.memoryGiB >= memoryGiB);
}

/** The AWS node type of a shard holding `memoryGiB`. */
export function cacheAwsNodeType(memoryGiB: number): string {
  const row = cacheSizeRow(memoryGiB);
  if (!row) throw new Error(`no cache size maps ${memoryGiB} GiB per shard`);
  return row.awsNodeType;
}

/** The Azure Managed Redis SKU for `shardCount` shards of `memoryGiB`. */
export function cacheAzureSku(memoryGiB: number, shardCount: number): string {
  const row = cacheSizeRow(memoryGiB * shardCount);
  if (!row) throw new Error(`no cache size maps ${memoryGiB * shardCount} GiB in total`);
  return row.azureSku;
}

export const CACHE_MAX_SHARDS = 500;
export const CACHE_MAX_REPLICAS = 5;

const MEMORY_FIX = `Pick a memory from the sizing table (${CACHE_SIZES.map((r) => r.memoryGiB).join(', ')} GiB per row), or add shards.`;

export const CACHE_RULES: ReadonlyArray<Rule<CacheProps>> = [
  {
    code: 'CacheMemoryHasNoMapping',
    prop: 'memoryGiB',
    value: (p) => p.memoryGiB,
    failsWhen: (p) => p.memoryGiB !== undefined && (typeof p.memoryGiB !== 'number' || cacheSizeRow(p.memoryGiB) === undefined),
    allowed: `greater than 0 and at most ${CACHE_MAX_MEMORY_GIB} per shard (the largest row of the cache sizing table)`,
    fix: MEMORY_FIX,
  },
  rules.intRange<CacheProps>('CacheShardCountOutOfRange', 'shardCount', (p) => p.shardCount, 1, CACHE_MAX_SHARDS, 'Use at least 1 shard.'),
  rules.intRange<CacheProps>('CacheReplicasOutOfRange', 'replicasPerShard', (p) => p.replicasPerShard, 0, CACHE_MAX_REPLICAS, 'ElastiCache allows at most 5 replicas per shard; use 1 or 2 for HA.'),
  rules.oneOf<CacheProps, string>('CacheEvictionPolicyInvalid', 'evictionPolicy', (p) => p.evictionPolicy, Object.values(CacheEvictionPolicy), 'Use a Redis maxmemory-policy name such as allkeys-lru.'),
];

/**
 * Azure sizes the whole cache from one row: the total memory must map too. Same code, because it
 * is the same failure (a size with no mapping).
 */
export const CACHE_TOTAL_MEMORY_RULE: Rule<CacheProps> = {
  code: 'CacheMemoryHasNoMapping',
  prop: 'memoryGiB × shardCount',
  value: (p) => (p.memoryGiB ?? CACHE_DEFAULTS.memoryGiB) * (p.shardCount ?? CACHE_DEFAULTS.shardCount),
  failsWhen: (p) => {
    const per = p.memoryGiB ?? CACHE_DEFAULTS.memoryGiB;
    const shards = p.shardCount ?? CACHE_DEFAULTS.shardCount;
    // Judged only when both inputs are valid on their own: their rules report them otherwise.
    if (!Number.isInteger(shards) || shards < 1 || shards > CACHE_MAX_SHARDS) return false;
    return cacheSizeRow(per) !== undefined && cacheSizeRow(per * shards) === undefined;
  },
  allowed: `at most ${CACHE_MAX_MEMORY_GIB} GiB in total on Azure Managed Redis (the largest SKU of the table)`,
  fix: 'Use fewer or smaller shards, or split the data over several caches.',
};

/**
 * The settings an app needs to reach the cache with its own identity (docs/wiring.md):
 * `CACHE_ENDPOINT` (TLS host), `CACHE_PORT`, `CACHE_AUTH` (`iam`: sign an IAM auth token for
 * `CACHE_NAME` as `CACHE_USER`; `entra`: a Microsoft Entra token, the identity's object id as
 * user name), and on AWS `CACHE_USER`, `CACHE_NAME`.
 */
export function cacheSettings(ref: ICacheRef): Record<string, string> {
  const env: Record<string, string> = { CACHE_ENDPOINT: ref.cacheEndpoint, CACHE_PORT: String(ref.cachePort), CACHE_AUTH: ref.cacheUserName !== undefined ? 'iam' : 'entra' };
  if (ref.cacheUserName !== undefined) env.CACHE_USER = ref.cacheUserName;
  if (ref.cacheName !== undefined) env.CACHE_NAME = ref.cacheName;
  return env;
}

/** What a cache hands to the apps that use it. */
export interface ICacheRef {
  /** Host name clients connect to over TLS (AWS configuration endpoint; Azure host name). */
  readonly cacheEndpoint: string;
  readonly cachePort: number;
  /** AWS: the IAM-authenticated cache user apps connect as. @default - Azure: the consumer's object id */
  readonly cacheUserName?: string;
  /** AWS: the replication group id, which an IAM auth token is signed for. @default - not on Azure */
  readonly cacheName?: string;
  /**
   * Lets `consumer` use the cache: the network path on the cache port, the least identity
   * permission (AWS `elasticache:Connect` on the group and its IAM user; Azure the default
   * access-policy assignment for the consumer's identity), and the `app->cache` edge.
   * @returns the settings the consumer needs to connect with that identity
   */
  grantConnect?(consumer: IWorkloadConsumer): Record<string, string>;
}
