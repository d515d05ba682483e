#!/usr/bin/env node
/**
 * Review entry: `npm run review -- --base DIR --head DIR [--out FILE]`.
 *
 * Compares two synth outputs (`cdktf.out` folders) and writes one Markdown report: per-stack
 * headline, changed resources, policy findings, schema validation, cost delta, diagrams.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSynthOutput } from './review/model';
import { renderReport, review } from './review/report';

export interface ReviewOptions {
  readonly base: string;
  readonly head: string;
  readonly out?: string;
}

export class ReviewUsageError extends Error {}

export const REVIEW_USAGE = `usage: npm run review -- --base DIR --head DIR [--out FILE]
  --base DIR   synth output of the base branch (a cdktf.out folder; may be missing on a first PR)
  --head DIR   synth output of the pull request
  --out FILE   write the Markdown report here; default: stdout`;

export function parseReviewArgs(argv: string[]): ReviewOptions {
  let base: string | undefined;
  let head: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ReviewUsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--base') base = next();
    else if (arg === '--head') head = next();
    else if (arg === '--out') out = next();
    else if (arg === '--help' || arg === '-h') throw new ReviewUsageError('');
    else throw new ReviewUsageError(`unknown argument '${arg}'`);
  }
  if (!base || !head) throw new ReviewUsageError('--base and --head are required');
  if (!fs.existsSync(path.join(head, 'stacks')) && !fs.existsSync(path.join(head, 'manifest.json'))) {
    throw new ReviewUsageError(`--head must be a synth output folder (with manifest.json or stacks/), got '${head}'`);
  }
  return { base, head, out };
}

/** Builds the report of two synth folders. */
export function reviewDirs(opts: ReviewOptions): string {
  return renderReport(review({ base: readSynthOutput(path.resolve(opts.base)), head: readSynthOutput(path.resolve(opts.head)) }));
}

export function main(argv: string[]): number {
  try {
    const opts = parseReviewArgs(argv);
    const report = reviewDirs(opts);
    if (opts.out) {
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, report);
      process.stderr.write(`review written to ${opts.out}\n`);
    } else {
      process.stdout.write(report);
    }
    return 0;
  } catch (err) {
    if (err instanceof ReviewUsageError) {
      process.stderr.write(`${err.message ? `error: ${err.message}\n` : ''}${REVIEW_USAGE}\n`);
      return err.message ? 2 : 0;
    }
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
