import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server';
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator';
import { PostgresqlFlexibleServerDatabase } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-database';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { ContainerGroup } from '@cdktf/provider-azurerm/lib/container-group';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { StackFile } from '../core/private/stack-file';
import {
  DATABASE_SIZES,
  IDatabaseShardRef,
  IShardedDatabaseRef,
  SHARDED_DATABASE_DEFAULTS,
  SHARDED_DATABASE_RULES,
  ShardedDatabaseProps,
  databaseNameOf,
  databaseSettings,
  settingsKey,
  shardMapOf,
} from '../core/sharded-database';
import { ShardMap, shardMapJson } from '../core/shard-map';
import { privateDnsZone } from './private/private-link';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { IAzureSubnetAccess, allowConsumerSubnet, azureIdentity } from './private/grants';
import { PrincipalBootstrap } from './private/database-bootstrap';

export interface AzureShardedDatabaseProps extends ShardedDatabaseProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The network's POSTGRES subnet (delegated to Microsoft.DBforPostgreSQL/flexibleServers). */
  readonly delegatedSubnetId: string;
  /** The VNet the private DNS zone is linked to. */
  readonly virtualNetworkId: string;
  /**
   * Zones for the primary, the standby and the replicas, in order (`['1', '2', '3']`).
   * @default ['1', '2', '3']
   */
  readonly zones?: string[];
  /** Opens the delegated subnet to each consumer's subnet on 5432 (the kit passes the network). @default - no NSG rules are added */
  readonly network?: IAzureSubnetAccess;
}

/** Storage sizes a flexible server accepts (MiB). */
export const AZURE_POSTGRES_STORAGE_MB = [32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408] as const;

/** The smallest supported storage size holding `gib`. */
export function azurePostgresStorageMb(gib: number): number {
  return AZURE_POSTGRES_STORAGE_MB.find((mb) => mb >= gib * 1024) ?? AZURE_POSTGRES_STORAGE_MB[AZURE_POSTGRES_STORAGE_MB.length - 1];
}

export const AZURE_SHARDED_DATABASE_DEFAULTS = {
  zones: ['1', '2', '3'],
  highAvailabilityMode: 'ZoneRedundant',
  storageAutoGrow: true,
} as const;

/** The parts of one flexible-server shard. */
export class AzureDatabaseShard extends Construct implements IDatabaseShardRef {
  public readonly index: number;
  public readonly resource: PostgresqlFlexibleServer;
  public readonly replicas: PostgresqlFlexibleServer[] = [];
  public readonly administrator: PostgresqlFlexibleServerActiveDirectoryAdministrator;
  public readonly database: PostgresqlFlexibleServerDatabase;
  public readonly writerEndpoint: string;
  public readonly readerEndpoint: string;
  public readonly credentialsSecretRef: string;
  private readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, index: number, props: AzureShardedDatabaseProps, shared: { zone: PrivateDnsZone; link: PrivateDnsZoneVirtualNetworkLink; admin: UserAssignedIdentity; databaseName: string }) {
    super(scope, id);
    this.resourceGroupName = props.resourceGroupName;
    this.index = index;
    const d = SHARDED_DATABASE_DEFAULTS;
    const size = DATABASE_SIZES[props.size ?? d.size];
    const zones = props.zones ?? [...AZURE_SHARDED_DATABASE_DEFAULTS.zones];
    const ha = !size.azureBurstable;
    const protect = props.deletionProtectionEnabled ?? d.deletionProtectionEnabled;
    const common = {
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      version: props.engineVersion ?? d.engineVersion,
      skuName: size.azureSku,
      storageMb: azurePostgresStorageMb(props.storageGiB ?? d.storageGiB),
      autoGrowEnabled: AZURE_SHARDED_DATABASE_DEFAULTS.storageAutoGrow,
      delegatedSubnetId: props.delegatedSubnetId,
      privateDnsZoneId: shared.zone.id,
      publicNetworkAccessEnabled: false,
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: shared.admin.tenantId },
      dependsOn: [shared.link],
      lifecycle: protect ? { preventDestroy: true } : undefined,
    };
    this.resource = new PostgresqlFlexibleServer(this, 'Resource', {
      ...common,
      name: resourceName(this, 'azurePostgres'),
      zone: zones[0],
      // One zone only: the standby stays in the same zone (SameZone HA).
      highAvailability: !ha ? undefined : zones.length > 1 ? { mode: AZURE_SHARDED_DATABASE_DEFAULTS.highAvailabilityMode, standbyAvailabilityZone: zones[1] } : { mode: 'SameZone' },
      backupRetentionDays: props.backupRetentionDays ?? d.backupRetentionDays,
      geoRedundantBackupEnabled: props.geoRedundantBackupEnabled ?? d.geoRedundantBackupEnabled,
    });
    this.administrator = new PostgresqlFlexibleServerActiveDirectoryAdministrator(this, 'Administrator', {
      serverName: this.resource.name,
      resourceGroupName: props.resourceGroupName,
      tenantId: shared.admin.tenantId,
      objectId: shared.admin.principalId,
      principalName: shared.admin.name,
      principalType: 'ServicePrincipal',
    });
    this.database = new PostgresqlFlexibleServerDatabase(this, 'Database', {
      name: shared.databaseName,
      serverId: this.resource.id,
      charset: 'UTF8',
      collation: 'en_US.utf8',
      lifecycle: protect ? { preventDestroy: true } : undefined,
    });
    const readers = props.readReplicas ?? d.readReplicas;
    for (let r = 1; r <= readers; r++) {
      this.replicas.push(
        new PostgresqlFlexibleServer(this, `Replica${r}`, {
          ...common,
          name: resourceName(this, 'azurePostgres', `r${r}`),
          createMode: 'Replica',
          sourceServerId: this.resource.id,
          zone: zones[(r + 1) % zones.length],
          dependsOn: [shared.link, this.administrator],
        }),
      );
    }
    this.writerEndpoint = this.resource.fqdn;
    this.readerEndpoint = this.replicas[0]?.fqdn ?? this.resource.fqdn;
    this.credentialsSecretRef = shared.admin.clientId;
  }

  private lastAdministrator?: PostgresqlFlexibleServerActiveDirectoryAdministrator;

  /**
   * Adds a Microsoft Entra administrator (a service principal) to this shard's server. Each
   * depends on the one before: the server takes one administrator change at a time. Not for apps:
   * an administrator is an `azure_pg_admin` member with CREATEROLE and CREATEDB, and
   * BP-ALL-WIRE-3 flags an app that is one; `grantConnect` makes apps regular roles.
   */
  public addAdministrator(id: string, objectId: string, principalName: string, tenantId: string): PostgresqlFlexibleServerActiveDirectoryAdministrator {
    const admin = new PostgresqlFlexibleServerActiveDirectoryAdministrator(this, id, {
      serverName: this.resource.name,
      resourceGroupName: this.resourceGroupName,
      tenantId,
      objectId,
      principalName,
      principalType: 'ServicePrincipal',
      dependsOn: [this.lastAdministrator ?? this.administrator],
    });
    this.lastAdministrator = admin;
    return admin;
  }
}

/**
 * A sharded PostgreSQL database on Azure: one PostgreSQL Flexible Server per shard with
 * zone-redundant HA, backups ≥ 7 days (geo-redundant as an option), Entra ID authentication only
 * (password auth off; a managed identity per database is the only Entra administrator, and a
 * run-once container group creates each consumer's regular Entra role), private access
 * through the delegated POSTGRES subnet and a private DNS zone linked to the VNet, no public access,
 * and read-replica servers. The shard map is exposed as `shardMap` and written next to the stack.
 */
export class AzureShardedDatabase extends Blueprint implements IShardedDatabaseRef {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'ShardedDatabase';
  /** The first shard's server. */
  public readonly resource: PostgresqlFlexibleServer;
  public readonly privateDnsZone: PrivateDnsZone;
  /** The Entra administrator of every shard: a user-assigned managed identity. */
  public readonly administratorIdentity: UserAssignedIdentity;
  public readonly shardConstructs: AzureDatabaseShard[] = [];
  public readonly shards: IDatabaseShardRef[];
  public readonly shardMap: ShardMap;
  public readonly shardMapFile: StackFile;
  public readonly databaseName: string;
  public readonly port = SHARDED_DATABASE_DEFAULTS.port;
  public readonly retained = false;
  /** Apps log in with a Microsoft Entra token of their own managed identity. */
  public readonly authentication = 'entra';
  private readonly props: AzureShardedDatabaseProps;

  constructor(scope: Construct, id: string, props: AzureShardedDatabaseProps) {
    super(scope, id);
    this.validate('AzureShardedDatabase', SHARDED_DATABASE_RULES, props);
    this.props = props;
    const d = SHARDED_DATABASE_DEFAULTS;
    const shardCount = props.shardCount ?? d.shardCount;
    const size = DATABASE_SIZES[props.size ?? d.size];
    const backupDays = props.backupRetentionDays ?? d.backupRetentionDays;
    if (backupDays < 7) Annotations.of(this).addWarning(`backupRetentionDays is ${backupDays}: fewer than 7 days of point-in-time restore.`);
    if (size.azureBurstable) Annotations.of(this).addWarning(`size ${props.size} maps to ${size.azureSku}: Burstable servers have no zone-redundant HA.`);
    if (props.deletionProtectionEnabled === false) Annotations.of(this).addWarning('deletionProtectionEnabled is false: terraform destroy can drop the servers.');
    this.databaseName = databaseNameOf(props, id);
    this.shardMap = shardMapOf(props);

    const { zone, link } = privateDnsZone(this, 'PrivateDnsZone', {
      resourceGroupName: props.resourceGroupName,
      zoneName: `${resourceName(this, 'azureGeneric')}.private.postgres.database.azure.com`,
      virtualNetworkId: props.virtualNetworkId,
    });
    this.privateDnsZone = zone;
    this.administratorIdentity = new UserAssignedIdentity(this, 'AdministratorIdentity', {
      name: resourceName(this, 'azureManagedIdentity', 'pg-admin'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
    });
    for (let i = 0; i < shardCount; i++) {
      this.shardConstructs.push(new AzureDatabaseShard(this, `Shard${i}`, i, props, { zone, link, admin: this.administratorIdentity, databaseName: this.databaseName }));
    }
    this.shards = this.shardConstructs.map((s) => ({ index: s.index, writerEndpoint: s.writerEndpoint, readerEndpoint: s.readerEndpoint, credentialsSecretRef: s.credentialsSecretRef }));
    this.resource = this.shardConstructs[0].resource;
    this.shardMapFile = new StackFile(this, 'ShardMapFile', { fileName: `shard-map-${this.databaseName.replace(/_/g, '-')}.json`, content: shardMapJson(this.shardMap) });

    const readers = props.readReplicas ?? d.readReplicas;
    for (const s of this.shardConstructs) {
      const tag = shardCount > 1 ? `shard-${s.index}-` : '';
      const metric = (metricName: string, resourceId = s.resource.id) => ({ namespace: 'Microsoft.DBforPostgreSQL/flexibleServers', metricName, resourceId });
      this.addGoldenSignal({
        name: `${tag}writer-cpu-high`, description: `The primary of shard ${s.index} is CPU-bound: size up or add shards.`, metric: metric('cpu_percent'),
        statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 80, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}storage-high`, description: `Shard ${s.index} storage is nearly full (auto-grow is on, but check the growth).`, metric: metric('storage_percent'),
        statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 85, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}connections-high`, description: `Shard ${s.index} nears max_connections (${size.azureMaxConnections}): add PgBouncer or size up.`, metric: metric('active_connections'),
        statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: Math.floor(size.azureMaxConnections * 0.8), periodSeconds: 300, severity: Severity.WARNING,
      });
      if (s.replicas.length > 0) {
        this.addGoldenSignal({
          name: `${tag}replica-lag`, description: `The first read replica of shard ${s.index} lags (seconds).`, metric: metric('physical_replication_delay_in_seconds', s.replicas[0].id),
          statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 1, periodSeconds: 300, severity: Severity.WARNING,
        });
      }
    }
    const serversPerShard = (size.azureBurstable ? 1 : 2) + readers;
    this.addCostItem({
      sku: `azure:postgres-flexible:${size.azureSku}`,
      description: `flexible servers (${shardCount} shard(s) × ${size.azureBurstable ? 'primary' : 'primary + HA standby'} + ${readers} replica(s))`,
      quantityMin: shardCount * serversPerShard * 730,
      quantityMax: shardCount * serversPerShard * 730,
    });
    const storageGiB = azurePostgresStorageMb(props.storageGiB ?? d.storageGiB) / 1024;
    this.addCostItem({ sku: 'azure:postgres-flexible:storage-gb', description: `provisioned storage (${shardCount * serversPerShard} × ${storageGiB} GiB)`, quantityMin: shardCount * serversPerShard * storageGiB, quantityMax: shardCount * serversPerShard * storageGiB });
  }

  private bootstrap?: PrincipalBootstrap;

  /**
   * The principal bootstrap: the run-once container group that creates the consumers' regular
   * Entra roles on every shard, made on the first grant. It runs as `administratorIdentity`, the
   * only Entra administrator of the shards, from the network's BOOTSTRAP subnet, which the POSTGRES
   * subnet's NSG admits on 5432. Undefined before a grant, or without a bootstrap subnet.
   */
  public get principalBootstrap(): ContainerGroup | undefined {
    return this.bootstrap?.resource;
  }

  /** The principal bootstrap, made once; undefined (with a warning) when the network gives no bootstrap subnet. */
  private ensurePrincipalBootstrap(): PrincipalBootstrap | undefined {
    if (this.bootstrap) return this.bootstrap;
    const subnetId = this.props.network?.bootstrapSubnetId;
    if (!this.props.network || subnetId === undefined) {
      Annotations.of(this).addWarning('No bootstrap subnet (props.network of an AzureNetwork): no Entra role is created for the consumers; create them by hand (docs/deploy.md) or BP-ALL-WIRE-3 fails.');
      return undefined;
    }
    this.bootstrap = new PrincipalBootstrap(this, 'PrincipalBootstrap', {
      resourceGroupName: this.props.resourceGroupName,
      location: this.props.location,
      subnetId,
      administrator: { id: this.administratorIdentity.id, clientId: this.administratorIdentity.clientId, name: this.administratorIdentity.name },
      hosts: this.shardConstructs.map((s) => s.resource.fqdn),
      engineVersion: this.props.engineVersion ?? SHARDED_DATABASE_DEFAULTS.engineVersion,
      dependsOn: this.shardConstructs.flatMap((s) => [s.administrator, s.database]),
    });
    this.props.network.allowInbound(this.props.delegatedSubnetId, subnetId, [this.port]);
    return this.bootstrap;
  }

  /**
   * Lets `consumer` log in to every shard with its managed identity as a regular Microsoft Entra
   * role (not an administrator): the principal bootstrap creates the role on each shard's primary
   * with `pgaadauth_create_principal_with_oid(<name>, <principal id>, 'service', false, false)`,
   * an NSG rule opens the delegated subnet to the consumer's subnet on 5432, and the
   * `app->database` edge is recorded. The role name, sent as the login user
   * (`DATABASE_<DB>_USER`), is the identity's name. The role holds only what PostgreSQL grants
   * PUBLIC (CONNECT and TEMPORARY on databases); schema and table privileges are the database
   * owner's to grant (docs/deploy.md, "Schema and table privileges on Azure").
   * @param _dbUser ignored on Azure: the login name is the identity's own name
   */
  public grantConnect(consumer: IWorkloadConsumer, _dbUser?: string): Record<string, string> {
    const id = azureIdentity(this.node.path, consumer);
    const roleName = id.principalName ?? consumer.node.id;
    const bootstrap = this.ensurePrincipalBootstrap();
    bootstrap?.addPrincipal({ roleName, objectId: id.principalId });
    const servers: Record<string, string> = {};
    for (const s of this.shardConstructs) servers[`server${s.index}`] = s.resource.id;
    allowConsumerSubnet(this.props.network, this.props.delegatedSubnetId, consumer, [this.port]);
    const settings = { ...databaseSettings(this), [`DATABASE_${settingsKey(this.databaseName)}_USER`]: roleName };
    Wiring.of(this).add({
      kind: EdgeKind.APP_DATABASE, from: consumer.node.path, to: this.node.path, port: this.port, protocol: 'postgres+tls',
      permissions: ['Microsoft Entra role (regular: LOGIN and what PUBLIC holds, no azure_pg_admin)'],
      pieces: {
        identity: id.principalId, resource: this.resource.id, ...servers,
        ...(bootstrap ? { bootstrap: bootstrap.resource.id, bootstrapSubnet: this.props.network!.bootstrapSubnetId! } : {}),
        ...(id.subnetId ? { consumerSubnet: id.subnetId } : {}),
      },
      settings: Object.keys(settings).sort(),
      note: 'Entra ID token of the consumer identity, logging in as a regular Entra role that the principal bootstrap (a run-once container group in the BOOTSTRAP subnet, as the database\'s administrator identity) creates on every shard; TLS on 5432 through the delegated subnet.',
    });
    return settings;
  }
}
