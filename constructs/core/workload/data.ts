/**
 * Workload mapping, data area: the workload file's cache, databases, queues and topics as neutral
 * blueprint props (`dataPropsFromWorkload`), and the workload-level checks that reuse the
 * blueprints' rule tables (`dataWorkloadIssues`). Stacks build from these props; `src/workload.ts`
 * reports the issues with JSON paths.
 */
import { CACHE_RULES, CacheEvictionPolicy, CacheProps } from '../cache';
import { MESSAGE_QUEUE_RULES, MessageQueueProps, MessageQueueSpec, MessagingTier } from '../queue';
import { SHARDED_DATABASE_RULES, ShardedDatabaseKitProps } from '../sharded-database';
import { ShardStrategy } from '../shard-map';
import { SizeTier } from '../size';
import { ValidationIssue, checkRules } from '../validation';
import { snakeCase } from '../private/strings';
import { DatabaseSpec, Environment, Workload } from '../workload';

/** The workload's cache as neutral props. */
function cacheProps(w: Workload): CacheProps | undefined {
  const c = w.cache;
  if (!c) return undefined;
  return { memoryGiB: c.memoryGiB, shardCount: c.shards, replicasPerShard: c.replicasPerShard, evictionPolicy: c.evictionPolicy as CacheEvictionPolicy | undefined };
}

/** A workload database as kit props (`retained` passes through: nothing is built for it). */
function databaseProps(name: string, spec: DatabaseSpec, singleShard: boolean): ShardedDatabaseKitProps {
  const shards = singleShard ? 1 : spec.shards;
  const key = spec.shardKey;
  return {
    databaseName: snakeCase(name),
    size: spec.size as SizeTier,
    storageGiB: spec.storageGiB,
    shardCount: shards,
    shardStrategy: key?.strategy as ShardStrategy | undefined,
    shardKeyColumn: key?.column,
    // One shard: every list value lives on shard 0.
    shardLists: key?.lists && shards === 1 ? Object.fromEntries(Object.keys(key.lists).map((k) => [k, 0])) : key?.lists,
    readReplicas: spec.readReplicas,
    backupRetentionDays: spec.backupRetentionDays,
    geoRedundantBackupEnabled: spec.geoRedundantBackup,
    retained: spec.retained,
  };
}

/**
 * The workload's queues and topics as MessageQueue props. A queue consumed by a function takes the
 * function's timeout as its consumer timeout and the trigger's maxConcurrency as its concurrency
 * bound, so visibility/lock timeouts and in-flight work fit the consumer (backpressure).
 */
function messagingProps(w: Workload): MessageQueueProps | undefined {
  const queues = Object.entries(w.queues ?? {});
  if (queues.length === 0) return undefined;
  const consumers = Object.values(w.functions ?? {});
  const specs: MessageQueueSpec[] = queues.map(([name, q]) => {
    const consumer = consumers.find((f) => f.trigger?.queue === name);
    return {
      name,
      fifo: q.fifo,
      maxReceiveCount: q.maxReceiveCount,
      retentionDays: q.retentionDays,
      visibilityTimeoutSeconds: q.visibilityTimeoutSeconds,
      consumerTimeoutSeconds: consumer ? (consumer.timeoutSeconds ?? 30) : undefined,
      maxConsumerConcurrency: consumer?.trigger.maxConcurrency,
    };
  });
  const topics = Object.entries(w.topics ?? {}).map(([name, t]) => ({
    name,
    subscriptions: t.subscriptions,
    fifo: t.subscriptions.length > 0 && t.subscriptions.every((s) => w.queues?.[s]?.fifo === true) ? true : undefined,
  }));
  // Dev workloads take the Standard Service Bus tier (no zone redundancy or private endpoint,
  // ~$10/month instead of ~$680 per Premium unit); every other environment keeps Premium.
  return { queues: specs, topics, tier: w.environment === Environment.DEV ? MessagingTier.STANDARD : undefined };
}

/** The data area of a workload as neutral props, one entry per blueprint the stacks build. */
export interface DataWorkloadProps {
  /** The cache, when the workload declares one. */
  readonly cache?: CacheProps;
  /** Every database by workload name (retained ones too: they pass through). */
  readonly databases: Record<string, ShardedDatabaseKitProps>;
  /** The queues and topics, when the workload declares a queue. */
  readonly messaging?: MessageQueueProps;
}

/**
 * The workload's data area as neutral props.
 * @param singleShard keep each database to one shard (replatform, rehost): every list value
 *   lives on shard 0.
 */
export function dataPropsFromWorkload(w: Workload, singleShard = false): DataWorkloadProps {
  const databases: Record<string, ShardedDatabaseKitProps> = {};
  for (const [name, spec] of Object.entries(w.databases ?? {})) databases[name] = databaseProps(name, spec, singleShard);
  return { cache: cacheProps(w), databases, messaging: messagingProps(w) };
}

/** Neutral prop → workload field, where the names differ. */
const CACHE_FIELDS: Record<string, string> = { shardCount: 'shards' };
const DATABASE_FIELDS: Record<string, string> = { shardCount: 'shards', shardStrategy: 'shardKey.strategy', shardKeyColumn: 'shardKey.column', shardLists: 'shardKey.lists', geoRedundantBackupEnabled: 'geoRedundantBackup', databaseName: '(name)' };

/** Codes already reported by the generic workload checks in src/workload.ts under another name. */
const REPORTED_ELSEWHERE = new Set(['ShardedDatabaseShardListEmpty', 'ShardedDatabaseShardListIndexOutOfRange', 'MessageQueueVisibilityBelowConsumerTimeout', 'MessageQueueTopicUnknownQueue']);

function rename(issues: ValidationIssue[], prefix: string, fields: Record<string, string>): ValidationIssue[] {
  return issues
    .filter((i) => !REPORTED_ELSEWHERE.has(i.code))
    .map((i) => {
      const prop = i.prop.slice(prefix.length);
      return { ...i, prop: prefix + (fields[prop] ?? prop) };
    });
}

/**
 * The data tier's rules applied to a workload file: the cache, each database (as the refactor
 * stack would build it) and the messaging props, with the same codes the constructs throw.
 */
export function dataWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const props = dataPropsFromWorkload(w);
  const c = props.cache;
  if (c) issues.push(...rename(checkRules(CACHE_RULES, c, source, 'cache.'), 'cache.', CACHE_FIELDS));
  for (const [name, spec] of Object.entries(w.databases ?? {})) {
    if (spec.retained) continue;
    const at = `databases.${name}.`;
    issues.push(...rename(checkRules(SHARDED_DATABASE_RULES, props.databases[name], source, at), at, DATABASE_FIELDS));
  }
  const m = props.messaging;
  if (m) {
    for (const issue of checkRules(MESSAGE_QUEUE_RULES, m, source)) {
      if (REPORTED_ELSEWHERE.has(issue.code)) continue;
      // `queues[].maxReceiveCount` → `queues.<name>.maxReceiveCount`, from the queue named in `allowed`.
      const named = /\(queue '([^']+)'\)$/.exec(issue.allowed);
      let prop = named && issue.prop.startsWith('queues[].') ? `queues.${named[1]}.${issue.prop.slice('queues[].'.length)}` : issue.prop;
      // The workload has no topic `fifo` field: a topic is FIFO when all its queues are, so a
      // mismatch is a mix of FIFO and standard queues in its subscriptions.
      if (issue.code === 'MessageQueueTopicFifoMismatch') prop = `topics.${String(issue.value)}.subscriptions`;
      issues.push({ ...issue, prop });
    }
  }
  return issues;
}
