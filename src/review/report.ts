/**
 * The review report: one Markdown document for one sticky PR comment. The headline (one line per
 * stack, bold warnings) comes first, above any fold; details are collapsed below it.
 */
import { ArgumentChange, ChangeAction, NAME_ARGUMENTS, ResourceChange, StackDiff, diffOutputs } from './diff';
import { stackDiagram } from './mermaid';
import { SynthOutput } from './model';
import { CostDelta, CostDeltaProvider, defaultCostProvider } from './cost';
import { ALL_RULES, Finding, PolicyRule, PolicySeverity, checkOutput } from './policy';
import { SchemaIssue, validateOutput } from './schema/validate';

/** The first line of every report: the workflow finds its own comment by it. */
export const REPORT_MARKER = '<!-- scaling-blueprints-review -->';

const MAX_ROWS = 100;
const MAX_ARGS = 12;

export interface ReviewInput {
  readonly base: SynthOutput;
  readonly head: SynthOutput;
  /** Policy rules to judge with. @default ALL_RULES */
  readonly rules?: readonly PolicyRule[];
  /** Cost delta source. @default cost.json files, then src/cost.ts */
  readonly cost?: CostDeltaProvider;
  /** Skip schema validation (tests of other sections). @default false */
  readonly skipSchema?: boolean;
}

export interface Review {
  readonly diffs: StackDiff[];
  readonly newFindings: Finding[];
  readonly resolvedFindings: Finding[];
  readonly suppressed: Finding[];
  /** Unsuppressed findings present on both sides. */
  readonly standing: Finding[];
  readonly schemaIssues: SchemaIssue[];
  readonly cost: CostDelta | string;
  readonly heads: Map<string, SynthOutput['stacks'][number]>;
  readonly bases: Map<string, SynthOutput['stacks'][number]>;
}

const key = (f: Finding) => `${f.ruleId} ${f.stack} ${f.address}`;

/** Computes everything the report shows. */
export function review(input: ReviewInput): Review {
  const rules = input.rules ?? ALL_RULES;
  const diffs = diffOutputs(input.base, input.head);
  const before = checkOutput(input.base, rules).filter((f) => !f.suppressedBecause);
  const after = checkOutput(input.head, rules);
  const open = after.filter((f) => !f.suppressedBecause);
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(open.map(key));
  return {
    diffs,
    newFindings: open.filter((f) => !beforeKeys.has(key(f))),
    resolvedFindings: before.filter((f) => !afterKeys.has(key(f))),
    suppressed: after.filter((f) => f.suppressedBecause),
    standing: open.filter((f) => beforeKeys.has(key(f))),
    schemaIssues: input.skipSchema ? [] : validateOutput(input.head),
    cost: (input.cost ?? defaultCostProvider).costDelta(input.base.dir, input.head.dir),
    heads: new Map(input.head.stacks.map((s) => [s.id, s])),
    bases: new Map(input.base.stacks.map((s) => [s.id, s])),
  };
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headline(d: StackDiff): string {
  const counts = `${d.create} to create, ${d.update} to update, ${d.destroy} to destroy`;
  const extra = [
    d.replace > 0 ? `${plural(d.replace, 'replacement')}, counted in both` : '',
    d.assets.length > 0 ? `${plural(d.assets.length, 'asset')} changed` : '',
    d.status === 'added' ? 'new stack' : d.status === 'removed' ? '**stack removed**' : '',
  ].filter(Boolean);
  return `- **${d.stack}**: ${counts}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

const ICON: Record<ChangeAction, string> = { [ChangeAction.CREATE]: '+ create', [ChangeAction.UPDATE]: '~ update', [ChangeAction.DESTROY]: '- destroy', [ChangeAction.REPLACE]: '± replace' };

/** Arguments that say what a created or destroyed resource is: its name and its size. */
const KEY_ARGUMENTS = new Set([
  ...NAME_ARGUMENTS, 'instance_type', 'instance_class', 'node_type', 'sku_name', 'sku', 'engine', 'engine_version', 'runtime', 'runtime_name',
  'memory_size', 'min_size', 'max_size', 'desired_capacity', 'num_node_groups', 'replicas_per_node_group', 'allocated_storage', 'storage_mb',
  'retention_in_days', 'account_replication_type', 'cidr_block', 'address_space', 'port', 'protocol',
]);
const NOISE = new Set(['tags', 'tags_all', 'depends_on', 'lifecycle', 'provider']);

function argumentsCell(c: ResourceChange): string {
  if (c.action === ChangeAction.CREATE || c.action === ChangeAction.DESTROY) {
    // Whole resources appearing or going: say what they are, not every argument.
    const side = (a: ArgumentChange) => (c.action === ChangeAction.CREATE ? a.after : a.before);
    const keys = c.arguments.filter((a) => KEY_ARGUMENTS.has(a.name)).slice(0, 6);
    const shown = (keys.length > 0 ? keys : c.arguments.filter((a) => !NOISE.has(a.name)).slice(0, 3)).map((a) => `\`${a.name}\` = \`${side(a)}\``);
    const rest = c.arguments.length - shown.length;
    return cell(shown.join('<br>') + (rest > 0 ? `${shown.length ? '<br>' : ''}(+${rest} more argument${rest === 1 ? '' : 's'})` : ''));
  }
  const shown = c.arguments.slice(0, MAX_ARGS).map((a) => `\`${a.name}\`: \`${a.before ?? '(unset)'}\` → \`${a.after ?? '(unset)'}\``);
  const more = c.arguments.length > MAX_ARGS ? ` … and ${c.arguments.length - MAX_ARGS} more` : '';
  return cell(shown.join('<br>') + more);
}

function changeTable(d: StackDiff): string[] {
  const rows = d.changes.slice(0, MAX_ROWS).map((c) => {
    const renamed = c.action === ChangeAction.REPLACE && c.previousAddress;
    const what = renamed ? `\`${c.previousAddress}\` → \`${c.address}\`` : `\`${c.address}\``;
    const where = renamed ? `\`${c.previousPath}\` → \`${c.path}\`` : `\`${c.path}\``;
    const forced = c.forcedBy ? ` (forced by ${c.forcedBy.join(', ')})` : '';
    const warn = c.stateful && (c.action === ChangeAction.DESTROY || c.action === ChangeAction.REPLACE) ? ' **stateful**' : '';
    return `| ${ICON[c.action]}${forced}${warn} | ${cell(what)} | ${cell(where)} | ${argumentsCell(c)} |`;
  });
  const lines = ['| Action | Resource | Construct path | Arguments |', '|---|---|---|---|', ...rows];
  if (d.changes.length > MAX_ROWS) lines.push('', `… and ${d.changes.length - MAX_ROWS} more changes.`);
  if (d.assets.length > 0) {
    lines.push('', 'Assets (content hashes, contents not shown):', '');
    for (const a of d.assets) lines.push(`- \`${a.name}\`: ${a.before ? `\`${a.before}…\`` : '(new)'} → ${a.after ? `\`${a.after}…\`` : '(removed)'}`);
  }
  return lines;
}

function findingRow(f: Finding, withReason = false): string {
  const sev = f.severity === PolicySeverity.ERROR ? '**error**' : 'warning';
  const reason = withReason ? ` | ${cell(f.suppressedBecause ?? '')}` : ` | ${cell(f.fix)}`;
  return `| ${f.ruleId} | ${sev} | ${f.stack} | \`${cell(f.path)}\` | ${cell(f.title)}${f.detail ? ` (${cell(f.detail)})` : ''}${reason} |`;
}

function findingTable(list: Finding[], withReason = false): string[] {
  return [`| Rule | Severity | Stack | Construct | Finding | ${withReason ? 'Reason' : 'Fix'} |`, '|---|---|---|---|---|---|', ...list.map((f) => findingRow(f, withReason))];
}

function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function delta(a: number | undefined, b: number | undefined): string {
  const d = (b ?? 0) - (a ?? 0);
  return `${d >= 0 ? '+' : '−'}${usd(Math.abs(d))}`;
}

function costSection(cost: CostDelta | string): string[] {
  if (typeof cost === 'string') return [cost];
  const lines = ['Monthly, in USD, at minimum and maximum capacity (usage-priced items are listed, not summed).', '', '| Stack | Base (min–max) | Head (min–max) | Δ min | Δ max |', '|---|---|---|---|---|'];
  for (const s of cost.stacks) {
    const range = (c?: { monthlyMinUsd: number; monthlyMaxUsd: number }) => (c ? `${usd(c.monthlyMinUsd)} – ${usd(c.monthlyMaxUsd)}` : '—');
    lines.push(`| ${s.stack} | ${range(s.base)} | ${range(s.head)} | ${delta(s.base?.monthlyMinUsd, s.head?.monthlyMinUsd)} | ${delta(s.base?.monthlyMaxUsd, s.head?.monthlyMaxUsd)} |`);
  }
  return lines;
}

/** Renders the review as Markdown. Deterministic: the same inputs give the same bytes. */
export function renderReport(r: Review): string {
  const changed = r.diffs.filter((d) => d.status !== 'unchanged');
  const warnings = r.diffs.flatMap((d) => d.warnings.map((w) => `${d.stack}: ${w}`));
  const newErrors = r.newFindings.filter((f) => f.severity === PolicySeverity.ERROR).length;
  const out: string[] = [REPORT_MARKER, `## Plan review: ${changed.length === 0 ? 'no changes' : `${plural(changed.length, 'stack')} changed`}`, ''];
  for (const d of changed) out.push(headline(d));
  if (changed.length === 0) out.push('No resource changes in any stack.');
  if (warnings.length > 0) {
    out.push('');
    for (const w of warnings) out.push(`> :warning: **${w}**`);
  }
  out.push(
    '',
    `Policy: ${plural(r.newFindings.length, 'new finding')}${newErrors ? ` (**${plural(newErrors, 'error')}**)` : ''}, ${r.resolvedFindings.length} resolved, ${r.suppressed.length} suppressed. ` +
      `Schema: ${r.schemaIssues.length === 0 ? 'valid' : `**${plural(r.schemaIssues.length, 'issue')}**`}.`,
    '',
  );

  for (const d of changed) {
    if (d.changes.length === 0 && d.assets.length === 0) continue;
    out.push(`<details><summary>${d.stack}: ${plural(d.changes.length, 'changed resource')}</summary>`, '', ...changeTable(d), '', '</details>', '');
  }

  out.push('### Policy findings', '');
  if (r.newFindings.length > 0) out.push(`**New** (${r.newFindings.length})`, '', ...findingTable(r.newFindings), '');
  if (r.resolvedFindings.length > 0) out.push(`<details><summary>Resolved (${r.resolvedFindings.length})</summary>`, '', ...findingTable(r.resolvedFindings), '', '</details>', '');
  if (r.suppressed.length > 0) out.push(`<details><summary>Suppressed (${r.suppressed.length})</summary>`, '', ...findingTable(r.suppressed, true), '', '</details>', '');
  if (r.standing.length > 0) out.push(`<details><summary>Unchanged open findings (${r.standing.length})</summary>`, '', ...findingTable(r.standing), '', '</details>', '');
  if (r.newFindings.length + r.resolvedFindings.length + r.suppressed.length + r.standing.length === 0) out.push('No findings.', '');

  out.push('### Schema validation', '');
  if (r.schemaIssues.length === 0) out.push('Every resource matches the pinned provider schemas.', '');
  else out.push('| Stack | Resource | Issue |', '|---|---|---|', ...r.schemaIssues.map((i) => `| ${i.stack} | \`${i.address}\` | ${cell(i.message)} |`), '');

  out.push('### Cost delta', '', ...costSection(r.cost), '');

  const diagrams = changed.filter((d) => r.heads.has(d.stack) || r.bases.has(d.stack));
  if (diagrams.length > 0) {
    out.push('### Architecture', '');
    for (const d of diagrams) {
      const stack = r.heads.get(d.stack) ?? r.bases.get(d.stack)!;
      out.push(`<details><summary>${d.stack}${r.heads.has(d.stack) ? '' : ' (removed)'}</summary>`, '', '```mermaid', stackDiagram(stack, d), '```', '', '</details>', '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
