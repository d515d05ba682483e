import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');
const FOLDERS = ['src', 'constructs', 'stacks', 'test'];
const ROOT_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"]@cdktf\/provider-(?:aws|azurerm)['"]/;
const CORE_PROVIDER_IMPORT = /['"]@cdktf\/provider-/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

// This file spells the forbidden import on purpose.
const all = FOLDERS.flatMap((f) => files(path.join(ROOT, f))).filter((f) => f !== __filename);

describe('imports', () => {
  test('provider packages are imported deeply (…/lib/<resource>), never from the root barrel', () => {
    const offenders = all.filter((f) => ROOT_IMPORT.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  test('the check itself catches a root import', () => {
    // Spelled in pieces so that grep-based checks of the tree do not flag this file.
    const root = (cloud: string) => `@cdktf/provider-${cloud}`;
    expect(ROOT_IMPORT.test(`import { AwsProvider } from '${root('aws')}';`)).toBe(true);
    expect(ROOT_IMPORT.test(`const x = require("${root('azurerm')}")`)).toBe(true);
    expect(ROOT_IMPORT.test("import { Vpc } from '@cdktf/provider-aws/lib/vpc';")).toBe(false);
  });

  test('the core layer and the stacks import no provider package', () => {
    const offenders = all
      .filter((f) => /^(constructs\/core|stacks)\//.test(path.relative(ROOT, f).split(path.sep).join('/')) && CORE_PROVIDER_IMPORT.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
