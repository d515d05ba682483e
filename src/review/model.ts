/**
 * Reading synth output folders (`cdktf.out`): stacks, resources, construct paths.
 *
 * Everything in src/review works on this model, never on live constructs, so it judges exactly
 * what Terraform would receive: escape-hatch overrides and raw resources included.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ShardMap } from '../../constructs/core/shard-map';
import { WIRING_FILE, WiringEdge, wiringOf } from '../../constructs/core/wiring';
import { SynthAnnotation, manifestAnnotations, readAnnotationFile } from './annotations';

/** One resource or data source of a synthesized stack. */
export interface SynthResource {
  /** The stack id (`refactor-aws`). */
  readonly stack: string;
  /** `resource` or `data`. */
  readonly mode: 'resource' | 'data';
  /** Terraform type (`aws_elasticache_replication_group`). */
  readonly type: string;
  /** Logical id (`Cache_Resource_1A2B3C4D`). */
  readonly logicalId: string;
  /** Terraform address (`aws_elasticache_replication_group.Cache_Resource_1A2B3C4D`, `data.` prefixed for data sources). */
  readonly address: string;
  /** Construct path (`refactor-aws/Cache/Resource`), or the address when the metadata is missing. */
  readonly path: string;
  /** The resolved arguments, without the `//` metadata block. */
  readonly config: Record<string, unknown>;
  /** The `//` metadata block as synthesized (construct path, suppressions). */
  readonly meta: Record<string, unknown>;
}

/** One synthesized stack. */
export interface SynthStack {
  readonly id: string;
  /** The cloud, from the providers the stack configures. */
  readonly clouds: string[];
  readonly resources: SynthResource[];
  /** Files under the stack folder other than cdk.tf.json / cost.json (assets), path → size+hash hint. */
  readonly assets: string[];
  /** The parsed cdk.tf.json. */
  readonly doc: Record<string, any>;
  /** The folder holding cdk.tf.json. */
  readonly dir: string;
  /** The stack's recorded edges (constructs/core/wiring.ts), from `"//": { "wiring": [...] }`. */
  readonly wiring: WiringEdge[];
  /**
   * Shard maps by database: `stacks/<id>/shard-map-<db>.json` when the synth wrote it, else the
   * `<db>_shard_map` output (plus its `retained` flag).
   */
  readonly shardMaps: Record<string, ShardMap & { readonly retained?: boolean }>;
  /** The synth annotations (`annotations.json`); undefined when the synth did not write them. */
  readonly annotations?: SynthAnnotation[];
}

/** A synth output folder (`cdktf.out`). */
export interface SynthOutput {
  readonly dir: string;
  readonly stacks: SynthStack[];
}

function isObject(x: unknown): x is Record<string, any> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Stacks of a synthesized document, in a stable order (type, then logical id). */
export function resourcesOf(stack: string, doc: Record<string, any>): SynthResource[] {
  const out: SynthResource[] = [];
  for (const mode of ['resource', 'data'] as const) {
    const byType = isObject(doc[mode]) ? doc[mode] : {};
    for (const type of Object.keys(byType).sort()) {
      const byId = isObject(byType[type]) ? byType[type] : {};
      for (const logicalId of Object.keys(byId).sort()) {
        const raw = isObject(byId[logicalId]) ? byId[logicalId] : {};
        const { ['//']: meta, ...config } = raw;
        const m = isObject(meta) ? meta : {};
        const address = `${mode === 'data' ? 'data.' : ''}${type}.${logicalId}`;
        const p = isObject(m.metadata) && typeof m.metadata.path === 'string' ? m.metadata.path : address;
        out.push({ stack, mode, type, logicalId, address, path: p, config, meta: m });
      }
    }
  }
  return out;
}

function cloudsOf(doc: Record<string, any>): string[] {
  const providers = isObject(doc.provider) ? Object.keys(doc.provider) : [];
  const clouds = new Set<string>();
  for (const p of providers) {
    if (p === 'aws') clouds.add('aws');
    if (p === 'azurerm') clouds.add('azure');
  }
  // Fall back on the resource types when a stack configures no provider block.
  for (const mode of ['resource', 'data']) {
    for (const type of Object.keys(isObject(doc[mode]) ? doc[mode] : {})) {
      if (type.startsWith('aws_')) clouds.add('aws');
      if (type.startsWith('azurerm_')) clouds.add('azure');
    }
  }
  return [...clouds].sort();
}

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

const SHARD_MAP_OUTPUT = /^(.+)_shard_map$/;
const SHARD_MAP_FILE = /^shard-map-(.+)\.json$/;

/** Shard maps from the `<db>_shard_map` outputs of a document. */
function shardMapOutputs(doc: Record<string, any>): SynthStack['shardMaps'] {
  const out: Record<string, any> = {};
  for (const [name, o] of Object.entries<any>(isObject(doc.output) ? doc.output : {}).sort(([a], [b]) => cmp(a, b))) {
    const m = SHARD_MAP_OUTPUT.exec(name);
    if (m && isObject(o?.value) && Array.isArray(o.value.ranges)) out[o.value.database ?? m[1]] = o.value;
  }
  return out;
}

/** A stack from its parsed document (tests build these without touching the disk). */
export function stackFromDoc(id: string, doc: Record<string, any>, dir = '', annotations?: SynthAnnotation[]): SynthStack {
  return { id, clouds: cloudsOf(doc), resources: resourcesOf(id, doc), assets: [], doc, dir, wiring: wiringOf(doc), shardMaps: shardMapOutputs(doc), annotations };
}

/**
 * Reads a synth output folder. Stacks come from manifest.json when present, else from
 * `stacks/<id>/cdk.tf.json`; they are returned sorted by id. A missing folder reads as empty, so
 * a first PR (no base synth) shows everything as created.
 */
export function readSynthOutput(dir: string): SynthOutput {
  const stacks: SynthStack[] = [];
  if (!fs.existsSync(dir)) return { dir, stacks };
  const entries: Array<{ id: string; file: string }> = [];
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const [id, s] of Object.entries<any>(manifest.stacks ?? {})) {
      entries.push({ id, file: path.join(dir, s.synthesizedStackPath ?? `stacks/${id}/cdk.tf.json`) });
    }
  } else if (fs.existsSync(path.join(dir, 'stacks'))) {
    for (const id of fs.readdirSync(path.join(dir, 'stacks'))) {
      const file = path.join(dir, 'stacks', id, 'cdk.tf.json');
      if (fs.existsSync(file)) entries.push({ id, file });
    }
  }
  for (const { id, file } of entries.sort((a, b) => cmp(a.id, b.id))) {
    if (!fs.existsSync(file)) continue;
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const stackDir = path.dirname(file);
    const files = listFiles(stackDir);
    const assets = files.filter((f) => f !== 'cdk.tf.json' && f !== 'cost.json' && f !== 'metadata.json' && f !== WIRING_FILE);
    const stack = stackFromDoc(id, doc, stackDir, readAnnotationFile(stackDir) ?? manifestAnnotationsOf(dir, id));
    // The shard-map files are what the routers load: they win over the outputs.
    const shardMaps: Record<string, any> = { ...stack.shardMaps };
    for (const f of files) {
      const m = SHARD_MAP_FILE.exec(f);
      if (!m) continue;
      const db = Object.keys(shardMaps).find((k) => k.replace(/_/g, '-') === m[1]) ?? m[1];
      shardMaps[db] = { ...JSON.parse(fs.readFileSync(path.join(stackDir, f), 'utf8')), ...(shardMaps[db]?.retained !== undefined ? { retained: shardMaps[db].retained } : {}) };
    }
    stacks.push({ ...stack, assets, shardMaps });
  }
  return { dir, stacks };
}

/** A stack's annotations from manifest.json (a synth that wrote no annotations.json). */
function manifestAnnotationsOf(dir: string, id: string): SynthAnnotation[] | undefined {
  return manifestAnnotations(dir).get(id);
}

/** True for a Terraform expression (`${aws_kms_key.k.arn}`): its value is only known at apply. */
export function isToken(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

/** The blueprint a construct path belongs to: its second segment (`refactor-aws/Cache/Resource` → `Cache`). */
export function blueprintOf(p: string): string {
  const parts = p.split('/');
  return parts.length >= 3 ? parts[1] : parts.length === 2 ? parts[1] : p;
}

/** Code-point string order: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
