import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../src/policy';
import { RULES_FILE, renderRulesDoc } from '../../src/review/rules-doc';

describe('RULES.md', () => {
  test('is the root RULES.md', () => {
    expect(RULES_FILE).toBe(path.resolve(__dirname, '..', '..', 'RULES.md'));
  });

  test('is up to date with the rule table (regenerate: npx tsc -p tsconfig.json && node dist/src/review/rules-doc.js --write)', () => {
    expect(fs.readFileSync(RULES_FILE, 'utf8')).toBe(renderRulesDoc());
  });

  test('lists every rule with its id, severity, explanation and fix', () => {
    const doc = renderRulesDoc();
    for (const r of ALL_RULES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| ${r.id} |`));
      expect([r.id, row?.includes(`| ${r.severity} |`), row?.includes(r.explanation.replace(/\|/g, '\\|')), row?.includes(r.fix.replace(/\|/g, '\\|'))]).toEqual([r.id, true, true, true]);
    }
  });
});
