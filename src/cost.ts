#!/usr/bin/env node
/**
 * The cost estimate: `npm run cost [-- --config FILE] [--stacks a,b] [--json]`.
 *
 * Builds the stacks in memory (nothing is synthesized or written), prices every cost item their
 * blueprints declare from the dated price table, and prints one table per stack with the monthly
 * cost at minimum and maximum capacity. Usage-based items show their unit price, labelled
 * "usage-based". A stack whose maximum exceeds the workload's budget gets a warning line.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { IConstruct } from 'constructs';
import { MissingPriceError, StackCostEstimate, budgetAtScaleWarning, estimateStacks, formatCostTable, formatUsd } from '../constructs/core/cost-estimate';
import { ValidationError } from '../constructs/core/validation';
import { LoadedWorkload } from '../constructs/core/workload';
import { ALL_STACK_IDS, addStacks } from './app';
import { loadWorkload } from './workload';
import { parseCli, stackList } from './private/cli';

export interface CostOptions {
  readonly config?: string;
  readonly stacks?: string[];
  readonly json: boolean;
}

export class CostUsageError extends Error {}

export const COST_USAGE = `usage: npm run cost [-- --config FILE] [--stacks ${ALL_STACK_IDS.slice(0, 2).join(',')}] [--json]
  --config FILE   workload file (JSON); default: the built-in sample shop (examples/shop.json)
  --stacks LIST   comma-separated stack ids; default: all six
  --json          print the estimates as JSON instead of tables`;

export function parseCostArgs(argv: string[]): CostOptions {
  const v = parseCli(argv, { config: { type: 'string' }, stacks: { type: 'string' }, json: { type: 'boolean' } }, CostUsageError);
  return { config: v.config, stacks: stackList(v.stacks, CostUsageError), json: v.json === true };
}

/** The estimate of each stack with the budget check, as `--json` prints it. */
export interface CostReport {
  readonly source: string;
  readonly monthlyBudgetUsd: number;
  readonly stacks: Array<StackCostEstimate & { readonly overBudgetAtMax: boolean; readonly warning?: string }>;
}

/**
 * Estimates built stacks (or every stack of an app) against a budget: what the PR review calls on
 * an app it has built.
 */
export function costReport(appOrStacks: IConstruct | ReadonlyArray<IConstruct>, monthlyBudgetUsd: number, source = '(in memory)'): CostReport {
  return {
    source,
    monthlyBudgetUsd,
    stacks: estimateStacks(appOrStacks).map((e) => {
      const warning = budgetAtScaleWarning(e, monthlyBudgetUsd);
      return { ...e, overBudgetAtMax: warning !== undefined, ...(warning ? { warning } : {}) };
    }),
  };
}

/** Builds the stacks of a workload in memory and estimates them. */
export function estimateWorkload(loaded: LoadedWorkload, only?: readonly string[]): CostReport {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-blueprints-cost-'));
  try {
    const app = new App({ outdir, stackTraces: false });
    const stacks = addStacks(app, loaded, only);
    return costReport(stacks, loaded.workload.budget.monthlyUsd, loaded.source);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** The tables, one per stack, with the budget warnings. */
export function formatCostReport(report: CostReport): string {
  const blocks = report.stacks.map((s) => [formatCostTable(s), ...(s.warning ? [`warning: ${s.warning}`] : [])].join('\n'));
  return [`Cost estimate of ${report.source}, monthly budget ${formatUsd(report.monthlyBudgetUsd)}:`, '', blocks.join('\n\n')].join('\n');
}

export function main(argv: string[]): number {
  try {
    const opts = parseCostArgs(argv);
    const report = estimateWorkload(loadWorkload(opts.config), opts.stacks);
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCostReport(report)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof CostUsageError) {
      process.stderr.write(`${err.message ? `error: ${err.message}\n` : ''}${COST_USAGE}\n`);
      return err.message ? 2 : 0;
    }
    if (err instanceof ValidationError || err instanceof MissingPriceError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
