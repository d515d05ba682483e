import * as fs from 'fs';
import { ALL_STACK_IDS } from '../../src/app';
import { EdgeKind } from '../../constructs/core/wiring';
import { README_FILE, markedStacks, renderStackBlock, rewriteReadme, synthDefaultStacks } from '../../src/review/readme-diagrams';
import { stack } from './fixtures';

jest.setTimeout(120_000);

describe('README diagrams from the recorded edges', () => {
  test('README.md has a diagram for each of the six stacks, and none is stale (fix: npm run docs:diagrams)', () => {
    const text = fs.readFileSync(README_FILE, 'utf8');
    expect([...markedStacks(text)].sort()).toEqual([...ALL_STACK_IDS].sort());
    const stacks = synthDefaultStacks();
    const fresh = rewriteReadme(text, stacks);
    // Compared block by block, so a failure names the stale stack.
    for (const id of ALL_STACK_IDS) {
      const block = (t: string) => t.slice(t.indexOf(`<!-- wiring-diagram:${id} -->`), t.indexOf(`<!-- /wiring-diagram:${id} -->`));
      expect({ id, block: block(text) }).toEqual({ id, block: block(fresh) });
    }
    expect(fresh).toBe(text);
  });

  const s = stack('s', [{ type: 'aws_db_instance', id: 'Db', config: {}, path: 's/Db/Resource' }, { type: 'aws_ecs_service', id: 'Web', config: {}, path: 's/Web/Resource' }], 'aws', [
    { kind: EdgeKind.APP_DATABASE, from: 's/Web', to: 's/Db' },
  ]);

  test('rewrites only what sits between a stack\'s markers', () => {
    const text = 'intro\n<!-- wiring-diagram:s -->\nold hand-drawn diagram\n<!-- /wiring-diagram:s -->\noutro\n';
    const out = rewriteReadme(text, [s]);
    expect(out).toBe(`intro\n<!-- wiring-diagram:s -->\n${renderStackBlock(s)}\n<!-- /wiring-diagram:s -->\noutro\n`);
    expect(out).toContain('  bp_Web -->|database| bp_Db');
    expect(out).not.toContain('old hand-drawn');
    expect(rewriteReadme(out, [s])).toBe(out);
  });

  test('fails on a marker without its closing marker, or one naming no synthesized stack', () => {
    expect(() => rewriteReadme('<!-- wiring-diagram:s -->\n', [s])).toThrow("has no closing '<!-- /wiring-diagram:s -->'");
    expect(() => rewriteReadme('<!-- wiring-diagram:nope -->\n<!-- /wiring-diagram:nope -->', [s])).toThrow('names no synthesized stack: use one of s.');
  });
});
