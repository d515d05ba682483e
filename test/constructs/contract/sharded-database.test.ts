import { ShardedDatabaseKitProps } from '../../../constructs/core/sharded-database';
import { ShardStrategy, shardMapJson } from '../../../constructs/core/shard-map';
import { errorCodes, kitStack, synth } from '../../helpers';

interface DatabaseView {
  readonly shards: number;
  readonly backupDays: number;
  readonly encryptedOrManaged: boolean;
  readonly passwordAuth: boolean;
  readonly publicAccess: boolean;
  readonly highlyAvailable: boolean;
  readonly readersPerShard: number;
  readonly deletionProtected: boolean;
}

const CLOUDS = [
  {
    cloud: 'aws' as const,
    view(props: ShardedDatabaseKitProps): DatabaseView {
      const { stack, kit } = kitStack('aws');
      kit.shardedDatabase('Orders', props);
      const r = synth(stack).doc.resource!;
      const clusters = Object.values(r.aws_rds_cluster) as any[];
      const instances = Object.values(r.aws_rds_cluster_instance) as any[];
      return {
        shards: clusters.length,
        backupDays: clusters[0].backup_retention_period,
        encryptedOrManaged: clusters[0].storage_encrypted === true,
        passwordAuth: clusters[0].manage_master_user_password !== true,
        publicAccess: instances.some((i) => i.publicly_accessible !== false),
        highlyAvailable: instances.length / clusters.length > 1,
        readersPerShard: instances.length / clusters.length - 1,
        deletionProtected: clusters[0].deletion_protection === true,
      };
    },
  },
  {
    cloud: 'azure' as const,
    view(props: ShardedDatabaseKitProps): DatabaseView {
      const { stack, kit } = kitStack('azure');
      kit.shardedDatabase('Orders', props);
      const r = synth(stack).doc.resource!;
      const servers = Object.values(r.azurerm_postgresql_flexible_server) as any[];
      const primaries = servers.filter((x) => x.create_mode === undefined);
      return {
        shards: primaries.length,
        backupDays: primaries[0].backup_retention_days,
        // Flexible servers are always encrypted at rest with service-managed keys.
        encryptedOrManaged: true,
        passwordAuth: primaries[0].authentication.password_auth_enabled !== false,
        publicAccess: servers.some((x) => x.public_network_access_enabled !== false),
        highlyAvailable: primaries[0].high_availability?.mode === 'ZoneRedundant',
        readersPerShard: (servers.length - primaries.length) / primaries.length,
        deletionProtected: primaries[0].lifecycle?.prevent_destroy === true,
      };
    },
  },
];

const ORDERS: ShardedDatabaseKitProps = {
  shardCount: 3,
  shardStrategy: ShardStrategy.LIST,
  shardKeyColumn: 'customer_region',
  shardLists: { eu: 0, us: 1, apac: 2 },
  backupRetentionDays: 14,
};

describe.each(CLOUDS)('ShardedDatabase contract on $cloud', ({ cloud, view }) => {
  test('defaults: one shard, HA with one reader, 7 days of backups, no passwords, private, protected', () => {
    expect(view({})).toEqual({ shards: 1, backupDays: 7, encryptedOrManaged: true, passwordAuth: false, publicAccess: false, highlyAvailable: true, readersPerShard: 1, deletionProtected: true });
  });

  test('shards, readers and backups are honoured', () => {
    expect(view({ ...ORDERS, readReplicas: 2 })).toMatchObject({ shards: 3, backupDays: 14, readersPerShard: 2 });
  });

  test('the same props give the same shard map, byte for byte', () => {
    const { kit } = kitStack(cloud);
    const ref = kit.shardedDatabase('Orders', ORDERS);
    const other = kitStack(cloud === 'aws' ? 'azure' : 'aws').kit.shardedDatabase('Orders', ORDERS);
    expect(shardMapJson(ref.shardMap)).toBe(shardMapJson(other.shardMap));
    expect(ref.shards.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  test('a retained database creates nothing and returns its endpoint and secret reference', () => {
    const { stack, kit } = kitStack(cloud);
    const before = JSON.stringify(Object.keys(synth(stack).doc.resource ?? {}).sort());
    const ref = kit.shardedDatabase('Legacy', { retained: { endpoint: 'db.legacy.example.com', credentialsSecretRef: 'arn:aws:secretsmanager:eu-west-1:1:secret:legacy' } });
    expect(JSON.stringify(Object.keys(synth(stack).doc.resource ?? {}).sort())).toBe(before);
    expect(ref).toMatchObject({ retained: true, databaseName: 'legacy', port: 5432, shards: [{ index: 0, writerEndpoint: 'db.legacy.example.com', credentialsSecretRef: 'arn:aws:secretsmanager:eu-west-1:1:secret:legacy' }] });
    expect(ref.shardMap.shardCount).toBe(1);
  });

  test.each([
    [{ shardCount: 0 }, ['ShardedDatabaseShardCountOutOfRange']],
    [{ backupRetentionDays: 36 }, ['ShardedDatabaseBackupRetentionOutOfRange']],
    [{ readReplicas: 6 }, ['ShardedDatabaseReadReplicasOutOfRange']],
    [{ shardStrategy: ShardStrategy.LIST }, ['ShardedDatabaseShardListEmpty']],
  ])('the same rule codes for %j', (props, codes) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.shardedDatabase('Orders', props))).toEqual(codes);
  });
});
