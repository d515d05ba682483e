import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server';
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator';
import { PostgresqlFlexibleServerDatabase } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-database';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { AzureShardedDatabase, AzureShardedDatabaseProps, azurePostgresStorageMb } from '../../../constructs/azure/sharded-database';
import { ShardStrategy } from '../../../constructs/core/shard-map';
import { SizeTier } from '../../../constructs/core/size';
import { azureStack, errorCodes, kitStack, resources, synth } from '../../helpers';
import { AzureKit } from '../../../constructs/azure/kit';
import { resolved, warnings } from '../../data-helpers';

function make(extra: Partial<AzureShardedDatabaseProps> = {}, id = 'Orders') {
  const { stack, resourceGroup } = azureStack();
  const db = new AzureShardedDatabase(stack, id, { resourceGroupName: resourceGroup.name, location: 'westeurope', delegatedSubnetId: '/subnets/postgres', virtualNetworkId: '/vnets/vnet', ...extra });
  return { stack, db, s: synth(stack) };
}

function primaries(s: ReturnType<typeof synth>): any[] {
  return (Object.values(resources(s, 'azurerm_postgresql_flexible_server')) as any[]).filter((x) => x.create_mode === undefined);
}

describe('default properties', () => {
  const { stack, db, s } = make();
  const json = Testing.synth(stack);

  test('one flexible server, PostgreSQL 16, zone-redundant HA across zones 1 and 2', () => {
    expect(primaries(s)).toHaveLength(1);
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServer, {
      name: 'shop-prod-orders-shard0',
      version: '16',
      sku_name: 'GP_Standard_D2ds_v5',
      zone: '1',
      high_availability: { mode: 'ZoneRedundant', standby_availability_zone: '2' },
    });
  });

  test('backups 7 days, locally redundant; storage 64 GiB with auto-grow', () => {
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServer, { name: 'shop-prod-orders-shard0', backup_retention_days: 7, geo_redundant_backup_enabled: false, storage_mb: 65536, auto_grow_enabled: true });
  });

  test('Entra ID only: password auth off, a managed identity as Entra administrator', () => {
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServer, { name: 'shop-prod-orders-shard0', authentication: expect.objectContaining({ active_directory_auth_enabled: true, password_auth_enabled: false }) });
    const server = primaries(s)[0];
    expect(server.administrator_login).toBeUndefined();
    expect(server.administrator_password).toBeUndefined();
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServerActiveDirectoryAdministrator, { principal_type: 'ServicePrincipal' });
  });

  test('private access only: delegated subnet, private DNS zone linked to the VNet, public access off', () => {
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServer, { name: 'shop-prod-orders-shard0', delegated_subnet_id: '/subnets/postgres', public_network_access_enabled: false });
    const zone = Object.values(resources(s, 'azurerm_private_dns_zone'))[0] as any;
    expect(zone.name).toBe('shop-prod-orders.private.postgres.database.azure.com');
    expect(json).toHaveResourceWithProperties(PrivateDnsZoneVirtualNetworkLink, { virtual_network_id: '/vnets/vnet' });
    expect(primaries(s)[0].depends_on).toEqual([expect.stringMatching(/azurerm_private_dns_zone_virtual_network_link/)]);
  });

  test('deletion protection: the server and database are prevent_destroy', () => {
    expect(primaries(s)[0].lifecycle).toEqual({ prevent_destroy: true });
    expect(json).toHaveResourceWithProperties(PostgresqlFlexibleServerDatabase, { name: 'orders', lifecycle: { prevent_destroy: true } });
  });

  test('one read replica server in another zone, serving the reader endpoint', () => {
    const replicas = (Object.values(resources(s, 'azurerm_postgresql_flexible_server')) as any[]).filter((x) => x.create_mode === 'Replica');
    expect(replicas).toEqual([expect.objectContaining({ name: 'shop-prod-orders-shard0-r1', zone: '3', public_network_access_enabled: false })]);
    expect(replicas[0].high_availability).toBeUndefined();
    expect(resolved(stack, db.shards[0].readerEndpoint)).toMatch(/Orders_Shard0_Replica1_[0-9A-F]+\.fqdn/);
    expect(resolved(stack, db.shards[0].writerEndpoint)).toMatch(/Orders_Shard0_[0-9A-F]+\.fqdn/);
    expect(resolved(stack, db.shards[0].credentialsSecretRef)).toMatch(/azurerm_user_assigned_identity\..*\.client_id/);
  });

  test('declares CPU, storage, connections and replica lag signals; server and storage costs', () => {
    expect(db.goldenSignals.map((g) => g.name)).toEqual(['writer-cpu-high', 'storage-high', 'connections-high', 'replica-lag']);
    expect(db.goldenSignals[2].threshold).toBe(687);
    expect(db.costItems).toEqual([
      expect.objectContaining({ sku: 'azure:postgres-flexible:GP_Standard_D2ds_v5', quantityMin: 3 * 730 }),
      expect.objectContaining({ sku: 'azure:postgres-flexible:storage-gb', quantityMin: 3 * 64 }),
    ]);
  });
});

describe('options', () => {
  test('N shards: one server each, the same database on every shard, one map', () => {
    const { s, db } = make({ shardCount: 3, readReplicas: 0, shardStrategy: ShardStrategy.LIST, shardKeyColumn: 'customer_region', shardLists: { eu: 0, us: 1, apac: 2 } });
    expect(primaries(s).map((x) => x.name)).toEqual(['shop-prod-orders-shard0', 'shop-prod-orders-shard1', 'shop-prod-orders-shard2']);
    expect(Object.keys(resources(s, 'azurerm_postgresql_flexible_server_database'))).toHaveLength(3);
    expect(db.shardMap).toMatchObject({ strategy: 'list', shardCount: 3, lists: { apac: 2, eu: 0, us: 1 } });
  });

  test('geo-redundant backups and retention are honoured', () => {
    const { stack } = make({ geoRedundantBackupEnabled: true, backupRetentionDays: 35 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(PostgresqlFlexibleServer, { geo_redundant_backup_enabled: true, backup_retention_days: 35 });
  });

  test('a Burstable size has no HA, with a warning', () => {
    const { s, db } = make({ size: SizeTier.XSMALL, readReplicas: 0 });
    expect(primaries(s)[0].high_availability).toBeUndefined();
    expect(primaries(s)[0].sku_name).toBe('B_Standard_B2s');
    expect(warnings(db)).toEqual([expect.stringMatching(/Burstable/)]);
  });

  test('a single zone uses same-zone HA', () => {
    expect(primaries(make({ zones: ['1'] }).s)[0].high_availability).toEqual({ mode: 'SameZone' });
  });

  test('storage rounds up to a supported size', () => {
    expect(azurePostgresStorageMb(20)).toBe(32768);
    expect(azurePostgresStorageMb(128)).toBe(131072);
    expect(azurePostgresStorageMb(129)).toBe(262144);
    expect(primaries(make({ storageGiB: 100 }).s)[0].storage_mb).toBe(131072);
  });

  test('deletion protection off drops prevent_destroy, with a warning', () => {
    const { s, db } = make({ deletionProtectionEnabled: false });
    expect(primaries(s)[0].lifecycle).toBeUndefined();
    expect(warnings(db)).toEqual([expect.stringMatching(/deletionProtectionEnabled is false/)]);
  });

  test('the shard map is written next to the stack as JSON', () => {
    const { stack } = make({ shardCount: 2, readReplicas: 0 });
    const outdir = Testing.fullSynth(stack);
    expect(JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'test', 'shard-map-orders.json'), 'utf8'))).toMatchObject({ shardCount: 2 });
  });
});

describe('rules', () => {
  const codes = (extra: Partial<AzureShardedDatabaseProps>) => errorCodes(() => make(extra));
  test('fails when the shard count is out of range', () => expect(codes({ shardCount: 17 })).toEqual(['ShardedDatabaseShardCountOutOfRange']));
  test('fails when backup retention is outside 1-35 days', () => expect(codes({ backupRetentionDays: 40 })).toEqual(['ShardedDatabaseBackupRetentionOutOfRange']));
  test('fails when readers are outside 0-5', () => expect(codes({ readReplicas: 6 })).toEqual(['ShardedDatabaseReadReplicasOutOfRange']));
  test('fails when storage is out of range', () => expect(codes({ storageGiB: 40000 })).toEqual(['ShardedDatabaseStorageOutOfRange']));
  test('fails when a list points at a missing shard', () => expect(codes({ shardStrategy: ShardStrategy.LIST, shardLists: { eu: 1 } })).toEqual(['ShardedDatabaseShardListIndexOutOfRange']));
});

describe('the principal bootstrap (grantConnect)', () => {
  function granted(shardCount = 2) {
    const { stack, kit } = kitStack('azure') as { stack: any; kit: AzureKit };
    const db = kit.shardedDatabase('Orders', { shardCount }) as AzureShardedDatabase;
    const web = kit.webApp('Web', {});
    const search = kit.webApp('Search', {});
    db.grantConnect!(web, 'app');
    db.grantConnect!(search, 'app');
    return { stack, kit, db, s: synth(stack) };
  }

  test('one run-once container group per database: Linux, restart Never, private IP in the bootstrap subnet, the administrator identity, Azure DNS', () => {
    const { s, kit, db } = granted();
    const groups = Object.values<any>(resources(s, 'azurerm_container_group'));
    expect(groups).toHaveLength(1);
    expect(db.principalBootstrap?.node.path).toBe('test-azure/Orders/PrincipalBootstrap/Resource');
    const [g] = groups;
    expect(g).toMatchObject({ os_type: 'Linux', restart_policy: 'Never', ip_address_type: 'Private', dns_config: { nameservers: ['168.63.129.16'] } });
    // A private IP needs at least one port, or the API answers MissingIpAddressPorts (AZURE_DATABASE_BOOTSTRAP_FACTS.placeholderPort).
    expect(g.container.flatMap((c: any) => c.ports ?? [])).toEqual([{ port: 5433, protocol: 'TCP' }]);
    expect(g.subnet_ids).toEqual([expect.stringMatching(/azurerm_subnet\.Network_BootstrapSubnet_[0-9A-F]+\.id/)]);
    expect(g.identity).toEqual({ type: 'UserAssigned', identity_ids: [expect.stringMatching(/azurerm_user_assigned_identity\.Orders_AdministratorIdentity_[0-9A-F]+\.id/)] });
    expect(g.container.map((c: any) => [c.name, c.image])).toEqual([['token', 'mcr.microsoft.com/azure-cli'], ['psql', 'docker.io/library/postgres:16']]);
    expect(g.container[0].environment_variables.CLIENT_ID).toMatch(/Orders_AdministratorIdentity_[0-9A-F]+\.client_id/);
    for (const c of g.container) expect(c.volume).toEqual([expect.objectContaining({ name: 'token', mount_path: '/run/bootstrap', empty_dir: true })]);
    expect(g.depends_on.filter((x: string) => x.includes('active_directory_administrator'))).toHaveLength(2);
    expect(g.depends_on.filter((x: string) => x.includes('flexible_server_database'))).toHaveLength(2);
    const bootstrap = kit.network.subnets['bootstrap' as keyof typeof kit.network.subnets];
    expect(bootstrap).toBeDefined();
  });

  test('the apps are no Entra administrators: the administrators are the database identity only, one per shard', () => {
    const { s } = granted();
    const admins = Object.values<any>(resources(s, 'azurerm_postgresql_flexible_server_active_directory_administrator'));
    expect(admins.map((a) => a.object_id)).toEqual([expect.stringMatching(/Orders_AdministratorIdentity_/), expect.stringMatching(/Orders_AdministratorIdentity_/)]);
  });

  test('the psql script creates both apps\' roles on each shard, as the administrator identity', () => {
    const { s } = granted(3);
    const [g] = Object.values<any>(resources(s, 'azurerm_container_group'));
    const script: string = g.container[1].commands[2];
    expect(g.container[1].commands.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    const sessions = script.split(/^psql -h /m).slice(1);
    expect(sessions).toHaveLength(3);
    sessions.forEach((x, i) => {
      expect(x.split('\n')[0]).toMatch(new RegExp(`^'\\$\\{azurerm_postgresql_flexible_server\\.Orders_Shard${i}_[0-9A-F]+\\.fqdn\\}'`));
      expect(x.match(/pgaadauth_create_principal_with_oid\(/g)).toHaveLength(2);
      expect(x).toMatch(/azurerm_linux_web_app\.Web_[0-9A-F]+\.identity\[0\]\.principal_id\}', 'service', false, false\)/);
      expect(x).toMatch(/azurerm_linux_web_app\.Search_[0-9A-F]+\.identity\[0\]\.principal_id\}', 'service', false, false\)/);
    });
    expect(script).toMatch(/^PGUSER='\$\{azurerm_user_assigned_identity\.Orders_AdministratorIdentity_[0-9A-F]+\.name\}'; export PGUSER$/m);
  });

  test('without a network there is no bootstrap: a warning and no container group', () => {
    const { stack, db } = make();
    const { kit } = kitStack('azure') as { stack: any; kit: AzureKit };
    db.grantConnect(kit.webApp('Web', {}));
    expect(Object.keys(resources(synth(stack), 'azurerm_container_group'))).toEqual([]);
    expect(warnings(db)).toEqual([expect.stringMatching(/No bootstrap subnet/)]);
    expect(db.principalBootstrap).toBeUndefined();
  });
});
