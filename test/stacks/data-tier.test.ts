import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { addStacks } from '../../src/app';
import { LoadedWorkload } from '../../constructs/core/workload';
import { shop, shopWith, synth } from '../helpers';

function build(id: string, loaded: LoadedWorkload = shop()) {
  const app = Testing.app();
  const [stack] = addStacks(app, loaded, [id]);
  return { app, stack, s: synth(stack) };
}

const count = (s: ReturnType<typeof synth>, type: string) => Object.keys(s.doc.resource?.[type] ?? {}).length;
/** Resources of a type that belong to one blueprint (by construct path). */
const countIn = (s: ReturnType<typeof synth>, type: string, blueprint: string) =>
  Object.keys(s.doc.resource?.[type] ?? {}).filter((logicalId) => logicalId.startsWith(`${blueprint}_`)).length;

describe('data tier in the migration stacks', () => {
  test.each(['aws', 'azure'])('refactor-%s: cache, a 3-shard orders database, queue and topic, with outputs', (cloud) => {
    const { s } = build(`refactor-${cloud}`);
    if (cloud === 'aws') {
      expect(count(s, 'aws_elasticache_replication_group')).toBe(1);
      expect(count(s, 'aws_rds_cluster')).toBe(3);
      expect(countIn(s, 'aws_sqs_queue', 'Messaging')).toBe(2);
      expect(countIn(s, 'aws_sns_topic', 'Messaging')).toBe(1);
    } else {
      expect(count(s, 'azurerm_managed_redis')).toBe(1);
      expect(count(s, 'azurerm_postgresql_flexible_server')).toBe(6);
      expect(count(s, 'azurerm_servicebus_queue')).toBe(1);
      expect(count(s, 'azurerm_servicebus_topic')).toBe(1);
    }
    const out = s.doc.output!;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['cache_endpoint', 'cache_port', 'orders_shard_map', 'orders_writer_endpoints', 'queue_notifications_id', 'topic_order_events_id']));
    expect(out.orders_shard_map.value).toMatchObject({ strategy: 'list', column: 'customer_region', shardCount: 3, database: 'orders', lists: { eu: 0, us: 1, apac: 2 } });
    expect(out.orders_shard_map.value.shards).toHaveLength(3);
    if (cloud === 'aws') expect(out.queue_notifications_url).toBeDefined();
    else expect(out.queue_notifications_url).toBeUndefined();
  });

  test.each(['aws', 'azure'])('replatform-%s: cache and a one-shard database, no messaging', (cloud) => {
    const { s } = build(`replatform-${cloud}`);
    expect(count(s, cloud === 'aws' ? 'aws_elasticache_replication_group' : 'azurerm_managed_redis')).toBe(1);
    expect(s.doc.output!.orders_shard_map.value.shardCount).toBe(1);
    // AWS: the only queue is the dead-letter queue of the database's role bootstrap function.
    expect(count(s, cloud === 'aws' ? 'aws_sqs_queue' : 'azurerm_servicebus_namespace')).toBe(cloud === 'aws' ? 1 : 0);
    if (cloud === 'aws') expect(countIn(s, 'aws_sqs_queue', 'OrdersDatabase_Bootstrap_Function')).toBe(1);
    expect(countIn(s, cloud === 'aws' ? 'aws_sqs_queue' : 'azurerm_servicebus_namespace', 'Messaging')).toBe(0);
  });

  test.each(['aws', 'azure'])('rehost-%s: a one-shard database because the shop has one, no cache', (cloud) => {
    const { s } = build(`rehost-${cloud}`);
    expect(count(s, cloud === 'aws' ? 'aws_rds_cluster' : 'azurerm_postgresql_flexible_server')).toBe(cloud === 'aws' ? 1 : 2);
    expect(count(s, cloud === 'aws' ? 'aws_elasticache_replication_group' : 'azurerm_managed_redis')).toBe(0);
  });

  test('rehost creates no database when the workload has none', () => {
    const { s } = build('rehost-aws', shopWith((w) => delete w.databases));
    expect(count(s, 'aws_rds_cluster')).toBe(0);
    expect(s.doc.output?.orders_shard_map).toBeUndefined();
  });

  test('a retained database creates nothing; its endpoint and secret reference are output', () => {
    const { s } = build('refactor-aws', shopWith((w) => (w.databases.orders.retained = { endpoint: 'orders.db.internal', credentialsSecretRef: 'arn:aws:secretsmanager:eu-west-1:1:secret:orders' })));
    expect(count(s, 'aws_rds_cluster')).toBe(0);
    expect(s.doc.output!.orders_shard_map.value).toMatchObject({ retained: true, shards: [{ index: 0, writer: 'orders.db.internal', credentials: 'arn:aws:secretsmanager:eu-west-1:1:secret:orders' }] });
  });

  test('the shard map JSON lands next to the stack and matches the output', () => {
    const { stack } = build('refactor-azure');
    const outdir = Testing.fullSynth(stack);
    const file = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'refactor-azure', 'shard-map-orders.json'), 'utf8'));
    const output = synth(stack).doc.output!.orders_shard_map.value;
    expect(file.ranges).toEqual(output.ranges);
    expect(file.lists).toEqual(output.lists);
  });

  test('two synths are byte-identical', () => {
    expect(build('refactor-aws').s.json).toBe(build('refactor-aws').s.json);
  });
});
