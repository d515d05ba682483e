import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// scripts/build.js is plain Node (it runs before anything is compiled).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/build.js') as { sourceHash(root: string): string; isUpToDate(root: string): boolean };

function checkout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-build-'));
  fs.mkdirSync(path.join(root, 'src'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  return root;
}

describe('build (compile only what changed)', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  test('the source hash is stable, and changes when a source or the tsconfig changes', () => {
    const root = checkout();
    roots.push(root);
    const h = build.sourceHash(root);
    expect(build.sourceHash(root)).toBe(h);
    fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 2;\n');
    const h2 = build.sourceHash(root);
    expect(h2).not.toBe(h);
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{"compilerOptions":{}}\n');
    expect(build.sourceHash(root)).not.toBe(h2);
  });

  test('dist is up to date only when its stamp matches the sources and the entry point exists', () => {
    const root = checkout();
    roots.push(root);
    expect(build.isUpToDate(root)).toBe(false);
    fs.mkdirSync(path.join(root, 'dist', 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', '.build-hash'), `${build.sourceHash(root)}\n`);
    expect(build.isUpToDate(root)).toBe(false); // no dist/src/main.js
    fs.writeFileSync(path.join(root, 'dist', 'src', 'main.js'), '');
    expect(build.isUpToDate(root)).toBe(true);
    fs.writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 1;\n');
    expect(build.isUpToDate(root)).toBe(false);
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const typecheck = require('../../scripts/typecheck.js') as { hashOf(root: string): string; isUpToDate(root: string): boolean };

describe('typecheck (check only what changed)', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  test('the stamp covers sources, tests, examples and tsconfig.test.json, and is read only when it matches', () => {
    const root = checkout();
    roots.push(root);
    expect(typecheck.isUpToDate(root)).toBe(false);
    fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', '.typecheck-hash'), `${typecheck.hashOf(root)}\n`);
    expect(typecheck.isUpToDate(root)).toBe(true);
    for (const [dir, file] of [['test', 'a.test.ts'], ['examples', 'x.ts'], ['.', 'tsconfig.test.json'], ['src', 'a.ts']]) {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      fs.writeFileSync(path.join(root, dir, file), `// ${dir}/${file} changed\n`);
      expect(typecheck.isUpToDate(root)).toBe(false);
      fs.writeFileSync(path.join(root, 'dist', '.typecheck-hash'), `${typecheck.hashOf(root)}\n`);
      expect(typecheck.isUpToDate(root)).toBe(true);
    }
    // The library build's stamp does not stand in for the type-check's.
    expect(build.sourceHash(root)).not.toBe(typecheck.hashOf(root));
  });
});
