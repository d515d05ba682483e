import * as fs from 'fs';
import * as path from 'path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { capacityRules } from '../constructs/core/capacity';
import { entryPointWorkloadIssues } from '../constructs/core/load-balancer';
import { computeWorkloadIssues } from '../constructs/core/workload/compute';
import { dataWorkloadIssues } from '../constructs/core/workload/data';
import { observabilityWorkloadIssues } from '../constructs/core/workload/observability';
import { serverlessWorkloadIssues } from '../constructs/core/workload/serverless';
import { NETWORK_RULES } from '../constructs/core/network';
import { Schedule } from '../constructs/core/schedule';
import { ValidationError, ValidationIssue, checkRules, formatValue, rules } from '../constructs/core/validation';
import { LoadedWorkload, WORKLOAD_NAME_RULES, Workload, WorkloadNameInput } from '../constructs/core/workload';
import { libraryRoot } from '../constructs/core/private/package-root';
import { didYouMean } from '../constructs/core/private/did-you-mean';

/** The folder holding package.json: where `examples/` and `handlers/` live. */
export function packageRoot(): string {
  return libraryRoot(__dirname);
}

/** The built-in default workload: the sample shop of the scaling roadmap. */
export const DEFAULT_WORKLOAD_FILE = 'examples/shop.json';

// The schema precompiled by scripts/gen-validator.js (Ajv standalone): ~10 ms to load instead of
// ~180 ms to compile on every run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validateSchema: ValidateFunction = require('../schema/workload.validator.js');

/** `/tiers/web/capacity/max` → `tiers.web.capacity.max`; array indices as `[0]`. */
function jsonPath(pointer: string, extra?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(root)';
}

function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function schemaIssue(e: ErrorObject, doc: unknown, source: string): ValidationIssue | undefined {
  const here = jsonPath(e.instancePath);
  const value = valueAt(doc, e.instancePath);
  const desc = (e.parentSchema as { description?: string } | undefined)?.description;
  const hint = desc ? ` (${desc.replace(/\.$/, '')})` : '';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return {
        code: 'WorkloadUnknownField',
        path: source,
        prop: jsonPath(e.instancePath, field),
        value: valueAt(doc, `${e.instancePath}/${field}`),
        allowed: `a known field (${known.join(', ')})`,
        fix: didYouMean(field, known) ?? 'Remove it, or check the spelling against the schema.',
      };
    }
    case 'required':
      return { code: 'WorkloadMissingField', path: source, prop: jsonPath(e.instancePath, String(p.missingProperty)), value: undefined, allowed: 'present', fix: `Add ${String(p.missingProperty)}.` };
    case 'type':
      return { code: 'WorkloadWrongType', path: source, prop: here, value, allowed: `of type ${String(p.type)}${hint}`, fix: `Write it as a ${String(p.type)}.` };
    case 'enum':
      return { code: 'WorkloadValueNotAllowed', path: source, prop: here, value, allowed: `one of ${(p.allowedValues as unknown[]).map((v) => formatValue(v)).join(', ')}`, fix: 'Pick one of the listed values.' };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = { minimum: 'at least', exclusiveMinimum: 'greater than', maximum: 'at most', exclusiveMaximum: 'less than' };
      return { code: 'WorkloadOutOfRange', path: source, prop: here, value, allowed: `${words[e.keyword]} ${String(p.limit)}${hint}`, fix: 'Bring the value into range.' };
    }
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'minItems':
      return { code: 'WorkloadOutOfRange', path: source, prop: here, value, allowed: `${e.keyword.startsWith('min') ? 'at least' : 'at most'} ${String(p.limit)} ${e.keyword.endsWith('Length') ? 'characters' : 'entries'}${hint}`, fix: 'Bring the value into range.' };
    case 'pattern': {
      if (p.propertyName !== undefined || e.propertyName !== undefined) return undefined; // reported by propertyNames below
      return { code: 'WorkloadPatternMismatch', path: source, prop: here, value, allowed: `matching ${String(p.pattern)}${hint}`, fix: 'Change the value to fit the pattern.' };
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      const inner = (e.schema as { pattern?: string }).pattern;
      return { code: 'WorkloadNameInvalid', path: source, prop: jsonPath(e.instancePath, name), value: name, allowed: `a name matching ${inner ?? 'the schema'}`, fix: 'Rename it: lower-case letters, digits and "-", starting with a letter.' };
    }
    default:
      return { code: 'WorkloadSchemaViolation', path: source, prop: here, value, allowed: `valid (${e.message ?? e.keyword})`, fix: 'See schema/workload.schema.json.' };
  }
}

/**
 * The rules that JSON Schema cannot say: cross-field checks and references between sections. They
 * reuse the blueprints' own rule tables, so a workload file fails with the same codes as the
 * constructs would.
 */
export function semanticIssues(w: Workload, source: string, baseDir?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (list: ValidationIssue[]) => issues.push(...list.map((i) => ({ ...i, path: source })));
  if (typeof w.name === 'string') add(checkRules(WORKLOAD_NAME_RULES, w, source));
  if (w.network) add(checkRules(NETWORK_RULES, w.network, source, 'network.'));

  const tiers = Object.entries(w.tiers ?? {});
  if (tiers.length > 0 && !tiers.some(([, t]) => t.kind === 'web')) {
    issues.push({ code: 'WorkloadNoWebTier', path: source, prop: 'tiers', value: tiers.map(([n]) => n), allowed: 'a set with one tier of kind "web"', fix: 'Mark the public front end as kind "web": it is the default route.' });
  }
  if (tiers.filter(([, t]) => t.kind === 'web').length > 1) {
    issues.push({ code: 'WorkloadSeveralWebTiers', path: source, prop: 'tiers', value: tiers.filter(([, t]) => t.kind === 'web').map(([n]) => n), allowed: 'exactly one tier of kind "web"', fix: 'Make the others kind "api" with pathPatterns.' });
  }
  for (const [name, t] of tiers) {
    const at = `tiers.${name}.`;
    add(checkRules(capacityRules<typeof t>('Capacity', (x) => x.capacity), t, source, at));
    add(
      checkRules(
        [rules.range<typeof t>('TierCpuTargetOutOfRange', 'cpuTargetPercent', (x) => x.cpuTargetPercent, 1, 100, 'Use a CPU target such as 60.')],
        t,
        source,
        at,
      ),
    );
    if (t.kind === 'api' && (t.pathPatterns ?? []).length === 0) {
      issues.push({ code: 'TierApiWithoutPaths', path: source, prop: `${at}pathPatterns`, value: t.pathPatterns, allowed: 'at least one path pattern for an api tier', fix: `Route it, e.g. ["/api/${name}/*"].` });
    }
    const seen = new Set<string>();
    (t.schedules ?? []).forEach((s, i) => {
      const sp = `${at}schedules[${i}]`;
      issues.push(...Schedule.validate(s, sp, 'Schedule', true).map((x) => ({ ...x, path: source })));
      if (seen.has(s.name)) issues.push({ code: 'ScheduleDuplicateName', path: source, prop: `${sp}.name`, value: s.name, allowed: 'unique within the tier', fix: 'Rename one of the windows.' });
      seen.add(s.name);
      if (s.min === undefined && s.max === undefined && s.desired === undefined) {
        issues.push({ code: 'ScheduleChangesNothing', path: source, prop: sp, value: s, allowed: 'a window that sets min, max or desired', fix: 'Add min, max or desired.' });
      }
      const lo = s.min ?? t.capacity?.min;
      const hi = s.max ?? t.capacity?.max;
      if (lo !== undefined && hi !== undefined && lo > hi) {
        issues.push({ code: 'ScheduleMinAboveMax', path: source, prop: `${sp}.min`, value: lo, allowed: `at most the window's max (${hi})`, fix: 'Lower min or raise max for the window.' });
      }
    });
  }

  const queues = w.queues ?? {};
  const fns = Object.entries(w.functions ?? {});
  for (const [name, f] of fns) {
    const at = `functions.${name}`;
    const kinds = ['queue', 'schedule', 'http'].filter((k) => (f.trigger as Record<string, unknown>)?.[k] !== undefined && (f.trigger as Record<string, unknown>)[k] !== false);
    if (kinds.length !== 1) {
      issues.push({ code: 'FunctionTriggerCount', path: source, prop: `${at}.trigger`, value: f.trigger, allowed: 'exactly one of queue, schedule or http', fix: 'Give the function one trigger; split it into two functions for two triggers.' });
    }
    if (f.trigger?.queue !== undefined && !(f.trigger.queue in queues)) {
      issues.push({ code: 'FunctionQueueUnknown', path: source, prop: `${at}.trigger.queue`, value: f.trigger.queue, allowed: `a queue from queues (${Object.keys(queues).join(', ') || 'none defined'})`, fix: didYouMean(f.trigger.queue, Object.keys(queues)) ?? 'Declare the queue under queues, or fix the name.' });
    }
    if (f.trigger?.schedule !== undefined) issues.push(...Schedule.validate(f.trigger.schedule, `${at}.trigger.schedule`, 'Schedule').map((x) => ({ ...x, path: source })));
    if (baseDir !== undefined && typeof f.source === 'string' && !fs.existsSync(path.resolve(baseDir, f.source))) {
      issues.push({ code: 'FunctionSourceMissing', path: source, prop: `${at}.source`, value: f.source, allowed: `a folder that exists (resolved to ${path.resolve(baseDir, f.source)})`, fix: 'Point source at the handler folder, relative to the workload file.' });
    }
    const q = f.trigger?.queue !== undefined ? queues[f.trigger.queue] : undefined;
    const timeout = f.timeoutSeconds ?? 30;
    if (q?.visibilityTimeoutSeconds !== undefined && q.visibilityTimeoutSeconds < timeout) {
      issues.push({ code: 'QueueVisibilityBelowConsumerTimeout', path: source, prop: `queues.${f.trigger.queue}.visibilityTimeoutSeconds`, value: q.visibilityTimeoutSeconds, allowed: `at least the consumer's timeout (functions.${name}.timeoutSeconds = ${timeout})`, fix: 'Raise the visibility timeout (6 × the timeout is the usual advice) or leave it out.' });
    }
  }

  for (const [name, t] of Object.entries(w.topics ?? {})) {
    (t.subscriptions ?? []).forEach((q, i) => {
      if (!(q in queues)) issues.push({ code: 'TopicSubscriptionUnknownQueue', path: source, prop: `topics.${name}.subscriptions[${i}]`, value: q, allowed: `a queue from queues (${Object.keys(queues).join(', ') || 'none defined'})`, fix: didYouMean(q, Object.keys(queues)) ?? 'Declare the queue, or fix the name.' });
    });
  }

  for (const [name, d] of Object.entries(w.databases ?? {})) {
    const at = `databases.${name}`;
    const shards = d.shards ?? 1;
    if (shards > 1 && d.shardKey === undefined) {
      issues.push({ code: 'DatabaseShardKeyMissing', path: source, prop: `${at}.shardKey`, value: undefined, allowed: 'set when shards > 1', fix: 'Add a shardKey with a strategy (hash or list) and a column.' });
    }
    if (d.shardKey?.strategy === 'list') {
      const lists = d.shardKey.lists ?? {};
      if (Object.keys(lists).length === 0) {
        issues.push({ code: 'DatabaseShardListEmpty', path: source, prop: `${at}.shardKey.lists`, value: d.shardKey.lists, allowed: 'at least one value → shard entry for the list strategy', fix: 'Map each key value to a shard, e.g. {"eu": 0}.' });
      }
      for (const [k, idx] of Object.entries(lists)) {
        if (idx >= shards) issues.push({ code: 'DatabaseShardListIndexOutOfRange', path: source, prop: `${at}.shardKey.lists.${k}`, value: idx, allowed: `a shard index from 0 to ${shards - 1}`, fix: 'Point the value at an existing shard, or add shards.' });
      }
    }
  }

  // ── compute rules (add calls here) ──
  issues.push(...computeWorkloadIssues(w, source));
  issues.push(...entryPointWorkloadIssues(w, source));

  // ── data and messaging rules (add calls here) ──
  add(dataWorkloadIssues(w, source));

  // ── serverless and resilience rules (add calls here) ──
  issues.push(...serverlessWorkloadIssues(w, source));

  // ── observability and cost rules (add calls here) ──
  issues.push(...observabilityWorkloadIssues(w, source));

  const sw = w.switchover;
  if (sw && (sw.blueWeight ?? 100) + (sw.greenWeight ?? 0) !== 100) {
    issues.push({ code: 'SwitchoverWeightsNot100', path: source, prop: 'switchover', value: { blueWeight: sw.blueWeight, greenWeight: sw.greenWeight }, allowed: 'weights that add up to 100', fix: 'Shift traffic as e.g. 90/10, then 0/100.' });
  }
  const st = w.state;
  if (st?.backend === 's3' && !st.s3) issues.push({ code: 'StateBackendSettingsMissing', path: source, prop: 'state.s3', value: undefined, allowed: 'present when backend is "s3"', fix: 'Add state.s3 with bucket and region.' });
  if (st?.backend === 'azurerm' && !st.azurerm) issues.push({ code: 'StateBackendSettingsMissing', path: source, prop: 'state.azurerm', value: undefined, allowed: 'present when backend is "azurerm"', fix: 'Add state.azurerm with resourceGroupName, storageAccountName and containerName.' });
  return issues;
}

/** A deep copy of `doc` without the values the schema rejected (unknown fields included). */
function withoutRejectedValues(doc: unknown, errors: ErrorObject[]): unknown {
  const copy = JSON.parse(JSON.stringify(doc ?? null));
  for (const e of errors) {
    const pointer = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}` : e.instancePath;
    if (e.keyword === 'required' || pointer === '') continue;
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop() as string;
    let parent: unknown = copy;
    for (const k of keys) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[k] : undefined;
    if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}

/**
 * Validates a parsed workload document: the JSON Schema first (unknown fields, types, ranges), then
 * the semantic rules. Throws one {@link ValidationError} with every problem.
 */
export function validateWorkload(doc: unknown, source: string, baseDir?: string): Workload {
  const issues: ValidationIssue[] = [];
  if (!validateSchema(doc)) {
    for (const e of validateSchema.errors ?? []) {
      const issue = schemaIssue(e, doc, source);
      if (issue && !issues.some((x) => x.code === issue.code && x.prop === issue.prop)) issues.push(issue);
    }
  }
  // The name rules explain a rejected name better than the schema's pattern: they replace it.
  const name = (doc as { name?: unknown } | null)?.name;
  if (typeof name === 'string') {
    const nameIssues = checkRules(WORKLOAD_NAME_RULES, doc as WorkloadNameInput, source);
    if (nameIssues.length > 0) issues.splice(0, issues.length, ...issues.filter((i) => !(i.prop === 'name' && i.code === 'WorkloadPatternMismatch')), ...nameIssues);
  }
  // Semantic rules run too, so that every problem is reported at once. They judge a copy with the
  // values the schema rejected taken out (as if left to their defaults), so one bad value is not
  // reported again as a knock-on failure of another rule. On a document with wrong types a rule may
  // still trip; the schema issues already explain those.
  try {
    const flagged = new Set(issues.map((i) => i.prop));
    const cleaned = withoutRejectedValues(doc, validateSchema.errors ?? []);
    issues.push(...semanticIssues(cleaned as Workload, source, baseDir).filter((i) => !flagged.has(i.prop)));
  } catch {
    // the schema issues stand
  }
  if (issues.length > 0) throw new ValidationError(`workload file '${source}'`, issues, 'fields');
  return doc as Workload;
}

/** Loads and validates a workload file; with no file, the built-in default (the sample shop). */
export function loadWorkload(file?: string): LoadedWorkload {
  const resolved = file ? path.resolve(file) : path.join(packageRoot(), DEFAULT_WORKLOAD_FILE);
  const source = file ?? DEFAULT_WORKLOAD_FILE;
  let text: string;
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch (err) {
    throw new ValidationError(`workload file '${source}'`, [
      { code: 'WorkloadFileUnreadable', path: source, prop: '(file)', value: resolved, allowed: 'a readable JSON file', fix: `Check the path (${(err as Error).message}).` },
    ], 'fields');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ValidationError(`workload file '${source}'`, [
      { code: 'WorkloadNotJson', path: source, prop: '(file)', value: (err as Error).message, allowed: 'valid JSON', fix: 'Fix the syntax at the position given.' },
    ], 'fields');
  }
  const baseDir = path.dirname(resolved);
  return { workload: validateWorkload(doc, source, baseDir), baseDir, source };
}
