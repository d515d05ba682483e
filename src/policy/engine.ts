/**
 * The policy engine: cdk-nag style rules judged against the synthesized JSON.
 *
 * A resource rule is a pure function over one synthesized resource; a stack rule looks at a whole
 * stack (a budget is present). Both judge the resolved `cdk.tf.json`, so raw resources and
 * escape-hatch overrides are caught like blueprint-made ones.
 */
import * as path from 'path';
import { MIN_REASON_LENGTH, SUPPRESSIONS_KEY, Suppression } from '../../constructs/core/policy';
import { SynthOutput, SynthResource, SynthStack, cmp, readSynthOutput } from '../review/model';

export enum PolicySeverity {
  /** Fails `npm run synth` unless suppressed. */
  ERROR = 'error',
  /** Reported in the review; does not fail the synth. */
  WARNING = 'warning',
}

export enum PolicyCategory {
  SECURITY = 'security',
  RELIABILITY = 'reliability',
  COST = 'cost',
}

export enum Compliance {
  COMPLIANT = 'compliant',
  NON_COMPLIANT = 'non-compliant',
  NOT_APPLICABLE = 'not-applicable',
}

/** What a check returns: a verdict, or non-compliant with a detail naming the offending value. */
export type Verdict = Compliance | { readonly compliance: Compliance.NON_COMPLIANT; readonly detail: string };

interface RuleBase {
  /** Stable id: `BP-<CLOUD>-<AREA>-<n>` (`BP-AWS-CACHE-1`). */
  readonly id: string;
  readonly severity: PolicySeverity;
  readonly category: PolicyCategory;
  /** `aws`, `azure` or `any`. */
  readonly cloud: 'aws' | 'azure' | 'any';
  /** One line: what must hold. */
  readonly title: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix it (the blueprint prop, or the Terraform argument). */
  readonly fix: string;
}

/** A rule over one resource. `types` lists the Terraform types it judges (`*` for every type). */
export interface ResourceRule extends RuleBase {
  readonly kind: 'resource';
  readonly types: readonly string[];
  readonly check: (r: SynthResource) => Verdict;
}

/** A rule over one stack; returns one finding per offending resource (or one for the stack). */
export interface StackRule extends RuleBase {
  readonly kind: 'stack';
  readonly check: (s: SynthStack) => Array<{ address: string; path: string; detail?: string }>;
}

export type PolicyRule = ResourceRule | StackRule;

/** Suppressions are written into the synthesized JSON by Policy.suppress (constructs/core/policy.ts). */
export { MIN_REASON_LENGTH, SUPPRESSIONS_KEY };
export type { Suppression };

export interface Finding {
  readonly ruleId: string;
  readonly severity: PolicySeverity;
  readonly category: PolicyCategory;
  readonly stack: string;
  /** Terraform address, or `stack` for a stack-level finding without a resource. */
  readonly address: string;
  readonly path: string;
  readonly title: string;
  readonly fix: string;
  readonly detail?: string;
  /** Set when the finding is suppressed. */
  readonly suppressedBecause?: string;
}

/** Where suppressions live in a resource's `//` block. */

export function suppressionsOf(meta: Record<string, unknown>): Suppression[] {
  const raw = meta[SUPPRESSIONS_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter((s): s is Suppression => !!s && typeof s.id === 'string' && typeof s.reason === 'string');
}

/** Stack-level suppressions live in the stack document's `//` block. */
function stackSuppressions(stack: SynthStack): Suppression[] {
  const meta = stack.doc['//'];
  return meta && typeof meta === 'object' ? suppressionsOf(meta as Record<string, unknown>) : [];
}

function applies(rule: PolicyRule, stack: SynthStack): boolean {
  return rule.cloud === 'any' || stack.clouds.includes(rule.cloud);
}

/** Every finding of a stack, suppressed ones included, in a stable order (rule id, address). */
export function checkStack(stack: SynthStack, rules: readonly PolicyRule[]): Finding[] {
  const findings: Finding[] = [];
  const byAddress = new Map(stack.resources.map((r) => [r.address, r]));
  // A suppression on the stack covers every finding of that rule in the stack (cdk-nag's stack suppressions).
  const stackWide = stackSuppressions(stack);
  const find = (rule: PolicyRule, address: string, p: string, detail: string | undefined, suppressions: Suppression[]) => {
    const s = [...suppressions, ...stackWide].find((x) => x.id === rule.id && x.reason.trim().length >= MIN_REASON_LENGTH);
    findings.push({
      ruleId: rule.id, severity: rule.severity, category: rule.category, stack: stack.id, address, path: p, title: rule.title, fix: rule.fix,
      ...(detail ? { detail } : {}), ...(s ? { suppressedBecause: s.reason.trim() } : {}),
    });
  };
  for (const rule of rules) {
    if (!applies(rule, stack)) continue;
    if (rule.kind === 'resource') {
      for (const r of stack.resources) {
        if (r.mode !== 'resource') continue;
        if (!rule.types.includes('*') && !rule.types.includes(r.type)) continue;
        const v = rule.check(r);
        const nc = typeof v === 'object' ? v : v === Compliance.NON_COMPLIANT ? { compliance: v, detail: undefined } : undefined;
        if (nc) find(rule, r.address, r.path, nc.detail, suppressionsOf(r.meta));
      }
    } else {
      for (const f of rule.check(stack)) {
        const r = byAddress.get(f.address);
        find(rule, f.address, f.path, f.detail, r ? suppressionsOf(r.meta) : []);
      }
    }
  }
  // Suppressions that are malformed are findings themselves: they never silence anything.
  const stackMeta = stack.doc['//'] && typeof stack.doc['//'] === 'object' ? (stack.doc['//'] as Record<string, unknown>) : {};
  const holders = [{ address: 'stack', path: stack.id, meta: stackMeta }, ...stack.resources];
  for (const r of holders) {
    const raw = r.meta[SUPPRESSIONS_KEY];
    if (!Array.isArray(raw)) continue;
    for (const s of raw as Array<Partial<Suppression>>) {
      if (typeof s?.reason !== 'string' || s.reason.trim().length < MIN_REASON_LENGTH) {
        findings.push({
          ruleId: 'BP-SUPPRESSION-1', severity: PolicySeverity.ERROR, category: PolicyCategory.SECURITY, stack: stack.id, address: r.address, path: r.path,
          title: 'A suppression needs a reason of at least 10 characters', fix: 'Give Policy.suppress a reason that says why the rule does not apply here.',
          detail: `suppression of ${String(s?.id)} has reason ${JSON.stringify(s?.reason ?? '')}`,
        });
      }
    }
  }
  return findings.sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.address, b.address));
}

/** Every finding of every stack of a synth output. */
export function checkOutput(out: SynthOutput, rules: readonly PolicyRule[]): Finding[] {
  return out.stacks.flatMap((s) => checkStack(s, rules));
}

/** Errors that are not suppressed: these fail the synth. */
export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === PolicySeverity.ERROR && !f.suppressedBecause);
}

export function formatFinding(f: Finding): string {
  return `[${f.ruleId}] ${f.severity} ${f.stack} ${f.address} (${f.path}): ${f.title}${f.detail ? ` (${f.detail})` : ''}. Fix: ${f.fix}`;
}

/** Thrown by {@link checkPolicies} when error-level findings are not suppressed. */
export class PolicyError extends Error {
  public readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super(`${findings.length} policy error(s):\n${findings.map((f) => `  - ${formatFinding(f)}`).join('\n')}\nFix them, suppress them with Policy.suppress(construct, ruleId, reason), or synthesize with --no-policy.`);
    this.name = 'PolicyError';
    this.findings = findings;
  }
}

/**
 * Checks a synth output folder against the rules and throws a {@link PolicyError} listing every
 * unsuppressed error. Returns all findings (warnings and suppressed ones included). The synth hook
 * with the whole pack is `checkPolicies` (./index).
 */
export function checkOutdir(outdir: string, rules: readonly PolicyRule[]): Finding[] {
  return checkPolicyOutput(readSynthOutput(path.resolve(outdir)), rules);
}

/** Like checkOutdir, on a synth output already in memory: throws on unsuppressed errors. */
export function checkPolicyOutput(output: SynthOutput, rules: readonly PolicyRule[]): Finding[] {
  const findings = checkOutput(output, rules);
  const errors = blocking(findings);
  if (errors.length > 0) throw new PolicyError(errors);
  return findings;
}
