/**
 * Synth annotations (`Annotations.of(c).addWarning/addInfo`): what the blueprints warn about at
 * synth (a budget passed at maximum capacity, a load balancer serving plain HTTP, …).
 *
 * cdktf collects them from the construct metadata into `manifest.json` (`stacks.<id>.annotations`,
 * levels `@cdktf/warn`, `@cdktf/info`, `@cdktf/error`) and `cdktf synth` prints them as
 * `WARN [construct path]: message`. `npm run synth` prints them the same way, grouped by stack, and
 * writes them to `stacks/<id>/annotations.json` so the review can list the head's annotations
 * without the construct tree.
 */
import * as fs from 'fs';
import * as path from 'path';

export enum AnnotationLevel {
  INFO = 'info',
  WARNING = 'warning',
  ERROR = 'error',
}

/** One annotation of a synthesized stack. */
export interface SynthAnnotation {
  readonly level: AnnotationLevel;
  /** Construct path (`refactor-aws/LoadBalancer`). */
  readonly path: string;
  readonly message: string;
}

/** The file written next to each stack's cdk.tf.json. */
export const ANNOTATIONS_FILE = 'annotations.json';

const LEVELS: Record<string, AnnotationLevel> = {
  '@cdktf/info': AnnotationLevel.INFO,
  '@cdktf/warn': AnnotationLevel.WARNING,
  '@cdktf/error': AnnotationLevel.ERROR,
};

const LABEL: Record<AnnotationLevel, string> = { [AnnotationLevel.INFO]: 'INFO', [AnnotationLevel.WARNING]: 'WARN', [AnnotationLevel.ERROR]: 'ERROR' };

/** The annotations of every stack in a synth folder's manifest.json, by stack id (ids sorted). */
export function manifestAnnotations(outdir: string): Map<string, SynthAnnotation[]> {
  const out = new Map<string, SynthAnnotation[]>();
  const file = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(file)) return out;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const id of Object.keys(manifest.stacks ?? {}).sort()) {
    const list = (manifest.stacks[id].annotations ?? []) as Array<{ level: string; constructPath: string; message: string }>;
    out.set(
      id,
      list.filter((a) => LEVELS[a.level]).map((a) => ({ level: LEVELS[a.level], path: a.constructPath, message: a.message })),
    );
  }
  return out;
}

/** Writes `stacks/<id>/annotations.json` for every stack of the manifest (an empty list too). */
export function writeAnnotationFiles(outdir: string): Map<string, SynthAnnotation[]> {
  const all = manifestAnnotations(outdir);
  for (const [id, list] of all) {
    const dir = path.join(outdir, 'stacks', id);
    if (fs.existsSync(dir)) fs.writeFileSync(path.join(dir, ANNOTATIONS_FILE), `${JSON.stringify(list, null, 2)}\n`);
  }
  return all;
}

/** The annotations written next to a stack, or undefined when the synth wrote none (an older synth). */
export function readAnnotationFile(stackDir: string): SynthAnnotation[] | undefined {
  const file = path.join(stackDir, ANNOTATIONS_FILE);
  if (!stackDir || !fs.existsSync(file)) return undefined;
  const list = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Array.isArray(list) ? list : undefined;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `14 warnings, 1 info in 6 stacks`. */
export function annotationSummary(all: ReadonlyMap<string, readonly SynthAnnotation[]>): string {
  const flat = [...all.values()].flat();
  const count = (l: AnnotationLevel) => flat.filter((a) => a.level === l).length;
  const errors = count(AnnotationLevel.ERROR);
  return `${errors ? `${plural(errors, 'error')}, ` : ''}${plural(count(AnnotationLevel.WARNING), 'warning')}, ${plural(count(AnnotationLevel.INFO), 'info', 'info')} in ${plural(all.size, 'stack')}`;
}

/**
 * The annotations as `cdktf synth` prints them (`WARN [path]: message`), grouped by stack under a
 * `<stack>:` line, then one summary line. Stacks without annotations are left out of the groups.
 */
export function formatAnnotations(all: ReadonlyMap<string, readonly SynthAnnotation[]>): string[] {
  const lines: string[] = [];
  for (const [id, list] of all) {
    if (list.length === 0) continue;
    lines.push(`${id}:`);
    for (const a of list) lines.push(`  ${LABEL[a.level]} [${a.path}]: ${a.message}`);
  }
  lines.push(`annotations: ${annotationSummary(all)}`);
  return lines;
}
