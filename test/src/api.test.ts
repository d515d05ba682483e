/**
 * The public API guard: every export of every public source module is reachable from the package
 * root or a subpath entry point (`scaling-blueprints/core`, `/aws`, `/azure`). Public modules are
 * found by walking the folders, so a new module is guarded without editing this test: add it to
 * its folder's index.ts (the barrel) and the test passes.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '../..');
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

/** The entry points, as package.json's `exports` map declares them (source paths). */
const ENTRY_POINTS: Record<string, string> = {
  '.': 'src/index.ts',
  './core': 'constructs/core/index.ts',
  './aws': 'constructs/aws/index.ts',
  './azure': 'constructs/azure/index.ts',
};

/**
 * The public modules: every .ts file under constructs/{core,aws,azure} and stacks/, except
 * `private/` folders (internals by the house style) and stacks/parts (the stacks' own building
 * steps, written against the workload file). A sub-folder with an index.ts is one module: its
 * index. Plus the workload loader, the app helpers and the policy API (src/policy/index.ts).
 */
export function publicModules(): string[] {
  const walk = (dir: string, top: boolean): string[] => {
    if (!top && fs.existsSync(path.join(dir, 'index.ts'))) return [path.join(dir, 'index.ts')];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'private' || rel(p) === 'stacks/parts' ? [] : walk(p, false);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !(top && e.name === 'index.ts') ? [p] : [];
    });
  };
  return [
    ...['constructs/core', 'constructs/aws', 'constructs/azure', 'stacks'].flatMap((d) => walk(path.join(ROOT, d), true)),
    ...['src/workload.ts', 'src/app.ts', 'src/policy/index.ts'].map((f) => path.join(ROOT, f)),
  ].map(rel).sort();
}

let program: ts.Program | undefined;
function load(): { checker: ts.TypeChecker; exportsOf: (file: string) => ts.Symbol[] } {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  program ??= ts.createProgram([...Object.values(ENTRY_POINTS), ...publicModules()].map((f) => path.join(ROOT, f)), { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const exportsOf = (file: string) => {
    const sf = program!.getSourceFile(path.join(ROOT, file));
    if (!sf) throw new Error(`${file} is not in the program`);
    const sym = checker.getSymbolAtLocation(sf);
    return sym ? checker.getExportsOfModule(sym) : [];
  };
  return { checker, exportsOf };
}

/** `<module>: <name>` for every export of the modules that none of the entry points re-exports. */
export function unreachable(entries: readonly string[], modules: readonly string[]): string[] {
  const { checker, exportsOf } = load();
  const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const reachable = new Set(entries.flatMap((e) => exportsOf(e).map(resolve)));
  return modules.flatMap((m) => exportsOf(m).filter((s) => !reachable.has(resolve(s))).map((s) => `${m}: ${s.name}`));
}

describe('public API', () => {
  test('every export of every public module is reachable from an entry point', () => {
    expect(unreachable(Object.values(ENTRY_POINTS), publicModules())).toEqual([]);
  }, 120_000);

  test('the guard catches an unreachable export (the aws layer is not in the core entry point)', () => {
    const missing = unreachable(['constructs/core/index.ts'], ['constructs/aws/kit.ts', 'constructs/core/kit.ts']);
    expect(missing).toContain('constructs/aws/kit.ts: AwsKit');
    expect(missing.some((m) => m.startsWith('constructs/core/'))).toBe(false);
  }, 120_000);

  test('the walk finds the blueprint modules and leaves internals out', () => {
    const modules = publicModules();
    expect(modules).toEqual(expect.arrayContaining(['constructs/aws/scaling-group.ts', 'constructs/azure/edge-cache.ts', 'constructs/core/kit.ts', 'stacks/refactor.ts', 'src/policy/index.ts']));
    expect(modules.filter((m) => /\/private\/|^stacks\/parts\/|\/index\.ts$/.test(m) && m !== 'src/policy/index.ts' && m !== 'constructs/core/prices/index.ts')).toEqual([]);
  });

  test('package.json declares the entry points in an exports map, next to main and types', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const dist = (src: string) => `./dist/${src.replace(/\.ts$/, '')}`;
    for (const [subpath, src] of Object.entries(ENTRY_POINTS)) {
      expect([subpath, pkg.exports[subpath]]).toEqual([subpath, { types: `${dist(src)}.d.ts`, default: `${dist(src)}.js` }]);
    }
    expect(pkg.main).toBe(dist(ENTRY_POINTS['.']).slice(2) + '.js');
    expect(pkg.types).toBe(dist(ENTRY_POINTS['.']).slice(2) + '.d.ts');
  });
});
