import { dataPropsFromWorkload, dataWorkloadIssues } from '../../../../constructs/core/workload/data';
import { ValidationError } from '../../../../constructs/core/validation';
import { validateWorkload } from '../../../../src/workload';
import { shop, shopWith } from '../../../helpers';

function codesOf(change: (w: any) => void): Array<[string, string]> {
  const w = shopWith(change).workload;
  try {
    validateWorkload(w, 'shop.json');
  } catch (err) {
    return (err as ValidationError).issues.map((i) => [i.code, i.prop]);
  }
  return [];
}

describe('workload → data-tier props', () => {
  const w = shop().workload;

  test('the shop cache: 6 GiB per shard, 2 shards, 1 replica, allkeys-lru', () => {
    expect(dataPropsFromWorkload(w).cache).toEqual({ memoryGiB: 6, shardCount: 2, replicasPerShard: 1, evictionPolicy: 'allkeys-lru' });
  });

  test('the shop orders database: 3 list shards by customer region, 14 days of backups', () => {
    expect(dataPropsFromWorkload(w).databases.orders).toMatchObject({
      databaseName: 'orders',
      size: 'medium',
      storageGiB: 128,
      shardCount: 3,
      shardStrategy: 'list',
      shardKeyColumn: 'customer_region',
      shardLists: { eu: 0, us: 1, apac: 2 },
      readReplicas: 1,
      backupRetentionDays: 14,
    });
  });

  test('single-shard stacks fold every list value onto shard 0', () => {
    expect(dataPropsFromWorkload(w, true).databases.orders).toMatchObject({ shardCount: 1, shardLists: { eu: 0, us: 0, apac: 0 } });
  });

  test('a queue consumed by a function takes its timeout and concurrency bound', () => {
    expect(dataPropsFromWorkload(w).messaging).toEqual({
      queues: [{ name: 'notifications', fifo: undefined, maxReceiveCount: 5, retentionDays: 4, visibilityTimeoutSeconds: undefined, consumerTimeoutSeconds: 30, maxConsumerConcurrency: 5 }],
      topics: [{ name: 'order-events', subscriptions: ['notifications'], fifo: undefined }],
    });
  });

  test('the shop has no data-tier issues', () => {
    expect(dataWorkloadIssues(w, 'shop.json')).toEqual([]);
  });
});

describe('workload file rules, with the blueprints\' codes and JSON paths', () => {
  test('fails when the cache memory has no mapping', () => {
    expect(codesOf((x) => (x.cache.memoryGiB = 512))).toEqual([['CacheMemoryHasNoMapping', 'cache.memoryGiB']]);
  });

  test('fails when a database has more readers than a shard allows', () => {
    expect(codesOf((x) => (x.databases.orders.readReplicas = 9))).toEqual([['ShardedDatabaseReadReplicasOutOfRange', 'databases.orders.readReplicas']]);
  });

  test('fails when the shard key column is not an identifier', () => {
    expect(codesOf((x) => (x.databases.orders.shardKey.column = 'customer region'))).toEqual([['ShardedDatabaseShardKeyColumnInvalid', 'databases.orders.shardKey.column']]);
  });

  test('fails when a consumer outlasts the queue visibility (reported once, by the generic rule)', () => {
    expect(codesOf((x) => (x.queues.notifications.visibilityTimeoutSeconds = 10))).toEqual([['QueueVisibilityBelowConsumerTimeout', 'queues.notifications.visibilityTimeoutSeconds']]);
  });

  test('a value the schema already refuses is reported once, at the same path', () => {
    expect(codesOf((x) => (x.queues.notifications.maxReceiveCount = 0))).toEqual([['WorkloadOutOfRange', 'queues.notifications.maxReceiveCount']]);
    expect(codesOf((x) => (x.cache.shards = 0))).toEqual([['WorkloadOutOfRange', 'cache.shards']]);
  });

  test('queue rules name the queue in the path', () => {
    const w = shopWith((x) => {
      x.queues.notifications.fifo = true;
      x.queues.audit = {};
      x.topics['order-events'].subscriptions.push('audit');
    }).workload;
    expect(dataWorkloadIssues(w, 'shop.json').map((i) => [i.code, i.prop])).toEqual([['MessageQueueTopicFifoMismatch', 'topics.order-events.subscriptions']]);
    const w2 = shopWith((x) => (x.queues.notifications.retentionDays = 30)).workload;
    expect(dataWorkloadIssues(w2, 'shop.json').map((i) => [i.code, i.prop])).toEqual([['MessageQueueRetentionOutOfRange', 'queues.notifications.retentionDays']]);
  });

  test('retained databases are not judged as new ones', () => {
    expect(codesOf((x) => {
      x.databases.orders.readReplicas = 9;
      x.databases.orders.retained = { endpoint: 'db.example.com', credentialsSecretRef: 'arn:s' };
    })).toEqual([]);
  });
});
