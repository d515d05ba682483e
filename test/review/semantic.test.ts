import { buildShardMap, ShardStrategy } from '../../constructs/core/shard-map';
import { AnnotationLevel, formatAnnotations } from '../../src/review/annotations';
import { diffStack } from '../../src/review/diff';
import { stackFromDoc } from '../../src/review/model';
import { REPORT_MARKER, renderReport, review } from '../../src/review/report';
import { BudgetState, disruptiveChanges, monthlyBudgetUsd, semanticWarnings, shardMapChange } from '../../src/review/semantic';
import { FixtureResource, doc, output, stack } from './fixtures';

const unavailable = { costDelta: () => 'Cost delta unavailable.' };

/** A stack whose document carries an `orders_shard_map` output, like the data tier writes. */
function withShardMap(id: string, shards: number, lists: Record<string, number>, extra: FixtureResource[] = []) {
  const d = doc(id, extra);
  const map = buildShardMap({ shardCount: shards, strategy: ShardStrategy.LIST, column: 'customer_region', lists });
  d.output = { orders_shard_map: { value: { ...map, database: 'orders', retained: false } } };
  return stackFromDoc(id, d);
}

const budget = (amount: string): FixtureResource => ({ type: 'aws_budgets_budget', id: 'Budget', config: { budget_type: 'COST', limit_amount: amount, limit_unit: 'USD', time_unit: 'MONTHLY' } });

function cost(rows: Array<[string, number | undefined, number]>) {
  return {
    costDelta: () => ({
      stacks: rows.map(([s, b, h]) => ({ stack: s, base: b === undefined ? undefined : { stack: s, monthlyMinUsd: 1, monthlyMaxUsd: b }, head: { stack: s, monthlyMinUsd: 1, monthlyMaxUsd: h } })),
    }),
  };
}

describe('shard-map changes', () => {
  const lists = { apac: 2, eu: 0, us: 1 };

  test('a fourth shard: shard added, shards kept, the slots and listed keys that move', () => {
    const before = withShardMap('s', 3, lists).shardMaps.orders;
    const after = withShardMap('s', 4, { ...lists, latam: 3 }).shardMaps.orders;
    const c = shardMapChange('s', 'orders', before, after)!;
    expect(c).toMatchObject({ shardsBefore: 3, shardsAfter: 4, added: [3], removed: [], kept: [0, 1, 2], movedSlots: 256, slotCount: 1024 });
    expect(c.moves).toEqual([{ from: 0, to: 3, slots: 86 }, { from: 1, to: 3, slots: 85 }, { from: 2, to: 3, slots: 85 }]);
    expect(c.movedKeys).toEqual([{ key: 'latam', from: expect.any(Number), to: 3 }]);
  });

  test('a listed key remapped between existing shards is named', () => {
    const c = shardMapChange('s', 'orders', withShardMap('s', 3, lists).shardMaps.orders, withShardMap('s', 3, { ...lists, us: 2 }).shardMaps.orders)!;
    expect(c).toMatchObject({ added: [], removed: [], movedSlots: 0, movedKeys: [{ key: 'us', from: 1, to: 2 }] });
  });

  test('a shard removed is named, and the same map is no change', () => {
    const c = shardMapChange('s', 'orders', withShardMap('s', 3, lists).shardMaps.orders, withShardMap('s', 2, { apac: 1, eu: 0, us: 1 }).shardMaps.orders)!;
    expect(c).toMatchObject({ removed: [2], kept: [0, 1] });
    expect(shardMapChange('s', 'orders', withShardMap('s', 3, lists).shardMaps.orders, withShardMap('s', 3, lists).shardMaps.orders)).toBeUndefined();
  });

  test('is one bold headline line above the fold, shared by stacks with the same change, linking the procedure', () => {
    const base = output(withShardMap('a', 3, lists), withShardMap('b', 3, lists));
    const head = output(withShardMap('a', 4, lists), withShardMap('b', 4, lists));
    const md = renderReport(review({ base, head, cost: unavailable, skipSchema: true, docsUrl: 'https://example.com/blob/abc/' }));
    const warn = md.split('\n').filter((l) => l.includes('Shard map of `orders` changes'));
    expect(warn).toEqual([expect.stringMatching(/^> :warning: \*\*a, b: Shard map of `orders` changes: 3 → 4 shards, shard 3 added, shards 0, 1, 2 kept; 256 of 1024 slots move/)]);
    expect(warn[0]).toContain('[resharding procedure](https://example.com/blob/abc/docs/data.md#resharding-procedure-adding-shard-n-to-n-shards)');
  });
});

describe('budget crossings', () => {
  const stacks = (amount = '12000.00') => output(stack('s', [budget(amount)]));

  test('reads the monthly budget from the synthesized budget resource, on both clouds', () => {
    expect(monthlyBudgetUsd(stack('s', [budget('12000.00')]))).toBe(12000);
    expect(monthlyBudgetUsd(stack('s', [{ type: 'azurerm_consumption_budget_resource_group', id: 'B', config: { amount: 900, time_grain: 'Monthly' } }], 'azurerm'))).toBe(900);
    expect(monthlyBudgetUsd(stack('s', [{ type: 'aws_budgets_budget', id: 'B', config: { budget_type: 'USAGE', limit_amount: '5' } }]))).toBeUndefined();
  });

  test.each([
    [11_501, 14_797, BudgetState.CROSSED],
    [14_000, 11_000, BudgetState.BACK_UNDER],
    [13_000, 14_797, BudgetState.STILL_OVER],
  ])('base max %d, head max %d against a 12,000 budget: %s', (b, h, state) => {
    const r = review({ base: stacks(), head: stacks(), cost: cost([['s', b, h]]), skipSchema: true });
    expect(r.semantic.budgets).toEqual([expect.objectContaining({ stack: 's', state, maxAfterUsd: h, budgetAfterUsd: 12000 })]);
  });

  test('no warning while the maximum stays within the budget, or stays over unchanged', () => {
    expect(review({ base: stacks(), head: stacks(), cost: cost([['s', 9_000, 11_000]]), skipSchema: true }).semantic.budgets).toEqual([]);
    expect(review({ base: stacks(), head: stacks(), cost: cost([['s', 13_000, 13_000]]), skipSchema: true }).semantic.budgets).toEqual([]);
  });

  test('raising the budget over the maximum is a change of state', () => {
    const r = review({ base: stacks('12000.00'), head: stacks('20000.00'), cost: cost([['s', 14_000, 14_000]]), skipSchema: true });
    expect(r.semantic.budgets).toEqual([expect.objectContaining({ state: BudgetState.BACK_UNDER, budgetBeforeUsd: 12000, budgetAfterUsd: 20000 })]);
  });

  test('a crossing is one bold line in the headline with stack, maximum and budget', () => {
    const md = renderReport(review({ base: stacks(), head: stacks(), cost: cost([['s', 11_501.26, 14_797.06]]), skipSchema: true }));
    expect(md).toContain('> :warning: **s: Maximum cost crosses the budget: $14,797.06/month at maximum capacity, budget $12,000.00 (base: $11,501.26).');
  });
});

describe('disruptive in-place changes', () => {
  const one = (r: FixtureResource) => stack('s', [r]);
  const check = (before: FixtureResource, after: FixtureResource) => {
    const [b, h] = [one(before), one(after)];
    return disruptiveChanges(diffStack('s', b, h), b, h);
  };
  const cache = (nodeType: string): FixtureResource => ({ type: 'aws_elasticache_replication_group', id: 'Cache', config: { replication_group_id: 'c', node_type: nodeType }, path: 's/Cache/Resource' });
  const target = (min: number, max: number): FixtureResource => ({ type: 'aws_appautoscaling_target', id: 'T', config: { min_capacity: min, max_capacity: max } });
  const listener = (protocol: string): FixtureResource => ({ type: 'aws_lb_listener', id: 'L', config: { port: 80, protocol } });

  test('a node type change on a cache, with its reason', () => {
    expect(check(cache('cache.m7g.large'), cache('cache.r7g.large'))).toEqual([
      expect.objectContaining({ path: 's/Cache/Resource', change: 'node_type: cache.m7g.large → cache.r7g.large', reason: expect.stringMatching(/^ElastiCache resizes online/) }),
    ]);
    expect(check(cache('cache.m7g.large'), cache('cache.m7g.large'))).toEqual([]);
  });

  test('a SKU change on an Azure database server', () => {
    const pg = (sku: string): FixtureResource => ({ type: 'azurerm_postgresql_flexible_server', id: 'Pg', config: { name: 'pg', sku_name: sku } });
    const [b, h] = [stack('s', [pg('GP_Standard_D2ds_v5')], 'azurerm'), stack('s', [pg('GP_Standard_D4ds_v5')], 'azurerm')];
    expect(disruptiveChanges(diffStack('s', b, h), b, h)).toEqual([expect.objectContaining({ change: 'sku_name: GP_Standard_D2ds_v5 → GP_Standard_D4ds_v5', reason: expect.stringMatching(/restarts the server/) })]);
  });

  test('a capacity ceiling lowered below the minimum that runs today; lowering it above is fine', () => {
    expect(check(target(4, 12), target(1, 3))).toEqual([expect.objectContaining({ change: 'max 12 → 3 (min today: 4)' })]);
    expect(check(target(2, 12), target(2, 6))).toEqual([]);
  });

  test('an autoscale profile ceiling lowered below its minimum on Azure', () => {
    const a = (min: number, max: number): FixtureResource => ({ type: 'azurerm_monitor_autoscale_setting', id: 'A', config: { name: 'a', profile: [{ name: 'default', capacity: { minimum: min, maximum: max, default: min } }] } });
    const [b, h] = [stack('s', [a(3, 10)], 'azurerm'), stack('s', [a(1, 2)], 'azurerm')];
    expect(disruptiveChanges(diffStack('s', b, h), b, h)).toEqual([expect.objectContaining({ change: 'profile default: max 10 → 2 (min today: 3)' })]);
  });

  test("a listener's protocol changed, on AWS and on an application gateway", () => {
    expect(check(listener('HTTP'), listener('HTTPS'))).toEqual([expect.objectContaining({ change: 'protocol HTTP → HTTPS', reason: expect.stringMatching(/clients that connect with HTTP fail/) })]);
    const ag = (p: string): FixtureResource => ({ type: 'azurerm_application_gateway', id: 'Ag', config: { name: 'ag', http_listener: [{ name: 'http', protocol: p }] } });
    const [b, h] = [stack('s', [ag('Http')], 'azurerm'), stack('s', [ag('Https')], 'azurerm')];
    expect(disruptiveChanges(diffStack('s', b, h), b, h)).toEqual([expect.objectContaining({ change: 'listener http: protocol Http → Https' })]);
  });

  test('are kept in one table above the fold, with the reason per entry', () => {
    const base = output(stack('s', [cache('cache.m7g.large'), listener('HTTP')]));
    const head = output(stack('s', [cache('cache.r7g.large'), listener('HTTPS')]));
    const lines = renderReport(review({ base, head, cost: unavailable, skipSchema: true })).split('\n');
    const fold = lines.findIndex((l) => l.startsWith('<details>'));
    expect(lines).toContain('> :warning: **2 changes disrupt service without a replacement (table below).**');
    const table = lines.indexOf('| Stack | Resource | Change | Reason |');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(fold);
    expect(lines[table + 2]).toMatch(/^\| s \| `s\/Cache\/Resource` \| node_type: cache.m7g.large → cache.r7g.large \| ElastiCache/);
    expect(lines[table + 3]).toMatch(/^\| s \| `s\/L\/Resource` \| protocol HTTP → HTTPS \| The listener switches protocol/);
  });
});

describe('synth annotations in the review', () => {
  const warn = { level: AnnotationLevel.WARNING, path: 's/LoadBalancer', message: 'The load balancer serves plain HTTP.' };
  const info = { level: AnnotationLevel.INFO, path: 's/LogSearch', message: 'Sized in Elastic Cloud.' };
  const budgetWarn = { level: AnnotationLevel.WARNING, path: 's', message: 'The cost estimate at maximum capacity exceeds the monthly budget.' };
  const withAnnotations = (list: typeof warn[]) => ({ ...stackFromDoc('s', doc('s', [{ type: 'aws_sqs_queue', id: 'Q', config: { name: 'q' } }]), '', list) });

  test('counts them in the headline, marks the new ones, and lists them in a collapsed section', () => {
    const md = renderReport(review({ base: output(withAnnotations([warn])), head: output(withAnnotations([warn, info, budgetWarn])), cost: unavailable, skipSchema: true }));
    const lines = md.split('\n');
    expect(lines[0]).toBe(REPORT_MARKER);
    expect(lines.find((l) => l.startsWith('Policy:'))).toMatch(/Synth annotations of the head: 2 warnings, 1 info in 1 stack \(\*\*2 new\*\*\)\.$/);
    expect(md).toContain('<details><summary>Synth annotations of the head (2 warnings, 1 info in 1 stack)</summary>');
    expect(md).toContain('| s | **warning** | `s/LoadBalancer` | The load balancer serves plain HTTP. |  |');
    expect(md).toContain('| s | info | `s/LogSearch` | Sized in Elastic Cloud. | new |');
  });

  test('prints them like cdktf synth, grouped by stack, then one summary line', () => {
    expect(formatAnnotations(new Map([['a', [warn, info]], ['b', []], ['c', [budgetWarn]]]))).toEqual([
      'a:',
      '  WARN [s/LoadBalancer]: The load balancer serves plain HTTP.',
      '  INFO [s/LogSearch]: Sized in Elastic Cloud.',
      'c:',
      '  WARN [s]: The cost estimate at maximum capacity exceeds the monthly budget.',
      'annotations: 2 warnings, 1 info in 3 stacks',
    ]);
  });
});

test('semanticWarnings finds nothing for identical outputs', () => {
  const s = output(withShardMap('s', 3, { eu: 0 }, [budget('10')]));
  expect(semanticWarnings(s, s, [], 'none')).toEqual({ shardMaps: [], budgets: [], disruptive: [] });
});
