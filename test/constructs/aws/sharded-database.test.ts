import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { AwsKit } from '../../../constructs/aws/kit';
import { AURORA_DATA_API_MIN_VERSIONS, AURORA_ENGINE_VERSIONS, AwsShardedDatabase, AwsShardedDatabaseProps, dataApiSupported } from '../../../constructs/aws/sharded-database';
import { EdgeKind, Wiring } from '../../../constructs/core/wiring';
import { ShardStrategy } from '../../../constructs/core/shard-map';
import { SizeTier } from '../../../constructs/core/size';
import { awsStack, errorCodes, kitStack, resources, synth } from '../../helpers';
import { infos, resolved, warnings } from '../../data-helpers';

const BASE: AwsShardedDatabaseProps = { vpcId: 'vpc-1', subnetIds: ['subnet-d1', 'subnet-d2', 'subnet-d3'], availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], allowedCidrs: ['10.0.64.0/20'] };

function make(extra: Partial<AwsShardedDatabaseProps> = {}, id = 'Orders') {
  const stack = awsStack();
  const db = new AwsShardedDatabase(stack, id, { ...BASE, ...extra });
  return { stack, db, s: synth(stack) };
}

describe('default properties', () => {
  const { stack, db, s } = make();
  const json = Testing.synth(stack);

  test('one Aurora PostgreSQL 16 cluster: encrypted, managed master secret, IAM auth', () => {
    expect(Object.keys(resources(s, 'aws_rds_cluster'))).toHaveLength(1);
    expect(json).toHaveResourceWithProperties(RdsCluster, {
      cluster_identifier: 'shop-prod-orders-shard0',
      engine: 'aurora-postgresql',
      engine_version: '16.6',
      database_name: 'orders',
      storage_encrypted: true,
      manage_master_user_password: true,
      iam_database_authentication_enabled: true,
    });
    const cluster = Object.values(resources(s, 'aws_rds_cluster'))[0] as any;
    expect(cluster.master_password).toBeUndefined();
  });

  test('backups 7 days, deletion protection and a final snapshot, logs exported', () => {
    expect(json).toHaveResourceWithProperties(RdsCluster, {
      backup_retention_period: 7,
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: 'shop-prod-orders-shard0-final',
      copy_tags_to_snapshot: true,
      enabled_cloudwatch_logs_exports: ['postgresql'],
    });
  });

  test('a writer and one reader in different zones, private, with Performance Insights', () => {
    const instances = Object.values(resources(s, 'aws_rds_cluster_instance')) as any[];
    expect(instances).toHaveLength(2);
    expect(instances.map((i) => i.availability_zone).sort()).toEqual(['eu-west-1a', 'eu-west-1b']);
    for (const i of instances) expect(i).toMatchObject({ instance_class: 'db.r7g.large', publicly_accessible: false, performance_insights_enabled: true, performance_insights_retention_period: 7 });
    expect(json).toHaveResourceWithProperties(RdsClusterInstance, { identifier: 'shop-prod-orders-shard0-1', promotion_tier: 0 });
  });

  test('reader autoscaling on average reader CPU, from 1 to 5 readers', () => {
    expect(json).toHaveResourceWithProperties(AppautoscalingTarget, { service_namespace: 'rds', scalable_dimension: 'rds:cluster:ReadReplicaCount', resource_id: 'cluster:shop-prod-orders-shard0', min_capacity: 1, max_capacity: 5 });
    expect(json).toHaveResourceWithProperties(AppautoscalingPolicy, {
      policy_type: 'TargetTrackingScaling',
      target_tracking_scaling_policy_configuration: expect.objectContaining({ predefined_metric_specification: { predefined_metric_type: 'RDSReaderAverageCPUUtilization' }, target_value: 60 }),
    });
  });

  test('the subnet group holds only the given data subnets; the security group admits the app tier on 5432', () => {
    expect(json).toHaveResourceWithProperties(DbSubnetGroup, { subnet_ids: BASE.subnetIds });
    const rules = Object.values(resources(s, 'aws_vpc_security_group_ingress_rule')) as any[];
    expect(rules).toEqual([expect.objectContaining({ cidr_ipv4: '10.0.64.0/20', from_port: 5432, to_port: 5432 })]);
  });

  test('a one-shard hash map and refs to the writer, reader and master secret', () => {
    expect(db.shardMap).toMatchObject({ strategy: 'hash', column: 'id', shardCount: 1, ranges: [{ from: 0, to: 1023, shard: 0 }] });
    expect(db.shards).toHaveLength(1);
    expect(resolved(stack, db.shards[0].writerEndpoint)).toMatch(/aws_rds_cluster\.Orders_Shard0_[0-9A-F]+\.endpoint/);
    expect(resolved(stack, db.shards[0].readerEndpoint)).toMatch(/\.reader_endpoint/);
    expect(resolved(stack, db.shards[0].credentialsSecretRef)).toMatch(/master_user_secret\[0\]\.secret_arn/);
    expect(db.retained).toBe(false);
  });

  test('offers the rds-db:connect statement for IAM database auth on every shard', () => {
    const st = db.connectPolicyStatement('app');
    expect(st).toMatchObject({ Effect: 'Allow', Action: 'rds-db:connect' });
    const [arn] = resolved(stack, st.Resource) as string[];
    expect(arn).toMatch(/join\("", \[replace\(replace\(aws_rds_cluster\.Orders_Shard0_[0-9A-F]+\.arn, ":rds:", ":rds-db:"\), ":cluster:shop-prod-orders-shard0", ":dbuser:"\), aws_rds_cluster\.Orders_Shard0_[0-9A-F]+\.cluster_resource_id, "\/app"\]\)/);
  });

  test('declares CPU, free storage, connections and replica lag signals; instance, storage and I/O costs', () => {
    expect(db.goldenSignals.map((g) => g.name)).toEqual(['writer-cpu-high', 'free-local-storage-low', 'connections-high', 'replica-lag']);
    expect(db.goldenSignals[2].threshold).toBe(1440);
    expect(db.costItems).toEqual([
      expect.objectContaining({ sku: 'aws:aurora:db.r7g.large', quantityMin: 2 * 730, quantityMax: 6 * 730 }),
      expect.objectContaining({ sku: 'aws:aurora:storage-gb', quantityMin: 64 }),
      expect.objectContaining({ sku: 'aws:aurora:io-requests', usageBased: true }),
    ]);
  });
});

describe('options', () => {
  test('N shards: one cluster each, named by index, with per-shard signals', () => {
    const { s, db } = make({ shardCount: 3, shardKeyColumn: 'customer_id' });
    expect((Object.values(resources(s, 'aws_rds_cluster')) as any[]).map((c) => c.cluster_identifier)).toEqual(['shop-prod-orders-shard0', 'shop-prod-orders-shard1', 'shop-prod-orders-shard2']);
    expect(db.shards.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(db.shardMap.shardCount).toBe(3);
    expect(db.goldenSignals.filter((g) => g.name.endsWith('writer-cpu-high')).map((g) => g.name)).toEqual(['shard-0-writer-cpu-high', 'shard-1-writer-cpu-high', 'shard-2-writer-cpu-high']);
    expect(db.costItems[0].quantityMin).toBe(3 * 2 * 730);
  });

  test('the list strategy puts the lists in the map', () => {
    const { db } = make({ shardCount: 3, shardStrategy: ShardStrategy.LIST, shardKeyColumn: 'customer_region', shardLists: { eu: 0, us: 1, apac: 2 } });
    expect(db.shardMap).toMatchObject({ strategy: 'list', column: 'customer_region', lists: { apac: 2, eu: 0, us: 1 } });
  });

  test('size, readers, max readers and backups are honoured', () => {
    const { stack, s } = make({ size: SizeTier.LARGE, readReplicas: 2, maxReadReplicas: 8, backupRetentionDays: 35 });
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(RdsCluster, { backup_retention_period: 35 });
    expect(json).toHaveResourceWithProperties(AppautoscalingTarget, { min_capacity: 2, max_capacity: 8 });
    const instances = Object.values(resources(s, 'aws_rds_cluster_instance')) as any[];
    expect(instances.map((i) => i.instance_class)).toEqual(['db.r7g.2xlarge', 'db.r7g.2xlarge', 'db.r7g.2xlarge']);
    expect(instances.map((i) => i.availability_zone).sort()).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
  });

  test('no readers: no autoscaling, no replica-lag signal, and a warning', () => {
    const { s, db } = make({ readReplicas: 0 });
    expect(resources(s, 'aws_appautoscaling_target')).toEqual({});
    expect(db.goldenSignals.map((g) => g.name)).not.toContain('replica-lag');
    expect(warnings(db.shardConstructs[0])).toEqual([expect.stringMatching(/readReplicas is 0/)]);
  });

  test('deletion protection can be turned off, with a warning; the final snapshot stays', () => {
    const { stack, db } = make({ deletionProtectionEnabled: false });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(RdsCluster, { deletion_protection: false, skip_final_snapshot: false });
    expect(warnings(db)).toEqual([expect.stringMatching(/deletionProtectionEnabled is false/)]);
  });

  test('fewer than 7 days of backups is legal but warned about', () => {
    expect(warnings(make({ backupRetentionDays: 3 }).db)).toEqual([expect.stringMatching(/fewer than 7 days/)]);
  });

  test('geo-redundant backups are an Azure setting: an info note on AWS', () => {
    expect(infos(make({ geoRedundantBackupEnabled: true }).db)).toEqual([expect.stringMatching(/AWS Backup/)]);
  });

  test('a KMS key encrypts storage, Performance Insights and the master secret', () => {
    const { stack } = make({ kmsKeyArn: 'arn:k' });
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(RdsCluster, { kms_key_id: 'arn:k', master_user_secret_kms_key_id: 'arn:k' });
    expect(json).toHaveResourceWithProperties(RdsClusterInstance, { performance_insights_kms_key_id: 'arn:k' });
  });

  test('storage sizes the cost estimate only (Aurora storage grows by itself)', () => {
    const { db, s } = make({ shardCount: 2, storageGiB: 500 });
    expect(db.costItems[1]).toMatchObject({ sku: 'aws:aurora:storage-gb', quantityMin: 1000, quantityMax: 1000 });
    expect((Object.values(resources(s, 'aws_rds_cluster'))[0] as any).allocated_storage).toBeUndefined();
  });

  test('the database name defaults to the construct id in snake_case', () => {
    expect(make({}, 'OrderHistory').db.databaseName).toBe('order_history');
  });

  test('engine version and database name', () => {
    const { stack } = make({ engineVersion: '17', databaseName: 'shop_orders' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(RdsCluster, { engine_version: '17.4', database_name: 'shop_orders' });
  });

  test('the shard map is written next to the stack as JSON', () => {
    const { stack } = make({ shardCount: 2 });
    const outdir = Testing.fullSynth(stack);
    const file = path.join(outdir, 'stacks', 'test', 'shard-map-orders.json');
    const map = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(map).toMatchObject({ version: 1, shardCount: 2, slotCount: 1024 });
  });
});

describe('rules', () => {
  const codes = (extra: Partial<AwsShardedDatabaseProps>) => errorCodes(() => make(extra));
  test('fails when the shard count is out of range', () => {
    expect(codes({ shardCount: 0 })).toEqual(['ShardedDatabaseShardCountOutOfRange']);
    expect(codes({ shardCount: 17 })).toEqual(['ShardedDatabaseShardCountOutOfRange']);
  });
  test('fails when backup retention is outside 1-35 days', () => {
    expect(codes({ backupRetentionDays: 0 })).toEqual(['ShardedDatabaseBackupRetentionOutOfRange']);
    expect(codes({ backupRetentionDays: 36 })).toEqual(['ShardedDatabaseBackupRetentionOutOfRange']);
  });
  test('fails when readers are outside 0-5', () => expect(codes({ readReplicas: 6 })).toEqual(['ShardedDatabaseReadReplicasOutOfRange']));
  test('fails when max readers exceed 15', () => expect(codes({ maxReadReplicas: 16 })).toEqual(['ShardedDatabaseMaxReadReplicasOutOfRange']));
  test('fails when max readers are below readers', () => expect(codes({ readReplicas: 3, maxReadReplicas: 2 })).toEqual(['ShardedDatabaseMaxReadReplicasBelowMin']));
  test('fails when the size is unknown', () => expect(codes({ size: 'huge' as SizeTier })).toEqual(['ShardedDatabaseSizeInvalid']));
  test('fails when the strategy is unknown', () => expect(codes({ shardStrategy: 'range' as ShardStrategy })).toEqual(['ShardedDatabaseStrategyInvalid']));
  test('fails when storage is out of range', () => expect(codes({ storageGiB: 10 })).toEqual(['ShardedDatabaseStorageOutOfRange']));
  test('fails when the engine version is unknown', () => expect(codes({ engineVersion: '12' })).toEqual(['ShardedDatabaseEngineVersionInvalid']));
  test('fails when the database name is not an identifier', () => expect(codes({ databaseName: 'Orders-DB' })).toEqual(['ShardedDatabaseNameInvalid']));
  test('fails when the shard key column is not an identifier', () => expect(codes({ shardKeyColumn: 'customer region' })).toEqual(['ShardedDatabaseShardKeyColumnInvalid']));
  test('fails when the list strategy has no lists', () => expect(codes({ shardStrategy: ShardStrategy.LIST })).toEqual(['ShardedDatabaseShardListEmpty']));
  test('fails when a list points at a missing shard', () => expect(codes({ shardCount: 2, shardStrategy: ShardStrategy.LIST, shardLists: { eu: 2 } })).toEqual(['ShardedDatabaseShardListIndexOutOfRange']));
  test('fails when fewer than two subnets are given', () => expect(codes({ subnetIds: ['subnet-1'] })).toEqual(['ShardedDatabaseNoSubnets']));
});

describe('grantConnect and the bootstrap of the database roles', () => {
  function granted(extra: Record<string, unknown> = {}) {
    const { stack, kit } = kitStack('aws') as { stack: any; kit: AwsKit };
    const db = kit.shardedDatabase('Orders', { shardCount: 2, ...extra }) as AwsShardedDatabase;
    const web = kit.webApp('Web', {});
    const worker = kit.webApp('Worker', {});
    const settings = db.grantConnect(web, 'app');
    db.grantConnect(worker, 'reporting');
    return { stack, db, settings, s: synth(stack) };
  }

  test('each shard runs the Data API, and one bootstrap function invokes itself once per shard with every role, after the writer', () => {
    const { s, db } = granted();
    const clusters = Object.values<any>(resources(s, 'aws_rds_cluster'));
    expect(clusters.map((c) => c.enable_http_endpoint)).toEqual([true, true]);
    expect(db.dataApiEnabled).toBe(true);
    const fns = Object.values<any>(resources(s, 'aws_lambda_function')).filter((f) => f.function_name.includes('bootstrap'));
    expect(fns).toEqual([expect.objectContaining({ runtime: 'nodejs22.x', timeout: 300, reserved_concurrent_executions: 2, tracing_config: { mode: 'Active' } })]);
    expect(fns[0].vpc_config).toBeUndefined();
    const invocations = Object.entries<any>(resources(s, 'aws_lambda_invocation'));
    expect(invocations.map(([id]) => id.replace(/_[0-9A-F]+$/, ''))).toEqual(['Orders_Bootstrap_Shard0', 'Orders_Bootstrap_Shard1']);
    invocations.forEach(([, inv], i) => {
      expect(inv.lifecycle_scope).toBe('CREATE_ONLY');
      expect(inv.function_name).toMatch(/aws_lambda_function\.Orders_Bootstrap_Function_[0-9A-F]+\.function_name/);
      const input = JSON.parse(inv.input);
      expect(input).toEqual({ database: 'orders', resourceArn: expect.stringMatching(new RegExp(`aws_rds_cluster\\.Orders_Shard${i}_[0-9A-F]+\\.arn`)), roles: ['app', 'reporting'], secretArn: expect.stringMatching(/master_user_secret\[0\]\.secret_arn/) });
      expect(inv.triggers.clusterResourceId).toMatch(new RegExp(`Orders_Shard${i}_[0-9A-F]+\\.cluster_resource_id`));
      expect(inv.triggers.code).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(inv.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`aws_rds_cluster_instance\\.Orders_Shard${i}_Writer_`)), expect.stringMatching(/aws_iam_role_policy\.Orders_Bootstrap_Policy_/)]));
    });
  });

  test('only the bootstrap role reads the master secrets and runs statements, on the shards only; the apps get rds-db:connect and no secret', () => {
    const { s, settings } = granted({ kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc' });
    const policies = Object.values<any>(resources(s, 'aws_iam_role_policy'));
    const readers = policies.filter((p) => String(p.policy).includes('secretsmanager:GetSecretValue'));
    expect(readers.map((p) => p.name)).toEqual(['database-bootstrap']);
    expect(readers[0].role).toMatch(/aws_iam_role\.Orders_Bootstrap_Function_Role_[0-9A-F]+\.id/);
    expect(readers[0].policy).toMatch(/"Action" = \["rds-data:ExecuteStatement"\], "Resource" = \[aws_rds_cluster\.Orders_Shard0_[0-9A-F]+\.arn, aws_rds_cluster\.Orders_Shard1_[0-9A-F]+\.arn\]/);
    expect(readers[0].policy).toMatch(/"Action" = \["secretsmanager:GetSecretValue"\], "Resource" = \[aws_rds_cluster\.Orders_Shard0_[0-9A-F]+\.master_user_secret\[0\]\.secret_arn, aws_rds_cluster\.Orders_Shard1_[0-9A-F]+\.master_user_secret\[0\]\.secret_arn\]/);
    expect(readers[0].policy).toContain('"Action" = ["kms:Decrypt"], "Resource" = ["arn:aws:kms:eu-west-1:111122223333:key/abc"]');
    const app = policies.filter((p) => p.name === 'uses-Orders');
    expect(app).toHaveLength(2);
    for (const p of app) expect(p.policy).not.toMatch(/secretsmanager|kms:/);
    expect(policies.some((p) => /credentials/.test(p.name))).toBe(false);
    expect(Object.keys(settings).sort()).toEqual(['DATABASE_ORDERS_AUTH', 'DATABASE_ORDERS_ENDPOINT', 'DATABASE_ORDERS_ENDPOINTS', 'DATABASE_ORDERS_NAME', 'DATABASE_ORDERS_PORT', 'DATABASE_ORDERS_READER_ENDPOINTS', 'DATABASE_ORDERS_RETAINED', 'DATABASE_ORDERS_USER']);
  });

  test('the app->database edge names the bootstrap function and its invocations', () => {
    const { stack } = granted();
    const edge = Wiring.of(stack).edges.find((e) => e.kind === EdgeKind.APP_DATABASE && e.from === 'test-aws/Web')!;
    expect(Object.keys(edge.pieces!).filter((k) => k.startsWith('bootstrap')).sort()).toEqual(['bootstrap0', 'bootstrap1', 'bootstrapFunction', 'bootstrapRole']);
    expect(edge.note).toMatch(/created at apply by the bootstrap function/);
  });

  test('no grant, no bootstrap', () => {
    const { stack, kit } = kitStack('aws') as { stack: any; kit: AwsKit };
    kit.shardedDatabase('Orders', {});
    const s = synth(stack);
    expect(resources(s, 'aws_lambda_invocation')).toEqual({});
    expect(Object.values<any>(resources(s, 'aws_rds_cluster'))[0].enable_http_endpoint).toBe(true);
  });

  test('a T instance class has no Data API: no bootstrap, a warning, and BP-ALL-WIRE-3 suppressed with the reason', () => {
    const { s, db, stack } = granted({ size: SizeTier.XSMALL });
    expect(db.dataApiEnabled).toBe(false);
    expect(resources(s, 'aws_lambda_invocation')).toEqual({});
    const clusters = Object.values<any>(stack.toTerraform().resource.aws_rds_cluster);
    expect(clusters.map((c) => c.enable_http_endpoint)).toEqual([undefined, undefined]);
    expect(clusters[0]['//'].suppressions).toEqual([{ id: 'BP-ALL-WIRE-3', reason: expect.stringMatching(/Data API does not run on T instance classes/) }]);
    expect(warnings(db).join('\n')).toMatch(/RDS Data API does not run on db\.t4g\.medium/);
  });

  test('every pinned engine version runs the Data API, and only T classes lack it', () => {
    const num = (v: string) => v.split('.').map(Number);
    for (const [major, v] of Object.entries(AURORA_ENGINE_VERSIONS)) {
      const [a, b] = num(v);
      const [x, y] = num(AURORA_DATA_API_MIN_VERSIONS[major]);
      expect([major, a === x && b >= y]).toEqual([major, true]);
    }
    expect(['db.t4g.medium', 'db.t3.medium', 'db.r7g.large', 'db.x2g.large'].map(dataApiSupported)).toEqual([false, false, true, true]);
  });

  test('fails when the database user is not a plain identifier', () => {
    const { kit } = kitStack('aws') as { stack: any; kit: AwsKit };
    const db = kit.shardedDatabase('Orders', {}) as AwsShardedDatabase;
    expect(() => db.grantConnect(kit.webApp('Web', {}), 'App"; --')).toThrow(/dbUser must be a plain PostgreSQL identifier .* got 'App"; --'/);
  });
});
