/**
 * Evaluates the provider rules (aws.ts, azure.ts) against synthesized resources, and measures how
 * much of the emitted surface they cover.
 */
import { SynthOutput, SynthResource, isToken } from '../../model';
import { AWS_PROVIDER_RULES, AWS_REVIEWED_TYPES } from './aws';
import { AZURE_PROVIDER_RULES, AZURE_REVIEWED_TYPES } from './azure';
import { ProviderRule, ProviderRuleKind, ReviewedType } from './rule';

export { ProviderRule, ProviderRuleKind, ReviewedType, reviewed, rules } from './rule';
export { AWS_PROVIDER_RULES, AWS_REVIEWED_TYPES } from './aws';
export { AZURE_PROVIDER_RULES, AZURE_REVIEWED_TYPES } from './azure';

/** Every provider rule, AWS first. */
export const PROVIDER_RULES: readonly ProviderRule[] = [...AWS_PROVIDER_RULES, ...AZURE_PROVIDER_RULES];

/** Every type reviewed and found to have no validator on the emitted arguments, AWS first. */
export const REVIEWED_TYPES: readonly ReviewedType[] = [...AWS_REVIEWED_TYPES, ...AZURE_REVIEWED_TYPES];

const BY_TYPE = new Map<string, ProviderRule[]>();
for (const r of PROVIDER_RULES) BY_TYPE.set(r.type, [...(BY_TYPE.get(r.type) ?? []), r]);

/** The rules of one resource type. */
export function rulesFor(type: string): readonly ProviderRule[] {
  return BY_TYPE.get(type) ?? [];
}

export interface ProviderRuleViolation {
  readonly rule: ProviderRule;
  readonly stack: string;
  readonly address: string;
  /** Construct path (`refactor-azure/Queue/Namespace`). */
  readonly path: string;
  /** The argument instance (`origin[1].domain_name`). */
  readonly argument: string;
  /** The offending value (undefined for a missing argument). */
  readonly value: unknown;
  readonly message: string;
}

interface Block {
  readonly obj: Record<string, unknown>;
  readonly at: string;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every instance of the block holding `segments` (the argument's parents), walking lists of blocks. */
function blocksAt(config: Record<string, unknown>, segments: string[]): Block[] {
  let current: Block[] = [{ obj: config, at: '' }];
  for (const seg of segments) {
    const next: Block[] = [];
    for (const b of current) {
      const v = b.obj[seg];
      const at = b.at ? `${b.at}.${seg}` : seg;
      if (Array.isArray(v)) v.forEach((item, i) => isObject(item) && next.push({ obj: item, at: v.length > 1 ? `${at}[${i}]` : at }));
      else if (isObject(v)) next.push({ obj: v, at });
    }
    current = next;
  }
  return current;
}

/** Set, as Terraform sees it: present, not null, not an empty list. */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
}

/** Set and not false: the condition of onlyIf / skipIf (a token counts as set). */
function isTrue(v: unknown): boolean {
  return isSet(v) && v !== false && v !== 'false';
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

/** Why a single resolved value breaks the rule, or undefined when it passes. */
function valueFails(rule: ProviderRule, v: unknown): boolean {
  switch (rule.kind) {
    case ProviderRuleKind.PATTERN:
      return typeof v === 'string' && !new RegExp(rule.pattern!).test(v);
    case ProviderRuleKind.NOT_PATTERN:
      return typeof v === 'string' && new RegExp(rule.pattern!).test(v);
    case ProviderRuleKind.LENGTH: {
      if (typeof v !== 'string') return false;
      return (rule.min !== undefined && v.length < rule.min) || (rule.max !== undefined && v.length > rule.max);
    }
    case ProviderRuleKind.ENUM: {
      const values = rule.values ?? [];
      if (typeof values[0] === 'number') {
        const n = asNumber(v);
        return n !== undefined && !values.includes(n) && !(rule.multipleOf !== undefined && n % rule.multipleOf === 0);
      }
      const s = String(v);
      return rule.ignoreCase ? !values.some((x) => String(x).toLowerCase() === s.toLowerCase()) : !values.includes(s);
    }
    case ProviderRuleKind.RANGE: {
      const n = asNumber(v);
      if (n === undefined) return false;
      return (rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max);
    }
    default:
      return false;
  }
}

function show(v: unknown): string {
  return v === undefined ? '(not set)' : JSON.stringify(v);
}

/** The violations of the rules of one resource. Unresolved tokens (`${...}`) are skipped. */
export function checkResource(r: SynthResource, ruleList: readonly ProviderRule[] = rulesFor(r.type)): ProviderRuleViolation[] {
  const out: ProviderRuleViolation[] = [];
  for (const rule of ruleList) {
    if (rule.type !== r.type) continue;
    const segs = rule.argument.split('.');
    const leaf = segs[segs.length - 1];
    for (const block of blocksAt(r.config, segs.slice(0, -1))) {
      const at = (name: string) => (block.at ? `${block.at}.${name}` : name);
      const push = (argument: string, value: unknown, what: string) => out.push({
        rule, stack: r.stack, address: r.address, path: r.path, argument, value,
        message: `${r.path}: ${argument} must be ${rule.allowed}, got ${what}. (${rule.type} rule from ${rule.source})`,
      });
      const v = block.obj[leaf];
      if (rule.onlyIf !== undefined && !isTrue(block.obj[rule.onlyIf])) continue;
      if (rule.skipIf !== undefined && isTrue(block.obj[rule.skipIf])) continue;
      switch (rule.kind) {
        case ProviderRuleKind.CONFLICTS_WITH: {
          const clash = (rule.others ?? []).filter((o) => isSet(block.obj[o]));
          if (isSet(v) && clash.length > 0) push(at(leaf), v, `${show(v)} with ${clash.join(', ')} also set`);
          break;
        }
        case ProviderRuleKind.REQUIRED_WITH: {
          const missing = (rule.others ?? []).filter((o) => !isSet(block.obj[o]));
          if (isSet(v) && missing.length > 0) push(at(leaf), v, `${show(v)} without ${missing.join(', ')}`);
          break;
        }
        case ProviderRuleKind.EXACTLY_ONE_OF:
        case ProviderRuleKind.AT_LEAST_ONE_OF: {
          const all = [leaf, ...(rule.others ?? [])];
          const set = all.filter((o) => isSet(block.obj[o]));
          const bad = rule.kind === ProviderRuleKind.EXACTLY_ONE_OF ? set.length !== 1 : set.length === 0;
          if (bad) push(at(leaf), v, set.length === 0 ? 'none of them set' : `${set.join(', ')} all set`);
          break;
        }
        default: {
          if (!isSet(v) || isToken(v)) break;
          const items = Array.isArray(v) ? v.map((x, i) => [x, v.length > 1 ? `${at(leaf)}[${i}]` : at(leaf)] as const) : [[v, at(leaf)] as const];
          for (const [x, where] of items) {
            if (x === null || isObject(x) || Array.isArray(x) || isToken(x)) continue;
            if (valueFails(rule, x)) push(where, x, show(x));
          }
        }
      }
    }
  }
  return out;
}

/** Every violation in a synth output, in stack and resource order. */
export function checkOutput(out: SynthOutput, ruleList?: readonly ProviderRule[]): ProviderRuleViolation[] {
  return out.stacks.flatMap((s) => s.resources.filter((r) => r.mode === 'resource').flatMap((r) => checkResource(r, ruleList?.filter((x) => x.type === r.type))));
}

/** One line per violation, for errors and reports. */
export function formatViolation(v: ProviderRuleViolation): string {
  return `${v.stack} ${v.address}: ${v.message}`;
}

/** Thrown by synth when a stack violates a provider rule; nothing is written. */
export class ProviderRuleError extends Error {
  constructor(readonly violations: readonly ProviderRuleViolation[]) {
    super(`${violations.length} provider-rule violation(s); terraform plan would reject:\n${violations.map((v) => `  - ${v.message}`).join('\n')}`);
    this.name = 'ProviderRuleError';
  }
}

const META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** The argument paths set on one resource, dotted through nested blocks (`metadata_options.http_tokens`). */
export function argumentPaths(config: Record<string, unknown>, prefix = ''): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(config)) {
    if (!prefix && META.has(k)) continue;
    const p = prefix ? `${prefix}.${k}` : k;
    out.add(p);
    const items = Array.isArray(v) ? v : [v];
    if (p === 'tags' || p === 'app_settings') continue;
    for (const item of items) if (isObject(item)) argumentPaths(item, p).forEach((x) => out.add(x));
  }
  return [...out];
}

export interface ProviderRuleCoverage {
  /** Resource types emitted, and those with at least one rule. */
  readonly types: number;
  readonly typesCovered: number;
  /** Distinct (type, argument path) pairs emitted, and those that at least one rule checks. */
  readonly arguments: number;
  readonly argumentsCovered: number;
  /** Distinct (type, top-level argument) pairs emitted, and those covered. */
  readonly topArguments: number;
  readonly topArgumentsCovered: number;
  /** Of typesCovered, those covered by a review that found no validator (REVIEWED_TYPES), not by a rule. */
  readonly typesReviewed: number;
  /** Emitted types that no rule covers and no review lists, sorted. */
  readonly uncoveredTypes: string[];
  readonly rules: number;
}

/** Measures the emitted types and arguments covered by at least one rule. */
export function coverage(out: SynthOutput, ruleList: readonly ProviderRule[] = PROVIDER_RULES, reviewedList: readonly ReviewedType[] = REVIEWED_TYPES): ProviderRuleCoverage {
  const reviewedTypes = new Set(reviewedList.map((r) => r.type));
  const emitted = new Map<string, Set<string>>();
  for (const s of out.stacks) {
    for (const r of s.resources) {
      if (r.mode !== 'resource' || !(r.type.startsWith('aws_') || r.type.startsWith('azurerm_'))) continue;
      const set = emitted.get(r.type) ?? new Set<string>();
      argumentPaths(r.config).forEach((p) => set.add(p));
      emitted.set(r.type, set);
    }
  }
  const checked = new Map<string, Set<string>>();
  for (const rule of ruleList) {
    const set = checked.get(rule.type) ?? new Set<string>();
    const parent = rule.argument.split('.').slice(0, -1).join('.');
    [rule.argument, ...(rule.others ?? []).map((o) => (parent ? `${parent}.${o}` : o))].forEach((a) => set.add(a));
    checked.set(rule.type, set);
  }
  let args = 0, argsCovered = 0, top = 0, topCovered = 0;
  const uncovered: string[] = [];
  let reviewedCount = 0;
  for (const [type, paths] of emitted) {
    const c = checked.get(type) ?? new Set<string>();
    if (c.size === 0 && reviewedTypes.has(type)) reviewedCount++;
    else if (c.size === 0) uncovered.push(type);
    for (const p of paths) {
      args++;
      if (c.has(p)) argsCovered++;
      if (!p.includes('.')) {
        top++;
        if (c.has(p) || [...c].some((x) => x.startsWith(`${p}.`))) topCovered++;
      }
    }
  }
  return {
    types: emitted.size, typesCovered: emitted.size - uncovered.length, typesReviewed: reviewedCount, arguments: args, argumentsCovered: argsCovered,
    topArguments: top, topArgumentsCovered: topCovered, uncoveredTypes: uncovered.sort(), rules: ruleList.length,
  };
}

function pct(a: number, b: number): string {
  return b === 0 ? '0%' : `${((100 * a) / b).toFixed(1)}%`;
}

/** The coverage as Markdown. */
export function renderCoverage(c: ProviderRuleCoverage): string {
  return [
    '## Provider-rule coverage',
    '',
    `${c.rules} rules (aws ${AWS_PROVIDER_RULES.length}, azurerm ${AZURE_PROVIDER_RULES.length}).`,
    '',
    '| Emitted | Covered by at least one rule | Total | Share |',
    '|---|---|---|---|',
    `| resource types (by a rule, or reviewed with no validator to port: ${c.typesReviewed}) | ${c.typesCovered} | ${c.types} | ${pct(c.typesCovered, c.types)} |`,
    `| top-level arguments (type, argument) | ${c.topArgumentsCovered} | ${c.topArguments} | ${pct(c.topArgumentsCovered, c.topArguments)} |`,
    `| all argument paths, nested included | ${c.argumentsCovered} | ${c.arguments} | ${pct(c.argumentsCovered, c.arguments)} |`,
    '',
    `Types neither ruled nor reviewed (${c.uncoveredTypes.length}): ${c.uncoveredTypes.map((t) => `\`${t}\``).join(', ') || 'none'}.`,
    '',
  ].join('\n');
}
