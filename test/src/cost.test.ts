import { CostUsageError, costReport, estimateWorkload, formatCostReport, main, parseCostArgs } from '../../src/cost';
import { FakeBlueprint } from '../fixtures/blueprints';
import { shop, shopWith, testStack } from '../helpers';

describe('npm run cost', () => {
  test('parses --config, --stacks and --json', () => {
    expect(parseCostArgs(['--config', 'w.json', '--stacks', 'rehost-aws,refactor-azure', '--json'])).toEqual({ config: 'w.json', stacks: ['rehost-aws', 'refactor-azure'], json: true });
    expect(parseCostArgs([])).toEqual({ config: undefined, stacks: undefined, json: false });
  });

  test('rejects unknown stacks and arguments', () => {
    expect(() => parseCostArgs(['--stacks', 'nope'])).toThrow(CostUsageError);
    expect(() => parseCostArgs(['--verbose'])).toThrow(/unknown argument/);
  });

  test('estimates all six default stacks, each with Monitoring and CostAlerts lines', () => {
    const report = estimateWorkload(shop());
    expect(report.stacks.map((s) => s.stack)).toEqual(['rehost-aws', 'rehost-azure', 'replatform-aws', 'replatform-azure', 'refactor-aws', 'refactor-azure']);
    for (const s of report.stacks) {
      expect(s.lines.some((l) => l.blueprintKind === 'Monitoring')).toBe(true);
      expect(s.lines.some((l) => l.blueprintKind === 'CostAlerts')).toBe(true);
      expect(s.maxUsd).toBeGreaterThanOrEqual(s.minUsd);
    }
    expect(report.monthlyBudgetUsd).toBe(12000);
  });

  test('prints a table per stack', () => {
    const text = formatCostReport(estimateWorkload(shop(), ['refactor-aws']));
    expect(text).toContain('Cost estimate of examples/shop.json, monthly budget $12,000.00:');
    expect(text).toMatch(/^refactor-aws: \$[\d,.]+ to \$[\d,.]+ per month/m);
    expect(text).toMatch(/^total\s+\$/m);
  });

  test('flags a stack over budget at maximum capacity', () => {
    const report = estimateWorkload(shopWith((w) => (w.budget.monthlyUsd = 1)), ['rehost-azure']);
    expect(report.stacks[0].overBudgetAtMax).toBe(true);
    expect(formatCostReport(report)).toContain('warning: The cost estimate at maximum capacity');
  });

  test('costReport works on stack objects, for the PR review', () => {
    const stack = testStack('pr');
    new FakeBlueprint(stack, 'Net', { costItems: [{ sku: 'aws:kms:key', description: 'k', quantityMin: 1, quantityMax: 3 }] });
    const r = costReport([stack], 2);
    expect(r.stacks[0]).toMatchObject({ stack: 'pr', minUsd: 1, maxUsd: 3, overBudgetAtMax: true });
  });

  test('main prints JSON with --json and returns 0; 2 on bad usage', () => {
    const out: string[] = [];
    const err: string[] = [];
    const so = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const se = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    try {
      expect(main(['--json', '--stacks', 'rehost-aws'])).toBe(0);
      expect(JSON.parse(out.join('')).stacks[0].stack).toBe('rehost-aws');
      expect(main(['--stacks', 'x'])).toBe(2);
      expect(err.join('')).toContain('usage: npm run cost');
    } finally {
      so.mockRestore();
      se.mockRestore();
    }
  });
});
