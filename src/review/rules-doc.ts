#!/usr/bin/env node
/**
 * RULES.md, generated from the rule table: `npx tsc -p tsconfig.json && node dist/src/review/rules-doc.js --write`.
 * A test fails when the committed RULES.md differs from what this renders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, MIN_REASON_LENGTH, PolicyRule } from '../policy';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function appliesTo(r: PolicyRule): string {
  if (r.kind === 'stack') return 'each stack';
  return r.types.includes('*') ? 'every resource' : r.types.map((t) => `\`${t}\``).join(', ');
}

const SECTIONS: Array<{ title: string; cloud: PolicyRule['cloud'] }> = [
  { title: 'Both clouds', cloud: 'any' },
  { title: 'AWS', cloud: 'aws' },
  { title: 'Azure', cloud: 'azure' },
];

/** The Markdown of RULES.md. */
export function renderRulesDoc(rules: readonly PolicyRule[] = ALL_RULES): string {
  const out = [
    '# Policy rules',
    '',
    '<!-- Generated from src/policy (ALL_RULES) by src/review/rules-doc.ts. Do not edit by hand:',
    '     npx tsc -p tsconfig.json && node dist/src/review/rules-doc.js --write -->',
    '',
    'The policy pack judges every synthesized stack (`cdk.tf.json`), so raw resources and escape-hatch',
    'overrides are judged like blueprint-made ones. **error** findings fail `npm run synth` (opt out with',
    '`--no-policy`); **warning** findings are reported by `npm run review`. See [docs/review.md](docs/review.md).',
    '',
    `Suppress a finding with \`Policy.suppress(construct, '<rule id>', '<reason of at least ${MIN_REASON_LENGTH} characters>')\`;`,
    'the review lists every suppression with its reason.',
    '',
    `${rules.length} rules: ${rules.filter((r) => r.severity === 'error').length} errors, ${rules.filter((r) => r.severity === 'warning').length} warnings.`,
    '',
  ];
  for (const s of SECTIONS) {
    const list = rules.filter((r) => r.cloud === s.cloud);
    if (list.length === 0) continue;
    out.push(`## ${s.title}`, '', '| Id | Severity | Category | Applies to | Rule | Why | Fix |', '|---|---|---|---|---|---|---|');
    for (const r of list) {
      out.push(`| ${r.id} | ${r.severity} | ${r.category} | ${cell(appliesTo(r))} | ${cell(r.title)} | ${cell(r.explanation)} | ${cell(r.fix)} |`);
    }
    out.push('');
  }
  out.push(
    '## Built into the engine',
    '',
    '| Id | Severity | Category | Applies to | Rule | Why | Fix |',
    '|---|---|---|---|---|---|---|',
    `| BP-SUPPRESSION-1 | error | security | every suppression | A suppression needs a reason of at least ${MIN_REASON_LENGTH} characters | A suppression without a reason hides a finding with no record of why. A short one silences nothing. | Give Policy.suppress a reason that says why the rule does not apply here. |`,
    '',
  );
  return out.join('\n');
}

/** Where RULES.md lives: the repository root. */
export const RULES_FILE = path.resolve(__dirname, '..', '..', ...(path.basename(path.resolve(__dirname, '..', '..')) === 'dist' ? ['..'] : []), 'RULES.md');

if (require.main === module) {
  if (process.argv.includes('--write')) {
    fs.writeFileSync(RULES_FILE, renderRulesDoc());
    process.stderr.write(`wrote ${RULES_FILE}\n`);
  } else {
    process.stdout.write(renderRulesDoc());
  }
}
