/**
 * The real artifact, as a user gets it: `npm pack` (which runs `prepack`: a clean build), then a
 * fresh project that depends on the tarball and on the peers at the repo's pinned versions, installed
 * offline from the npm cache that `npm ci` filled (see lock.ts for why through a lockfile). The
 * user's files are compiled against the published types with `skipLibCheck: false` and run with
 * plain node, resolving `scaling-blueprints` from the project's node_modules: no jest mapping, no
 * source paths. Skipped, saying so, only when npm itself cannot run.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Lock, PackedManifest, userLock } from './lock';

const ROOT = path.join(__dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
/** The user's files: the README's snippets and every blueprint alone. */
const USER_FILES = ['examples/embed.ts', 'examples/blueprint.ts', 'examples/kit-stack.ts', 'test/package/app/blueprints.ts'];
const ENTRY_POINTS = ['scaling-blueprints', 'scaling-blueprints/core', 'scaling-blueprints/aws', 'scaling-blueprints/azure'];

/** npm as `npm test` runs it (npm_execpath), else from PATH. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? [process.execPath, [cli]] : ['npm', []];
}
function npmVersion(): string | undefined {
  try {
    const [cmd, pre] = npmCommand();
    return execFileSync(cmd, [...pre, '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/build.js') as { isUpToDate(root: string): boolean };

/** Every file under `dir`, relative, with `/` separators. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/**
 * True when dist/ is what `prepack` would build: stamped up to date by scripts/build.js, and every
 * compiled file has its source (a `.ts` that was deleted leaves no stale `.js` behind).
 */
function distIsCleanBuild(root = ROOT): boolean {
  if (!build.isUpToDate(root)) return false;
  return filesUnder(path.join(root, 'dist')).every((f) => {
    if (f === '.build-hash' || f === '.tsbuildinfo' || f === '.typecheck-hash') return true;
    const stem = f.replace(/\.(d\.ts|js|js\.map|d\.ts\.map)$/, '');
    return fs.existsSync(path.join(root, `${stem}.ts`)) || fs.existsSync(path.join(root, `${stem}.js`)) || fs.existsSync(path.join(root, f));
  });
}

const NPM_VERSION = npmVersion();
if (!NPM_VERSION) console.warn('SKIPPED test/package/artifact.test.ts: npm is not available (neither npm_execpath nor npm on PATH), so the package cannot be packed and installed.');
const describeWithNpm = NPM_VERSION ? describe : describe.skip;

describeWithNpm('the packed artifact in a fresh cdktf project', () => {
  const timings: Record<string, number> = {};
  let work: string;
  let project: string;
  let manifest: PackedManifest & { files?: string[] };
  let files: string[];

  const timed = <T>(name: string, f: () => T): T => {
    const t = Date.now();
    try {
      return f();
    } finally {
      timings[name] = Date.now() - t;
    }
  };
  const npm = (args: string[], cwd: string) => {
    const [cmd, pre] = npmCommand();
    return execFileSync(cmd, [...pre, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  };
  const node = (args: string[], env: Record<string, string> = {}) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  /** Runs node with `args` in the project, without blocking: the output, or the failure with it. */
  const nodeAsync = (name: string, args: string[], env: Record<string, string> = {}) => new Promise<{ ok: boolean; output: string }>((resolve) => {
    const t = Date.now();
    const child = spawn(process.execPath, args, { cwd: project, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      timings[name] = Date.now() - t;
      resolve({ ok: code === 0, output });
    });
  });
  /** tsc on a config written next to the user's files: '' when it compiles, else its messages. */
  const tsc = async (name: string, tsconfig: object) => {
    const file = path.join(project, `tsconfig.${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(tsconfig, null, 2));
    const r = await nodeAsync(name, [TSC, '-p', file]);
    return r.ok ? '' : r.output;
  };
  // The two type-checks run side by side, then the three programs (2 CPUs): results, asserted below.
  let tscNode16: string;
  let tscNode10: string;
  let runs: Record<'embed' | 'blueprints' | 'kit-stack', { ok: boolean; output: string }>;
  const stacks = (outdir: string): Record<string, any> => {
    const dir = path.join(project, outdir, 'stacks');
    return Object.fromEntries(fs.readdirSync(dir).map((id) => [id, JSON.parse(fs.readFileSync(path.join(dir, id, 'cdk.tf.json'), 'utf8'))]));
  };

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-artifact-'));
    project = path.join(work, 'user-app');
    fs.mkdirSync(project);
    // `prepack` is a clean build. When dist/ is already exactly that (built from these sources, with
    // no output of a deleted source), packing it as it is gives the same tarball without the build.
    const reuse = distIsCleanBuild();
    const [packed] = timed(reuse ? 'npm pack (dist reused)' : 'npm pack (clean build)', () => JSON.parse(npm(['pack', '--json', '--pack-destination', work, ...(reuse ? ['--ignore-scripts'] : [])], ROOT)));
    files = packed.files.map((f: { path: string }) => f.path);
    const tarball = path.join(work, packed.filename);
    manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));

    // The user's project: the tarball plus the peers at the versions this repo is tested with.
    const repoPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const spec = `file:../${packed.filename}`;
    const dependencies: Record<string, string> = { [manifest.name]: spec };
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) dependencies[peer] = repoPkg.devDependencies[peer];
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-app', version: '1.0.0', private: true, dependencies }, null, 2));
    const repoLock: Lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    fs.writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(userLock(repoLock, dependencies, manifest, tarball, spec), null, 2));
    timed('npm ci --offline', () => npm(['ci', '--offline', '--no-audit', '--no-fund'], project));

    for (const f of USER_FILES) fs.copyFileSync(path.join(ROOT, f), path.join(project, path.basename(f)));
    // embed.ts reads workload.json: the sample shop, its functions from the installed package.
    const shop = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/scaling-blueprints/examples/shop.json'), 'utf8'));
    delete shop.$schema;
    for (const fn of Object.values<{ source: string }>(shop.functions)) fn.source = path.join(project, 'node_modules/scaling-blueprints/handlers', path.basename(fn.source));
    fs.writeFileSync(path.join(project, 'workload.json'), JSON.stringify(shop));
    // blueprints.ts packages the user's own function folder.
    fs.mkdirSync(path.join(project, 'handler'));
    fs.writeFileSync(path.join(project, 'handler/index.js'), 'exports.handler = async () => ({ statusCode: 200 });\n');

    [tscNode16, tscNode10] = await Promise.all([
      tsc('tsc node16', {
        compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], strict: true, skipLibCheck: false, outDir: 'dist', rootDir: '.', types: [] },
        include: USER_FILES.map((f) => path.basename(f)),
      }),
      tsc('tsc node10', {
        compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', lib: ['ES2022'], strict: true, skipLibCheck: false, noEmit: true, types: [] },
        files: ['blueprint.ts'],
      }),
    ]);
    const [embed, blueprints, kitStack] = await Promise.all([
      nodeAsync('run embed', ['dist/embed.js'], { CDKTF_OUTDIR: 'out-embed' }),
      nodeAsync('run blueprints', ['dist/blueprints.js'], { CDKTF_OUTDIR: 'out-blueprints' }),
      nodeAsync('run kit-stack', ['dist/kit-stack.js'], { CDKTF_OUTDIR: 'out-kit' }),
    ]);
    runs = { embed, blueprints, 'kit-stack': kitStack };
  }, 600_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
    if (Object.keys(timings).length) console.log(`artifact test timings (ms): ${JSON.stringify(timings)}`);
  });

  test('the tarball holds the compiled code, the compiled schema validator and the entry points, and no tests or sources', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/schema/workload.validator.js', 'dist/src/index.d.ts', 'dist/constructs/aws/index.js', 'dist/constructs/azure/index.d.ts', 'dist/constructs/core/index.js', 'examples/shop.json', 'handlers/reconciliation/index.js']));
    expect(files.filter((f) => /^test\/|\.test\.|^(src|constructs|stacks)\/.*\.ts$/.test(f))).toEqual([]);
  });

  test('cdktf, constructs and the providers are peers; ajv and @azure/functions (copied into Azure function packages) are dependencies', () => {
    expect(Object.keys(manifest.peerDependencies ?? {}).sort()).toEqual(['@cdktf/provider-aws', '@cdktf/provider-azurerm', 'cdktf', 'constructs']);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['@azure/functions', 'ajv']);
  });

  test('npm ls: the installed tree satisfies every declared dependency and peer range', () => {
    expect(() => npm(['ls', '--all', '--offline'], project)).not.toThrow();
  });

  test.each(ENTRY_POINTS)('require(%p) loads in plain node', (entry) => {
    const out = node(['-e', `const m = require(${JSON.stringify(entry)}); console.log(Object.keys(m).length)`]);
    expect(Number(out.trim())).toBeGreaterThan(10);
  });

  test('TypeScript compiles the user files against the published types (strict, skipLibCheck false, node16 resolution)', () => {
    expect(tscNode16).toBe('');
  }, 300_000);

  test('the subpath entry points also type-check under the older node10 resolution (typesVersions)', () => {
    expect(tscNode10).toBe('');
  }, 300_000);

  test('the README snippet (examples/embed.ts) synthesizes the refactor stack from a workload file', () => {
    expect(runs.embed).toEqual({ ok: true, output: expect.any(String) });
    const { 'refactor-aws': stack } = stacks('out-embed');
    expect(Object.keys(stack.resource)).toEqual(expect.arrayContaining(['aws_lb', 'aws_ecs_service', 'aws_lambda_function']));
  }, 120_000);

  test('every blueprint class the package exports synthesizes alone in the user\'s stack with the user\'s provider', () => {
    expect(runs.blueprints).toEqual({ ok: true, output: expect.any(String) });
    const made = stacks('out-blueprints');
    // The blueprint classes, as the package's own entry points export them (a new one must be added to blueprints.ts).
    const classes: string[] = JSON.parse(node(['-e', `
      const { Blueprint } = require('scaling-blueprints/core');
      const names = [];
      for (const entry of ['scaling-blueprints/aws', 'scaling-blueprints/azure'])
        for (const [name, value] of Object.entries(require(entry)))
          if (typeof value === 'function' && value.prototype instanceof Blueprint) names.push(name);
      console.log(JSON.stringify(names.sort()));`]));
    expect(classes.length).toBeGreaterThanOrEqual(28);
    expect(Object.keys(made).sort()).toEqual(classes);
    for (const [id, doc] of Object.entries(made)) {
      expect([id, Object.keys(doc.provider)]).toEqual([id, [id.startsWith('Aws') ? 'aws' : 'azurerm']]);
      expect([id, Object.keys(doc.resource ?? {}).length > 0]).toEqual([id, true]);
    }
  }, 120_000);

  test('a user-written stack on a kit (examples/kit-stack.ts) synthesizes on both clouds', () => {
    expect(runs['kit-stack']).toEqual({ ok: true, output: expect.any(String) });
    const made = stacks('out-kit');
    expect(Object.keys(made).sort()).toEqual(['shop-aws', 'shop-azure']);
    expect(Object.keys(made['shop-aws'].resource)).toEqual(expect.arrayContaining(['aws_lb', 'aws_ecs_service', 'aws_elasticache_replication_group']));
    expect(Object.keys(made['shop-azure'].resource)).toEqual(expect.arrayContaining(['azurerm_application_gateway', 'azurerm_linux_web_app', 'azurerm_managed_redis']));
  }, 120_000);
});
