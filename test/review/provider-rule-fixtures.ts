/**
 * One failing and one passing fixture per provider rule (src/review/schema/provider-rules), keyed by
 * type, argument and the rule's `allowed` text. `bad`/`good` are the argument's value, or whole
 * configs when `config` is set (cross-argument rules).
 */
export interface RuleFixture {
  readonly type: string;
  readonly argument: string;
  readonly allowed: string;
  readonly bad: unknown;
  readonly good: unknown;
  readonly config?: boolean;
}

export const v = (type: string, argument: string, allowed: string, bad: unknown, good: unknown): RuleFixture => ({ type, argument, allowed, bad, good });
export const c = (type: string, argument: string, allowed: string, bad: Record<string, unknown>, good: Record<string, unknown>): RuleFixture => ({ type, argument, allowed, bad, good, config: true });

