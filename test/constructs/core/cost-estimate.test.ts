import { Construct } from 'constructs';
import { App, TerraformStack, Testing } from 'cdktf';
import { Cloud } from '../../../constructs/core/cloud';
import {
  MissingPriceError,
  PricedItem,
  USAGE_BASED,
  budgetAtScaleWarning,
  costItemsIn,
  estimateCost,
  estimateStack,
  estimateStacks,
  findPrice,
  formatCostTable,
  formatUsd,
} from '../../../constructs/core/cost-estimate';
import { PRICE_TABLE, PriceEntry, PriceUnit } from '../../../constructs/core/prices';
import { FakeBlueprint } from '../../fixtures/blueprints';

const TABLE: PriceEntry[] = [
  { sku: 'test:vm:hour', usd: 0.1, unit: PriceUnit.HOUR, region: 'r1' },
  { sku: 'test:requests', usd: 0.2, unit: PriceUnit.MILLION_REQUESTS, region: 'r1' },
  { sku: 'test:disk', usd: 0.08, unit: PriceUnit.GIB_MONTH, region: 'r1' },
];

const vm = (min: number, max: number): PricedItem => ({ path: 'Web', blueprintKind: 'ScalingGroup', item: { sku: 'test:vm:hour', description: 'web instances', quantityMin: min * 730, quantityMax: max * 730 } });

describe('the price table', () => {
  test('looks a SKU up', () => {
    expect(findPrice('test:disk', TABLE)).toEqual({ sku: 'test:disk', usd: 0.08, unit: PriceUnit.GIB_MONTH, region: 'r1' });
    expect(findPrice('test:none', TABLE)).toBeUndefined();
  });

  test('the shared table has unique SKUs, each with a region and a non-negative price', () => {
    const skus = PRICE_TABLE.map((p) => p.sku);
    expect(new Set(skus).size).toBe(skus.length);
    for (const p of PRICE_TABLE) {
      expect(p.usd).toBeGreaterThanOrEqual(0);
      expect(p.region.length).toBeGreaterThan(0);
      expect(p.sku).toMatch(/^(aws|azure):[a-z0-9-]+:[A-Za-z0-9._-]+(:[a-z0-9-]+)?$/);
    }
  });

  test('every SKU Monitoring and CostAlerts emit is priced', () => {
    for (const sku of ['aws:cloudwatch:alarm', 'aws:cloudwatch:dashboard', 'aws:kms:key', 'aws:budgets:budget', 'azure:monitor:metric-alert', 'azure:monitor:log-analytics-ingest', 'azure:cost-management:budget']) {
      expect(findPrice(sku)).toBeDefined();
    }
  });
});

describe('the estimate', () => {
  test('prices quantity × unit price at minimum and at maximum capacity', () => {
    const est = estimateCost('s', [vm(2, 12)], TABLE);
    expect(est.lines[0]).toMatchObject({ quantityMin: 1460, quantityMax: 8760, minUsd: 146, maxUsd: 876, unitUsd: 0.1, unit: 'hour', usageBased: false });
    expect([est.minUsd, est.maxUsd]).toEqual([146, 876]);
  });

  test('sums every fixed line', () => {
    const disk: PricedItem = { path: 'Db', blueprintKind: 'Database', item: { sku: 'test:disk', description: 'storage', quantityMin: 100, quantityMax: 250 } };
    const est = estimateCost('s', [vm(2, 12), disk], TABLE);
    expect(est.minUsd).toBe(146 + 8);
    expect(est.maxUsd).toBe(876 + 20);
  });

  test('rounds sums to cents', () => {
    const est = estimateCost('s', [{ path: 'x', blueprintKind: 'x', item: { sku: 'test:vm:hour', description: 'x', quantityMin: 1 / 3, quantityMax: 2 / 3 } }], TABLE);
    expect([est.minUsd, est.maxUsd]).toEqual([0.03, 0.07]);
  });

  test('usage-based lines carry the unit price, are labelled usage-based and are never $0 in the sums', () => {
    const req: PricedItem = { path: 'Api', blueprintKind: 'Function', item: { sku: 'test:requests', description: 'requests', quantityMin: 0, quantityMax: 0, usageBased: true } };
    const est = estimateCost('s', [vm(1, 1), req], TABLE);
    const line = est.lines[1];
    expect(line).toMatchObject({ usageBased: true, label: USAGE_BASED, unitUsd: 0.2, unit: 'million-requests' });
    expect(line.minUsd).toBeUndefined();
    expect(line.maxUsd).toBeUndefined();
    expect(est.usageBasedCount).toBe(1);
    expect(est.maxUsd).toBe(73);
    const table = formatCostTable(est);
    expect(table).toMatch(/requests\s+test:requests\s+\$0\.20\/million-requests\s+-\s+-\s+usage-based\s+usage-based/);
    expect(table).not.toMatch(/requests.*\$0\.00/);
  });

  test('a missing SKU is an error naming it, not $0', () => {
    const bad: PricedItem = { path: 'X', blueprintKind: 'X', item: { sku: 'test:unknown', description: 'x', quantityMin: 1, quantityMax: 1 } };
    expect(() => estimateCost('refactor-aws', [vm(1, 1), bad, bad], TABLE)).toThrow(MissingPriceError);
    try {
      estimateCost('refactor-aws', [vm(1, 1), bad, bad], TABLE);
    } catch (err) {
      expect((err as MissingPriceError).skus).toEqual(['test:unknown']);
      expect((err as Error).message).toContain("'test:unknown'");
      expect((err as Error).message).toContain('refactor-aws');
    }
  });
});

describe('collecting items from constructs', () => {
  test('finds the cost items of every blueprint in a stack, nested ones too, with their paths', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'refactor-aws');
    const web = new FakeBlueprint(stack, 'Web', { kind: 'ScalingGroup', costItems: [vm(2, 4).item] });
    new FakeBlueprint(new Construct(web, 'Parts'), 'Disk', { cloud: Cloud.AWS, costItems: [{ sku: 'aws:kms:key', description: 'key', quantityMin: 1, quantityMax: 1 }] });
    expect(costItemsIn(stack).map((i) => [i.path, i.blueprintKind, i.item.sku])).toEqual([
      ['Web', 'ScalingGroup', 'test:vm:hour'],
      ['Web/Parts/Disk', 'Fake', 'aws:kms:key'],
    ]);
    const est = estimateStack(stack, [...TABLE, ...PRICE_TABLE]);
    expect(est.stack).toBe('refactor-aws');
    expect(est.minUsd).toBe(146 + 1);
  });

  test('estimates every stack of an app, in order', () => {
    const app = new App({ outdir: Testing.app().outdir });
    [1, 2].forEach((n) => new FakeBlueprint(new TerraformStack(app, `s${n}`), 'Net', { costItems: [{ sku: 'aws:kms:key', description: 'k', quantityMin: n, quantityMax: 2 * n }] }));
    expect(estimateStacks(app).map((e) => [e.stack, e.minUsd, e.maxUsd])).toEqual([['s1', 1, 2], ['s2', 2, 4]]);
  });
});

describe('the table', () => {
  test('has a title with min, max and usage-based count, a header, a line per item and a total', () => {
    const req: PricedItem = { path: 'Api', blueprintKind: 'Function', item: { sku: 'test:requests', description: 'requests', quantityMin: 0, quantityMax: 0, usageBased: true } };
    const lines = formatCostTable(estimateCost('rehost-aws', [vm(2, 12), req], TABLE)).split('\n');
    expect(lines[0]).toBe('rehost-aws: $146.00 to $876.00 per month, plus 1 usage-based item (list prices of 2026-11-01)');
    expect(lines[1]).toMatch(/^blueprint\s+item\s+sku\s+unit price\s+qty min\s+qty max\s+min\/month\s+max\/month$/);
    expect(lines[2]).toMatch(/^Web\s+web instances\s+test:vm:hour\s+\$0\.10\/hour\s+1460\s+8760\s+\$146\.00\s+\$876\.00$/);
    expect(lines[4]).toMatch(/^total\s+\$146\.00\s+\$876\.00$/);
  });

  test('formats dollars with thousands separators and cents', () => {
    expect(formatUsd(12345.6)).toBe('$12,345.60');
  });
});

describe('budget tied to scale', () => {
  const est = estimateCost('s', [vm(2, 12)], TABLE);

  test('warns when the maximum exceeds the budget', () => {
    expect(budgetAtScaleWarning(est, 500)).toContain('$876.00/month');
    expect(budgetAtScaleWarning(est, 500)).toContain('monthly budget of $500.00');
  });

  test('says so when even the minimum exceeds the budget', () => {
    expect(budgetAtScaleWarning(est, 100)).toContain('even minimum capacity ($146.00) does');
    expect(budgetAtScaleWarning(est, 500)).toContain('(minimum capacity: $146.00)');
  });

  test('is quiet when the maximum fits, even exactly', () => {
    expect(budgetAtScaleWarning(est, 876)).toBeUndefined();
    expect(budgetAtScaleWarning(est, 10000)).toBeUndefined();
  });
});
