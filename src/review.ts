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
import { GITHUB_COMMENT_LIMIT, renderReport, review } from './review/report';
import { checkOutput, coverage, renderCoverage } from './review/schema/provider-rules';
import { parseCli } from './private/cli';

export interface ReviewOptions {
  readonly base: string;
  readonly head: string;
  readonly out?: string;
  /** Also write a report bounded to GitHub's comment limit here. */
  readonly comment?: string;
  /** Link to the full report, written in the bounded one. */
  readonly fullReportUrl?: string;
  /** Prefix for links into the repository's docs. */
  readonly docsUrl?: string;
  /** Report provider-rule coverage (and violations) of --head instead of a PR review. @default false */
  readonly coverage?: boolean;
}

/** The bounded report stays this far under GitHub's limit (the workflow adds nothing, but leave room). */
export const COMMENT_MAX_CHARS = GITHUB_COMMENT_LIMIT - 1_536;

export class ReviewUsageError extends Error {}

export const REVIEW_USAGE = `usage: npm run review -- --base DIR --head DIR [--out FILE] [--comment FILE] [--full-report-url URL] [--docs-url URL]
       npm run review -- --coverage [--head DIR] [--out FILE]
  --base DIR              synth output of the base branch (a cdktf.out folder; may be missing on a first PR)
  --head DIR              synth output of the pull request
  --out FILE              write the full Markdown report here; default: stdout
  --comment FILE          also write a report bounded to GitHub's comment limit (summary first, detail that fits)
  --full-report-url URL   where the full report is (job summary), linked from the bounded report
  --docs-url URL          prefix for links into the docs (https://github.com/OWNER/REPO/blob/SHA/)
  --coverage              provider-rule coverage of one synth output (--head, default cdktf.out): emitted types and arguments checked by a rule`;

export function parseReviewArgs(argv: string[]): ReviewOptions {
  const v = parseCli(argv, {
    base: { type: 'string' }, head: { type: 'string' }, out: { type: 'string' }, comment: { type: 'string' },
    'full-report-url': { type: 'string' }, 'docs-url': { type: 'string' }, coverage: { type: 'boolean' },
  }, ReviewUsageError);
  const { base, out, comment } = v;
  let head = v.head;
  const fullReportUrl = v['full-report-url'];
  const docsUrl = v['docs-url'];
  const cov = v.coverage === true;
  if (cov) head ??= 'cdktf.out';
  if (!cov && (!base || !head)) throw new ReviewUsageError('--base and --head are required');
  if (!head) throw new ReviewUsageError('--head is required');
  if (!fs.existsSync(path.join(head, 'stacks')) && !fs.existsSync(path.join(head, 'manifest.json'))) {
    throw new ReviewUsageError(`--head must be a synth output folder (with manifest.json or stacks/), got '${head}'`);
  }
  return { base: base ?? '', head, out, comment, fullReportUrl, docsUrl, coverage: cov };
}

/** Provider-rule coverage and violations of one synth folder, as Markdown. */
export function coverageReport(head: string): string {
  const out = readSynthOutput(path.resolve(head));
  const violations = checkOutput(out);
  return `${renderCoverage(coverage(out))}\nProvider-rule violations: ${violations.length}.\n${violations.map((v) => `- ${v.stack} \`${v.address}\`: ${v.message}\n`).join('')}`;
}

/** Builds the report of two synth folders: the full one, or bounded to `maxChars`. */
export function reviewDirs(opts: ReviewOptions, maxChars?: number): string {
  const r = review({ base: readSynthOutput(path.resolve(opts.base)), head: readSynthOutput(path.resolve(opts.head)), docsUrl: opts.docsUrl });
  return renderReport(r, { maxChars, fullReportUrl: opts.fullReportUrl });
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

export function main(argv: string[]): number {
  try {
    const opts = parseReviewArgs(argv);
    if (opts.coverage) {
      const report = coverageReport(opts.head);
      if (opts.out) write(opts.out, report);
      else process.stdout.write(report);
      return 0;
    }
    const r = review({ base: readSynthOutput(path.resolve(opts.base)), head: readSynthOutput(path.resolve(opts.head)), docsUrl: opts.docsUrl });
    const report = renderReport(r);
    if (opts.comment) {
      const bounded = renderReport(r, { maxChars: COMMENT_MAX_CHARS, fullReportUrl: opts.fullReportUrl });
      write(opts.comment, bounded);
      process.stderr.write(`comment (${bounded.length} of ${report.length} characters) written to ${opts.comment}\n`);
    }
    if (opts.out) {
      write(opts.out, report);
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
