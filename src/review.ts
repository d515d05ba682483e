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
import { checkOutput, coverage, renderCoverage } from './review/schema/provider-rules';

export interface ReviewOptions {
  readonly base: string;
  readonly head: string;
  readonly out?: string;
  /** Report provider-rule coverage (and violations) of --head instead of a PR review. @default false */
  readonly coverage?: boolean;
}

export class ReviewUsageError extends Error {}

export const REVIEW_USAGE = `usage: npm run review -- --base DIR --head DIR [--out FILE]
       npm run review -- --coverage [--head DIR] [--out FILE]
  --coverage   provider-rule coverage of one synth output (--head, default cdktf.out): emitted types and arguments checked by a rule
  --base DIR   synth output of the base branch (a cdktf.out folder; may be missing on a first PR)
  --head DIR   synth output of the pull request
  --out FILE   write the Markdown report here; default: stdout`;

export function parseReviewArgs(argv: string[]): ReviewOptions {
  let base: string | undefined;
  let head: string | undefined;
  let out: string | undefined;
  let cov = false;
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
    else if (arg === '--coverage') cov = true;
    else if (arg === '--help' || arg === '-h') throw new ReviewUsageError('');
    else throw new ReviewUsageError(`unknown argument '${arg}'`);
  }
  if (cov) head ??= 'cdktf.out';
  if (!cov && (!base || !head)) throw new ReviewUsageError('--base and --head are required');
  if (!head) throw new ReviewUsageError('--head is required');
  if (!fs.existsSync(path.join(head, 'stacks')) && !fs.existsSync(path.join(head, 'manifest.json'))) {
    throw new ReviewUsageError(`--head must be a synth output folder (with manifest.json or stacks/), got '${head}'`);
  }
  return { base: base ?? '', head, out, coverage: cov };
}

/** Provider-rule coverage and violations of one synth folder, as Markdown. */
export function coverageReport(head: string): string {
  const out = readSynthOutput(path.resolve(head));
  const violations = checkOutput(out);
  return `${renderCoverage(coverage(out))}\nProvider-rule violations: ${violations.length}.\n${violations.map((v) => `- ${v.stack} \`${v.address}\`: ${v.message}\n`).join('')}`;
}

/** Builds the report of two synth folders. */
export function reviewDirs(opts: ReviewOptions): string {
  return renderReport(review({ base: readSynthOutput(path.resolve(opts.base)), head: readSynthOutput(path.resolve(opts.head)) }));
}

export function main(argv: string[]): number {
  try {
    const opts = parseReviewArgs(argv);
    const report = opts.coverage ? coverageReport(opts.head) : reviewDirs(opts);
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
