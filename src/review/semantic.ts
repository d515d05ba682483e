/**
 * Semantic warnings: what a change means for the running system, beyond create / update / destroy.
 * Each becomes one bold line in the report's headline.
 *
 * - **Shard-map changes**: shards added or removed, slots and listed keys that move to another
 *   shard, read from `stacks/<id>/shard-map-<db>.json` (or the `<db>_shard_map` output). Rows move
 *   only by the resharding procedure of docs/data.md.
 * - **Budget crossings**: the maximum monthly cost (cost.json) against the monthly budget of the
 *   synthesized budget resource, when that state changes (crossed, back under) or stays over with a
 *   different maximum.
 * - **Disruptive in-place changes**: a node type or SKU changed on a cache or database, a capacity
 *   ceiling lowered below the minimum that runs today, a listener's protocol changed. Terraform
 *   updates these in place, so nothing takes over while they apply.
 */
import { ShardMap, shardOf } from '../../constructs/core/shard-map';
import { CostDelta } from './cost';
import { ChangeAction, StackDiff } from './diff';
import { SynthOutput, SynthResource, SynthStack, cmp } from './model';

/** Where the resharding procedure is documented (relative to the repository root). */
export const RESHARDING_DOC = 'docs/data.md#resharding-procedure-adding-shard-n-to-n-shards';

export interface ShardMapChange {
  readonly stack: string;
  readonly database: string;
  readonly shardsBefore: number;
  readonly shardsAfter: number;
  readonly added: number[];
  readonly removed: number[];
  /** Shards on both sides. */
  readonly kept: number[];
  /** Slots whose owner changes, of `slotCount`. */
  readonly movedSlots: number;
  readonly slotCount: number;
  /** Moves by old → new owner, with their slot count, sorted. */
  readonly moves: Array<{ from: number; to: number; slots: number }>;
  /** Listed keys (`list` strategy) whose shard changes; `from` is where the old map routes them. */
  readonly movedKeys: Array<{ key: string; from: number; to: number }>;
  readonly strategyBefore: string;
  readonly strategyAfter: string;
  /** A retained database (seed §5.5): the stack does not own its shards. */
  readonly retained: boolean;
}

export enum BudgetState {
  /** The maximum passes the budget in the head, not in the base (or the stack is new). */
  CROSSED = 'crossed',
  /** Over the budget on both sides, with a different maximum or budget. */
  STILL_OVER = 'still-over',
  /** Over in the base, within in the head. */
  BACK_UNDER = 'back-under',
}

export interface BudgetChange {
  readonly stack: string;
  readonly state: BudgetState;
  readonly maxBeforeUsd?: number;
  readonly maxAfterUsd: number;
  readonly budgetBeforeUsd?: number;
  readonly budgetAfterUsd: number;
}

export interface DisruptiveChange {
  readonly stack: string;
  readonly address: string;
  readonly path: string;
  /** What changes (`node_type: cache.m7g.large → cache.r7g.large`). */
  readonly change: string;
  readonly reason: string;
}

export interface SemanticWarnings {
  readonly shardMaps: ShardMapChange[];
  readonly budgets: BudgetChange[];
  readonly disruptive: DisruptiveChange[];
}

function owners(map: ShardMap): number[] {
  const out = new Array<number>(map.slotCount).fill(-1);
  for (const r of map.ranges) for (let s = r.from; s <= r.to && s < out.length; s++) out[s] = r.shard;
  return out;
}

/** What changes between two shard maps of one database, or undefined when they route alike. */
export function shardMapChange(stack: string, database: string, before: SynthStack['shardMaps'][string], after: SynthStack['shardMaps'][string]): ShardMapChange | undefined {
  const shards = (m: ShardMap) => Array.from({ length: m.shardCount }, (_, i) => i);
  const [b, a] = [new Set(shards(before)), new Set(shards(after))];
  const moves = new Map<string, number>();
  let movedSlots = 0;
  if (before.slotCount === after.slotCount) {
    const [ob, oa] = [owners(before), owners(after)];
    ob.forEach((o, slot) => {
      if (o === oa[slot]) return;
      movedSlots++;
      moves.set(`${o} ${oa[slot]}`, (moves.get(`${o} ${oa[slot]}`) ?? 0) + 1);
    });
  } else {
    movedSlots = Math.max(before.slotCount, after.slotCount);
  }
  const keys = [...new Set([...Object.keys(before.lists ?? {}), ...Object.keys(after.lists ?? {})])].sort(cmp);
  const movedKeys = keys.map((key) => ({ key, from: shardOf(before, key), to: shardOf(after, key) })).filter((k) => k.from !== k.to);
  const change: ShardMapChange = {
    stack,
    database,
    shardsBefore: before.shardCount,
    shardsAfter: after.shardCount,
    added: [...a].filter((s) => !b.has(s)),
    removed: [...b].filter((s) => !a.has(s)),
    kept: [...b].filter((s) => a.has(s)),
    movedSlots,
    slotCount: after.slotCount,
    moves: [...moves].map(([k, slots]) => ({ from: Number(k.split(' ')[0]), to: Number(k.split(' ')[1]), slots })).sort((x, y) => x.from - y.from || x.to - y.to),
    movedKeys,
    strategyBefore: before.strategy,
    strategyAfter: after.strategy,
    retained: !!(before.retained || after.retained),
  };
  const same = change.added.length + change.removed.length + movedSlots + movedKeys.length === 0 && before.strategy === after.strategy && before.column === after.column;
  return same ? undefined : change;
}

/** The monthly budget of a stack, in USD, from its synthesized budget resource (the smallest if several). */
export function monthlyBudgetUsd(stack: SynthStack): number | undefined {
  const amounts: number[] = [];
  for (const r of stack.resources) {
    if (r.mode !== 'resource') continue;
    if (r.type === 'aws_budgets_budget' && (r.config.budget_type ?? 'COST') === 'COST' && (r.config.time_unit ?? 'MONTHLY') === 'MONTHLY' && (r.config.limit_unit ?? 'USD') === 'USD') {
      amounts.push(Number(r.config.limit_amount));
    } else if (/^azurerm_consumption_budget_/.test(r.type) && (r.config.time_grain ?? 'Monthly') === 'Monthly') {
      amounts.push(Number(r.config.amount));
    }
  }
  const ok = amounts.filter((n) => Number.isFinite(n) && n > 0);
  return ok.length > 0 ? Math.min(...ok) : undefined;
}

interface SizeArgument {
  readonly arguments: readonly string[];
  readonly reason: string;
}

/**
 * Node types and SKUs whose in-place change disrupts a cache or database while it applies.
 * source: ElastiCache "Online vertical scaling by modifying node type" (docs.aws.amazon.com
 * AmazonElastiCache/latest/dg/redis-cluster-vertical-scaling.html, read 2026-12-02): new nodes are
 * created and synchronised, "minimal downtime", start it when traffic is lowest; MemoryDB
 * cluster-vertical-scaling.html, same wording; re:Post "What are the factors that influence
 * downtime for Amazon Aurora DB clusters?" (repost.aws/knowledge-center/aurora-mysql-downtime-factors,
 * read 2026-12-02): modifying instance settings is a downtime factor; Azure CLI
 * `az postgres flexible-server update --sku-name` (Azure/azure-cli PR #33178, 2026-04): "requires a
 * server restart. During the restart, you'll experience some downtime"; Azure Managed Redis scaling
 * (docs.azure.cn/zh-cn/redis/how-to-scale) with clients failing to connect to nodes that left the
 * cluster while it scales (StackExchange/StackExchange.Redis#3054).
 */
export const DISRUPTIVE_SIZE_CHANGES: Readonly<Record<string, SizeArgument>> = {
  aws_elasticache_replication_group: { arguments: ['node_type'], reason: 'ElastiCache resizes online by creating nodes of the new type and syncing them: expect brief connection drops and failovers; apply off-peak.' },
  aws_elasticache_cluster: { arguments: ['node_type'], reason: 'ElastiCache resizes online by creating nodes of the new type and syncing them: expect brief connection drops; apply off-peak.' },
  aws_memorydb_cluster: { arguments: ['node_type'], reason: 'MemoryDB resizes online by creating nodes of the new type and syncing them: expect brief connection drops; apply off-peak.' },
  aws_rds_cluster_instance: { arguments: ['instance_class'], reason: 'The DB instance is modified in place onto the new class: it is unavailable while it moves (a writer fails over to a reader if there is one).' },
  aws_db_instance: { arguments: ['instance_class'], reason: 'The DB instance is modified in place onto the new class: it is unavailable while it moves.' },
  aws_rds_cluster: { arguments: ['db_cluster_instance_class'], reason: 'Every DB instance of the cluster is modified in place onto the new class: each is unavailable while it moves.' },
  azurerm_postgresql_flexible_server: { arguments: ['sku_name'], reason: 'A compute change restarts the server: connections drop and the server is down during the restart.' },
  azurerm_managed_redis: { arguments: ['sku_name'], reason: 'Scaling moves the data to new nodes: clients see connection errors until they reconnect to the new nodes.' },
};

/** Capacity bounds of a scaler, by label (`''` for a single pair, the profile name on azurerm). */
function capacityOf(r: SynthResource): Map<string, { min: number; max: number }> {
  const out = new Map<string, { min: number; max: number }>();
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN);
  const add = (label: string, min: unknown, max: unknown) => {
    if (Number.isFinite(num(min)) && Number.isFinite(num(max))) out.set(label, { min: num(min), max: num(max) });
  };
  if (r.type === 'aws_autoscaling_group') add('', r.config.min_size, r.config.max_size);
  if (r.type === 'aws_appautoscaling_target') add('', r.config.min_capacity, r.config.max_capacity);
  if (r.type === 'azurerm_monitor_autoscale_setting') {
    const profiles = Array.isArray(r.config.profile) ? r.config.profile : [r.config.profile];
    for (const p of profiles as any[]) {
      const cap = Array.isArray(p?.capacity) ? p.capacity[0] : p?.capacity;
      if (cap) add(String(p.name ?? ''), cap.minimum, cap.maximum);
    }
  }
  return out;
}

/** Listener protocols by listener (`''` for an aws_lb_listener, the listener name on an application gateway). */
function protocolsOf(r: SynthResource): Map<string, string> {
  const out = new Map<string, string>();
  if (r.type === 'aws_lb_listener' && typeof r.config.protocol === 'string') out.set('', r.config.protocol);
  if (r.type === 'azurerm_application_gateway') {
    const list = Array.isArray(r.config.http_listener) ? r.config.http_listener : [r.config.http_listener];
    for (const l of list as any[]) if (l && typeof l.protocol === 'string') out.set(String(l.name ?? ''), l.protocol);
  }
  return out;
}

/** The disruptive in-place changes of one stack's updates. */
export function disruptiveChanges(diff: StackDiff, base: SynthStack, head: SynthStack): DisruptiveChange[] {
  const out: DisruptiveChange[] = [];
  const b = new Map(base.resources.map((r) => [r.address, r]));
  const h = new Map(head.resources.map((r) => [r.address, r]));
  for (const c of diff.changes) {
    if (c.action !== ChangeAction.UPDATE) continue;
    const [rb, rh] = [b.get(c.address), h.get(c.address)];
    if (!rb || !rh) continue;
    const entry = (change: string, reason: string) => out.push({ stack: diff.stack, address: c.address, path: c.path, change, reason });
    const size = DISRUPTIVE_SIZE_CHANGES[c.type];
    for (const arg of size?.arguments ?? []) {
      const [x, y] = [rb.config[arg], rh.config[arg]];
      if (x !== undefined && y !== undefined && JSON.stringify(x) !== JSON.stringify(y)) entry(`${arg}: ${String(x)} → ${String(y)}`, size.reason);
    }
    const [cb, ch] = [capacityOf(rb), capacityOf(rh)];
    for (const [label, now] of cb) {
      const next = ch.get(label);
      if (!next || next.max >= now.min) continue;
      const where = label ? `profile ${label}: ` : '';
      entry(`${where}max ${now.max} → ${next.max} (min today: ${now.min})`, `The new ceiling is below the ${now.min} instances that run at minimum today: the scaler stops the instances above ${next.max} at once, and nothing replaces them.`);
    }
    const [pb, ph] = [protocolsOf(rb), protocolsOf(rh)];
    for (const [name, p] of pb) {
      const q = ph.get(name);
      if (q === undefined || q.toLowerCase() === p.toLowerCase()) continue;
      entry(`${name ? `listener ${name}: ` : ''}protocol ${p} → ${q}`, `The listener switches protocol in place: clients that connect with ${p} fail from then on, and no listener serves ${p} beside it while they move.`);
    }
  }
  return out;
}

/** Every semantic warning of a review. */
export function semanticWarnings(base: SynthOutput, head: SynthOutput, diffs: readonly StackDiff[], cost: CostDelta | string): SemanticWarnings {
  const shardMaps: ShardMapChange[] = [];
  const budgets: BudgetChange[] = [];
  const disruptive: DisruptiveChange[] = [];
  const bases = new Map(base.stacks.map((s) => [s.id, s]));
  for (const h of head.stacks) {
    const b = bases.get(h.id);
    if (!b) continue;
    for (const db of Object.keys(h.shardMaps).sort(cmp)) {
      const before = b.shardMaps[db];
      const c = before ? shardMapChange(h.id, db, before, h.shardMaps[db]) : undefined;
      if (c) shardMaps.push(c);
    }
  }
  const costs = typeof cost === 'string' ? [] : cost.stacks;
  for (const row of costs) {
    const h = head.stacks.find((s) => s.id === row.stack);
    const b = bases.get(row.stack);
    const budgetAfter = h ? monthlyBudgetUsd(h) : undefined;
    if (!row.head || budgetAfter === undefined) continue;
    const budgetBefore = b ? monthlyBudgetUsd(b) : undefined;
    const overAfter = row.head.monthlyMaxUsd > budgetAfter;
    const overBefore = row.base !== undefined && budgetBefore !== undefined && row.base.monthlyMaxUsd > budgetBefore;
    const state = overAfter && !overBefore ? BudgetState.CROSSED : !overAfter && overBefore ? BudgetState.BACK_UNDER : overAfter && (row.base?.monthlyMaxUsd !== row.head.monthlyMaxUsd || budgetBefore !== budgetAfter) ? BudgetState.STILL_OVER : undefined;
    if (state) budgets.push({ stack: row.stack, state, maxBeforeUsd: row.base?.monthlyMaxUsd, maxAfterUsd: row.head.monthlyMaxUsd, budgetBeforeUsd: budgetBefore, budgetAfterUsd: budgetAfter });
  }
  for (const d of diffs) {
    const [b, h] = [bases.get(d.stack), head.stacks.find((s) => s.id === d.stack)];
    if (b && h) disruptive.push(...disruptiveChanges(d, b, h));
  }
  return { shardMaps, budgets, disruptive };
}

function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function list(ns: number[]): string {
  return ns.join(', ');
}

/** The headline sentence of a shard-map change, without the stack (stacks with the same change share one line). */
export function shardMapLine(c: ShardMapChange, docLink: string): string {
  const parts: string[] = [];
  if (c.shardsBefore !== c.shardsAfter) parts.push(`${c.shardsBefore} → ${c.shardsAfter} shards`);
  if (c.added.length) parts.push(`shard${c.added.length > 1 ? 's' : ''} ${list(c.added)} added`);
  if (c.removed.length) parts.push(`shard${c.removed.length > 1 ? 's' : ''} ${list(c.removed)} removed`);
  if (c.added.length || c.removed.length) parts.push(`shard${c.kept.length > 1 ? 's' : ''} ${list(c.kept)} kept`);
  if (c.strategyBefore !== c.strategyAfter) parts.push(`strategy ${c.strategyBefore} → ${c.strategyAfter}`);
  const moves = c.moves.map((m) => `${m.from}→${m.to}: ${m.slots}`).join(', ');
  const slots = c.movedSlots > 0 ? `${c.movedSlots} of ${c.slotCount} slots move${moves ? ` (${moves})` : ''}, with the rows of every unlisted key in them` : 'no slot moves';
  const keys = c.movedKeys.length ? `; listed keys that move: ${c.movedKeys.map((k) => `\`${k.key}\` ${k.from}→${k.to}`).join(', ')}` : '';
  const retained = c.retained ? ' The database is retained: its shards are not managed by this stack.' : '';
  return `Shard map of \`${c.database}\` changes: ${parts.join(', ')}${parts.length ? '; ' : ''}${slots}${keys}. Keep routers on the old map and move the rows first: [resharding procedure](${docLink}).${retained}`;
}

/** The headline sentence of a budget change. */
export function budgetLine(c: BudgetChange): string {
  const was = c.maxBeforeUsd === undefined ? '' : ` (base: ${usd(c.maxBeforeUsd)}${c.budgetBeforeUsd !== undefined && c.budgetBeforeUsd !== c.budgetAfterUsd ? ` against ${usd(c.budgetBeforeUsd)}` : ''})`;
  if (c.state === BudgetState.CROSSED) return `Maximum cost crosses the budget: ${usd(c.maxAfterUsd)}/month at maximum capacity, budget ${usd(c.budgetAfterUsd)}${was}. Lower the capacity maxima or raise budget.monthlyUsd.`;
  if (c.state === BudgetState.BACK_UNDER) return `Maximum cost is back within the budget: ${usd(c.maxAfterUsd)}/month at maximum capacity, budget ${usd(c.budgetAfterUsd)}${was}.`;
  return `Maximum cost still exceeds the budget: ${usd(c.maxAfterUsd)}/month at maximum capacity, budget ${usd(c.budgetAfterUsd)}${was}.`;
}
