/**
 * The shard map (seed §6.2): which shard holds a row, computed once at synth time and handed to the
 * application's router as a Terraform output and as a JSON file next to the stack.
 *
 * Pure functions, no cdktf: the same input gives the same map on every machine.
 *
 * How it works:
 * - The key space is cut into {@link SHARD_MAP_SLOTS} virtual slots. A row's slot is
 *   `crc32(utf8(key)) mod SHARD_MAP_SLOTS` ({@link slotOf}); the map says which shard owns each slot.
 * - The map for N shards is built by adding shards one at a time, starting from one shard that owns
 *   every slot. When shard k joins, each existing shard above its new quota hands its highest slots
 *   to shard k. So adding a shard moves only the slots the new shard takes, every shard owns
 *   `floor(S/N)` or `ceil(S/N)` slots (balanced within one slot), and shards with a lower index hold
 *   the extra slot.
 * - With the `list` strategy, listed key values (`eu`, `us`) go to the shard named for them; any
 *   value not listed falls back to its slot, so a new value always lands somewhere deterministic.
 */

/** How a row's shard is chosen. */
export enum ShardStrategy {
  /** By the CRC-32 of the key, through the slot table: even spread, no hot spots by design. */
  HASH = 'hash',
  /** By an explicit value → shard list (`customer_region`: eu → 0); unlisted values hash. */
  LIST = 'list',
}

/** Virtual slots in every map. Fixed: changing it would move every row. */
export const SHARD_MAP_SLOTS = 1024;

/** The largest shard count a map (and a ShardedDatabase) supports. */
export const SHARD_MAP_MAX_SHARDS = 32;

/** Format version of the JSON the router loads; raised on any incompatible change. */
export const SHARD_MAP_VERSION = 1;

/** A run of consecutive slots owned by one shard. */
export interface ShardSlotRange {
  /** First slot, inclusive. */
  readonly from: number;
  /** Last slot, inclusive. */
  readonly to: number;
  readonly shard: number;
}

/** Input of {@link buildShardMap}. */
export interface ShardMapProps {
  readonly shardCount: number;
  /** @default ShardStrategy.HASH */
  readonly strategy?: ShardStrategy;
  /** The column the router reads (`customer_region`). @default 'id' */
  readonly column?: string;
  /** With LIST: each key value and its shard index. */
  readonly lists?: Record<string, number>;
}

/** The map the router loads. Serialise it with {@link shardMapJson} for a stable byte form. */
export interface ShardMap {
  readonly version: number;
  readonly strategy: ShardStrategy;
  readonly column: string;
  /** Always `crc32-mod-slots`: slot = crc32(utf8(key)) mod slotCount. */
  readonly hash: string;
  readonly slotCount: number;
  readonly shardCount: number;
  /** Owner of each slot, in slot order: compact runs, covering 0 … slotCount-1 exactly once. */
  readonly ranges: ShardSlotRange[];
  /** With LIST: key value → shard, sorted by key. */
  readonly lists?: Record<string, number>;
}

/** Slots each shard owns when there are `shardCount` shards: lower indexes get the remainder. */
export function shardQuotas(shardCount: number, slotCount = SHARD_MAP_SLOTS): number[] {
  const base = Math.floor(slotCount / shardCount);
  const extra = slotCount % shardCount;
  return Array.from({ length: shardCount }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * The owner of every slot for `shardCount` shards (index = slot, value = shard).
 * Throws on a count outside 1 … min(slotCount, {@link SHARD_MAP_MAX_SHARDS}).
 */
export function assignSlots(shardCount: number, slotCount = SHARD_MAP_SLOTS): number[] {
  if (!Number.isInteger(shardCount) || shardCount < 1 || shardCount > Math.min(slotCount, SHARD_MAP_MAX_SHARDS)) {
    throw new Error(`shardCount must be a whole number between 1 and ${Math.min(slotCount, SHARD_MAP_MAX_SHARDS)}, got ${shardCount}.`);
  }
  const owner = new Array<number>(slotCount).fill(0);
  for (let n = 2; n <= shardCount; n++) {
    const newShard = n - 1;
    const quotas = shardQuotas(n, slotCount);
    // Slots of each existing shard, ascending.
    const held: number[][] = Array.from({ length: newShard }, () => []);
    owner.forEach((s, slot) => held[s].push(slot));
    for (let s = 0; s < newShard; s++) {
      const surplus = held[s].length - quotas[s];
      // The highest slots move: the rest of the shard's ranges stay put.
      for (const slot of held[s].slice(held[s].length - surplus)) owner[slot] = newShard;
    }
  }
  return owner;
}

/** Compresses a slot → shard table into runs. */
export function slotRanges(owner: readonly number[]): ShardSlotRange[] {
  const ranges: ShardSlotRange[] = [];
  owner.forEach((shard, slot) => {
    const last = ranges[ranges.length - 1];
    if (last && last.shard === shard && last.to === slot - 1) ranges[ranges.length - 1] = { ...last, to: slot };
    else ranges.push({ from: slot, to: slot, shard });
  });
  return ranges;
}

/** Builds the deterministic shard map. */
export function buildShardMap(props: ShardMapProps): ShardMap {
  const strategy = props.strategy ?? ShardStrategy.HASH;
  const owner = assignSlots(props.shardCount);
  const lists = strategy === ShardStrategy.LIST ? Object.fromEntries(Object.entries(props.lists ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined;
  return {
    version: SHARD_MAP_VERSION,
    strategy,
    column: props.column ?? 'id',
    hash: 'crc32-mod-slots',
    slotCount: SHARD_MAP_SLOTS,
    shardCount: props.shardCount,
    ranges: slotRanges(owner),
    ...(lists ? { lists } : {}),
  };
}

/** The map as stable, pretty JSON (fixed key order, trailing newline): the file the router loads. */
export function shardMapJson(map: ShardMap): string {
  const ordered = {
    version: map.version,
    strategy: map.strategy,
    column: map.column,
    hash: map.hash,
    slotCount: map.slotCount,
    shardCount: map.shardCount,
    ranges: map.ranges.map((r) => ({ from: r.from, to: r.to, shard: r.shard })),
    ...(map.lists ? { lists: map.lists } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const CRC_TABLE: number[] = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as zlib computes it) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  let c = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The slot of a key: what a router computes. */
export function slotOf(key: string, slotCount = SHARD_MAP_SLOTS): number {
  return crc32(key) % slotCount;
}

/** The shard of a key under a map: the reference router. */
export function shardOf(map: ShardMap, key: string): number {
  if (map.strategy === ShardStrategy.LIST && map.lists && Object.prototype.hasOwnProperty.call(map.lists, key)) return map.lists[key];
  const slot = slotOf(key, map.slotCount);
  const range = map.ranges.find((r) => slot >= r.from && slot <= r.to);
  if (!range) throw new Error(`shard map does not cover slot ${slot}`);
  return range.shard;
}
