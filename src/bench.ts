/**
 * `npm run bench`: whole-process wall time and peak RSS of synthesizing the six stacks, for the
 * default workload and for generated workloads of 1, 10 and 100 services, and the ratio against a
 * raw-cdktf script that emits the same resources (the floor).
 *
 * Targets (reported, never asserted in tests): six default stacks in <= 1.0 s as a whole process,
 * construct overhead <= 1.2x raw cdktf, growth linear in services.
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

function main(): void {
  const root = packageRoot();
  const dist = path.join(root, 'dist/src');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'));
  try {
    const cases: Array<{ label: string; config?: string }> = [{ label: 'default workload (sample shop)' }];
    for (const n of [1, 10, 100]) {
      const file = path.join(work, `services-${n}.json`);
      fs.writeFileSync(file, JSON.stringify(generatedWorkload(n)));
      cases.push({ label: `${n} service${n === 1 ? '' : 's'}`, config: file });
    }
    console.log(`scaling-blueprints bench: node ${process.version}, ${os.cpus().length} CPUs, median of ${RUNS} runs, six stacks each\n`);
    console.log('| workload | resources | blueprints wall | peak RSS | raw cdktf wall | raw peak RSS | overhead |');
    console.log('|---|---|---|---|---|---|---|');
    for (const c of cases) {
      const out = path.join(work, c.label.replace(/\W+/g, '-'));
      const args = [path.join(dist, 'main.js'), '--out', out, ...(c.config ? ['--config', c.config] : [])];
      const ours = repeat(args);
      const raw = repeat([path.join(dist, 'bench-raw.js'), out, path.join(work, 'raw-out')]);
      const resources = countResources(out);
      console.log(
        `| ${c.label} | ${resources} | ${ours.wallMs.toFixed(0)} ms | ${ours.maxRssMb.toFixed(0)} MB | ${raw.wallMs.toFixed(0)} ms | ${raw.maxRssMb.toFixed(0)} MB | ${(ours.wallMs / raw.wallMs).toFixed(2)}x |`,
      );
    }
    console.log('\ntargets: default six stacks <= 1000 ms whole process; overhead <= 1.20x; wall time linear in services.');
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
