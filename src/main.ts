#!/usr/bin/env node
/**
 * Synth entry: `npm run synth [-- --config FILE] [--out DIR] [--stacks a,b]`.
 *
 * Validates the workload first and writes nothing on a bad one. Synthesizes into a scratch folder
 * beside the output and swaps it in only when every stack succeeded, so an existing output is left
 * exactly as it was on any failure.
 *
 * The policy pack (src/policy, RULES.md) judges the synthesized JSON before the swap:
 * unsuppressed error-level findings fail the synth and nothing is written. `--no-policy` skips it.
 * The provider rules (src/review/schema/provider-rules) always run: a value the pinned provider's
 * plan-time validators reject fails the synth with the construct path, argument, value and source.
 */
// First: on Node 22+ every module loaded below is compiled from the on-disk cache (src/private/compile-cache.ts).
import './private/compile-cache';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { App, StackManifest } from 'cdktf';
import { IConstruct } from 'constructs';
import { estimateStack, formatUnitPrice } from '../constructs/core/cost-estimate';
import { StackCostFile } from './review/cost';
import { formatAnnotations, writeAnnotationFiles } from './review/annotations';
import { ValidationError } from '../constructs/core/validation';
import { WIRING_FILE, wiringOf } from '../constructs/core/wiring';
import { ALL_RULES, PolicyError, PolicyRule, PolicySeverity, checkPolicyOutput } from './policy';
import { ALL_STACK_IDS, addStacks } from './app';
import { readSynthOutput } from './review/model';
import { ProviderRule, ProviderRuleError, checkOutput as checkProviderRules } from './review/schema/provider-rules';
import { loadWorkload } from './workload';
import { skipTokenStackTraces } from './private/token-stack-traces';
import { parseCli, stackList } from './private/cli';

export interface SynthOptions {
  readonly config?: string;
  readonly out: string;
  readonly stacks?: string[];
  /** Check the policy pack before writing. @default true */
  readonly policy?: boolean;
  /** The policy rules to check. @default ALL_RULES */
  readonly rules?: readonly PolicyRule[];
  /** The provider rules to check (always run). @default PROVIDER_RULES */
  readonly providerRules?: readonly ProviderRule[];
  /** Where warnings go (synth annotations, policy warnings). @default - dropped */
  readonly log?: (line: string) => void;
  /** Hide the synth annotations (they are still written to stacks/<id>/annotations.json). @default false */
  readonly quiet?: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): SynthOptions {
  const v = parseCli(argv, { config: { type: 'string' }, out: { type: 'string' }, stacks: { type: 'string' }, 'no-policy': { type: 'boolean' }, quiet: { type: 'boolean' } }, UsageError);
  return {
    config: v.config,
    // `cdktf synth` tells the app where to write through CDKTF_OUTDIR.
    out: v.out ?? process.env.CDKTF_OUTDIR ?? 'cdktf.out',
    stacks: stackList(v.stacks, UsageError),
    policy: !v['no-policy'],
    quiet: v.quiet === true,
  };
}

export const USAGE = `usage: npm run synth [-- --config FILE] [--out DIR] [--stacks ${ALL_STACK_IDS.slice(0, 2).join(',')}] [--no-policy] [--quiet]
  --config FILE   workload file (JSON); default: the built-in sample shop (examples/shop.json)
  --out DIR       output folder; default: cdktf.out (stacks land in DIR/stacks/<strategy>-<cloud>)
  --stacks LIST   comma-separated stack ids; default: all six
  --no-policy     skip the policy pack (RULES.md); by default an unsuppressed error fails the synth
  --quiet         do not print the synth annotations (warnings, info); stacks/<id>/annotations.json keeps them`;

/**
 * Writes `stacks/<id>/cost.json` next to each stack: the monthly estimate at minimum and maximum
 * capacity and the usage-based items, which the PR review turns into a cost delta.
 */
function writeCostFiles(outdir: string, stacks: readonly IConstruct[]): void {
  for (const stack of stacks) {
    const est = estimateStack(stack);
    const file: StackCostFile = {
      monthlyMinUsd: est.minUsd,
      monthlyMaxUsd: est.maxUsd,
      usageBased: est.lines.filter((l) => l.usageBased).map((l) => `${l.description}: ${formatUnitPrice(l.unitUsd, l.unit)}`),
    };
    fs.writeFileSync(path.join(outdir, 'stacks', stack.node.id, 'cost.json'), `${JSON.stringify(file, null, 2)}\n`);
  }
}

/**
 * Writes `stacks/<id>/wiring.json` next to each stack: the edges the stack recorded
 * (constructs/core/wiring.ts), read back from its `cdk.tf.json` with every reference resolved.
 */
function writeWiringFiles(outdir: string, ids: readonly string[]): void {
  for (const id of ids) {
    const dir = path.join(outdir, 'stacks', id);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, WIRING_FILE), `${JSON.stringify(wiringOf(doc), null, 2)}\n`);
  }
}

/** Synthesizes into a scratch folder, then swaps it in. Returns the stack ids written. */
export function synth(opts: SynthOptions): string[] {
  const phase = phaseTimer(opts.log);
  const loaded = loadWorkload(opts.config);
  phase('load and validate the workload');
  const out = path.resolve(opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const scratch = fs.mkdtempSync(`${out}.synth-`);
  try {
    // One app per stack, synthesized in turn into the same folder: a stack's construct tree is
    // garbage once it is written, so peak memory is that of the largest stack, not of all six
    // (docs/performance.md). Each app's manifest also lists the stacks written before it, so the
    // last one cdktf writes lists them all.
    const ids = ALL_STACK_IDS.filter((id) => !opts.stacks || opts.stacks.includes(id));
    const written: Record<string, StackManifest> = {};
    for (const id of ids) {
      const app = new App({ outdir: scratch, stackTraces: false });
      const [stack] = addStacks(app, loaded, [id]);
      phase(`build ${id}`);
      Object.assign(app.manifest.stacks, written);
      app.synth();
      Object.assign(written, app.manifest.stacks);
      writeCostFiles(scratch, [stack]);
      collectGarbage();
      phase(`synth ${id}`);
    }
    writeWiringFiles(scratch, ids);
    const annotations = writeAnnotationFiles(scratch);
    phase('wiring and annotation files');
    // Read once; the provider rules and the policy pack judge the same in-memory output.
    const output = readSynthOutput(scratch);
    phase('read the synth output back');
    // Provider rules (src/review/schema/provider-rules): what `terraform plan` would reject fails here.
    const violations = checkProviderRules(output, opts.providerRules);
    if (violations.length > 0) throw new ProviderRuleError(violations);
    phase('provider rules');
    if (!opts.quiet) formatAnnotations(annotations).forEach((line) => opts.log?.(line));
    if (opts.policy !== false) {
      const findings = checkPolicyOutput(output, opts.rules ?? ALL_RULES);
      const warnings = findings.filter((f) => f.severity === PolicySeverity.WARNING && !f.suppressedBecause);
      if (warnings.length > 0) opts.log?.(`policy: ${warnings.length} warning(s): ${[...new Set(warnings.map((w) => w.ruleId))].join(', ')} (details: npm run review, RULES.md)`);
      phase('policy pack (with the wiring check)');
    }
    const old = `${scratch}.old`;
    if (fs.existsSync(out)) fs.renameSync(out, old);
    fs.renameSync(scratch, out);
    fs.rmSync(old, { recursive: true, force: true });
    phase('swap the output folder in');
    return ids;
  } catch (err) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw err;
  }
}

/**
 * A full garbage collection between stacks: the stack just written is garbage, and collecting it
 * now keeps V8 from growing the heap on top of it (peak memory at 100 services: docs/performance.md).
 * `gc` is not exposed without `--expose-gc`; setting the flag at run time and taking `gc` from a new
 * context is the documented V8 way to get it without a command-line flag. Taken on first use, so
 * importing this module changes no V8 flag.
 */
let gc: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null; // no gc to be had: V8 collects on its own schedule
    }
  }
  gc?.();
}

/**
 * With `SB_PROFILE` set, logs the wall time of each synth phase (docs/performance.md); the first
 * line is the time since the process started, which is mostly module loading.
 */
function phaseTimer(log?: (line: string) => void): (name: string) => void {
  if (!process.env.SB_PROFILE || !log) return () => undefined;
  let last = performance.now();
  log(`profile: ${last.toFixed(0)} ms  process start to synth (node start-up, module loading)`);
  return (name) => {
    const now = performance.now();
    log(`profile: ${(now - last).toFixed(0).padStart(5)} ms  ${name} (heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)`);
    last = now;
  };
}

export function main(argv: string[]): number {
  try {
    const opts = parseArgs(argv);
    const ids = synth({ ...opts, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`synthesized ${ids.length} stack(s) into ${path.join(opts.out, 'stacks')}: ${ids.join(', ')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message ? `error: ${err.message}\n` : ''}${USAGE}\n`);
      return err.message ? 2 : 0;
    }
    if (err instanceof ValidationError || err instanceof PolicyError || err instanceof ProviderRuleError) {
      process.stderr.write(`error: ${err.message}\nNothing was written.\n`);
      return 1;
    }
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\nNothing was written.\n`);
    return 1;
  }
}

if (require.main === module) {
  // cdktf's per-token stack traces cost about half of a large synth (src/private/token-stack-traces.ts).
  skipTokenStackTraces();
  process.exitCode = main(process.argv.slice(2));
  // `npm run bench` reads the peak RSS of the whole process from here.
  if (process.env.SB_BENCH_RSS) process.stderr.write(`SB_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
}
