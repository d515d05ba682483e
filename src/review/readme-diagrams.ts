#!/usr/bin/env node
/**
 * The README's per-stack diagrams, drawn from the edges the stacks record (constructs/core/wiring.ts),
 * never by hand: `npm run docs:diagrams` synthesizes the default workload (or `--config FILE`) and
 * rewrites what sits between each pair of marker comments in README.md:
 *
 *     <!-- wiring-diagram:refactor-aws -->
 *     ...generated...
 *     <!-- /wiring-diagram:refactor-aws -->
 *
 * `--check` rewrites nothing and exits 1 when a diagram is stale (test/review/readme-diagrams.test.ts
 * runs the same check).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addStacks } from '../app';
import { loadWorkload } from '../workload';
import { SUMMARISED_KINDS, stackDiagram, summariseKinds } from './mermaid';
import { SynthStack, readSynthOutput } from './model';

/** Where README.md lives: the repository root (also when run from dist/). */
export const README_FILE = path.resolve(__dirname, '..', '..', ...(path.basename(path.resolve(__dirname, '..', '..')) === 'dist' ? ['..'] : []), 'README.md');

const open = (id: string) => `<!-- wiring-diagram:${id} -->`;
const close = (id: string) => `<!-- /wiring-diagram:${id} -->`;

/** The generated block of one stack (what goes between its markers). */
export function renderStackBlock(stack: SynthStack): string {
  const diagram = stackDiagram(stack, undefined, { resourceDetails: false, omitKinds: SUMMARISED_KINDS, connectedOnly: true });
  const summary = summariseKinds(stack).map((l) => `- ${l}`);
  return [
    `**${stack.id}**, drawn from \`stacks/${stack.id}/wiring.json\` (\`npm run docs:diagrams\`; arrows are the recorded edges, labelled by kind):`,
    '',
    '```mermaid',
    diagram,
    '```',
    ...(summary.length > 0 ? ['', ...summary] : []),
  ].join('\n');
}

/** The stack ids that have markers in `text`, in order. */
export function markedStacks(text: string): string[] {
  return [...text.matchAll(/<!-- wiring-diagram:([A-Za-z0-9_-]+) -->/g)].map((m) => m[1]);
}

/**
 * `text` with the block of every marked stack replaced. Throws when a marker has no closing marker
 * or names a stack that was not synthesized.
 */
export function rewriteReadme(text: string, stacks: readonly SynthStack[]): string {
  let out = text;
  for (const id of markedStacks(text)) {
    const stack = stacks.find((s) => s.id === id);
    if (!stack) throw new Error(`README marker '${open(id)}' names no synthesized stack: use one of ${stacks.map((s) => s.id).join(', ')}.`);
    const start = out.indexOf(open(id));
    const end = out.indexOf(close(id), start);
    if (end < 0) throw new Error(`README marker '${open(id)}' has no closing '${close(id)}': add it after the diagram.`);
    out = `${out.slice(0, start + open(id).length)}\n${renderStackBlock(stack)}\n${out.slice(end)}`;
  }
  return out;
}

/** Synthesizes the workload (the default one without `config`) into a scratch folder and reads it back. */
export function synthDefaultStacks(config?: string): SynthStack[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-diagrams-'));
  try {
    const app = new App({ outdir: dir, stackTraces: false });
    addStacks(app, loadWorkload(config));
    app.synth();
    return readSynthOutput(dir).stacks;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function main(argv: string[]): number {
  const i = argv.indexOf('--config');
  const config = i >= 0 ? argv[i + 1] : undefined;
  const text = fs.readFileSync(README_FILE, 'utf8');
  const next = rewriteReadme(text, synthDefaultStacks(config));
  if (argv.includes('--check')) {
    if (next === text) return 0;
    process.stderr.write('README.md diagrams are stale: run `npm run docs:diagrams`.\n');
    return 1;
  }
  if (next !== text) fs.writeFileSync(README_FILE, next);
  process.stderr.write(`${next === text ? 'unchanged' : 'wrote'} ${README_FILE} (${markedStacks(text).length} diagrams)\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
