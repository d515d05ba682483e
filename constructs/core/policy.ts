/**
 * Policy suppressions: the construct-level API of the policy pack (src/policy), in core so
 * that blueprints and stacks can say why a rule does not apply to them.
 */
import { IConstruct } from 'constructs';
import { TerraformResource, TerraformStack } from 'cdktf';

/** A suppression as written into the synthesized JSON. */
export interface Suppression {
  readonly id: string;
  readonly reason: string;
}

/** Where suppressions live in a resource's (or stack's) `//` block. */
export const SUPPRESSIONS_KEY = 'suppressions';
/** A suppression's reason is at least this long. */
export const MIN_REASON_LENGTH = 10;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const RULE_ID = /^BP-[A-Z0-9]+(-[A-Z0-9]+)*-\d+$/;
const written = new WeakMap<IConstruct, Suppression[]>();

function write(target: TerraformResource | TerraformStack, s: Suppression): void {
  const list = [...(written.get(target) ?? []).filter((x) => x.id !== s.id), s].sort((a, b) => cmp(a.id, b.id));
  written.set(target, list);
  target.addOverride(`//.${SUPPRESSIONS_KEY}`, list);
}

/**
 * The construct-level API of the policy pack.
 *
 * ```ts
 * Policy.suppress(cache, 'BP-AWS-CACHE-3', 'Single-node cache for the dev environment only.');
 * ```
 */
export class Policy {
  /**
   * Suppresses a rule on a construct: on a resource, on every resource below a blueprint, or on a
   * stack (every finding of the rule in the stack, stack-level rules such as a missing budget included). The suppression is written into the
   * synthesized JSON (`"//": { "suppressions": [...] }`), so the review lists it with its reason.
   *
   * @param ruleId the rule, e.g. `BP-AWS-CACHE-1`
   * @param reason why the rule does not apply here: at least 10 characters
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    if (!RULE_ID.test(ruleId)) throw new Error(`ruleId must be a policy rule id like BP-AWS-CACHE-1, got '${ruleId}'. See RULES.md.`);
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new Error(`reason must be at least ${MIN_REASON_LENGTH} characters, got ${JSON.stringify(reason)}. Say why ${ruleId} does not apply to ${scope.node.path}.`);
    }
    const s: Suppression = { id: ruleId, reason: reason.trim() };
    if (TerraformStack.isStack(scope)) {
      write(scope, s);
      return;
    }
    const targets = scope.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
    if (targets.length === 0) throw new Error(`${scope.node.path} holds no Terraform resource to suppress ${ruleId} on.`);
    for (const t of targets) write(t, s);
  }
}
