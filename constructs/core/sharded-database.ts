import { IWorkloadConsumer } from './wiring';
import { ShardMap, ShardStrategy, buildShardMap } from './shard-map';
import { SIZE_TIER_NAMES, SizeTier } from './size';
import { Rule, rules } from './validation';

/**
 * Neutral props of a sharded PostgreSQL database (seed §6.2): N independent shards, each a highly
 * available PostgreSQL, and a deterministic shard map the application's router loads.
 */
export interface ShardedDatabaseProps {
  /**
   * The database created on every shard, a PostgreSQL identifier.
   * @default - the construct id in snake_case (`Orders` → `orders`)
   */
  readonly databaseName?: string;
  /**
   * Size of each shard's writer (and readers) from the size-tier table.
   * @default SizeTier.SMALL
   */
  readonly size?: SizeTier;
  /**
   * Shards, 1–16. Each shard is a full cluster / server (the workload file allows 16 as well).
   * @default 1
   */
  readonly shardCount?: number;
  /**
   * How a row's shard is chosen.
   * @default ShardStrategy.HASH
   */
  readonly shardStrategy?: ShardStrategy;
  /**
   * The shard-key column the router reads.
   * @default 'id'
   */
  readonly shardKeyColumn?: string;
  /** With the list strategy: key value → shard index. @default - none (every value hashes) */
  readonly shardLists?: Record<string, number>;
  /**
   * Readers per shard, 0–5. AWS: Aurora replicas in other zones, the floor of reader autoscaling.
   * Azure: read-replica servers. 0 saves their cost and puts reads on the writer.
   * @default 1
   */
  readonly readReplicas?: number;
  /**
   * Most readers per shard that reader autoscaling may reach on AWS, at least readReplicas, up to 15.
   * Azure has no reader autoscaling; it is ignored there.
   * @default 5
   */
  readonly maxReadReplicas?: number;
  /**
   * Storage per shard in GiB, 20–32767. Azure provisions it (rounded up to a supported size);
   * Aurora storage grows by itself, and the value only sizes the cost estimate.
   * @default 64
   */
  readonly storageGiB?: number;
  /**
   * Days of automated backups (point-in-time restore), 1–35. Below 7 gets a warning.
   * @default 7
   */
  readonly backupRetentionDays?: number;
  /**
   * Geo-redundant backups (Azure: paired region; AWS: ignored, use AWS Backup cross-region copies).
   * Costs about twice the backup storage.
   * @default false
   */
  readonly geoRedundantBackupEnabled?: boolean;
  /**
   * Deletion protection (and a final snapshot on AWS). Turning it off lets `terraform destroy`
   * drop the data.
   * @default true
   */
  readonly deletionProtectionEnabled?: boolean;
  /**
   * PostgreSQL major version: 15, 16 or 17 (Aurora pins a minor version per major).
   * @default '16'
   */
  readonly engineVersion?: string;
}

export const SHARDED_DATABASE_DEFAULTS = {
  size: SizeTier.SMALL,
  shardCount: 1,
  shardStrategy: ShardStrategy.HASH,
  shardKeyColumn: 'id',
  readReplicas: 1,
  maxReadReplicas: 5,
  storageGiB: 64,
  backupRetentionDays: 7,
  geoRedundantBackupEnabled: false,
  deletionProtectionEnabled: true,
  engineVersion: '16',
  /** Reader autoscaling target: average reader CPU percent. */
  readerCpuTargetPercent: 60,
  port: 5432,
} as const;

/** One row of the database sizing table. */
export interface DatabaseSizeRow {
  readonly awsInstanceClass: string;
  /** Default `max_connections` of the Aurora class: LEAST(memory / 9531392, 5000). */
  readonly awsMaxConnections: number;
  readonly azureSku: string;
  /** Default `max_connections` of the Azure SKU. */
  readonly azureMaxConnections: number;
  /** Azure Burstable SKUs cannot run zone-redundant HA. */
  readonly azureBurstable: boolean;
}

/**
 * Size tier → database instance class / SKU. Aurora uses memory-optimised Graviton (r7g; t4g for
 * dev), Azure the General Purpose Ddsv5 (Burstable B2s for dev, which has no HA).
 *
 * | size | Aurora class | Azure SKU |
 * |---|---|---|
 * | xsmall | db.t4g.medium | B_Standard_B2s |
 * | small | db.r7g.large | GP_Standard_D2ds_v5 |
 * | medium | db.r7g.xlarge | GP_Standard_D4ds_v5 |
 * | large | db.r7g.2xlarge | GP_Standard_D8ds_v5 |
 * | xlarge | db.r7g.4xlarge | GP_Standard_D16ds_v5 |
 * | 2xlarge | db.r7g.8xlarge | GP_Standard_D32ds_v5 |
 */
export const DATABASE_SIZES: Readonly<Record<SizeTier, DatabaseSizeRow>> = {
  [SizeTier.XSMALL]: { awsInstanceClass: 'db.t4g.medium', awsMaxConnections: 450, azureSku: 'B_Standard_B2s', azureMaxConnections: 429, azureBurstable: true },
  [SizeTier.SMALL]: { awsInstanceClass: 'db.r7g.large', awsMaxConnections: 1800, azureSku: 'GP_Standard_D2ds_v5', azureMaxConnections: 859, azureBurstable: false },
  [SizeTier.MEDIUM]: { awsInstanceClass: 'db.r7g.xlarge', awsMaxConnections: 3600, azureSku: 'GP_Standard_D4ds_v5', azureMaxConnections: 1719, azureBurstable: false },
  [SizeTier.LARGE]: { awsInstanceClass: 'db.r7g.2xlarge', awsMaxConnections: 5000, azureSku: 'GP_Standard_D8ds_v5', azureMaxConnections: 3438, azureBurstable: false },
  [SizeTier.XLARGE]: { awsInstanceClass: 'db.r7g.4xlarge', awsMaxConnections: 5000, azureSku: 'GP_Standard_D16ds_v5', azureMaxConnections: 5000, azureBurstable: false },
  [SizeTier.XXLARGE]: { awsInstanceClass: 'db.r7g.8xlarge', awsMaxConnections: 5000, azureSku: 'GP_Standard_D32ds_v5', azureMaxConnections: 5000, azureBurstable: false },
};

/** The database name the props give, or one derived from the construct id (`Orders` → `orders`). */
export function databaseNameOf(props: ShardedDatabaseProps, id: string): string {
  if (props.databaseName !== undefined) return props.databaseName;
  const snake = id.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(snake) ? snake : `db_${snake}`;
}

/** The shard map the props describe. */
export function shardMapOf(props: ShardedDatabaseProps): ShardMap {
  return buildShardMap({
    shardCount: props.shardCount ?? SHARDED_DATABASE_DEFAULTS.shardCount,
    strategy: props.shardStrategy ?? SHARDED_DATABASE_DEFAULTS.shardStrategy,
    column: props.shardKeyColumn ?? SHARDED_DATABASE_DEFAULTS.shardKeyColumn,
    lists: props.shardLists,
  });
}

/** The most shards a ShardedDatabase builds (the shard map itself supports 32). */
export const SHARDED_DATABASE_MAX_SHARDS = 16;

export const SHARDED_DATABASE_RULES: ReadonlyArray<Rule<ShardedDatabaseProps>> = [
  rules.intRange<ShardedDatabaseProps>('ShardedDatabaseShardCountOutOfRange', 'shardCount', (p) => p.shardCount, 1, SHARDED_DATABASE_MAX_SHARDS, `Use 1 to ${SHARDED_DATABASE_MAX_SHARDS} shards; beyond that, consider managed sharding (docs/data.md).`),
  rules.oneOf<ShardedDatabaseProps, string>('ShardedDatabaseSizeInvalid', 'size', (p) => p.size, SIZE_TIER_NAMES, 'Pick a size from the size-tier table.'),
  rules.oneOf<ShardedDatabaseProps, string>('ShardedDatabaseStrategyInvalid', 'shardStrategy', (p) => p.shardStrategy, Object.values(ShardStrategy), 'Use hash or list.'),
  rules.intRange<ShardedDatabaseProps>('ShardedDatabaseReadReplicasOutOfRange', 'readReplicas', (p) => p.readReplicas, 0, 5, 'Use 0 to 5 readers per shard (Azure allows 5 read replicas per server).'),
  rules.intRange<ShardedDatabaseProps>('ShardedDatabaseMaxReadReplicasOutOfRange', 'maxReadReplicas', (p) => p.maxReadReplicas, 0, 15, 'Aurora allows at most 15 replicas per cluster.'),
  {
    code: 'ShardedDatabaseMaxReadReplicasBelowMin',
    prop: 'maxReadReplicas',
    value: (p) => p.maxReadReplicas,
    failsWhen: (p) => p.maxReadReplicas !== undefined && p.maxReadReplicas < (p.readReplicas ?? SHARDED_DATABASE_DEFAULTS.readReplicas),
    allowed: (p) => `at least readReplicas (${p.readReplicas ?? SHARDED_DATABASE_DEFAULTS.readReplicas})`,
    fix: 'Raise maxReadReplicas or lower readReplicas.',
  },
  rules.intRange<ShardedDatabaseProps>('ShardedDatabaseStorageOutOfRange', 'storageGiB', (p) => p.storageGiB, 20, 32767, 'Use 20 GiB to 32 TiB per shard (the Azure flexible-server limit).'),
  rules.intRange<ShardedDatabaseProps>('ShardedDatabaseBackupRetentionOutOfRange', 'backupRetentionDays', (p) => p.backupRetentionDays, 1, 35, 'Both providers keep automated backups for 1 to 35 days; 7 or more is the default.'),
  rules.oneOf<ShardedDatabaseProps, string>('ShardedDatabaseEngineVersionInvalid', 'engineVersion', (p) => p.engineVersion, ['15', '16', '17'], 'Use a PostgreSQL major version both clouds support (14 leaves Azure standard support in December 2026).'),
  rules.pattern<ShardedDatabaseProps>('ShardedDatabaseNameInvalid', 'databaseName', (p) => p.databaseName, /^[a-z_][a-z0-9_]{0,62}$/, 'a PostgreSQL identifier (lower-case, digits, _)', 'Use a name such as "orders".'),
  rules.pattern<ShardedDatabaseProps>('ShardedDatabaseShardKeyColumnInvalid', 'shardKeyColumn', (p) => p.shardKeyColumn, /^[a-z_][a-z0-9_]{0,62}$/, 'a PostgreSQL identifier (lower-case, digits, _)', 'Name the column as it is in the schema.'),
  {
    code: 'ShardedDatabaseShardListEmpty',
    prop: 'shardLists',
    value: (p) => p.shardLists,
    failsWhen: (p) => p.shardStrategy === ShardStrategy.LIST && Object.keys(p.shardLists ?? {}).length === 0,
    allowed: 'at least one value → shard entry with the list strategy',
    fix: 'Map each key value to a shard, e.g. {"eu": 0}.',
  },
  {
    code: 'ShardedDatabaseShardListIndexOutOfRange',
    prop: 'shardLists',
    value: (p) => Object.entries(p.shardLists ?? {}).find(([, i]) => !isShardIndex(i, p))?.[1],
    failsWhen: (p) => Object.values(p.shardLists ?? {}).some((i) => !isShardIndex(i, p)),
    allowed: (p) => `a shard index from 0 to ${(p.shardCount ?? 1) - 1}`,
    fix: 'Point every value at an existing shard, or add shards.',
  },
];

function isShardIndex(i: number, p: ShardedDatabaseProps): boolean {
  return Number.isInteger(i) && i >= 0 && i < (p.shardCount ?? SHARDED_DATABASE_DEFAULTS.shardCount);
}

/** One shard as apps see it. */
export interface IDatabaseShardRef {
  readonly index: number;
  /** Writer host name (AWS cluster endpoint; Azure server FQDN). */
  readonly writerEndpoint: string;
  /** Reader host name (AWS reader endpoint; Azure first replica, or the writer when there is none). */
  readonly readerEndpoint: string;
  /**
   * Where credentials live: AWS the Secrets Manager ARN of the managed master secret; Azure the
   * Entra administrator identity's client id (no passwords exist).
   */
  readonly credentialsSecretRef: string;
}

/** `orders-db` / `OrdersDatabase` → `ORDERS_DB` / `ORDERS_DATABASE`: the settings prefix of a name. */
export function settingsKey(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * The settings an app needs to reach a database with its own identity (docs/wiring.md), under
 * `DATABASE_<DATABASE NAME>_`: `ENDPOINT` (writer of shard 0), `ENDPOINTS` (every shard's writer, by index),
 * `READER_ENDPOINTS`, `PORT`, `NAME` (the database), `AUTH` (`iam`: an RDS IAM auth token for
 * `USER`; `entra`: a Microsoft Entra token, the identity's own name as user; `password`: a retained
 * database, credentials at `CREDENTIALS_REF`), `USER` (AWS), `CREDENTIALS_REF` (a retained
 * database only: the secret; apps of a created database never read its master secret), `RETAINED`.
 */
export function databaseSettings(db: IShardedDatabaseRef, dbUser?: string): Record<string, string> {
  const key = `DATABASE_${settingsKey(db.databaseName)}`;
  const auth = db.authentication ?? 'password';
  const env: Record<string, string> = {
    [`${key}_ENDPOINT`]: db.shards[0].writerEndpoint,
    [`${key}_ENDPOINTS`]: db.shards.map((s) => s.writerEndpoint).join(','),
    [`${key}_READER_ENDPOINTS`]: db.shards.map((s) => s.readerEndpoint).join(','),
    [`${key}_PORT`]: String(db.port),
    [`${key}_NAME`]: db.databaseName,
    [`${key}_AUTH`]: auth,
    [`${key}_RETAINED`]: String(db.retained),
  };
  if (auth === 'iam' && dbUser !== undefined) env[`${key}_USER`] = dbUser;
  if (auth === 'password') env[`${key}_CREDENTIALS_REF`] = db.shards[0].credentialsSecretRef;
  return env;
}

/** What a sharded database hands to apps and stacks. */
export interface IShardedDatabaseRef {
  readonly databaseName: string;
  readonly port: number;
  readonly shards: IDatabaseShardRef[];
  readonly shardMap: ShardMap;
  /** True for a database kept where it is (seed §5.5): nothing was created. */
  readonly retained: boolean;
  /** How apps log in: `iam` (AWS IAM database auth), `entra` (Azure Entra ID). @default - `password` (a retained database's secret) */
  readonly authentication?: string;
  /**
   * Lets `consumer` log in to every shard: the network path on the Postgres port, the least
   * identity permission, a database principal for the consumer (AWS: an IAM-authenticated DB user
   * its role maps to; Azure: its managed identity as an Entra principal), and the `app->database`
   * edge. Absent on a retained database (nothing of it is in the stack).
   * @param dbUser the PostgreSQL role the consumer logs in as (AWS IAM auth)
   * @returns the settings the consumer needs to connect with that identity
   */
  grantConnect?(consumer: IWorkloadConsumer, dbUser: string): Record<string, string>;
}

/** A database that stays where it is: its endpoint and the reference to its credentials. */
export interface RetainedDatabaseProps {
  readonly endpoint: string;
  readonly credentialsSecretRef: string;
  /** @default 5432 */
  readonly port?: number;
}

/**
 * The neutral reference to a retained database: one shard at the existing endpoint, a one-shard
 * map, and no resources. Kits return it instead of building a ShardedDatabase.
 */
export function retainedDatabaseRef(databaseName: string, props: RetainedDatabaseProps): IShardedDatabaseRef {
  return {
    databaseName,
    port: props.port ?? SHARDED_DATABASE_DEFAULTS.port,
    shards: [{ index: 0, writerEndpoint: props.endpoint, readerEndpoint: props.endpoint, credentialsSecretRef: props.credentialsSecretRef }],
    shardMap: buildShardMap({ shardCount: 1 }),
    retained: true,
  };
}

/** What a kit's `shardedDatabase` takes: the blueprint props, or a retained database. */
export interface ShardedDatabaseKitProps extends ShardedDatabaseProps {
  /** The database stays where it is: nothing is created, the ref points at it. @default - a new database */
  readonly retained?: RetainedDatabaseProps;
}
