/**
 * Offline validation of synthesized stacks against the provider schemas: the typos and stale
 * arguments that an escape hatch (`addOverride`) lets past TypeScript.
 */
import { SynthOutput, SynthResource, SynthStack, isToken } from '../model';
import { ProviderSchema, SchemaBlock, schemaForType } from './derive';
import { checkResource } from './provider-rules';
import { editDistance, typoDistance } from '../../../constructs/core/private/did-you-mean';

export enum SchemaIssueKind {
  UNKNOWN_TYPE = 'unknown-type',
  UNKNOWN_ARGUMENT = 'unknown-argument',
  MISSING_ARGUMENT = 'missing-argument',
  WRONG_TYPE = 'wrong-type',
  TOO_MANY_BLOCKS = 'too-many-blocks',
  /** A plan-time validator of the provider (provider-rules/) rejects the value. */
  PROVIDER_RULE = 'provider-rule',
}

export interface SchemaIssue {
  readonly kind: SchemaIssueKind;
  readonly stack: string;
  /** Terraform address (`aws_instance.Web_1234`). */
  readonly address: string;
  readonly path: string;
  /** The argument, dotted through nested blocks (`metadata_options.http_tokns`). */
  readonly argument: string;
  readonly message: string;
}

/** Terraform meta-arguments, valid on every resource. */
const META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of [...known].sort()) {
    const dd = editDistance(name, k);
    if (dd < bestD) {
      best = k;
      bestD = dd;
    }
  }
  return best !== undefined && bestD <= typoDistance(name) ? best : undefined;
}

function typeMatches(type: string, v: unknown): boolean {
  if (v === null || isToken(v) || type === 'any') return true;
  if (type === 'string') return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (type === 'number') return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));
  if (type === 'boolean') return typeof v === 'boolean' || v === 'true' || v === 'false';
  const m = /^(list|map)<(.+)>$/.exec(type);
  if (!m) return true;
  if (m[1] === 'list') return Array.isArray(v) && v.every((x) => typeMatches(m[2], x));
  return typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => typeMatches(m[2], x));
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function checkBlock(schema: ProviderSchema, block: SchemaBlock, config: Record<string, unknown>, at: string, top: boolean, report: (argument: string, kind: SchemaIssueKind, message: string) => void): void {
  const known = [...Object.keys(block.a), ...Object.keys(block.b)];
  for (const key of Object.keys(config).sort()) {
    const arg = at ? `${at}.${key}` : key;
    const v = config[key];
    if (key === '//' || key === 'dynamic' || (top && META.has(key))) continue;
    const attr = block.a[key];
    const nested = block.b[key];
    if (!attr && !nested) {
      const hint = closest(key, known);
      report(arg, SchemaIssueKind.UNKNOWN_ARGUMENT, `unknown argument '${arg}'${hint ? `; did you mean '${at ? `${at}.` : ''}${hint}'?` : ' (removed or misspelled)'}`);
      continue;
    }
    if (attr) {
      if (!typeMatches(attr[0], v)) report(arg, SchemaIssueKind.WRONG_TYPE, `'${arg}' must be ${attr[0]}, got ${describe(v)}`);
      continue;
    }
    const [ref, , max] = nested;
    if (isToken(v)) continue;
    const items = Array.isArray(v) ? v : [v];
    if (max > 0 && items.length > max) report(arg, SchemaIssueKind.TOO_MANY_BLOCKS, `'${arg}' allows at most ${max} block(s), got ${items.length}`);
    items.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        checkBlock(schema, schema.blocks[ref], item as Record<string, unknown>, items.length > 1 ? `${arg}[${i}]` : arg, false, report);
      } else if (!isToken(item)) {
        report(arg, SchemaIssueKind.WRONG_TYPE, `'${arg}' must be a block, got ${describe(item)}`);
      }
    });
  }
  for (const [name, [, required]] of Object.entries(block.a)) {
    if (required && config[name] === undefined) report(at ? `${at}.${name}` : name, SchemaIssueKind.MISSING_ARGUMENT, `missing required argument '${at ? `${at}.` : ''}${name}'`);
  }
  for (const [name, [, required]] of Object.entries(block.b)) {
    if (required && config[name] === undefined) report(at ? `${at}.${name}` : name, SchemaIssueKind.MISSING_ARGUMENT, `missing required block '${at ? `${at}.` : ''}${name}'`);
  }
}

/** Issues of one resource or data source. Types of other providers are skipped. */
export function validateResource(r: SynthResource): SchemaIssue[] {
  const schema = schemaForType(r.type);
  if (!schema) return [];
  const issues: SchemaIssue[] = [];
  const report = (argument: string, kind: SchemaIssueKind, message: string) => issues.push({ kind, stack: r.stack, address: r.address, path: r.path, argument, message });
  const ref = (r.mode === 'data' ? schema.dataSources : schema.resources)[r.type];
  if (!ref) {
    const hint = closest(r.type, Object.keys(r.mode === 'data' ? schema.dataSources : schema.resources));
    report('', SchemaIssueKind.UNKNOWN_TYPE, `unknown ${r.mode === 'data' ? 'data source' : 'resource'} type '${r.type}' in ${schema.pkg}@${schema.version}${hint ? `; did you mean '${hint}'?` : ''}`);
    return issues;
  }
  checkBlock(schema, schema.blocks[ref], r.config, '', true, report);
  if (r.mode === 'resource') for (const v of checkResource(r)) report(v.argument, SchemaIssueKind.PROVIDER_RULE, v.message);
  return issues;
}

export function validateStack(stack: SynthStack): SchemaIssue[] {
  return stack.resources.flatMap(validateResource);
}

export function validateOutput(out: SynthOutput): SchemaIssue[] {
  return out.stacks.flatMap(validateStack);
}

export function formatSchemaIssue(i: SchemaIssue): string {
  return `${i.stack} ${i.address} (${i.path}): ${i.message}`;
}
