/**
 * Provider rules: the plan-time validators of the pinned providers that the `.jsii` schema does not
 * carry (name patterns, lengths, reserved suffixes, enums, ranges, ConflictsWith, ExactlyOneOf,
 * AtLeastOneOf, RequiredWith), as data. One entry per (resource type, argument, check); each cites
 * the provider source file and function it was ported from in `source`.
 *
 * The tables live in aws.ts and azure.ts; index.ts evaluates them against synthesized resources.
 */

export enum ProviderRuleKind {
  /** The value must match `pattern` (validation.StringMatch / StringMatch / regexp checks). */
  PATTERN = 'pattern',
  /** The value must not match `pattern` (validation.StringDoesNotMatch, reserved prefixes/suffixes). */
  NOT_PATTERN = 'not-pattern',
  /** String length between `min` and `max` (validation.StringLenBetween). */
  LENGTH = 'length',
  /** One of `values` (validation.StringInSlice / IntInSlice / enum.FrameworkValidate). */
  ENUM = 'enum',
  /** A number between `min` and `max`, inclusive (validation.IntBetween / FloatBetween / IntAtLeast). */
  RANGE = 'range',
  /** Must not be set together with any of `others` (ConflictsWith). */
  CONFLICTS_WITH = 'conflicts-with',
  /** Exactly one of `argument` and `others` is set (ExactlyOneOf). */
  EXACTLY_ONE_OF = 'exactly-one-of',
  /** At least one of `argument` and `others` is set (AtLeastOneOf). */
  AT_LEAST_ONE_OF = 'at-least-one-of',
  /** When `argument` is set, every one of `others` is set too (RequiredWith). */
  REQUIRED_WITH = 'required-with',
}

export interface ProviderRule {
  /** Terraform resource type (`azurerm_servicebus_namespace`). */
  readonly type: string;
  /** The argument, dotted through nested blocks (`metadata_options.http_tokens`). */
  readonly argument: string;
  readonly kind: ProviderRuleKind;
  /** What is allowed, in words (for messages and docs). */
  readonly allowed: string;
  /** Regular expression source (PATTERN / NOT_PATTERN). */
  readonly pattern?: string;
  /** Allowed values (ENUM). */
  readonly values?: readonly (string | number)[];
  /** ENUM compares case-insensitively (StringInSlice(..., true)). */
  readonly ignoreCase?: boolean;
  /** Bounds (LENGTH / RANGE); a missing bound is open. */
  readonly min?: number;
  readonly max?: number;
  /** ENUM also accepts any multiple of this number (`IntInSlice(10, 20, 30)` or `IntDivisibleBy(60)`). */
  readonly multipleOf?: number;
  /** The rule applies only when this sibling argument is set and not false (a CustomizeDiff condition). */
  readonly onlyIf?: string;
  /** The rule is skipped when this sibling argument is set and not false. */
  readonly skipIf?: string;
  /** Sibling arguments in the same block (CONFLICTS_WITH / EXACTLY_ONE_OF / AT_LEAST_ONE_OF / REQUIRED_WITH). */
  readonly others?: readonly string[];
  /** Provider source: `<repo path> <function or schema field>` at the pinned tag. */
  readonly source: string;
}

type Src = string;

/** Builders: the tables read as one line per (type, argument, check). */
export const rules = {
  pattern: (type: string, argument: string, pattern: RegExp, allowed: string, source: Src): ProviderRule => ({ type, argument, kind: ProviderRuleKind.PATTERN, pattern: pattern.source, allowed, source }),
  notPattern: (type: string, argument: string, pattern: RegExp, allowed: string, source: Src): ProviderRule => ({ type, argument, kind: ProviderRuleKind.NOT_PATTERN, pattern: pattern.source, allowed, source }),
  length: (type: string, argument: string, min: number | undefined, max: number | undefined, source: Src): ProviderRule => ({
    type, argument, kind: ProviderRuleKind.LENGTH, min, max, source,
    allowed: min !== undefined && max !== undefined ? `${min} to ${max} characters` : min !== undefined ? `at least ${min} characters` : `at most ${max} characters`,
  }),
  oneOf: (type: string, argument: string, values: readonly (string | number)[], source: Src, ignoreCase = false): ProviderRule => ({
    type, argument, kind: ProviderRuleKind.ENUM, values, ignoreCase, source, allowed: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}${ignoreCase ? ' (any case)' : ''}`,
  }),
  between: (type: string, argument: string, min: number | undefined, max: number | undefined, source: Src): ProviderRule => ({
    type, argument, kind: ProviderRuleKind.RANGE, min, max, source,
    allowed: min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`,
  }),
  conflictsWith: (type: string, argument: string, others: string[], source: Src): ProviderRule => ({ type, argument, kind: ProviderRuleKind.CONFLICTS_WITH, others, source, allowed: `not set together with ${others.join(', ')}` }),
  exactlyOneOf: (type: string, args: string[], source: Src): ProviderRule => ({ type, argument: args[0], kind: ProviderRuleKind.EXACTLY_ONE_OF, others: args.slice(1), source, allowed: `exactly one of ${args.join(', ')}` }),
  atLeastOneOf: (type: string, args: string[], source: Src): ProviderRule => ({ type, argument: args[0], kind: ProviderRuleKind.AT_LEAST_ONE_OF, others: args.slice(1), source, allowed: `at least one of ${args.join(', ')}` }),
  oneOfOrMultiple: (type: string, argument: string, values: readonly number[], multipleOf: number, source: Src): ProviderRule => ({
    type, argument, kind: ProviderRuleKind.ENUM, values, multipleOf, source, allowed: `one of ${values.join(', ')} or a multiple of ${multipleOf}`,
  }),
  /** A rule that applies only when `onlyIf` is set in the same block. */
  when: (onlyIf: string, rule: ProviderRule): ProviderRule => ({ ...rule, onlyIf, allowed: `${rule.allowed} when ${onlyIf} is set` }),
  /** A rule skipped when `skipIf` is set (and not false) in the same block. */
  unless: (skipIf: string, rule: ProviderRule): ProviderRule => ({ ...rule, skipIf, allowed: `${rule.allowed} unless ${skipIf} is true` }),
  requiredWith: (type: string, argument: string, others: string[], source: Src): ProviderRule => ({ type, argument, kind: ProviderRuleKind.REQUIRED_WITH, others, source, allowed: `set together with ${others.join(', ')}` }),
};

/**
 * A resource type whose schema was read at the pinned tag and found to have no plan-time validator on
 * any argument the library emits (beyond what the `.jsii` schema already carries: required, types).
 * It counts as covered in `--coverage`; a type with rules must not also be listed here.
 */
export interface ReviewedType {
  /** Terraform resource type (`aws_internet_gateway`). */
  readonly type: string;
  /** Provider source read: `<repo path> <function>` at the pinned tag, as for a rule. */
  readonly source: string;
  /** What was checked, in words (`schema has only vpc_id and tags; no ValidateFunc`). */
  readonly note: string;
}

/** Builder for the reviewed-types tables. */
export const reviewed = (type: string, source: Src, note: string): ReviewedType => ({ type, source, note });
