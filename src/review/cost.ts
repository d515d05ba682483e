/**
 * The cost section of the review, pluggable: the cost estimate is built elsewhere (src/cost.ts,
 * constructs/core/cost-estimate.ts). The review asks a {@link CostDeltaProvider} for the delta
 * between two synth outputs and prints what it returns.
 *
 * Connection points, first that answers wins:
 * 1. `stacks/<id>/cost.json` next to each stack's cdk.tf.json, in the {@link StackCostFile} shape
 *    (the synth can write it from the cost estimate);
 * 2. a module `src/cost.ts` exporting `costDelta(baseDir, headDir): CostDelta | undefined`.
 * When neither exists, the section says the estimate is not in this build.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Monthly cost of one stack, in USD, at minimum and maximum capacity. */
export interface StackCost {
  readonly stack: string;
  readonly monthlyMinUsd: number;
  readonly monthlyMaxUsd: number;
  /** Usage-priced items that are not in the sums (`requests at $0.40 per million`). */
  readonly usageBased?: string[];
}

/** What `stacks/<id>/cost.json` holds. */
export interface StackCostFile {
  readonly monthlyMinUsd: number;
  readonly monthlyMaxUsd: number;
  readonly usageBased?: string[];
}

export interface CostDelta {
  /** One row per stack present on either side; a missing side is undefined. */
  readonly stacks: Array<{ stack: string; base?: StackCost; head?: StackCost }>;
}

/** Computes the cost delta between two synth outputs, or says why it cannot. */
export interface CostDeltaProvider {
  costDelta(baseDir: string, headDir: string): CostDelta | string;
}

export const COST_UNAVAILABLE = 'Cost delta unavailable: the cost estimate is not in this build.';

function readCostFiles(dir: string): Map<string, StackCost> {
  const out = new Map<string, StackCost>();
  const stacksDir = path.join(dir, 'stacks');
  if (!fs.existsSync(stacksDir)) return out;
  for (const id of fs.readdirSync(stacksDir).sort()) {
    const f = path.join(stacksDir, id, 'cost.json');
    if (!fs.existsSync(f)) continue;
    const c = JSON.parse(fs.readFileSync(f, 'utf8')) as StackCostFile;
    if (typeof c.monthlyMinUsd === 'number' && typeof c.monthlyMaxUsd === 'number') out.set(id, { stack: id, ...c });
  }
  return out;
}

/** Reads `stacks/<id>/cost.json` on both sides. */
export class CostFileProvider implements CostDeltaProvider {
  public costDelta(baseDir: string, headDir: string): CostDelta | string {
    const base = readCostFiles(baseDir);
    const head = readCostFiles(headDir);
    if (base.size === 0 && head.size === 0) return COST_UNAVAILABLE;
    const ids = [...new Set([...base.keys(), ...head.keys()])].sort();
    return { stacks: ids.map((stack) => ({ stack, base: base.get(stack), head: head.get(stack) })) };
  }
}

/** The default: the cost.json files the synth writes next to each stack, else "unavailable". */
export const defaultCostProvider: CostDeltaProvider = new CostFileProvider();
