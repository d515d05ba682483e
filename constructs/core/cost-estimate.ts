/**
 * The cost estimate: prices every cost item the blueprints of a stack declare, at minimum and at
 * maximum capacity, from the dated price table. Pure functions first (items in, estimate out), then
 * the helpers that collect the items from a construct tree, and the synth-time check that ties the
 * budget to the scaling limits.
 */
import { IConstruct } from 'constructs';
import { Annotations, IAspect, TerraformStack } from 'cdktf';
import { Blueprint, CostItem } from './blueprint';
import { PRICE_TABLE, PriceEntry } from './prices';

/** A cost item with the blueprint that declared it. */
export interface PricedItem {
  /** The blueprint's path below the stack (`Network`, `Web/Asg`). */
  readonly path: string;
  readonly blueprintKind: string;
  readonly item: CostItem;
}

/** The label that replaces a monthly amount on usage-priced lines. */
export const USAGE_BASED = 'usage-based';

/** One priced line of an estimate. */
export interface CostLine {
  readonly path: string;
  readonly blueprintKind: string;
  readonly description: string;
  readonly sku: string;
  readonly unit: string;
  readonly unitUsd: number;
  readonly region: string;
  readonly usageBased: boolean;
  /** Quantities per month; absent on usage-based lines. */
  readonly quantityMin?: number;
  readonly quantityMax?: number;
  /** Monthly USD; absent on usage-based lines, which are never priced at $0. */
  readonly minUsd?: number;
  readonly maxUsd?: number;
  /** `usage-based` on usage-priced lines. */
  readonly label?: string;
}

/** A stack's monthly estimate. */
export interface StackCostEstimate {
  readonly stack: string;
  /** Sum of the fixed lines at minimum capacity, USD per month. */
  readonly minUsd: number;
  /** Sum of the fixed lines at maximum capacity, USD per month. */
  readonly maxUsd: number;
  readonly lines: CostLine[];
  /** How many lines are usage-based (not in the sums). */
  readonly usageBasedCount: number;
}

/** A cost item whose SKU is not in the price table: the estimate refuses to price it at $0. */
export class MissingPriceError extends Error {
  public readonly skus: string[];

  constructor(skus: string[], where: string) {
    super(
      `The price table has no entry for ${skus.map((s) => `'${s}'`).join(', ')} (used in ${where}). ` +
        'Add it to the area file under constructs/core/prices/: an unpriced item is an error, never $0.',
    );
    this.name = 'MissingPriceError';
    this.skus = skus;
  }
}

/** Looks a SKU up in a price table. */
export function findPrice(sku: string, table: ReadonlyArray<PriceEntry> = PRICE_TABLE): PriceEntry | undefined {
  return table.find((p) => p.sku === sku);
}

/** Rounds to cents, for sums that stay stable across platforms. */
function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Prices a stack's cost items. Fixed lines are `unit price × quantity`; usage-based lines carry the
 * unit price and the label `usage-based` instead of an amount, and are not in the sums. Every SKU
 * must be in the table: the missing ones are all named in one {@link MissingPriceError}.
 */
export function estimateCost(stack: string, items: ReadonlyArray<PricedItem>, table: ReadonlyArray<PriceEntry> = PRICE_TABLE): StackCostEstimate {
  const missing = [...new Set(items.filter((i) => !findPrice(i.item.sku, table)).map((i) => i.item.sku))];
  if (missing.length > 0) throw new MissingPriceError(missing, stack);
  let min = 0;
  let max = 0;
  let usage = 0;
  const lines = items.map(({ path, blueprintKind, item }): CostLine => {
    const price = findPrice(item.sku, table)!;
    const base = { path, blueprintKind, description: item.description, sku: item.sku, unit: price.unit, unitUsd: price.usd, region: price.region };
    if (item.usageBased) {
      usage++;
      return { ...base, usageBased: true, label: USAGE_BASED };
    }
    const lo = price.usd * item.quantityMin;
    const hi = price.usd * item.quantityMax;
    min += lo;
    max += hi;
    return { ...base, usageBased: false, quantityMin: item.quantityMin, quantityMax: item.quantityMax, minUsd: cents(lo), maxUsd: cents(hi) };
  });
  return { stack, minUsd: cents(min), maxUsd: cents(max), lines, usageBasedCount: usage };
}

/** Every cost item declared below a scope, in construct-tree order. */
export function costItemsIn(scope: IConstruct): PricedItem[] {
  return Blueprint.allIn(scope).flatMap((bp) =>
    bp.costItems.map((item) => ({ path: bp.node.scopes.slice(2).map((s) => s.node.id).join('/') || bp.node.id, blueprintKind: bp.blueprintKind, item })),
  );
}

/** The estimate of one stack (or any scope), named by its construct id. */
export function estimateStack(stack: IConstruct, table: ReadonlyArray<PriceEntry> = PRICE_TABLE): StackCostEstimate {
  return estimateCost(stack.node.id, costItemsIn(stack), table);
}

/**
 * The estimates of every stack in an app (or of the given stacks), in construct order. This is what
 * `npm run cost` prints and what the PR review calls on a built app.
 */
export function estimateStacks(appOrStacks: IConstruct | ReadonlyArray<IConstruct>, table: ReadonlyArray<PriceEntry> = PRICE_TABLE): StackCostEstimate[] {
  const stacks = Array.isArray(appOrStacks)
    ? (appOrStacks as ReadonlyArray<IConstruct>)
    : (appOrStacks as IConstruct).node.findAll().filter((c) => TerraformStack.isStack(c));
  return stacks.map((s) => estimateStack(s, table));
}

/** `$1,234.56`. */
export function formatUsd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** `$0.048/hour`: the unit price with its unit, full precision. */
export function formatUnitPrice(usd: number, unit: string): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 })}/${unit}`;
}

/** The date of the list prices, shown in the table heading. */
export const PRICE_DATE = '2026-11-01';

/**
 * A text table of one stack's estimate:
 *
 * ```
 * refactor-aws: $1,234.56 to $2,345.67 per month, plus 5 usage-based items (list prices of 2026-11-01)
 * blueprint  item  sku  unit price  qty min  qty max  min/month  max/month
 * ...
 * total                                              $1,234.56  $2,345.67
 * ```
 */
export function formatCostTable(est: StackCostEstimate): string {
  const head = ['blueprint', 'item', 'sku', 'unit price', 'qty min', 'qty max', 'min/month', 'max/month'];
  const rows = est.lines.map((l) => [
    l.path,
    l.description,
    l.sku,
    formatUnitPrice(l.unitUsd, l.unit),
    l.usageBased ? '-' : String(l.quantityMin),
    l.usageBased ? '-' : String(l.quantityMax),
    l.usageBased ? USAGE_BASED : formatUsd(l.minUsd!),
    l.usageBased ? USAGE_BASED : formatUsd(l.maxUsd!),
  ]);
  const total = ['total', '', '', '', '', '', formatUsd(est.minUsd), formatUsd(est.maxUsd)];
  const all = [head, ...rows, total];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const right = new Set([4, 5, 6, 7]);
  const fmt = (r: string[]) => r.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const usage = est.usageBasedCount > 0 ? `, plus ${est.usageBasedCount} usage-based item${est.usageBasedCount === 1 ? '' : 's'}` : '';
  const title = `${est.stack}: ${formatUsd(est.minUsd)} to ${formatUsd(est.maxUsd)} per month${usage} (list prices of ${PRICE_DATE})`;
  return [title, fmt(head), ...rows.map(fmt), fmt(total)].join('\n');
}

/** The warning when a stack can cost more at full scale than its budget, or undefined. */
export function budgetAtScaleWarning(est: StackCostEstimate, monthlyBudgetUsd: number): string | undefined {
  if (!(est.maxUsd > monthlyBudgetUsd)) return undefined;
  const atMin = est.minUsd > monthlyBudgetUsd ? `; even minimum capacity (${formatUsd(est.minUsd)}) does` : ` (minimum capacity: ${formatUsd(est.minUsd)})`;
  return (
    `The cost estimate at maximum capacity (${formatUsd(est.maxUsd)}/month, plus usage-based items) exceeds the monthly budget ` +
    `of ${formatUsd(monthlyBudgetUsd)}${atMin}. Lower the capacity maxima or raise budget.monthlyUsd.`
  );
}

/**
 * The budget tied to the scaling limits: at synth, when the whole stack exists, warns on the stack
 * when its estimate at maximum capacity exceeds the budget. CostAlerts adds it to its stack.
 */
export class BudgetAtScaleCheck implements IAspect {
  constructor(private readonly monthlyBudgetUsd: number) {}

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    let est: StackCostEstimate;
    try {
      est = estimateStack(node);
    } catch (err) {
      if (err instanceof MissingPriceError) {
        Annotations.of(node).addWarning(`The budget cannot be checked against the scaling limits: ${err.message}`);
        return;
      }
      throw err;
    }
    const warning = budgetAtScaleWarning(est, this.monthlyBudgetUsd);
    if (warning) Annotations.of(node).addWarning(warning);
  }
}
