/**
 * Reading what the wiring check judges (src/policy/rules-wiring.ts): IAM policy documents (JSON or
 * the `jsonencode` form cdktf writes), references between resources, and the small lookups every
 * wiring rule shares.
 */
import { WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { SynthResource, SynthStack } from '../review/model';
import { blocks } from './helpers';

export type Finding = { address: string; path: string; detail?: string };

// ── reading policies ──────────────────────────────────────────────────────────────────────────

/** Reads a double-quoted HCL/JSON string at `i`; returns its content (interpolations kept) and the index after it. */
export function readString(src: string, i: number): [string, number] {
  let out = '';
  let j = i + 1;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') {
      out += src.slice(j, j + 2);
      j += 2;
      continue;
    }
    if (c === '"') return [out, j + 1];
    if (c === '$' && src[j + 1] === '{') {
      // An interpolation may hold quoted strings of its own.
      let depth = 0;
      const start = j;
      j += 1;
      while (j < src.length) {
        const d = src[j];
        if (d === '"') {
          j = readString(src, j)[1];
          continue;
        }
        if (d === '{') depth++;
        else if (d === '}') {
          depth--;
          if (depth === 0) break;
        }
        j++;
      }
      out += src.slice(start, j + 1);
      j++;
      continue;
    }
    out += c;
    j++;
  }
  return [out, j];
}

/**
 * The JSON value of a policy as synthesized: a JSON string, or cdktf's `${jsonencode({...})}` (HCL
 * object syntax, with bare references such as `aws_sqs_queue.Q.arn`, which become `${...}` strings).
 */
export function parsePolicy(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  const m = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(t);
  const src = m ? m[1] : t;
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '"') {
      const [s, j] = readString(src, i);
      out += JSON.stringify(s.replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
      i = j;
      continue;
    }
    if (c === '=') {
      out += ':';
      i++;
      continue;
    }
    if ('{}[],:'.includes(c) || /\s/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let depth = 0;
    let j = i;
    while (j < src.length) {
      const d = src[j];
      if (d === '"') {
        j = readString(src, j)[1];
        continue;
      }
      if ('([{'.includes(d)) depth++;
      else if (')]}'.includes(d)) {
        if (depth === 0) break;
        depth--;
      } else if (d === ',' && depth === 0) break;
      j++;
    }
    const expr = src.slice(i, j).trim();
    out += /^(true|false|null|-?\d+(\.\d+)?)$/.test(expr) ? expr : JSON.stringify(`\${${expr}}`);
    i = j;
  }
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

/** One Allow statement, normalised. */
export interface PolicyStatement {
  readonly actions: string[];
  readonly resources: string[];
}

/** The Allow statements of a policy text. */
export function allowStatements(text: unknown): PolicyStatement[] {
  const doc = parsePolicy(text) as { Statement?: unknown } | undefined;
  if (!doc || typeof doc !== 'object') return [];
  const list = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return list
    .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object' && (s as Record<string, unknown>).Effect === 'Allow')
    .map((s) => ({ actions: [s.Action].flat().map(String), resources: [s.Resource].flat().map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) }));
}

/** True when `value` (any JSON) references the Terraform address (`aws_sqs_queue.Q`). */
export function references(value: unknown, address: string | undefined): boolean {
  if (!address) return false;
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return text.includes(`${address}.`) || text.includes(`${address}[`);
}

/** The inline policies attached to a role (`aws_iam_role_policy.role` = the role's name or id, or `inline_policy`). */
export function rolePolicies(stack: SynthStack, roleAddress: string): Array<{ resource: SynthResource; statements: PolicyStatement[] }> {
  const out: Array<{ resource: SynthResource; statements: PolicyStatement[] }> = [];
  for (const r of stack.resources) {
    if (r.type === 'aws_iam_role_policy' && references(r.config.role, roleAddress)) out.push({ resource: r, statements: allowStatements(r.config.policy) });
    if (r.type === 'aws_iam_role' && r.address === roleAddress) for (const p of blocks(r.config.inline_policy)) out.push({ resource: r, statements: allowStatements(p.policy) });
  }
  return out;
}

export function isAws(stack: SynthStack): boolean {
  return stack.clouds.includes('aws');
}

export function byAddress(stack: SynthStack, address: string | undefined): SynthResource | undefined {
  return address === undefined ? undefined : stack.resources.find((r) => r.address === address);
}

export function edgeName(e: WiringEdge): string {
  return `${e.kind} ${e.from} -> ${e.to}`;
}

export function portIn(port: number, from: unknown, to: unknown): boolean {
  const f = Number(from);
  const t = Number(to);
  return Number.isFinite(f) && Number.isFinite(t) && f <= port && port <= t;
}

/** An NSG port spec (`5432`, `1024-65535`, `*`) covers `port`. */
export function nsgPortCovers(spec: unknown, port: number): boolean {
  if (spec === '*') return true;
  if (typeof spec !== 'string' && typeof spec !== 'number') return false;
  const [a, b] = String(spec).split('-');
  return portIn(port, a, b ?? a);
}

export function pieceAddresses(e: WiringEdge, names: string[]): string[] {
  const pieces = e.pieces ?? {};
  return names.flatMap((n) => (n.endsWith('*') ? Object.keys(pieces).filter((k) => k.startsWith(n.slice(0, -1))).map((k) => pieces[k]) : [pieces[n]])).map((x) => addressOfRef(x)).filter((x): x is string => x !== undefined);
}
