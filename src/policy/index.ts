/** The policy pack: every rule, the engine, the suppression API. */
import { Finding, PolicyRule, checkOutdir } from './engine';
import { AWS_RULES } from './rules-aws';
import { AZURE_RULES } from './rules-azure';
import { COMMON_RULES } from './rules-common';
import { WIRING_PATH_RULES } from './rules-wiring-path';
import { WIRING_RULES } from './rules-wiring';

export * from './engine';
export { Policy } from '../../constructs/core/policy';

/** Rule ids in reading order: by prefix, then by number (`BP-AWS-S3-2` before `BP-AWS-S3-10`). */
export function ruleOrder(a: string, b: string): number {
  const split = (id: string): readonly [string, number] => {
    const m = /^(.*)-(\d+)$/.exec(id);
    return m ? [m[1], Number(m[2])] : [id, 0];
  };
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}

/** Every rule of the pack, in id order. RULES.md is generated from this table. */
export const ALL_RULES: readonly PolicyRule[] = [...COMMON_RULES, ...AWS_RULES, ...AZURE_RULES, ...WIRING_PATH_RULES, ...WIRING_RULES].sort((a, b) => ruleOrder(a.id, b.id));

/**
 * The synth hook: checks a synth output folder (every stack) against the pack and throws a
 * PolicyError listing every unsuppressed error-level finding. Returns every finding. src/main.ts
 * calls it on its scratch folder before swapping the output into place.
 */
export function checkPolicies(outdir: string, rules: readonly PolicyRule[] = ALL_RULES): Finding[] {
  return checkOutdir(outdir, rules);
}
