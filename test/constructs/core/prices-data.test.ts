import { Blueprint } from '../../../constructs/core/blueprint';
import { CACHE_SIZES } from '../../../constructs/core/cache';
import { PRICE_TABLE } from '../../../constructs/core/prices';
import { PRICES_DATA } from '../../../constructs/core/prices/data';
import { MessagingTier } from '../../../constructs/core/queue';
import { DATABASE_SIZES } from '../../../constructs/core/sharded-database';
import { SizeTier } from '../../../constructs/core/size';
import { AwsMessageQueueProps, AwsQueueEncryption } from '../../../constructs/aws/queue';
import { AwsKit } from '../../../constructs/aws/kit';
import { kitStack } from '../../helpers';

const KNOWN = new Set(PRICE_TABLE.map((p) => p.sku));
const DATA_KINDS = new Set(['Cache', 'ShardedDatabase', 'MessageQueue']);

describe('data and messaging prices', () => {
  test('are merged into the price table, once each, dated by region', () => {
    for (const p of PRICES_DATA) {
      expect(PRICE_TABLE.filter((x) => x.sku === p.sku)).toHaveLength(1);
      expect(p.usd).toBeGreaterThan(0);
      expect(p.region).toBe(p.sku.startsWith('aws:') ? 'eu-west-1' : 'westeurope');
    }
  });

  test('cover every row of the cache and database sizing tables', () => {
    for (const row of CACHE_SIZES) {
      expect(KNOWN).toContain(`aws:elasticache:${row.awsNodeType}`);
      expect(KNOWN).toContain(`azure:managed-redis:${row.azureSku}`);
    }
    for (const row of Object.values(DATABASE_SIZES)) {
      expect(KNOWN).toContain(`aws:aurora:${row.awsInstanceClass}`);
      expect(KNOWN).toContain(`azure:postgres-flexible:${row.azureSku}`);
    }
  });

  test.each(['aws', 'azure'] as const)('cover every sku the data blueprints emit on %s, in every variant', (cloud) => {
    const { stack, kit } = kitStack(cloud);
    kit.cache('Cache', { memoryGiB: 6, shardCount: 2 });
    kit.cache('SmallCache', { memoryGiB: 0.5, replicasPerShard: 0 });
    for (const size of Object.values(SizeTier)) kit.shardedDatabase(`Db${size.replace(/\W/g, '')}`, { size, readReplicas: size === SizeTier.XSMALL ? 0 : 1 });
    kit.messageQueue('Bus', { queues: [{ name: 'a' }], topics: [{ name: 't', subscriptions: ['a'] }] });
    if (cloud === 'aws') (kit as AwsKit).messageQueue('KmsBus', { queues: [{ name: 'b' }], encryption: AwsQueueEncryption.KMS } as AwsMessageQueueProps);
    else kit.messageQueue('StandardBus', { queues: [{ name: 'b' }], tier: MessagingTier.STANDARD });
    const skus = Blueprint.allIn(stack).filter((b) => DATA_KINDS.has(b.blueprintKind)).flatMap((b) => b.costItems.map((c) => c.sku));
    expect(skus.length).toBeGreaterThan(10);
    expect(skus.filter((s) => !KNOWN.has(s))).toEqual([]);
  });
});
