/**
 * A compact Terraform schema derived offline from a provider package's `.jsii` assembly.
 *
 * The assembly (131 MB for aws, 88 MB for azurerm) describes every generated class: the Terraform
 * type (class docs link), and for every config struct the arguments with their Terraform names
 * (docs anchor), required flag, primitive type and nested blocks. It is parsed once and the
 * extract is cached under `node_modules/.cache/scaling-blueprints/schema-<pkg>@<version>.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Argument type: `string`, `number`, `boolean`, `any`, `list<string>`, `map<number>`, … */
export type ArgType = string;

/** One block: arguments and nested blocks (by block ref). */
export interface SchemaBlock {
  /** Arguments: name → [type, required (1) / optional (0)]. */
  readonly a: Record<string, [ArgType, 0 | 1]>;
  /** Nested blocks: name → [block ref, required, max items (0 = unlimited)]. */
  readonly b: Record<string, [string, 0 | 1, number]>;
}

export interface ProviderSchema {
  readonly pkg: string;
  readonly version: string;
  /** Terraform resource type → block ref. */
  readonly resources: Record<string, string>;
  /** Terraform data source type → block ref. */
  readonly dataSources: Record<string, string>;
  readonly blocks: Record<string, SchemaBlock>;
}

/** The provider packages the project pins. */
export const PROVIDER_PACKAGES = ['@cdktf/provider-aws', '@cdktf/provider-azurerm'] as const;

const TYPE_LINK = /docs\/(resources|data-sources)\/[A-Za-z0-9_]+ ([a-z0-9_]+)\}/;
const ARG_ANCHOR = /#([A-Za-z0-9_]+) [A-Za-z0-9]+#/;

function snake(camel: string): string {
  return camel.replace(/([A-Z])/g, '_$1').toLowerCase();
}

interface JsiiType {
  fqn: string;
  kind: string;
  base?: string;
  datatype?: boolean;
  docs?: { summary?: string; remarks?: string };
  initializer?: { parameters?: Array<{ name: string; type: any }> };
  properties?: Array<{ name: string; optional?: boolean; type: any; docs?: { summary?: string; remarks?: string } }>;
  interfaces?: string[];
}

function primitiveOf(t: any): string | undefined {
  if (!t) return undefined;
  if (t.primitive) return t.primitive === 'json' ? 'any' : t.primitive;
  if (t.fqn === 'cdktf.IResolvable') return undefined;
  if (t.union) {
    const parts = (t.union.types as any[]).map(primitiveOf).filter((x): x is string => !!x);
    return parts[0];
  }
  if (t.collection && t.collection.elementtype && !t.collection.elementtype.fqn) {
    const el = primitiveOf(t.collection.elementtype) ?? 'any';
    return `${t.collection.kind === 'map' ? 'map' : 'list'}<${el}>`;
  }
  return undefined;
}

/** A nested block reference: the struct fqn and whether it repeats. */
function blockOf(t: any): { fqn: string; many: boolean } | undefined {
  if (!t) return undefined;
  if (t.fqn && t.fqn !== 'cdktf.IResolvable') return { fqn: t.fqn, many: false };
  if (t.union) for (const u of t.union.types as any[]) {
    const b = blockOf(u);
    if (b) return b;
  }
  if (t.collection && t.collection.elementtype?.fqn) return { fqn: t.collection.elementtype.fqn, many: true };
  return undefined;
}

/** Extracts the compact schema from a parsed assembly. */
export function extractSchema(assembly: { name: string; version: string; types: Record<string, JsiiType> }): ProviderSchema {
  const types = assembly.types;
  const prefix = `${assembly.name}.`;
  const short = (fqn: string) => (fqn.startsWith(prefix) ? fqn.slice(prefix.length) : fqn);
  const blocks: Record<string, SchemaBlock> = {};
  const visit = (fqn: string) => {
    const ref = short(fqn);
    if (blocks[ref]) return ref;
    const t = types[fqn];
    const block: SchemaBlock = { a: {}, b: {} };
    blocks[ref] = block; // before recursing: blocks can nest themselves
    const props = [...(t?.properties ?? [])];
    for (const p of props) {
      const doc = `${p.docs?.summary ?? ''} ${p.docs?.remarks ?? ''}`;
      const name = ARG_ANCHOR.exec(doc)?.[1] ?? snake(p.name);
      const required: 0 | 1 = p.optional ? 0 : 1;
      const prim = primitiveOf(p.type);
      const nested = prim ? undefined : blockOf(p.type);
      if (nested && types[nested.fqn]?.datatype) {
        block.b[name] = [visit(nested.fqn), required, nested.many ? 0 : 1];
      } else {
        block.a[name] = [prim ?? 'any', required];
      }
    }
    return ref;
  };
  const resources: Record<string, string> = {};
  const dataSources: Record<string, string> = {};
  for (const t of Object.values(types)) {
    if (t.kind !== 'class' || (t.base !== 'cdktf.TerraformResource' && t.base !== 'cdktf.TerraformDataSource')) continue;
    const m = TYPE_LINK.exec(t.docs?.summary ?? '');
    if (!m) continue;
    const config = (t.initializer?.parameters ?? []).find((p) => p.name === 'config')?.type?.fqn as string | undefined;
    const ref = config && types[config] ? visit(config) : (blocks['-empty'] ??= { a: {}, b: {} }, '-empty');
    (m[1] === 'resources' ? resources : dataSources)[m[2]] = ref;
  }
  // Stable key order, so the cache file is reproducible.
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  return { pkg: assembly.name, version: assembly.version, resources: sorted(resources), dataSources: sorted(dataSources), blocks: sorted(blocks) };
}

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** Where the cache of a package lives: `node_modules/.cache/scaling-blueprints/schema-<pkg>@<version>.json`. */
export function cacheFile(pkg: string, version: string): string {
  const nodeModules = path.resolve(packageDir(pkg), '..', '..');
  return path.join(nodeModules, '.cache', 'scaling-blueprints', `schema-${pkg.replace(/^@/, '').replace(/\//g, '-')}@${version}.json`);
}

const loaded = new Map<string, ProviderSchema>();

/**
 * The schema of a provider package: from memory, else from the cache file of its version, else
 * derived from the `.jsii` assembly (a few seconds) and written to the cache.
 */
export function providerSchema(pkg: string): ProviderSchema {
  const hit = loaded.get(pkg);
  if (hit) return hit;
  const dir = packageDir(pkg);
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string;
  const file = cacheFile(pkg, version);
  let schema: ProviderSchema | undefined;
  if (fs.existsSync(file)) {
    try {
      schema = JSON.parse(fs.readFileSync(file, 'utf8')) as ProviderSchema;
      if (schema.version !== version) schema = undefined;
    } catch {
      schema = undefined; // a torn or stale cache: derive again
    }
  }
  if (!schema) {
    schema = extractSchema(JSON.parse(fs.readFileSync(path.join(dir, '.jsii'), 'utf8')));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(schema));
    fs.renameSync(tmp, file); // atomic: parallel test workers never read half a file
  }
  loaded.set(pkg, schema);
  return schema;
}

/** The schema for a Terraform type prefix (`aws_`, `azurerm_`), or undefined for other providers. */
export function schemaForType(type: string): ProviderSchema | undefined {
  if (type.startsWith('aws_')) return providerSchema('@cdktf/provider-aws');
  if (type.startsWith('azurerm_')) return providerSchema('@cdktf/provider-azurerm');
  return undefined;
}
