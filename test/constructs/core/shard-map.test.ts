import {
  SHARD_MAP_MAX_SHARDS,
  SHARD_MAP_SLOTS,
  ShardStrategy,
  assignSlots,
  buildShardMap,
  crc32,
  shardMapJson,
  shardOf,
  shardQuotas,
  slotOf,
} from '../../../constructs/core/shard-map';

const COUNTS = Array.from({ length: SHARD_MAP_MAX_SHARDS }, (_, i) => i + 1);

function expand(map: ReturnType<typeof buildShardMap>): number[] {
  const owner = new Array<number>(map.slotCount).fill(-1);
  let twice = 0;
  for (const r of map.ranges) {
    for (let s = r.from; s <= r.to; s++) {
      if (owner[s] !== -1) twice++;
      owner[s] = r.shard;
    }
  }
  expect(twice).toBe(0);
  return owner;
}

describe('shard map', () => {
  test.each(COUNTS)('every slot maps to exactly one existing shard (%i shards)', (n) => {
    const owner = expand(buildShardMap({ shardCount: n }));
    expect(owner).toHaveLength(SHARD_MAP_SLOTS);
    expect(owner.filter((s) => s < 0 || s >= n)).toEqual([]);
  });

  test.each(COUNTS)('the map is balanced within one slot (%i shards)', (n) => {
    const counts = new Array<number>(n).fill(0);
    for (const s of assignSlots(n)) counts[s]++;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts).toEqual(shardQuotas(n));
  });

  test('the same input gives the same map, byte for byte', () => {
    const props = { shardCount: 3, strategy: ShardStrategy.LIST, column: 'customer_region', lists: { us: 1, eu: 0, apac: 2 } };
    expect(shardMapJson(buildShardMap(props))).toBe(shardMapJson(buildShardMap({ ...props, lists: { apac: 2, eu: 0, us: 1 } })));
    expect(assignSlots(7)).toEqual(assignSlots(7));
  });

  test.each(COUNTS.slice(0, -1))('adding a shard to %i moves only the slots the new shard takes', (n) => {
    const before = assignSlots(n);
    const after = assignSlots(n + 1);
    const moved = before.map((s, slot) => (s !== after[slot] ? slot : -1)).filter((x) => x >= 0);
    expect(moved.filter((slot) => after[slot] !== n)).toEqual([]);
    expect(moved.length).toBe(after.filter((s) => s === n).length);
    expect(moved.length).toBe(shardQuotas(n + 1)[n]);
  });

  test('one shard owns one range covering every slot', () => {
    expect(buildShardMap({ shardCount: 1 }).ranges).toEqual([{ from: 0, to: SHARD_MAP_SLOTS - 1, shard: 0 }]);
  });

  test('hash is the default strategy, id the default column, and hash maps carry no lists', () => {
    const map = buildShardMap({ shardCount: 2, lists: { eu: 1 } });
    expect(map).toMatchObject({ version: 1, strategy: 'hash', column: 'id', hash: 'crc32-mod-slots', slotCount: 1024, shardCount: 2 });
    expect(map.lists).toBeUndefined();
  });

  test('the list strategy routes listed values to their shard and hashes the rest', () => {
    const map = buildShardMap({ shardCount: 3, strategy: ShardStrategy.LIST, column: 'customer_region', lists: { eu: 0, us: 1, apac: 2 } });
    expect(shardOf(map, 'eu')).toBe(0);
    expect(shardOf(map, 'us')).toBe(1);
    expect(shardOf(map, 'apac')).toBe(2);
    expect(shardOf(map, 'latam')).toBe(assignSlots(3)[slotOf('latam')]);
  });

  test('crc32 is the IEEE CRC-32 (zlib) and slots stay in range', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(slotOf('customer-42')).toBe(crc32('customer-42') % 1024);
  });

  test('a shard count outside the supported range throws', () => {
    expect(() => assignSlots(0)).toThrow(/between 1 and 32/);
    expect(() => assignSlots(SHARD_MAP_MAX_SHARDS + 1)).toThrow(/between 1 and 32/);
  });

  test('the JSON has a fixed key order and ends with a newline', () => {
    const json = shardMapJson(buildShardMap({ shardCount: 2 }));
    expect(Object.keys(JSON.parse(json))).toEqual(['version', 'strategy', 'column', 'hash', 'slotCount', 'shardCount', 'ranges']);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
