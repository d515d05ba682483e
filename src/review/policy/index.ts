/** The policy pack: every rule, the engine, the suppression API. */
import { PolicyRule } from './engine';
import { AWS_RULES } from './rules-aws';
import { AZURE_RULES } from './rules-azure';
import { COMMON_RULES } from './rules-common';

export * from './engine';
export { Policy } from './suppress';

/** Every rule of the pack, in id order. RULES.md is generated from this table. */
export const ALL_RULES: readonly PolicyRule[] = [...COMMON_RULES, ...AWS_RULES, ...AZURE_RULES].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
