import { Construct } from 'constructs';
import { Token } from 'cdktf';

/**
 * One failed rule: enough for a user to find the field and fix it without reading our code.
 */
export interface ValidationIssue {
  /** Stable PascalCase code, prefixed by the blueprint (`CacheShardCountOutOfRange`). Tests match on it. */
  readonly code: string;
  /** Where the value lives: a construct path (`refactor-aws/Cache`) or a workload-file JSON path. */
  readonly path: string;
  /** The prop or field as the user typed it (`shardCount`, `tiers.web.capacity.max`). */
  readonly prop: string;
  /** The value that was given. */
  readonly value: unknown;
  /** What is allowed, phrased to follow "must be" (`between 1 and 500`). */
  readonly allowed: string;
  /** How to fix it, one sentence. */
  readonly fix: string;
}

/**
 * A row of a blueprint's rule table.
 *
 * The message is always built as `<prop> must be <allowed>, got <value>. <fix>` so every blueprint
 * speaks the same way.
 */
export interface Rule<P> {
  readonly code: string;
  readonly prop: string;
  /** The value that is judged; a rule whose value is an unresolved token is skipped. */
  readonly value: (props: P) => unknown;
  readonly failsWhen: (props: P) => boolean;
  readonly allowed: string | ((props: P) => string);
  readonly fix: string | ((props: P) => string);
}

/** Renders a value for an error message: strings quoted, undefined spelled out, objects as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function issueMessage(issue: ValidationIssue): string {
  return `[${issue.code}] ${issue.prop} must be ${issue.allowed}, got ${formatValue(issue.value)}. ${issue.fix}`;
}

function containsToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return value.some(containsToken);
  if (typeof value === 'object') return Token.isUnresolved(value) || Object.values(value as object).some(containsToken);
  return false;
}

/**
 * Runs every rule of a table and returns all failures. Rules whose value is an unresolved token are
 * skipped: they are judged by the provider at plan time instead.
 *
 * @param pathPrefix prefixed to each rule's prop (`tiers.web.`) when validating a workload file.
 */
export function checkRules<P>(rules: ReadonlyArray<Rule<P>>, props: P, path: string, pathPrefix = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const rule of rules) {
    const value = rule.value(props);
    if (containsToken(value)) continue;
    if (!rule.failsWhen(props)) continue;
    issues.push({
      code: rule.code,
      path,
      prop: pathPrefix + rule.prop,
      value,
      allowed: typeof rule.allowed === 'function' ? rule.allowed(props) : rule.allowed,
      fix: typeof rule.fix === 'function' ? rule.fix(props) : rule.fix,
    });
  }
  return issues;
}

/**
 * The one error type of the library: every problem found, at once.
 *
 * ```
 * AwsCache at 'refactor-aws/SessionCache' has 2 invalid props:
 *   - [CacheShardCountOutOfRange] shardCount must be between 1 and 500, got 0. Use at least 1 shard.
 * ```
 */
export class ValidationError extends Error {
  public readonly issues: ValidationIssue[];
  public readonly subject: string;

  constructor(subject: string, issues: ValidationIssue[], noun = 'props') {
    const n = issues.length;
    const label = n === 1 ? noun.replace(/s$/, '') : noun;
    super(`${subject} has ${n} invalid ${label}:\n${issues.map((i) => `  - ${issueMessage(i)}`).join('\n')}`);
    this.name = 'ValidationError';
    this.issues = issues;
    this.subject = subject;
  }

  /** The stable codes of every issue, in order. */
  public get codes(): string[] {
    return this.issues.map((i) => i.code);
  }
}

/**
 * Validates a construct's props against its rule table and throws one {@link ValidationError}
 * listing every failure. Call it first thing in a constructor.
 */
export function validateProps<P>(scope: Construct, className: string, rules: ReadonlyArray<Rule<P>>, props: P, extra: ValidationIssue[] = []): void {
  const path = scope.node.path;
  const issues = [...checkRules(rules, props, path), ...extra.map((e) => ({ ...e, path }))];
  if (issues.length > 0) {
    throw new ValidationError(`${className} at '${path}'`, issues);
  }
}

/** Small builders for the common rule shapes, so that tables read as tables. */
export const rules = {
  /** Fails when the numeric prop is set and outside [min, max]. */
  range<P>(code: string, prop: string, get: (p: P) => number | undefined, min: number, max: number, fix: string): Rule<P> {
    return {
      code,
      prop,
      value: get,
      failsWhen: (p) => {
        const v = get(p);
        return v !== undefined && (typeof v !== 'number' || Number.isNaN(v) || v < min || v > max);
      },
      allowed: `between ${min} and ${max}`,
      fix,
    };
  },
  /** Fails when the numeric prop is set and not a whole number in [min, max]. */
  intRange<P>(code: string, prop: string, get: (p: P) => number | undefined, min: number, max: number, fix: string): Rule<P> {
    return {
      code,
      prop,
      value: get,
      failsWhen: (p) => {
        const v = get(p);
        return v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max);
      },
      allowed: `a whole number between ${min} and ${max}`,
      fix,
    };
  },
  /** Fails when the prop is set and not one of the listed values. */
  oneOf<P, V>(code: string, prop: string, get: (p: P) => V | undefined, allowed: readonly V[], fix: string): Rule<P> {
    return {
      code,
      prop,
      value: get,
      failsWhen: (p) => {
        const v = get(p);
        return v !== undefined && !allowed.includes(v);
      },
      allowed: `one of ${allowed.map((a) => formatValue(a)).join(', ')}`,
      fix,
    };
  },
  /** Fails when the string prop is set and does not match. */
  pattern<P>(code: string, prop: string, get: (p: P) => string | undefined, re: RegExp, allowed: string, fix: string): Rule<P> {
    return {
      code,
      prop,
      value: get,
      failsWhen: (p) => {
        const v = get(p);
        return v !== undefined && (typeof v !== 'string' || !re.test(v));
      },
      allowed,
      fix,
    };
  },
};
