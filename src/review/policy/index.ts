/** The policy pack: every rule, the engine, the suppression API. */
import { PolicyRule } from './engine';
import { AWS_RULES } from './rules-aws';
import { AZURE_RULES } from './rules-azure';
import { COMMON_RULES } from './rules-common';

export * from './engine';

/** Rule ids in reading order: by prefix, then by number (`BP-AWS-S3-2` before `BP-AWS-S3-10`). */
export function ruleOrder(a: string, b: string): number {
  const split = (id: string) => { const m = /^(.*)-(\d+)$/.exec(id); return m ? [m[1], Number(m[2])] as const : [id, 0] as const; };
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}
export { Policy } from './suppress';

/** Every rule of the pack, in id order. RULES.md is generated from this table. */
export const ALL_RULES: readonly PolicyRule[] = [...COMMON_RULES, ...AWS_RULES, ...AZURE_RULES].sort((a, b) => ruleOrder(a.id, b.id));
