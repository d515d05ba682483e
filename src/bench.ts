/**
 * `npm run bench`: whole-process wall time and peak RSS of synthesizing the six stacks, for the
 * default workload and for generated workloads of 1, 10 and 100 services, and the ratio against a
 * raw-cdktf script that emits the same resources (the floor).
 *
 * Targets (issue #16; reported, never asserted in tests): `npm run synth` on an unchanged tree
 * <= 2.0 s whole process, <= 2.0x the raw floor for the default workload and 100 services, peak
 * RSS <= 400 MB at 100 services, linear growth, type-check of an unchanged tree <= 3 s. It also
 * prints the synth phases (SB_PROFILE) and the ten slowest test suites of the last full run.
 *
 * The floor re-creates every synthesized block (resources, data sources, providers, outputs,
 * backend) as plain `TerraformResource`/`TerraformDataSource` constructs with raw overrides: what a
 * hand-written cdktf script costs without our validation, naming, tagging and blueprint logic, and
 * without loading the generated provider classes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packageRoot } from './workload';

interface Run {
  readonly wallMs: number;
  readonly maxRssMb: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function measure(args: string[]): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, SB_BENCH_RSS: '1' } });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed:\n${r.stderr}`);
  const m = /SB_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr + r.stdout);
  return { wallMs, maxRssMb: m ? Number(m[1]) / 1024 : NaN };
}

function median(runs: Run[]): Run {
  const by = (k: keyof Run) => [...runs].sort((a, b) => a[k] - b[k])[Math.floor(runs.length / 2)][k];
  return { wallMs: by('wallMs'), maxRssMb: by('maxRssMb') };
}

function repeat(args: string[]): Run {
  measure(args); // warm the file cache
  return median(Array.from({ length: RUNS }, () => measure(args)));
}

/** A workload of `n` services: the sample shop with its tiers replaced by one web and n-1 APIs. */
export function generatedWorkload(n: number): object {
  const shop = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'examples/shop.json'), 'utf8'));
  const tiers: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    tiers[i === 0 ? 'web' : `svc-${i}`] =
      i === 0
        ? shop.tiers.web
        : { kind: 'api', size: 'small', capacity: { min: 2, max: 4 }, pathPatterns: [`/api/svc-${i}/*`], containerImage: 'public.ecr.aws/docker/library/node:22-alpine' };
  }
  for (const f of Object.values<{ source: string }>(shop.functions ?? {})) f.source = path.join(packageRoot(), 'handlers', path.basename(f.source));
  delete shop.$schema;
  return { ...shop, tiers };
}

interface Point {
  readonly label: string;
  readonly services?: number;
  readonly resources: number;
  readonly ours: Run;
  readonly raw: Run;
}

/** Wall time of a command run through a shell (npm run …), median of RUNS after one warm-up. */
function repeatShell(command: string, cwd: string): number {
  const once = (): number => {
    const start = process.hrtime.bigint();
    const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: ${command} failed:\n${r.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  once();
  const runs = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

/** The phases of one default synth (SB_PROFILE, src/main.ts). */
function phases(root: string, out: string): string[] {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/src/main.js'), '--out', out, '--quiet'], { encoding: 'utf8', env: { ...process.env, SB_PROFILE: '1' } });
  return r.stderr.split('\n').filter((l) => l.startsWith('profile: ')).map((l) => l.slice('profile: '.length));
}

/** The ten slowest test files of the last full `npm test` (scripts/jest-timings.js). */
function slowestSuites(root: string): string[] {
  const file = path.join(root, '.bench', 'jest-timings.json');
  if (!fs.existsSync(file)) return ['(no full `npm test` run recorded yet: .bench/jest-timings.json is written by each full run)'];
  const t = JSON.parse(fs.readFileSync(file, 'utf8')) as { suites: number; tests: number; wallMs: number; measuredAt: string; slowest: Array<{ file: string; ms: number; tests: number }> };
  return [
    `last full \`npm test\` (jest only): ${(t.wallMs / 1000).toFixed(1)} s wall, ${t.suites} suites, ${t.tests} tests, at ${t.measuredAt}`,
    '',
    '| suite | wall | tests |',
    '|---|---|---|',
    ...t.slowest.slice(0, 10).map((s) => `| ${s.file} | ${(s.ms / 1000).toFixed(1)} s | ${s.tests} |`),
  ];
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const s1 = (x: number): string => `${(x / 1000).toFixed(1)} s`;

function main(): void {
  const root = packageRoot();
  const dist = path.join(root, 'dist/src');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'));
  try {
    const cases: Array<{ label: string; services?: number; config?: string }> = [{ label: 'default workload (sample shop)' }];
    for (const n of [1, 10, 100]) {
      const file = path.join(work, `services-${n}.json`);
      fs.writeFileSync(file, JSON.stringify(generatedWorkload(n)));
      cases.push({ label: `${n} service${n === 1 ? '' : 's'}`, services: n, config: file });
    }
    console.log(`scaling-blueprints bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), median of ${RUNS} runs, six stacks each\n`);
    const points: Point[] = cases.map((c) => {
      const out = path.join(work, c.label.replace(/\W+/g, '-'));
      const ours = repeat([path.join(dist, 'main.js'), '--out', out, '--quiet', ...(c.config ? ['--config', c.config] : [])]);
      const raw = repeat([path.join(dist, 'bench-raw.js'), out, path.join(work, 'raw-out')]);
      return { label: c.label, services: c.services, resources: countResources(out), ours, raw };
    });
    const npmSynth = repeatShell(`npm run --silent synth -- --out ${JSON.stringify(path.join(work, 'npm-synth'))} --quiet`, root);
    const typecheck = repeatShell('node scripts/typecheck.js', root);
    const [def, , , hundred] = points;

    console.log('| figure | measured | target | floor (raw cdktf) | ratio to floor |');
    console.log('|---|---|---|---|---|');
    console.log(`| \`npm run synth\`, unchanged tree, whole process | ${ms(npmSynth)} | <= 2000 ms (aim 1000) | ${ms(def.raw.wallMs)} | ${(npmSynth / def.raw.wallMs).toFixed(2)}x |`);
    console.log(`| six default stacks, \`node dist/src/main.js\` | ${ms(def.ours.wallMs)} | ratio <= 2.0x (aim 1.2x) | ${ms(def.raw.wallMs)} | ${(def.ours.wallMs / def.raw.wallMs).toFixed(2)}x |`);
    console.log(`| 100 services | ${ms(hundred.ours.wallMs)} | ratio <= 2.0x (aim 1.2x) | ${ms(hundred.raw.wallMs)} | ${(hundred.ours.wallMs / hundred.raw.wallMs).toFixed(2)}x |`);
    console.log(`| peak RSS, 100 services | ${hundred.ours.maxRssMb.toFixed(0)} MB | <= 400 MB | ${hundred.raw.maxRssMb.toFixed(0)} MB | ${(hundred.ours.maxRssMb / hundred.raw.maxRssMb).toFixed(2)}x |`);
    console.log(`| type-check, unchanged tree (\`npm run typecheck\`) | ${ms(typecheck)} | <= 3000 ms | | |`);

    console.log('\ngrowth (six stacks per point):\n');
    console.log('| workload | resources | wall | peak RSS | raw wall | ratio | ms per 100 resources |');
    console.log('|---|---|---|---|---|---|---|');
    for (const p of points) {
      console.log(`| ${p.label} | ${p.resources} | ${ms(p.ours.wallMs)} | ${p.ours.maxRssMb.toFixed(0)} MB | ${ms(p.raw.wallMs)} | ${(p.ours.wallMs / p.raw.wallMs).toFixed(2)}x | ${((100 * p.ours.wallMs) / p.resources).toFixed(0)} |`);
    }
    const [, one, ten] = points;
    const slope = (a: Point, b: Point) => (b.ours.wallMs - a.ours.wallMs) / (b.resources - a.resources);
    console.log(`\nmarginal cost: ${(100 * slope(one, ten)).toFixed(0)} ms per 100 resources from 1 to 10 services, ${(100 * slope(ten, hundred)).toFixed(0)} from 10 to 100 (linear when the two agree).`);

    console.log('\nwhere one default synth spends its time (SB_PROFILE=1, docs/performance.md):\n');
    for (const line of phases(root, path.join(work, 'profile'))) console.log(`    ${line}`);

    console.log('\nten slowest test suites:\n');
    for (const line of slowestSuites(root)) console.log(line);
    console.log(`\n(${s1(points.reduce((a, p) => a + p.ours.wallMs, 0))} of synth measured per round.)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function countResources(out: string): number {
  let n = 0;
  for (const id of fs.readdirSync(path.join(out, 'stacks'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'stacks', id, 'cdk.tf.json'), 'utf8'));
    for (const byId of Object.values<Record<string, unknown>>(doc.resource ?? {})) n += Object.keys(byId).length;
  }
  return n;
}

if (require.main === module) main();
