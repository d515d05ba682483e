/**
 * The review report: one Markdown document for one sticky PR comment. The headline (one line per
 * stack, bold warnings) comes first, above any fold; details are collapsed below it.
 */
import { ArgumentChange, ChangeAction, NAME_ARGUMENTS, ResourceChange, StackDiff, diffOutputs } from './diff';
import { stackDiagram } from './mermaid';
import { SynthOutput } from './model';
import { CostDelta, CostDeltaProvider, defaultCostProvider } from './cost';
import { ALL_RULES, Finding, PolicyRule, PolicySeverity, checkOutput } from '../policy';
import { SchemaIssue, validateOutput } from './schema/validate';
import { AnnotationLevel, SynthAnnotation, annotationSummary } from './annotations';
import { RESHARDING_DOC, SemanticWarnings, budgetLine, semanticWarnings, shardMapLine } from './semantic';

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
  /**
   * Prefix for links into this repository's docs (`https://github.com/o/r/blob/<sha>/`), so they
   * resolve from a PR comment. @default '' (paths relative to the repository root)
   */
  readonly docsUrl?: string;
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
  /** Shard-map changes, budget crossings, disruptive in-place changes. */
  readonly semantic: SemanticWarnings;
  /** The head's synth annotations by stack (stacks whose synth wrote none are left out). */
  readonly annotations: Map<string, SynthAnnotation[]>;
  /** Keys (`stack level path message`) of the head's annotations that the base does not have. */
  readonly newAnnotations: Set<string>;
  readonly docsUrl: string;
}

/** The identity of an annotation across base and head. */
export const annotationKey = (stack: string, a: SynthAnnotation) => `${stack}\u0000${a.level}\u0000${a.path}\u0000${a.message}`;

const key = (f: Finding) => `${f.ruleId} ${f.stack} ${f.address}`;

/** Computes everything the report shows. */
export function review(input: ReviewInput): Review {
  const rules = input.rules ?? ALL_RULES;
  const diffs = diffOutputs(input.base, input.head);
  const before = checkOutput(input.base, rules).filter((f) => !f.suppressedBecause);
  const after = checkOutput(input.head, rules);
  const open = after.filter((f) => !f.suppressedBecause);
  const cost = (input.cost ?? defaultCostProvider).costDelta(input.base.dir, input.head.dir);
  const annotations = new Map(input.head.stacks.filter((s) => s.annotations).map((s) => [s.id, s.annotations!]));
  const baseKeys = new Set(input.base.stacks.flatMap((s) => (s.annotations ?? []).map((a) => annotationKey(s.id, a))));
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(open.map(key));
  return {
    diffs,
    newFindings: open.filter((f) => !beforeKeys.has(key(f))),
    resolvedFindings: before.filter((f) => !afterKeys.has(key(f))),
    suppressed: after.filter((f) => f.suppressedBecause),
    standing: open.filter((f) => beforeKeys.has(key(f))),
    schemaIssues: input.skipSchema ? [] : validateOutput(input.head),
    cost,
    heads: new Map(input.head.stacks.map((s) => [s.id, s])),
    bases: new Map(input.base.stacks.map((s) => [s.id, s])),
    semantic: semanticWarnings(input.base, input.head, diffs, cost),
    annotations,
    newAnnotations: new Set([...annotations].flatMap(([id, list]) => list.map((a) => annotationKey(id, a)).filter((k) => !baseKeys.has(k)))),
    docsUrl: input.docsUrl ?? '',
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

/** GitHub rejects issue and pull-request comments longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Headline warning lines shown before "… and N more" (the rest are in the detail). */
const MAX_WARNING_LINES = 30;

export interface RenderOptions {
  /**
   * Bound the report to this many characters: the summary always comes first, then as many detail
   * sections as fit, then a line naming the ones left out. @default - unbounded (the full report)
   */
  readonly maxChars?: number;
  /** Where the full report is (job summary, artifact), linked when sections are left out. @default - not linked */
  readonly fullReportUrl?: string;
}

/** One collapsible part of the report below the summary. */
interface Section {
  readonly title: string;
  readonly lines: string[];
  /** Order in which a bounded report gives sections room (lower first); they are printed in report order. */
  readonly priority: number;
  /** A smaller version for a bounded report (fewer rows), given the characters left. */
  readonly shrink?: (budget: number) => string[] | undefined;
}

/**
 * A shrink function for a section that is one table inside a fold: as many rows as fit, then a
 * pointer to the full report.
 */
function tableShrink(open: string[], header: string[], rows: string[], close: string[]): (budget: number) => string[] | undefined {
  return (budget) => {
    let size = [...open, ...header, ...close].join('\n').length + 80;
    const kept: string[] = [];
    for (const row of rows) {
      if (size + row.length + 1 > budget) break;
      kept.push(row);
      size += row.length + 1;
    }
    return kept.length === 0 ? undefined : [...open, ...header, ...kept, '', `… ${rows.length - kept.length} more rows in the full report.`, ...close];
  };
}

function annotationLine(r: Review): string | undefined {
  if (r.annotations.size === 0) return undefined;
  const fresh = r.newAnnotations.size;
  return `Synth annotations of the head: ${annotationSummary(r.annotations)}${fresh ? ` (**${fresh} new**)` : ''}.`;
}

function annotationSection(r: Review): Section | undefined {
  const rows = [...r.annotations].flatMap(([id, list]) =>
    list.map((a) => `| ${id} | ${a.level === AnnotationLevel.INFO ? 'info' : `**${a.level}**`} | \`${cell(a.path)}\` | ${cell(a.message)} | ${r.newAnnotations.has(annotationKey(id, a)) ? 'new' : ''} |`),
  );
  if (rows.length === 0) return undefined;
  const open = [`<details><summary>Synth annotations of the head (${annotationSummary(r.annotations)})</summary>`, ''];
  const header = ['| Stack | Level | Construct | Message | |', '|---|---|---|---|---|'];
  const close = ['', '</details>', ''];
  // New annotations first when the list is cut.
  const ordered = [...rows.filter((x) => x.endsWith('| new |')), ...rows.filter((x) => !x.endsWith('| new |'))];
  return { title: 'Synth annotations', priority: 4, lines: [...open, ...header, ...rows, ...close], shrink: tableShrink(open, header, ordered, close) };
}

/** The summary: headline per stack, bold warnings, the disruptive-change table, counts. Never left out. */
function summary(r: Review, changed: StackDiff[]): string[] {
  const docLink = `${r.docsUrl}${RESHARDING_DOC}`;
  const newErrors = r.newFindings.filter((f) => f.severity === PolicySeverity.ERROR).length;
  const out: string[] = [REPORT_MARKER, `## Plan review: ${changed.length === 0 ? 'no changes' : `${plural(changed.length, 'stack')} changed`}`, ''];
  for (const d of changed) out.push(headline(d));
  if (changed.length === 0) out.push('No resource changes in any stack.');
  // Stacks with the same shard-map change share one line.
  const shard = new Map<string, string[]>();
  for (const c of r.semantic.shardMaps) {
    const line = shardMapLine(c, docLink);
    shard.set(line, [...(shard.get(line) ?? []), c.stack]);
  }
  const disruptive = r.semantic.disruptive;
  const warnings = [
    ...[...shard].map(([line, stacks]) => `${stacks.join(', ')}: ${line}`),
    ...r.semantic.budgets.map((b) => `${b.stack}: ${budgetLine(b)}`),
    ...(disruptive.length > 0 ? [`${plural(disruptive.length, 'change')} disrupt${disruptive.length === 1 ? 's' : ''} service without a replacement (table below).`] : []),
    ...r.diffs.flatMap((d) => d.warnings.map((w) => `${d.stack}: ${w}`)),
  ];
  if (warnings.length > 0) {
    out.push('');
    for (const w of warnings.slice(0, MAX_WARNING_LINES)) out.push(`> :warning: **${w}**`);
    if (warnings.length > MAX_WARNING_LINES) out.push(`> … and ${warnings.length - MAX_WARNING_LINES} more warnings (in the change tables).`);
  }
  if (disruptive.length > 0) {
    out.push('', '| Stack | Resource | Change | Reason |', '|---|---|---|---|');
    for (const c of disruptive.slice(0, MAX_WARNING_LINES)) out.push(`| ${c.stack} | \`${cell(c.path)}\` | ${cell(c.change)} | ${cell(c.reason)} |`);
    if (disruptive.length > MAX_WARNING_LINES) out.push('', `… and ${disruptive.length - MAX_WARNING_LINES} more.`);
  }
  const synth = annotationLine(r);
  out.push(
    '',
    `Policy: ${plural(r.newFindings.length, 'new finding')}${newErrors ? ` (**${plural(newErrors, 'error')}**)` : ''}, ${r.resolvedFindings.length} resolved, ${r.suppressed.length} suppressed. ` +
      `Schema: ${r.schemaIssues.length === 0 ? 'valid' : `**${plural(r.schemaIssues.length, 'issue')}**`}.${synth ? ` ${synth}` : ''}`,
    '',
  );
  return out;
}

function sections(r: Review, changed: StackDiff[]): Section[] {
  const out: Section[] = [];
  const annotations = annotationSection(r);
  if (annotations) out.push(annotations);
  for (const d of changed) {
    if (d.changes.length === 0 && d.assets.length === 0) continue;
    const wrap = (rows: string[]) => [`<details><summary>${d.stack}: ${plural(d.changes.length, 'changed resource')}</summary>`, '', ...rows, '', '</details>', ''];
    const table = changeTable(d);
    const open = [`<details><summary>${d.stack}: ${plural(d.changes.length, 'changed resource')}</summary>`, ''];
    out.push({ title: `${d.stack} changes`, priority: 5, lines: wrap(table), shrink: tableShrink(open, table.slice(0, 2), table.slice(2), ['', '</details>', '']) });
  }
  const policy = ['### Policy findings', ''];
  if (r.newFindings.length > 0) policy.push(`**New** (${r.newFindings.length})`, '', ...findingTable(r.newFindings), '');
  if (r.resolvedFindings.length > 0) policy.push(`<details><summary>Resolved (${r.resolvedFindings.length})</summary>`, '', ...findingTable(r.resolvedFindings), '', '</details>', '');
  if (r.suppressed.length > 0) policy.push(`<details><summary>Suppressed (${r.suppressed.length})</summary>`, '', ...findingTable(r.suppressed, true), '', '</details>', '');
  if (r.standing.length > 0) policy.push(`<details><summary>Unchanged open findings (${r.standing.length})</summary>`, '', ...findingTable(r.standing), '', '</details>', '');
  if (r.newFindings.length + r.resolvedFindings.length + r.suppressed.length + r.standing.length === 0) policy.push('No findings.', '');
  const others = `Resolved (${r.resolvedFindings.length}), suppressed (${r.suppressed.length}) and unchanged open findings (${r.standing.length}): in the full report.`;
  const newTable = r.newFindings.length > 0 ? findingTable(r.newFindings) : [];
  const shrinkNew = tableShrink(['### Policy findings', '', `**New** (${r.newFindings.length})`, ''], newTable.slice(0, 2), newTable.slice(2), ['', others, '']);
  out.push({
    title: 'Policy findings',
    priority: 2,
    lines: policy,
    // New findings first, then a pointer for the rest.
    shrink: (budget) => (r.newFindings.length > 0 ? shrinkNew(budget) : ['### Policy findings', '', others, '']),
  });

  const schema = ['### Schema validation', ''];
  if (r.schemaIssues.length === 0) schema.push('Every resource matches the pinned provider schemas.', '');
  else schema.push('| Stack | Resource | Issue |', '|---|---|---|', ...r.schemaIssues.map((i) => `| ${i.stack} | \`${i.address}\` | ${cell(i.message)} |`), '');
  out.push({ title: 'Schema validation', priority: 3, lines: schema });

  out.push({ title: 'Cost delta', priority: 1, lines: ['### Cost delta', '', ...costSection(r.cost), ''] });

  const diagrams = changed.filter((d) => r.heads.has(d.stack) || r.bases.has(d.stack));
  if (diagrams.length > 0) {
    const lines = ['### Architecture', ''];
    for (const d of diagrams) {
      const stack = r.heads.get(d.stack) ?? r.bases.get(d.stack)!;
      lines.push(`<details><summary>${d.stack}${r.heads.has(d.stack) ? '' : ' (removed)'}</summary>`, '', '```mermaid', stackDiagram(stack, d), '```', '', '</details>', '');
    }
    out.push({ title: 'Architecture', priority: 6, lines });
  }
  return out;
}

function finish(lines: string[]): string {
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * Renders the review as Markdown. Deterministic: the same inputs give the same bytes. With
 * `maxChars` the report is bounded: the summary first, then the detail sections that fit (a change
 * table cut to the rows that fit), then one line naming what was left out and where the full report is.
 */
export function renderReport(r: Review, opts: RenderOptions = {}): string {
  const changed = r.diffs.filter((d) => d.status !== 'unchanged');
  const head = summary(r, changed);
  const parts = sections(r, changed);
  const full = finish([...head, ...parts.flatMap((p) => p.lines)]);
  if (opts.maxChars === undefined || full.length <= opts.maxChars) return full;
  const where = opts.fullReportUrl ? `the [full report](${opts.fullReportUrl})` : 'the full report (job summary and artifact)';
  const reserve = 400 + parts.reduce((n, p) => n + p.title.length + 2, 0) + where.length;
  let budget = opts.maxChars - finish(head).length - reserve;
  // Room goes by priority (cost, policy, schema, annotations, changes, diagrams); print order stays.
  const chosen = new Map<Section, string[]>();
  const cut: string[] = [];
  const left: string[] = [];
  for (const p of [...parts].sort((a, b) => a.priority - b.priority)) {
    const size = p.lines.join('\n').length + 1;
    if (size <= budget) {
      chosen.set(p, p.lines);
      budget -= size;
      continue;
    }
    const small = p.shrink?.(budget);
    if (small) {
      chosen.set(p, small);
      budget -= small.join('\n').length + 1;
      cut.push(p.title);
    } else left.push(p.title);
  }
  const kept = parts.flatMap((p) => chosen.get(p) ?? []);
  const note = [
    cut.length ? `shortened: ${cut.join(', ')}` : '',
    left.length ? `left out: ${left.join(', ')}` : '',
  ].filter(Boolean);
  return finish([...head, `> This comment is bounded to ${opts.maxChars.toLocaleString('en-US')} characters (${note.join('; ')}). Everything is in ${where}.`, '', ...kept]);
}
