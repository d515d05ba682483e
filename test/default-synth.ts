/**
 * The six default stacks (the sample shop), synthesized once and shared by every test file that
 * only reads them (issue #16: a suite synthesizes a stack at most once; the snapshot, policy, wiring
 * and hardening tests share one synth). The synth is the production one (`app.synth()`, every
 * aspect) and lands in a cache folder named by a hash of everything it reads (scripts/build.js
 * sourceHash over the sources, handlers, apps, examples, schema and the lock file), so a changed
 * source always synthesizes again, and an unchanged tree reuses the last one across files, workers
 * and runs. Older cache folders are removed when a new one is made.
 *
 * A test that changes the workload, or needs the construct tree, still synthesizes its own stack.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addStacks } from '../src/app';
import { shop } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sourceHash } = require('../scripts/build.js') as { sourceHash(root: string, inputs: string[], files: string[]): string };
// cdktf's own stable stringify: what Testing.synth prints with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stableStringify = require(require.resolve('json-stable-stringify', { paths: [path.dirname(require.resolve('cdktf'))] })) as (v: unknown, o: { space: number }) => string;

const ROOT = path.join(__dirname, '..');
const PREFIX = 'sb-default-synth-';
const INPUTS = ['src', 'constructs', 'stacks', 'schema', 'examples', 'handlers', 'apps'];
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

let dirMemo: string | undefined;

/** The folder holding the full synth of the six default stacks (`manifest.json`, `stacks/<id>/cdk.tf.json`). */
export function defaultSynthDir(): string {
  if (dirMemo) return dirMemo;
  const dir = path.join(os.tmpdir(), `${PREFIX}${sourceHash(ROOT, INPUTS, FILES).slice(0, 16)}`);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    const scratch = fs.mkdtempSync(`${dir}.tmp-`);
    try {
      const app = new App({ outdir: scratch, stackTraces: false });
      addStacks(app, shop());
      app.synth();
      try {
        fs.renameSync(scratch, dir); // atomic: another worker may have won the race, then keep its folder
      } catch {
        if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`cannot write the shared synth to ${dir}`);
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    for (const old of fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(PREFIX) && path.join(os.tmpdir(), f) !== dir && !f.includes('.tmp-'))) {
      fs.rmSync(path.join(os.tmpdir(), old), { recursive: true, force: true });
    }
  }
  dirMemo = dir;
  return dir;
}

/** A default stack's cdk.tf.json, with each block's `//` metadata (construct path, suppressions, wiring): a fresh copy. */
export function defaultStackDoc(id: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(defaultSynthDir(), 'stacks', id, 'cdk.tf.json'), 'utf8'));
}

/** What `Testing.synth(stack)` prints for a default stack: keys sorted, `//` metadata removed. */
export function defaultStackJson(id: string): string {
  return stableStringify(withoutMetadata(defaultStackDoc(id)), { space: 2 });
}

function withoutMetadata(item: unknown): unknown {
  if (Array.isArray(item)) return item.map(withoutMetadata);
  if (item === null || typeof item !== 'object') return item;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) if (k !== '//') out[k] = withoutMetadata(v);
  return out;
}

