/**
 * Encoded values: arguments that hold a document as a string (`container_definitions`, IAM and
 * bucket policies, `dashboard_body`, `event_pattern`), decoded so the diff can compare them as
 * structures and name the changed path.
 *
 * Two encodings reach cdk.tf.json:
 * - a JSON string (`"[{\"name\":\"app\",…}]"`), which may hold `${...}` references inside its
 *   string literals;
 * - a Terraform `jsonencode(...)` call (`"${jsonencode({\"Statement\" = [...]})}"`), which cdktf
 *   writes for `Fn.jsonencode` with an HCL object inside: `{"key" = value, …}`, lists, strings,
 *   numbers, booleans and bare references (`aws_sqs_queue.Q.arn`).
 * Anything else, or anything that does not parse, is left as a string.
 */

/** The decoded document of an encoded argument, or undefined when the value is not one. */
export function decodeEncoded(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s.startsWith('${jsonencode(') && s.endsWith(')}')) return parseHcl(s.slice('${jsonencode('.length, -2));
  if (!(s.startsWith('{') && s.endsWith('}')) && !(s.startsWith('[') && s.endsWith(']'))) return undefined;
  try {
    const parsed = JSON.parse(s);
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses the HCL value cdktf writes inside `jsonencode(...)`. References and function calls are
 * kept as `${expression}` strings, the form the rest of the review already treats as code.
 * Returns undefined on anything it does not understand.
 */
export function parseHcl(text: string): unknown {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected input at ${i}`);
  };
  const str = (): string => {
    // HCL string literals use JSON escapes; `${` inside stays as text.
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const bare = (): unknown => {
    // A number, a keyword, or an expression up to the next separator at depth 0.
    const start = i;
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        str();
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
      i++;
    }
    const raw = text.slice(start, i).trim();
    if (raw === '') fail();
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (raw === 'null') return null;
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
    return `\${${raw}}`;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '"') return str();
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      for (;;) {
        ws();
        if (text[i] === '}') {
          i++;
          return out;
        }
        const k = text[i] === '"' ? str() : String(bare());
        ws();
        if (text[i] !== '=' && text[i] !== ':') fail();
        i++;
        out[k] = value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail();
      }
    }
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      for (;;) {
        ws();
        if (text[i] === ']') {
          i++;
          return out;
        }
        out.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail();
      }
    }
    return bare();
  };
  try {
    const v = value();
    ws();
    return i === text.length && v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The changed part of two long strings with some context, not their common prefix:
 * `…${aws_rds_cluster.Shard2.endpoint},${aws_rds_cluster.Shard3.endpoint}` for an endpoint appended
 * at the end. The context opens after the nearest separator (`,`, space, `;`, `&`). Returns the two
 * excerpts; each is at most `max` characters (a longer changed part is cut in its
 * middle).
 */
export function changedExcerpt(before: string, after: string, context = 64, max = 120): [string, string] {
  let p = 0;
  const limit = Math.min(before.length, after.length);
  while (p < limit && before[p] === after[p]) p++;
  let s = 0;
  while (s < limit - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  // Context on each side, shrunk so the excerpt stays within `max`; the changed part comes first.
  const changed = Math.max(before.length, after.length) - p - s;
  const ctx = Math.max(0, Math.min(context, Math.floor((max - changed) / 2)));
  // Start the context after a separator when one is near, so it opens on a whole word or item.
  let from = Math.max(0, p - ctx);
  const sep = Math.max(...[',', ' ', ';', '&', '\n'].map((c) => before.lastIndexOf(c, p - 1)));
  if (from > 0 && sep >= Math.max(0, p - context) && sep < p - 1) from = sep + 1;
  const cut = (text: string): string => {
    const to = Math.min(text.length, text.length - s + ctx);
    let mid = text.slice(from, to);
    if (mid.length > max) {
      const half = Math.floor((max - 1) / 2);
      mid = `${mid.slice(0, half)}…${mid.slice(mid.length - half)}`;
    }
    return `${from > 0 ? '…' : ''}${mid}${to < text.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}
