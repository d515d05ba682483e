/**
 * The diff engine: what Terraform would do to each stack, read from two synth outputs.
 *
 * Resources are matched by Terraform address (type + logical id). A resource that disappears under
 * one logical id and reappears under another (same type, and the same name argument or the only
 * candidate of its type in the same scope) is a changed construct id: Terraform destroys and
 * recreates it, and the report says so in bold.
 */
import { SynthOutput, SynthResource, SynthStack, cmp } from './model';
import { changedExcerpt, decodeEncoded } from './encoded';
import { sanitize } from './mask';

export enum ChangeAction {
  CREATE = 'create',
  UPDATE = 'update',
  DESTROY = 'destroy',
  /** Destroy and create: a changed logical id, or a change to an argument that forces replacement. */
  REPLACE = 'replace',
}

/** One changed top-level argument. Values are already masked and summarised for display. */
export interface ArgumentChange {
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
}

export interface ResourceChange {
  readonly action: ChangeAction;
  readonly type: string;
  /** The address that changes (for a replacement: the new one). */
  readonly address: string;
  /** For a replacement: the old address (a changed construct id), when it differs. */
  readonly previousAddress?: string;
  /** For an in-place replacement: the changed arguments that force it. */
  readonly forcedBy?: string[];
  readonly path: string;
  readonly previousPath?: string;
  /** Stateful: data is lost on destroy (databases, caches, queues, buckets, log workspaces, keys). */
  readonly stateful: boolean;
  readonly arguments: ArgumentChange[];
}

/** An asset of a stack whose content hash changed (or that appeared or went away). */
export interface AssetChange {
  readonly name: string;
  /** Short hash before (undefined: added). */
  readonly before?: string;
  /** Short hash after (undefined: removed). */
  readonly after?: string;
}

export interface StackDiff {
  readonly stack: string;
  readonly create: number;
  readonly update: number;
  readonly destroy: number;
  /** Changed construct ids (each also counted as one create and one destroy). */
  readonly replace: number;
  readonly changes: ResourceChange[];
  /** Assets (`assets/<name>/<hash>/…`) added, removed or re-hashed, by name. Hashes are shortened. */
  readonly assets: AssetChange[];
  /** Stack only in base (removed) or only in head (added). */
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Warnings for the headline (stateful destroys, id changes). */
  readonly warnings: string[];
}

/** Terraform types that hold data: destroying them loses it. */
export const STATEFUL_TYPES: ReadonlySet<string> = new Set([
  // AWS
  'aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance', 'aws_docdb_cluster', 'aws_neptune_cluster',
  'aws_elasticache_replication_group', 'aws_elasticache_cluster', 'aws_elasticache_serverless_cache', 'aws_memorydb_cluster',
  'aws_sqs_queue', 'aws_sns_topic', 'aws_kinesis_stream', 'aws_msk_cluster',
  'aws_s3_bucket', 'aws_dynamodb_table', 'aws_efs_file_system', 'aws_ebs_volume', 'aws_fsx_lustre_file_system',
  'aws_cloudwatch_log_group', 'aws_kms_key', 'aws_secretsmanager_secret', 'aws_backup_vault', 'aws_ecr_repository',
  // Azure
  'azurerm_postgresql_flexible_server', 'azurerm_postgresql_flexible_server_database', 'azurerm_mssql_server', 'azurerm_mssql_database',
  'azurerm_cosmosdb_account', 'azurerm_managed_redis', 'azurerm_redis_cache',
  'azurerm_servicebus_namespace', 'azurerm_servicebus_queue', 'azurerm_servicebus_topic', 'azurerm_eventhub_namespace',
  'azurerm_storage_account', 'azurerm_storage_container', 'azurerm_storage_share',
  'azurerm_log_analytics_workspace', 'azurerm_application_insights', 'azurerm_key_vault', 'azurerm_key_vault_key', 'azurerm_key_vault_secret',
  'azurerm_app_configuration', 'azurerm_container_registry', 'azurerm_recovery_services_vault',
]);

/**
 * Arguments whose change makes Terraform destroy and recreate the resource (ForceNew in the
 * provider), for the types where that loses data or breaks callers. On azurerm, `name`,
 * `location` and `resource_group_name` force replacement on every resource. Not exhaustive: the
 * provider schema in the .jsii assemblies does not carry ForceNew.
 */
export const FORCE_NEW: Readonly<Record<string, readonly string[]>> = {
  aws_db_instance: ['identifier', 'engine', 'storage_encrypted', 'kms_key_id', 'username', 'availability_zone', 'character_set_name'],
  aws_rds_cluster: ['cluster_identifier', 'engine', 'storage_encrypted', 'kms_key_id', 'database_name', 'master_username', 'availability_zones'],
  aws_elasticache_replication_group: ['replication_group_id', 'at_rest_encryption_enabled', 'kms_key_id', 'subnet_group_name', 'port'],
  aws_elasticache_serverless_cache: ['name', 'engine'],
  aws_sqs_queue: ['name', 'fifo_queue'],
  aws_sns_topic: ['name', 'fifo_topic'],
  aws_s3_bucket: ['bucket', 'bucket_prefix'],
  aws_cloudwatch_log_group: ['name', 'name_prefix'],
  aws_kms_key: ['customer_master_key_spec', 'key_usage'],
  aws_dynamodb_table: ['name', 'hash_key', 'range_key'],
  aws_efs_file_system: ['encrypted', 'kms_key_id', 'performance_mode', 'creation_token'],
  aws_lb: ['name', 'internal', 'load_balancer_type'],
  azurerm_postgresql_flexible_server: ['administrator_login', 'delegated_subnet_id', 'private_dns_zone_id'],
  azurerm_storage_account: ['is_hns_enabled'],
};
const AZURE_FORCE_NEW = ['name', 'location', 'resource_group_name'];

/** The changed arguments that force a replacement of a resource of this type. */
export function forcingReplacement(type: string, changed: readonly ArgumentChange[]): string[] {
  const force = new Set([...(FORCE_NEW[type] ?? []), ...(type.startsWith('azurerm_') ? AZURE_FORCE_NEW : [])]);
  return [...new Set(changed.map((c) => c.name.split(/[.[]/)[0]))].filter((n) => force.has(n));
}

/** Arguments that carry a resource's real-world name, used to recognise a changed construct id. */
export const NAME_ARGUMENTS: readonly string[] = [
  'name', 'bucket', 'identifier', 'cluster_identifier', 'replication_group_id', 'cluster_id', 'function_name',
  'family', 'topic_name', 'queue_name', 'name_prefix', 'bucket_prefix',
];

/** Compact, stable JSON for a table cell (keys sorted, long values cut). */
export function display(value: unknown, key: string, max = 120): string {
  if (value === undefined) return '';
  const s = JSON.stringify(sanitize(value, key));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Longest value shown whole in a before → after cell; a longer string shows its changed part. */
const SHORT = 80;

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The key a value is masked by: the last segment of its path, without a list selector. */
function lastSegment(name: string): string {
  return name.replace(/\[[^\]]*\]$/, '').split('.').pop() ?? name;
}

/** Fields that name a list item, in the order they are tried: `name` (ECS containers, blocks), `Sid` (IAM statements). */
export const ITEM_KEYS: readonly string[] = ['name', 'Name', 'Sid', 'sid', 'id', 'key'];

/** The field that names every item of both lists uniquely, if one does. */
function itemKey(before: unknown[], after: unknown[]): string | undefined {
  const all = [...before, ...after];
  if (all.length === 0 || !all.every(isPlain)) return undefined;
  return ITEM_KEYS.find((k) => {
    const unique = (list: unknown[]) => {
      const names = list.map((x) => (x as Record<string, unknown>)[k]);
      return names.every((n) => typeof n === 'string' && n !== '' && !n.includes('${')) && new Set(names).size === names.length;
    };
    return unique(before) && unique(after);
  });
}

/** `[{ name, value }]` lists (ECS environment, app settings as blocks) read as a map name → value. */
function asNameValueMap(list: unknown[], key: string): Record<string, unknown> | undefined {
  if (key !== 'name' && key !== 'Name') return undefined;
  const valueKey = key === 'name' ? 'value' : 'Value';
  if (!list.every((x) => isPlain(x) && Object.keys(x).length === 2 && valueKey in x)) return undefined;
  return Object.fromEntries(list.map((x) => [(x as Record<string, unknown>)[key] as string, (x as Record<string, unknown>)[valueKey]]));
}

function leaf(name: string, before: unknown, after: unknown, out: ArgumentChange[]): void {
  const key = lastSegment(name);
  if (typeof before === 'string' && typeof after === 'string') {
    const [b, a] = [display(before, key, Infinity), display(after, key, Infinity)];
    if ((b.length > SHORT || a.length > SHORT) && b !== a) {
      // A long string: the changed part with some context, not the common prefix.
      const [eb, ea] = changedExcerpt(JSON.parse(b), JSON.parse(a));
      out.push({ name, before: JSON.stringify(eb), after: JSON.stringify(ea) });
      return;
    }
  }
  out.push({ name, before: before === undefined ? undefined : display(before, key, SHORT + 40), after: after === undefined ? undefined : display(after, key, SHORT + 40) });
}

function diffList(name: string, before: unknown[], after: unknown[], out: ArgumentChange[]): void {
  const k = itemKey(before, after);
  if (k) {
    const b = asNameValueMap(before, k);
    const a = asNameValueMap(after, k);
    if (b && a) {
      diffValue(name, b, a, out);
      return;
    }
    // Items matched by their name: `container_definitions[app]`, `Statement[AllowRead]`.
    const byName = (list: unknown[]) => new Map(list.map((x) => [(x as Record<string, unknown>)[k] as string, x]));
    const [bm, am] = [byName(before), byName(after)];
    for (const n of [...new Set([...bm.keys(), ...am.keys()])].sort(cmp)) diffValue(`${name}[${n}]`, bm.get(n), am.get(n), out);
    return;
  }
  const primitives = [...before, ...after].every((x) => x === null || typeof x !== 'object');
  if (primitives && display(before, lastSegment(name)).length <= SHORT && display(after, lastSegment(name)).length <= SHORT) {
    leaf(name, before, after, out);
    return;
  }
  if (before.length === after.length) {
    before.forEach((b, i) => diffValue(`${name}[${i}]`, b, after[i], out));
    return;
  }
  // Different lengths: leave out the items found unchanged on both sides, then pair the rest by
  // position when as many remain on each side, else list them as removed and added.
  const pool = new Map<string, number>();
  for (const x of after) pool.set(stable(x), (pool.get(stable(x)) ?? 0) + 1);
  const gone: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const s = stable(before[i]);
    if ((pool.get(s) ?? 0) > 0) pool.set(s, pool.get(s)! - 1);
    else gone.push(i);
  }
  const keep = new Map<string, number>();
  for (const x of before) keep.set(stable(x), (keep.get(stable(x)) ?? 0) + 1);
  const added: number[] = [];
  for (let j = 0; j < after.length; j++) {
    const s = stable(after[j]);
    if ((keep.get(s) ?? 0) > 0) keep.set(s, keep.get(s)! - 1);
    else added.push(j);
  }
  if (gone.length === added.length) {
    gone.forEach((i, n) => diffValue(`${name}[${added[n]}]`, before[i], after[added[n]], out));
    return;
  }
  for (const i of gone) diffValue(`${name}[${i}]`, before[i], undefined, out);
  for (const j of added) diffValue(`${name}[${j}]`, undefined, after[j], out);
}

function diffValue(name: string, before: unknown, after: unknown, out: ArgumentChange[]): void {
  if (stable(before) === stable(after)) return;
  // Encoded documents (JSON strings, `${jsonencode(...)}`) on both sides: compared as structures.
  const [db, da] = [decodeEncoded(before), decodeEncoded(after)];
  if (db !== undefined && da !== undefined) {
    diffValue(name, db, da, out);
    return;
  }
  // Descend into maps and blocks so a changed tag or nested setting shows on its own.
  if (isPlain(before) && isPlain(after)) {
    for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(cmp)) diffValue(`${name}.${k}`, before[k], after[k], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffList(name, before, after, out);
    return;
  }
  leaf(name, before, after, out);
}

/**
 * Arguments that differ between two configs, in name order. Maps and nested blocks are compared
 * key by key (`tags.owner`, `metadata_options.http_tokens`). Encoded documents are decoded and
 * compared the same way; list items are matched by their name (`container_definitions[app]`,
 * `Statement[AllowRead]`), `{ name, value }` lists read as maps (`environment.LOG_LEVEL`).
 */
export function changedArguments(before: Record<string, unknown>, after: Record<string, unknown>): ArgumentChange[] {
  const out: ArgumentChange[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(cmp)) diffValue(name, before[name], after[name], out);
  return out;
}

function allArguments(config: Record<string, unknown>, side: 'before' | 'after'): ArgumentChange[] {
  return Object.keys(config)
    .sort()
    .map((name) => ({ name, [side]: display(config[name], name) }));
}

function parentOf(p: string): string {
  return p.split('/').slice(0, -1).join('/');
}

function nameOf(r: SynthResource): string | undefined {
  for (const k of NAME_ARGUMENTS) {
    const v = r.config[k];
    if (typeof v === 'string' && v !== '' && !v.includes('${')) return `${k}=${v}`;
  }
  return undefined;
}

/**
 * Pairs destroyed and created resources that are the same thing under a new logical id: same
 * type and same name argument; failing that, the only destroyed and the only created resource of
 * a type under the same parent construct (same position in the tree); failing that, the only pair
 * with the same type and the same path below a renamed blueprint.
 */
function pairRenames(destroyed: SynthResource[], created: SynthResource[]): Array<[SynthResource, SynthResource]> {
  const pairs: Array<[SynthResource, SynthResource]> = [];
  const usedD = new Set<SynthResource>();
  const usedC = new Set<SynthResource>();
  for (const d of destroyed) {
    const n = nameOf(d);
    if (!n) continue;
    const c = created.find((x) => !usedC.has(x) && x.type === d.type && x.mode === d.mode && nameOf(x) === n);
    if (c) {
      pairs.push([d, c]);
      usedD.add(d);
      usedC.add(c);
    }
  }
  const key = (r: SynthResource) => `${r.mode} ${r.type} ${parentOf(r.path)}`;
  const group = (list: SynthResource[], used: Set<SynthResource>, by = key) => {
    const m = new Map<string, SynthResource[]>();
    for (const r of list) if (!used.has(r)) m.set(by(r), [...(m.get(by(r)) ?? []), r]);
    return m;
  };
  const gd = group(destroyed, usedD);
  const gc = group(created, usedC);
  for (const [k, ds] of gd) {
    const cs = gc.get(k);
    if (ds.length === 1 && cs && cs.length === 1 && ds[0].mode === 'resource') {
      pairs.push([ds[0], cs[0]]);
      usedD.add(ds[0]);
      usedC.add(cs[0]);
    }
  }
  // A renamed blueprint: the same type and the same path below the blueprint (`Cache/Resource` →
  // `SessionCache/Resource`), when that pairing is unique.
  const tail = (r: SynthResource) => `${r.mode} ${r.type} ${r.path.split('/').slice(2).join('/')}`;
  const td = group(destroyed.filter((r) => !usedD.has(r)), new Set(), tail);
  const tc = group(created.filter((r) => !usedC.has(r)), new Set(), tail);
  for (const [k, ds] of td) {
    const cs = tc.get(k);
    if (ds.length === 1 && cs && cs.length === 1 && ds[0].mode === 'resource' && ds[0].path.split('/').length > 2) pairs.push([ds[0], cs[0]]);
  }
  return pairs;
}

const ACTION_ORDER: Record<ChangeAction, number> = { [ChangeAction.REPLACE]: 0, [ChangeAction.DESTROY]: 1, [ChangeAction.CREATE]: 2, [ChangeAction.UPDATE]: 3 };

/** The changes to one stack. `base` or `head` is undefined for an added or removed stack. */
export function diffStack(id: string, base: SynthStack | undefined, head: SynthStack | undefined): StackDiff {
  // Data sources are read, not changed: they are left out of the counts.
  const before = new Map((base?.resources ?? []).filter((r) => r.mode === 'resource').map((r) => [r.address, r]));
  const after = new Map((head?.resources ?? []).filter((r) => r.mode === 'resource').map((r) => [r.address, r]));
  const destroyed = [...before.values()].filter((r) => !after.has(r.address));
  const created = [...after.values()].filter((r) => !before.has(r.address));
  const renames = pairRenames(destroyed, created);
  const renamedD = new Set(renames.map(([d]) => d));
  const renamedC = new Set(renames.map(([, c]) => c));
  const changes: ResourceChange[] = [];
  for (const [d, c] of renames) {
    changes.push({
      action: ChangeAction.REPLACE, type: c.type, address: c.address, previousAddress: d.address, path: c.path, previousPath: d.path,
      stateful: STATEFUL_TYPES.has(c.type), arguments: changedArguments(d.config, c.config),
    });
  }
  for (const d of destroyed) {
    if (renamedD.has(d)) continue;
    changes.push({ action: ChangeAction.DESTROY, type: d.type, address: d.address, path: d.path, stateful: STATEFUL_TYPES.has(d.type), arguments: allArguments(d.config, 'before') });
  }
  for (const c of created) {
    if (renamedC.has(c)) continue;
    changes.push({ action: ChangeAction.CREATE, type: c.type, address: c.address, path: c.path, stateful: STATEFUL_TYPES.has(c.type), arguments: allArguments(c.config, 'after') });
  }
  for (const [address, a] of after) {
    const b = before.get(address);
    if (!b) continue;
    const args = changedArguments(b.config, a.config);
    if (args.length === 0) continue;
    const forcedBy = forcingReplacement(a.type, args);
    if (forcedBy.length > 0) changes.push({ action: ChangeAction.REPLACE, type: a.type, address, path: a.path, forcedBy, stateful: STATEFUL_TYPES.has(a.type), arguments: args });
    else changes.push({ action: ChangeAction.UPDATE, type: a.type, address, path: a.path, stateful: STATEFUL_TYPES.has(a.type), arguments: args });
  }
  changes.sort((x, y) => ACTION_ORDER[x.action] - ACTION_ORDER[y.action] || cmp(x.address, y.address));

  const warnings: string[] = [];
  for (const ch of changes) {
    if (ch.action === ChangeAction.REPLACE && ch.forcedBy) {
      if (ch.stateful) {
        warnings.push(`Stateful resource replaced: \`${ch.path}\` (${ch.type}). Changing ${ch.forcedBy.map((f) => `\`${f}\``).join(', ')} makes Terraform destroy and recreate it, and its data is lost.`);
      }
    } else if (ch.action === ChangeAction.REPLACE) {
      warnings.push(
        `Construct id changed: \`${ch.previousPath}\` → \`${ch.path}\` (${ch.type}). Terraform will destroy and recreate it${ch.stateful ? ', and its data is lost' : ''}. Keep the old id or move the state (\`terraform state mv\`).`,
      );
    } else if (ch.action === ChangeAction.DESTROY && ch.stateful) {
      warnings.push(`Stateful resource destroyed: \`${ch.path}\` (${ch.type}). Its data is lost unless it was backed up.`);
    }
  }
  const assets = assetChanges(base?.assets ?? [], head?.assets ?? []);
  const count = (a: ChangeAction) => changes.filter((c) => c.action === a).length;
  const replace = count(ChangeAction.REPLACE);
  const status = !base ? 'added' : !head ? 'removed' : changes.length > 0 || assets.length > 0 ? 'changed' : 'unchanged';
  return { stack: id, create: count(ChangeAction.CREATE) + replace, update: count(ChangeAction.UPDATE), destroy: count(ChangeAction.DESTROY) + replace, replace, changes, assets, status, warnings };
}

const ASSET_FILE = /^assets\/([^/]+)\/([^/]+)\//;

function assetHashes(files: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of files) {
    const a = ASSET_FILE.exec(f);
    if (a) m.set(a[1], a[2].slice(0, 8));
  }
  return m;
}

/** Assets by name: content hashes compared, never the content itself. */
export function assetChanges(before: string[], after: string[]): AssetChange[] {
  const b = assetHashes(before);
  const a = assetHashes(after);
  return [...new Set([...b.keys(), ...a.keys()])]
    .sort(cmp)
    .filter((name) => b.get(name) !== a.get(name))
    .map((name) => ({ name, ...(b.has(name) ? { before: b.get(name) } : {}), ...(a.has(name) ? { after: a.get(name) } : {}) }));
}

/** The changes to every stack of two synth outputs, stacks in id order. */
export function diffOutputs(base: SynthOutput, head: SynthOutput): StackDiff[] {
  const ids = [...new Set([...base.stacks.map((s) => s.id), ...head.stacks.map((s) => s.id)])].sort();
  return ids.map((id) => diffStack(id, base.stacks.find((s) => s.id === id), head.stacks.find((s) => s.id === id)));
}
