import * as path from 'path';
import { Construct } from 'constructs';
import { Annotations, Fn, Lazy } from 'cdktf';
import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LambdaInvocation } from '@cdktf/provider-aws/lib/lambda-invocation';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { Policy } from '../core/policy';
import { libraryRoot } from '../core/private/package-root';
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
  shardMapOf,
} from '../core/sharded-database';
import { ShardMap, shardMapJson } from '../core/shard-map';
import { SizeTier } from '../core/size';
import { Rule } from '../core/validation';
import { dataSecurityGroup } from './private/data-access';
import { allowFromConsumer, grantPolicy } from './private/grants';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { AwsServerlessFunction } from './function';

export interface AwsShardedDatabaseProps extends ShardedDatabaseProps {
  readonly vpcId: string;
  /** The network's isolated DATA subnets. */
  readonly subnetIds: string[];
  /** Zones the writer and readers spread over, in order (writer in the first). */
  readonly availabilityZones: string[];
  /** App-tier CIDRs allowed to connect. @default - none */
  readonly allowedCidrs?: string[];
  /** App-tier security groups allowed to connect. @default - none */
  readonly allowedSecurityGroupIds?: string[];
  /**
   * KMS key ARN for storage, Performance Insights and the master secret.
   * @default - the AWS-managed RDS key
   */
  readonly kmsKeyArn?: string;
}

export const AWS_SHARDED_DATABASE_DEFAULTS = {
  engine: 'aurora-postgresql',
  masterUsername: 'dbadmin',
  preferredBackupWindow: '02:00-03:00',
  preferredMaintenanceWindow: 'sun:03:30-sun:04:30',
  /** Days of Performance Insights history: 7 is the free tier. */
  performanceInsightsRetentionDays: 7,
  readerScaleCooldownSeconds: 300,
} as const;

/** PostgreSQL major → the Aurora minor version pinned for it. */
export const AURORA_ENGINE_VERSIONS: Readonly<Record<string, string>> = { '15': '15.10', '16': '16.6', '17': '17.4' };

/**
 * PostgreSQL major → the first Aurora PostgreSQL version whose provisioned clusters run the RDS
 * Data API (every pinned version of {@link AURORA_ENGINE_VERSIONS} is at or above it; a test checks).
 * source: Aurora User Guide, "Supported Regions and Aurora DB engines for RDS Data API", section
 * "Data API with Aurora PostgreSQL Serverless v2 and provisioned"
 * (docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.Aurora_Fea_Regions_DB-eng.Feature.Data_API.html, read 2026-12).
 */
export const AURORA_DATA_API_MIN_VERSIONS: Readonly<Record<string, string>> = { '15': '15.3', '16': '16.1', '17': '17.4' };

/**
 * Whether the RDS Data API runs on an instance class: not on the burstable T classes.
 * source: Aurora User Guide, "Limitations for the Amazon RDS Data API"
 * (docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/data-api.limitations.html, read 2026-12):
 * "Data API isn't supported on T DB instance classes."
 */
export function dataApiSupported(instanceClass: string): boolean {
  return !/^db\.t\d/.test(instanceClass);
}

/** PostgreSQL role names the bootstrap creates: a plain identifier of at most 63 bytes (handlers/database-bootstrap checks the same). */
export const DATABASE_ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The folder of the bootstrap function's code (handlers/database-bootstrap of the installed library). */
export function databaseBootstrapSource(): string {
  return path.join(libraryRoot(), 'handlers', 'database-bootstrap');
}

export const AWS_SHARDED_DATABASE_RULES: ReadonlyArray<Rule<AwsShardedDatabaseProps>> = [
  ...SHARDED_DATABASE_RULES,
  {
    code: 'ShardedDatabaseNoSubnets',
    prop: 'subnetIds',
    value: (p) => p.subnetIds,
    failsWhen: (p) => !Array.isArray(p.subnetIds) || p.subnetIds.length < 2,
    allowed: 'at least two subnets in different zones',
    fix: 'Pass the network\'s DATA subnets (an RDS subnet group needs two zones).',
  },
];

/** The parts of one Aurora shard. */
export class AwsDatabaseShard extends Construct implements IDatabaseShardRef {
  public readonly index: number;
  public readonly resource: RdsCluster;
  public readonly writer: RdsClusterInstance;
  public readonly readers: RdsClusterInstance[] = [];
  public readonly readerScalingTarget?: AppautoscalingTarget;
  public readonly readerScalingPolicy?: AppautoscalingPolicy;
  public readonly clusterIdentifier: string;
  public readonly writerEndpoint: string;
  public readonly readerEndpoint: string;
  public readonly credentialsSecretRef: string;

  constructor(scope: Construct, id: string, index: number, props: AwsShardedDatabaseProps, shared: { subnetGroup: DbSubnetGroup; securityGroup: SecurityGroup; databaseName: string; dataApiEnabled: boolean }) {
    super(scope, id);
    this.index = index;
    const d = SHARDED_DATABASE_DEFAULTS;
    const a = AWS_SHARDED_DATABASE_DEFAULTS;
    const size = DATABASE_SIZES[props.size ?? d.size];
    const readers = props.readReplicas ?? d.readReplicas;
    const maxReaders = props.maxReadReplicas ?? Math.max(d.maxReadReplicas, readers);
    const major = props.engineVersion ?? d.engineVersion;
    const protect = props.deletionProtectionEnabled ?? d.deletionProtectionEnabled;
    this.clusterIdentifier = resourceName(this, 'awsRdsCluster');

    this.resource = new RdsCluster(this, 'Resource', {
      clusterIdentifier: this.clusterIdentifier,
      engine: a.engine,
      engineVersion: AURORA_ENGINE_VERSIONS[major],
      databaseName: shared.databaseName,
      masterUsername: a.masterUsername,
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.kmsKeyArn,
      iamDatabaseAuthenticationEnabled: true,
      // The RDS Data API, for the bootstrap of the apps' database roles (AwsDatabaseBootstrap).
      enableHttpEndpoint: shared.dataApiEnabled ? true : undefined,
      storageEncrypted: true,
      kmsKeyId: props.kmsKeyArn,
      dbSubnetGroupName: shared.subnetGroup.name,
      vpcSecurityGroupIds: [shared.securityGroup.id],
      backupRetentionPeriod: props.backupRetentionDays ?? d.backupRetentionDays,
      preferredBackupWindow: a.preferredBackupWindow,
      preferredMaintenanceWindow: a.preferredMaintenanceWindow,
      copyTagsToSnapshot: true,
      deletionProtection: protect,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${this.clusterIdentifier}-final`,
      enabledCloudwatchLogsExports: ['postgresql'],
      applyImmediately: false,
    });
    this.writerEndpoint = this.resource.endpoint;
    this.readerEndpoint = this.resource.readerEndpoint;
    this.credentialsSecretRef = this.resource.masterUserSecret.get(0).secretArn;

    const zones = props.availabilityZones;
    const instance = (cid: string, n: number, tier: number) =>
      new RdsClusterInstance(this, cid, {
        identifier: resourceName(this, 'awsRdsCluster', String(n)),
        clusterIdentifier: this.resource.id,
        engine: a.engine,
        engineVersion: this.resource.engineVersion,
        instanceClass: size.awsInstanceClass,
        availabilityZone: zones.length > 0 ? zones[(n - 1) % zones.length] : undefined,
        promotionTier: tier,
        publiclyAccessible: false,
        autoMinorVersionUpgrade: true,
        performanceInsightsEnabled: true,
        performanceInsightsKmsKeyId: props.kmsKeyArn,
        performanceInsightsRetentionPeriod: a.performanceInsightsRetentionDays,
        dbSubnetGroupName: shared.subnetGroup.name,
      });
    this.writer = instance('Writer', 1, 0);
    for (let r = 1; r <= readers; r++) this.readers.push(instance(`Reader${r}`, r + 1, 1));

    if (readers >= 1 && maxReaders > readers) {
      // Aurora reader autoscaling: readers added and removed on the average reader CPU.
      this.readerScalingTarget = new AppautoscalingTarget(this, 'ReaderScalingTarget', {
        serviceNamespace: 'rds',
        scalableDimension: 'rds:cluster:ReadReplicaCount',
        resourceId: `cluster:${this.clusterIdentifier}`,
        minCapacity: readers,
        maxCapacity: maxReaders,
        dependsOn: this.readers,
      });
      this.readerScalingPolicy = new AppautoscalingPolicy(this, 'ReaderScalingPolicy', {
        name: resourceName(this, 'awsGeneric', 'reader-cpu'),
        policyType: 'TargetTrackingScaling',
        serviceNamespace: this.readerScalingTarget.serviceNamespace,
        scalableDimension: this.readerScalingTarget.scalableDimension,
        resourceId: this.readerScalingTarget.resourceId,
        targetTrackingScalingPolicyConfiguration: {
          predefinedMetricSpecification: { predefinedMetricType: 'RDSReaderAverageCPUUtilization' },
          targetValue: d.readerCpuTargetPercent,
          scaleInCooldown: a.readerScaleCooldownSeconds,
          scaleOutCooldown: a.readerScaleCooldownSeconds,
        },
      });
    } else if (readers === 0) {
      Annotations.of(this).addWarning('readReplicas is 0: no reader in another zone, failover creates a new writer (minutes), and reader autoscaling is off.');
    }
  }
}

/**
 * A sharded PostgreSQL database on Aurora: one Aurora PostgreSQL cluster per shard (storage
 * encrypted, master password managed in Secrets Manager, IAM auth, a writer plus readers across
 * zones with reader autoscaling on CPU, backups ≥ 7 days, deletion protection and a final snapshot,
 * Performance Insights), all in the isolated DATA subnets behind a security group open only to the
 * app tier. The shard map is exposed as `shardMap` and written next to the stack as
 * `shard-map-<database>.json`.
 */
export class AwsShardedDatabase extends Blueprint implements IShardedDatabaseRef {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'ShardedDatabase';
  /** The first shard's cluster. */
  public readonly resource: RdsCluster;
  public readonly subnetGroup: DbSubnetGroup;
  public readonly securityGroup: SecurityGroup;
  public readonly shardConstructs: AwsDatabaseShard[] = [];
  public readonly shards: IDatabaseShardRef[];
  public readonly shardMap: ShardMap;
  public readonly shardMapFile: StackFile;
  public readonly databaseName: string;
  public readonly port = SHARDED_DATABASE_DEFAULTS.port;
  public readonly retained = false;
  /** Apps log in with IAM database authentication (`rds-db:connect`) as a PostgreSQL role granted `rds_iam`. */
  public readonly authentication = 'iam';
  /** Whether the clusters run the RDS Data API (`enable_http_endpoint`): every instance class but the T classes. */
  public readonly dataApiEnabled: boolean;
  private _bootstrap?: AwsDatabaseBootstrap;
  private readonly kmsKeyArn?: string;
  private readonly size: SizeTier;
  private manualRoleNoted = false;

  /**
   * The function that creates the apps' PostgreSQL roles on every shard at apply: made by the
   * first `grantConnect`, absent before it and on a T instance class (no Data API there).
   */
  public get bootstrap(): AwsDatabaseBootstrap | undefined {
    return this._bootstrap;
  }

  /**
   * The IAM policy statement that lets an app role log in to every shard as database user `dbUser`
   * with IAM authentication (`rds-db:connect`). The user must exist in PostgreSQL with the
   * `rds_iam` role.
   */
  public connectPolicyStatement(dbUser: string): Record<string, unknown> {
    return {
      Sid: 'DatabaseConnect',
      Effect: 'Allow',
      Action: 'rds-db:connect',
      // arn:aws:rds:<region>:<account>:cluster:<id> → arn:aws:rds-db:<region>:<account>:dbuser:<resource id>/<user>
      Resource: this.shardConstructs.map((s) =>
        Fn.join('', [Fn.replace(Fn.replace(s.resource.arn, ':rds:', ':rds-db:'), `:cluster:${s.clusterIdentifier}`, ':dbuser:'), s.resource.clusterResourceId, `/${dbUser}`]),
      ),
    };
  }

  constructor(scope: Construct, id: string, props: AwsShardedDatabaseProps) {
    super(scope, id);
    this.validate('AwsShardedDatabase', AWS_SHARDED_DATABASE_RULES, props);
    const d = SHARDED_DATABASE_DEFAULTS;
    const shardCount = props.shardCount ?? d.shardCount;
    const backupDays = props.backupRetentionDays ?? d.backupRetentionDays;
    if (backupDays < 7) Annotations.of(this).addWarning(`backupRetentionDays is ${backupDays}: fewer than 7 days of point-in-time restore.`);
    if (props.deletionProtectionEnabled === false) Annotations.of(this).addWarning('deletionProtectionEnabled is false: terraform destroy can drop the data (a final snapshot is still taken).');
    if (props.geoRedundantBackupEnabled) Annotations.of(this).addInfo('geoRedundantBackupEnabled has no Aurora setting: copy snapshots cross-region with AWS Backup.');
    this.databaseName = databaseNameOf(props, id);
    this.kmsKeyArn = props.kmsKeyArn;
    this.shardMap = shardMapOf(props);
    this.size = props.size ?? d.size;
    this.dataApiEnabled = dataApiSupported(DATABASE_SIZES[this.size].awsInstanceClass);

    this.subnetGroup = new DbSubnetGroup(this, 'SubnetGroup', {
      name: resourceName(this, 'awsDbSubnetGroup', 'subnets'),
      description: `Data subnets of ${this.node.path}`,
      subnetIds: props.subnetIds,
    });
    this.securityGroup = dataSecurityGroup(this, 'SecurityGroup', {
      vpcId: props.vpcId,
      port: this.port,
      allowedCidrs: props.allowedCidrs,
      allowedSecurityGroupIds: props.allowedSecurityGroupIds,
      description: `Database ${this.node.path}: app tier only`,
    });
    for (let i = 0; i < shardCount; i++) {
      this.shardConstructs.push(new AwsDatabaseShard(this, `Shard${i}`, i, props, { subnetGroup: this.subnetGroup, securityGroup: this.securityGroup, databaseName: this.databaseName, dataApiEnabled: this.dataApiEnabled }));
    }
    this.shards = this.shardConstructs.map((s) => ({ index: s.index, writerEndpoint: s.writerEndpoint, readerEndpoint: s.readerEndpoint, credentialsSecretRef: s.credentialsSecretRef }));
    this.resource = this.shardConstructs[0].resource;
    this.shardMapFile = new StackFile(this, 'ShardMapFile', { fileName: `shard-map-${this.databaseName.replace(/_/g, '-')}.json`, content: shardMapJson(this.shardMap) });

    const size = DATABASE_SIZES[props.size ?? d.size];
    const readers = props.readReplicas ?? d.readReplicas;
    const maxReaders = props.maxReadReplicas ?? Math.max(d.maxReadReplicas, readers);
    for (const s of this.shardConstructs) {
      const tag = shardCount > 1 ? `shard-${s.index}-` : '';
      const cluster = [{ name: 'DBClusterIdentifier', value: s.clusterIdentifier }];
      this.addGoldenSignal({
        name: `${tag}writer-cpu-high`, description: `The writer of shard ${s.index} is CPU-bound: size up or add shards.`,
        metric: { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: [...cluster, { name: 'Role', value: 'WRITER' }] },
        statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 80, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}free-local-storage-low`, description: `Shard ${s.index} is running out of local (temporary) storage.`,
        metric: { namespace: 'AWS/RDS', metricName: 'FreeLocalStorage', dimensions: cluster },
        statistic: Statistic.MINIMUM, comparison: Comparison.LESS_THAN, threshold: 2 * 1024 ** 3, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}connections-high`, description: `Shard ${s.index} nears max_connections (${size.awsMaxConnections}): add a pooler (RDS Proxy) or size up.`,
        metric: { namespace: 'AWS/RDS', metricName: 'DatabaseConnections', dimensions: [...cluster, { name: 'Role', value: 'WRITER' }] },
        statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: Math.floor(size.awsMaxConnections * 0.8), periodSeconds: 300, severity: Severity.WARNING,
      });
      if (readers > 0) {
        this.addGoldenSignal({
          name: `${tag}replica-lag`, description: `Readers of shard ${s.index} lag the writer (ms).`,
          metric: { namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', dimensions: cluster },
          statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 1000, periodSeconds: 300, severity: Severity.WARNING,
        });
      }
    }
    this.addCostItem({
      sku: `aws:aurora:${size.awsInstanceClass}`,
      description: `Aurora instances (${shardCount} shard(s) × writer + ${readers}–${readers > 0 ? maxReaders : 0} readers)`,
      quantityMin: shardCount * (1 + readers) * 730,
      quantityMax: shardCount * (1 + (readers > 0 ? maxReaders : 0)) * 730,
    });
    const storage = props.storageGiB ?? d.storageGiB;
    this.addCostItem({ sku: 'aws:aurora:storage-gb', description: `Aurora storage (${shardCount} × ${storage} GiB)`, quantityMin: shardCount * storage, quantityMax: shardCount * storage });
    this.addCostItem({ sku: 'aws:aurora:io-requests', description: 'Aurora I/O requests', quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  /**
   * Lets `consumer` log in to every shard as PostgreSQL role `dbUser` with IAM database
   * authentication: `rds-db:connect` on each shard's `dbuser:<cluster resource id>/<dbUser>` ARN
   * on the consumer's own role, an ingress rule from its security group on 5432, the role itself
   * (created on every shard at apply by {@link AwsDatabaseBootstrap}, with `GRANT rds_iam` and the
   * grants of docs/wiring.md), and the `app->database` edge. The consumer never reads the master
   * secret. On a T instance class (no Data API) the role is created by hand (docs/wiring.md).
   * @param dbUser a plain PostgreSQL identifier: lower-case letters, digits and `_`, at most 63
   */
  public grantConnect(consumer: IWorkloadConsumer, dbUser: string): Record<string, string> {
    if (!DATABASE_ROLE_NAME.test(dbUser)) {
      throw new Error(`dbUser must be a plain PostgreSQL identifier (${DATABASE_ROLE_NAME}), got '${dbUser}'. Use lower-case letters, digits and _, starting with a letter or _.`);
    }
    const st = this.connectPolicyStatement(dbUser) as { Action: string; Resource: string[] };
    const policy = grantPolicy(this, consumer, [{ sid: 'DatabaseConnect', actions: [st.Action], resources: st.Resource }]);
    const ingress = allowFromConsumer(this, this.securityGroup.id, consumer, this.port);
    const settings = databaseSettings(this, dbUser);
    const id = consumer.workloadIdentity;
    const clusters = Object.fromEntries(this.shardConstructs.map((s) => [`cluster${s.index}`, s.resource.arn]));
    let bootstrapPieces: Record<string, string> = {};
    if (this.dataApiEnabled) {
      const bootstrap = (this._bootstrap ??= new AwsDatabaseBootstrap(this, 'Bootstrap', { shards: this.shardConstructs, databaseName: this.databaseName, kmsKeyArn: this.kmsKeyArn }));
      bootstrap.addRole(dbUser);
      bootstrapPieces = {
        bootstrapFunction: bootstrap.function.resource.arn,
        bootstrapRole: bootstrap.function.role.arn,
        ...Object.fromEntries(bootstrap.invocations.map((inv, i) => [`bootstrap${i}`, inv.id])),
      };
    } else if (!this.manualRoleNoted) {
      this.manualRoleNoted = true;
      Annotations.of(this).addWarning(`The RDS Data API does not run on ${DATABASE_SIZES[this.size].awsInstanceClass} (a T class): the PostgreSQL role of each app is not created at apply. Create it once per shard as the master user (docs/wiring.md), or use size small or larger.`);
      Policy.suppress(this.resource, 'BP-ALL-WIRE-3', `The RDS Data API does not run on T instance classes (size ${this.size}), so no bootstrap creates the apps' PostgreSQL roles: create them once per shard as the master user (docs/wiring.md, "The database role").`);
    }
    Wiring.of(this).add({
      kind: EdgeKind.APP_DATABASE, from: consumer.node.path, to: this.node.path, port: this.port, protocol: 'postgres+tls',
      permissions: [st.Action],
      pieces: { role: id.roleArn!, policy: policy.id, consumerSecurityGroup: id.securityGroupId!, securityGroup: this.securityGroup.id, ingress: ingress.id, resource: this.resource.arn, dbUser, ...clusters, ...bootstrapPieces },
      settings: Object.keys(settings).sort(),
      note: this.dataApiEnabled
        ? `IAM database authentication as role ${dbUser} on every shard, created at apply by the bootstrap function through the Data API (GRANT rds_iam); TLS on 5432 from the consumer's security group.`
        : `IAM database authentication as role ${dbUser} on every shard (created by hand: no Data API on a T class); TLS on 5432 from the consumer's security group.`,
    });
    return settings;
  }
}

/** Props of {@link AwsDatabaseBootstrap}. */
export interface AwsDatabaseBootstrapProps {
  /** The shards to create the roles on. */
  readonly shards: AwsDatabaseShard[];
  /** The database the roles get CONNECT on. */
  readonly databaseName: string;
  /** The customer-managed key of the master secrets. @default - the AWS-managed Secrets Manager key */
  readonly kmsKeyArn?: string;
}

/**
 * Creates the PostgreSQL roles apps log in as (IAM database authentication) on every shard of a
 * sharded database, at apply: a Lambda function outside the VPC (handlers/database-bootstrap) runs
 * `CREATE ROLE … LOGIN` when missing, `GRANT rds_iam` and the grants of docs/wiring.md through the
 * RDS Data API as the master user, invoked once per shard by `aws_lambda_invocation` after the
 * writer exists, and again when the role list, the code or the cluster changes. Only this
 * function's role reads the master secrets: `secretsmanager:GetSecretValue` on them (plus
 * `kms:Decrypt` with a customer-managed key) and `rds-data:ExecuteStatement` on the clusters.
 */
export class AwsDatabaseBootstrap extends Construct {
  public readonly function: AwsServerlessFunction;
  public readonly policy: IamRolePolicy;
  /** One per shard, in shard order. */
  public readonly invocations: LambdaInvocation[];
  private readonly roles = new Set<string>();

  constructor(scope: Construct, id: string, props: AwsDatabaseBootstrapProps) {
    super(scope, id);
    const shards = props.shards;
    this.function = new AwsServerlessFunction(this, 'Function', {
      sourcePath: databaseBootstrapSource(),
      description: `Creates the IAM-auth PostgreSQL roles of ${scope.node.path} on each shard (RDS Data API)`,
      // Eight tries of a statement while the writer or the Data API comes up (5 s × try): 140 s at worst.
      timeoutSeconds: 300,
      // Terraform may invoke every shard at once.
      reservedConcurrency: shards.length,
      // Invoked synchronously by Terraform, which reports a failure: no asynchronous retry.
      retryAttempts: 0,
      // The Data API is an HTTPS endpoint: the function needs no VPC (docs/wiring.md).
      privateNetworkingEnabled: false,
    });
    // The Data API reads the secret with the caller's credentials (Aurora User Guide, "Using the RDS
    // Data API": GetSecretValue for the caller); rds-data:ExecuteStatement is scoped to the cluster
    // resource type (Service Authorization Reference, "Actions, resources, and condition keys for
    // Amazon RDS Data API", list_amazonrdsdataapi.html).
    const statements: object[] = [
      { Sid: 'DataApi', Effect: 'Allow', Action: ['rds-data:ExecuteStatement'], Resource: shards.map((s) => s.resource.arn) },
      { Sid: 'MasterSecret', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: shards.map((s) => s.credentialsSecretRef) },
    ];
    if (props.kmsKeyArn !== undefined) statements.push({ Sid: 'MasterSecretKey', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [props.kmsKeyArn] });
    this.policy = new IamRolePolicy(this, 'Policy', {
      name: 'database-bootstrap',
      role: this.function.role.id,
      policy: Fn.jsonencode({ Version: '2012-10-17', Statement: statements }),
    });
    this.invocations = shards.map(
      (s) =>
        new LambdaInvocation(this, `Shard${s.index}`, {
          functionName: this.function.resource.functionName,
          // CREATE_ONLY: a changed input (a role added) replaces the invocation, which runs it again.
          lifecycleScope: 'CREATE_ONLY',
          input: Lazy.stringValue({ produce: () => JSON.stringify({ database: props.databaseName, resourceArn: s.resource.arn, roles: this.roleNames, secretArn: s.credentialsSecretRef }) }),
          // Run again on new code or a replaced cluster (its resource id changes).
          triggers: { code: this.function.codePackage.sha256Base64, clusterResourceId: s.resource.clusterResourceId },
          dependsOn: [s.writer, this.policy],
        }),
    );
  }

  /** Adds a role to create on every shard. */
  public addRole(name: string): void {
    this.roles.add(name);
  }

  /** The roles created, sorted. */
  public get roleNames(): string[] {
    return [...this.roles].sort();
  }
}
