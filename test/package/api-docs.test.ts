/**
 * docs/api is generated from the TSDoc by typedoc (typedoc.json). It must match the sources:
 * regenerate into a temp folder and compare every file. Fix a failure with `npm run docs:api`.
 * The output is deterministic: no source links (no git revision), no generator line, no dates.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');
const COMMITTED = path.join(ROOT, 'docs/api');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const docsApi = require('../../scripts/docs-api.js') as { isFresh(root: string): boolean; treeHash(dir: string): string; inputsHash(root: string): string };

describe('API reference (docs/api)', () => {
  test('is up to date with the TSDoc (regenerate: npm run docs:api)', () => {
    // scripts/docs-api.js stamps the hash of typedoc's inputs and of the files it wrote: when both
    // match the checkout, docs/api is typedoc's output for these sources, without running it again.
    if (docsApi.isFresh(ROOT)) return; // proven: both hashes, recomputed from the checkout, match the stamp
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-api-docs-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--out', out, '--logLevel', 'Error'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      const fresh = tree(out);
      const committed = tree(COMMITTED);
      expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
      const stale = Object.keys(fresh).filter((f) => fresh[f] !== committed[f]);
      expect(stale).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);

  test('the stamp is accepted only when both the sources and the committed files match it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-api-stamp-'));
    try {
      fs.mkdirSync(path.join(root, 'src'));
      fs.mkdirSync(path.join(root, 'docs/api'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
      fs.writeFileSync(path.join(root, 'docs/api/README.md'), '# a\n');
      const stamp = () => fs.writeFileSync(path.join(root, 'docs/api.stamp.json'), JSON.stringify({ inputs: docsApi.inputsHash(root), output: docsApi.treeHash(path.join(root, 'docs/api')) }));
      expect(docsApi.isFresh(root)).toBe(false); // no stamp
      stamp();
      expect(docsApi.isFresh(root)).toBe(true);
      fs.writeFileSync(path.join(root, 'src/a.ts'), '/** changed */\nexport const a = 1;\n');
      expect(docsApi.isFresh(root)).toBe(false); // a source changed
      stamp();
      fs.writeFileSync(path.join(root, 'docs/api/README.md'), '# a, edited by hand\n');
      expect(docsApi.isFresh(root)).toBe(false); // the docs changed
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('documents every entry point, with the TSDoc summaries and defaults', () => {
    const files = tree(COMMITTED);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.md', 'scaling-blueprints.md', 'scaling-blueprints/core.md', 'scaling-blueprints/aws.md', 'scaling-blueprints/azure.md']));
    expect(files['scaling-blueprints/aws.md']).toContain('### AwsScalingGroup');
    expect(files['scaling-blueprints/core.md']).toMatch(/### KitProps[\s\S]*AWS region \(`eu-west-1`\) or Azure location/);
    expect(Object.values(files).join('\n')).not.toMatch(/blob\/[0-9a-f]{7,40}|Generated (using|by|on)|\b20\d\d-\d\d-\d\dT/);
  });
});
