import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { ElasticacheParameterGroup } from '@cdktf/provider-aws/lib/elasticache-parameter-group';
import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { ElasticacheSubnetGroup } from '@cdktf/provider-aws/lib/elasticache-subnet-group';
import { ElasticacheUser } from '@cdktf/provider-aws/lib/elasticache-user';
import { ElasticacheUserGroup } from '@cdktf/provider-aws/lib/elasticache-user-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { CACHE_DEFAULTS, CACHE_RULES, CacheProps, ICacheRef, cacheAwsNodeType, cacheSettings } from '../core/cache';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { Rule, rules } from '../core/validation';
import { dataSecurityGroup } from './private/data-access';
import { allowFromConsumer, grantPolicy } from './private/grants';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';

/** The ElastiCache engine. */
export enum AwsCacheEngine {
  /** Valkey: the open-source Redis fork, about 20 % cheaper on ElastiCache. */
  VALKEY = 'valkey',
  /** Redis OSS, for clients pinned to it. */
  REDIS = 'redis',
}

export interface AwsCacheProps extends CacheProps {
  readonly vpcId: string;
  /** Subnets of the subnet group: the network's isolated DATA subnets. */
  readonly subnetIds: string[];
  /** App-tier CIDRs allowed to connect (the network's APP subnets). @default - none */
  readonly allowedCidrs?: string[];
  /** App-tier security groups allowed to connect. @default - none */
  readonly allowedSecurityGroupIds?: string[];
  /**
   * Engine.
   * @default AwsCacheEngine.VALKEY
   */
  readonly engine?: AwsCacheEngine;
  /**
   * Engine version (`8.0` for Valkey, `7.1` for Redis OSS).
   * @default - 8.0 for Valkey, 7.1 for Redis OSS
   */
  readonly engineVersion?: string;
  /**
   * Days daily snapshots are kept, 0–35. 0 turns snapshots off (saves backup storage, loses restores).
   * @default 7
   */
  readonly snapshotRetentionDays?: number;
  /**
   * KMS key ARN for encryption at rest.
   * @default - the AWS-managed ElastiCache key
   */
  readonly kmsKeyArn?: string;
  /** @default 6379 */
  readonly port?: number;
}

export const AWS_CACHE_DEFAULTS = {
  engine: AwsCacheEngine.VALKEY,
  snapshotRetentionDays: 7,
  snapshotWindow: '03:00-04:00',
  maintenanceWindow: 'sun:04:30-sun:05:30',
  port: 6379,
} as const;

const ENGINE_VERSIONS: Record<AwsCacheEngine, { version: string; family: string }> = {
  [AwsCacheEngine.VALKEY]: { version: '8.0', family: 'valkey8' },
  [AwsCacheEngine.REDIS]: { version: '7.1', family: 'redis7' },
};

export const AWS_CACHE_RULES: ReadonlyArray<Rule<AwsCacheProps>> = [
  ...CACHE_RULES,
  rules.intRange<AwsCacheProps>('CacheSnapshotRetentionOutOfRange', 'snapshotRetentionDays', (p) => p.snapshotRetentionDays, 0, 35, 'ElastiCache keeps snapshots for 0 to 35 days.'),
  rules.oneOf<AwsCacheProps, string>('CacheEngineInvalid', 'engine', (p) => p.engine, Object.values(AwsCacheEngine), 'Use valkey or redis.'),
  {
    code: 'CacheNoSubnets',
    prop: 'subnetIds',
    value: (p) => p.subnetIds,
    failsWhen: (p) => !Array.isArray(p.subnetIds) || p.subnetIds.length === 0,
    allowed: 'at least one subnet',
    fix: 'Pass the network\'s DATA subnets.',
  },
];

/**
 * An ElastiCache replication group (Valkey by default) in cluster mode: `shardCount` node groups of
 * one primary plus `replicasPerShard` replicas, Multi-AZ with automatic failover, encrypted in
 * transit (TLS required) and at rest, reachable only from the app tier, and authenticated through
 * an RBAC user group whose `default` user is switched off: apps connect as an IAM-authenticated user.
 */
export class AwsCache extends Blueprint implements ICacheRef {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'Cache';
  public readonly resource: ElasticacheReplicationGroup;
  public readonly subnetGroup: ElasticacheSubnetGroup;
  public readonly parameterGroup: ElasticacheParameterGroup;
  public readonly securityGroup: SecurityGroup;
  public readonly userGroup: ElasticacheUserGroup;
  /** The replacement `default` user: switched off, so no one connects unauthenticated. */
  public readonly defaultUser: ElasticacheUser;
  /** The user apps connect as, with IAM authentication (`elasticache:Connect`). */
  public readonly appUser: ElasticacheUser;
  public readonly nodeType: string;
  public readonly cacheEndpoint: string;
  public readonly cachePort: number;
  public readonly cacheUserName: string;
  public readonly cacheName: string;
  /**
   * The IAM policy statement an app role needs to connect as the app user (IAM auth): add it to
   * the role of the app tier (`Fn.jsonencode` the policy document it goes in).
   */
  public readonly connectPolicyStatement: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: AwsCacheProps) {
    super(scope, id);
    this.validate('AwsCache', AWS_CACHE_RULES, props);
    const memory = props.memoryGiB ?? CACHE_DEFAULTS.memoryGiB;
    const shards = props.shardCount ?? CACHE_DEFAULTS.shardCount;
    const replicas = props.replicasPerShard ?? CACHE_DEFAULTS.replicasPerShard;
    const eviction = props.evictionPolicy ?? CACHE_DEFAULTS.evictionPolicy;
    const engine = props.engine ?? AWS_CACHE_DEFAULTS.engine;
    const port = props.port ?? AWS_CACHE_DEFAULTS.port;
    this.nodeType = cacheAwsNodeType(memory);
    if (replicas === 0) {
      Annotations.of(this).addWarning('replicasPerShard is 0: no Multi-AZ failover, a node failure loses its shard\'s data.');
    }

    const name = resourceName(this, 'awsElastiCache');
    this.subnetGroup = new ElasticacheSubnetGroup(this, 'SubnetGroup', {
      name: resourceName(this, 'awsElastiCache', 'subnets'),
      description: `Data subnets of ${this.node.path}`,
      subnetIds: props.subnetIds,
    });
    this.parameterGroup = new ElasticacheParameterGroup(this, 'ParameterGroup', {
      name: resourceName(this, 'awsElastiCache', 'params'),
      family: ENGINE_VERSIONS[engine].family,
      description: `Cluster mode and eviction for ${this.node.path}`,
      parameter: [
        { name: 'cluster-enabled', value: 'yes' },
        { name: 'maxmemory-policy', value: eviction },
      ],
    });
    this.securityGroup = dataSecurityGroup(this, 'SecurityGroup', {
      vpcId: props.vpcId,
      port,
      allowedCidrs: props.allowedCidrs,
      allowedSecurityGroupIds: props.allowedSecurityGroupIds,
      description: `Cache ${this.node.path}: app tier only`,
    });

    this.defaultUser = new ElasticacheUser(this, 'DefaultUser', {
      userId: resourceName(this, 'awsElastiCacheUser', 'default'),
      userName: 'default',
      engine,
      accessString: 'off -@all',
      authenticationMode: { type: 'no-password-required' },
    });
    const appUserName = resourceName(this, 'awsElastiCacheUser', 'app');
    this.appUser = new ElasticacheUser(this, 'AppUser', {
      userId: appUserName,
      userName: appUserName,
      engine,
      accessString: 'on ~* +@all -@dangerous',
      authenticationMode: { type: 'iam' },
    });
    this.userGroup = new ElasticacheUserGroup(this, 'UserGroup', {
      userGroupId: resourceName(this, 'awsElastiCacheUser', 'users'),
      engine,
      userIds: [this.defaultUser.userId, this.appUser.userId],
    });

    this.resource = new ElasticacheReplicationGroup(this, 'Resource', {
      replicationGroupId: name,
      description: `Cache ${this.node.path}`,
      engine,
      engineVersion: props.engineVersion ?? ENGINE_VERSIONS[engine].version,
      nodeType: this.nodeType,
      port,
      clusterMode: 'enabled',
      numNodeGroups: shards,
      replicasPerNodeGroup: replicas,
      automaticFailoverEnabled: true,
      multiAzEnabled: replicas > 0,
      atRestEncryptionEnabled: 'true',
      kmsKeyId: props.kmsKeyArn,
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      userGroupIds: [this.userGroup.userGroupId],
      subnetGroupName: this.subnetGroup.name,
      securityGroupIds: [this.securityGroup.id],
      parameterGroupName: this.parameterGroup.name,
      snapshotRetentionLimit: props.snapshotRetentionDays ?? AWS_CACHE_DEFAULTS.snapshotRetentionDays,
      snapshotWindow: AWS_CACHE_DEFAULTS.snapshotWindow,
      maintenanceWindow: AWS_CACHE_DEFAULTS.maintenanceWindow,
      autoMinorVersionUpgrade: 'true',
      applyImmediately: false,
    });
    this.cacheEndpoint = this.resource.configurationEndpointAddress;
    this.cacheUserName = this.appUser.userName;
    this.cacheName = this.resource.replicationGroupId;
    this.cachePort = port;

    // Signals per shard, on the member clusters ElastiCache derives from the group id
    // (`<group>-<shard 0001>-<node 001>`; node 001 starts as the primary). Each member cluster
    // has one node, CacheNodeId `0001`, and the metrics are published only with both dimensions
    // (AWS_METRIC_FACTS requiredDimensions; the describe-replication-groups example of
    // amazon-elasticache-docs shard-find-id.md shows `<group>-0001-001` with CacheNodeId 0001).
    const node = (cluster: string) => [{ name: 'CacheClusterId', value: cluster }, { name: 'CacheNodeId', value: '0001' }];
    for (let s = 1; s <= shards; s++) {
      const shard = String(s).padStart(4, '0');
      const primary = `${name}-${shard}-001`;
      const dims = node(primary);
      const tag = shards > 1 ? `shard-${s}-` : '';
      this.addGoldenSignal({
        name: `${tag}engine-cpu-high`,
        description: `Engine CPU of shard ${s} is high: add shards or move to a larger node.`,
        metric: { namespace: 'AWS/ElastiCache', metricName: 'EngineCPUUtilization', dimensions: dims },
        statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 80, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}memory-high`,
        description: `Memory of shard ${s} is nearly full: evictions follow.`,
        metric: { namespace: 'AWS/ElastiCache', metricName: 'DatabaseMemoryUsagePercentage', dimensions: dims },
        statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 85, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: `${tag}evictions`,
        description: `Shard ${s} is evicting keys: the cache is too small for its working set.`,
        metric: { namespace: 'AWS/ElastiCache', metricName: 'Evictions', dimensions: dims },
        statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 1000, periodSeconds: 300, severity: Severity.WARNING,
      });
      if (replicas > 0) {
        this.addGoldenSignal({
          name: `${tag}replication-lag`,
          description: `The first replica of shard ${s} lags its primary.`,
          metric: { namespace: 'AWS/ElastiCache', metricName: 'ReplicationLag', dimensions: node(`${name}-${shard}-002`) },
          statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 30, periodSeconds: 300, severity: Severity.WARNING,
        });
      }
    }
    this.connectPolicyStatement = {
      Sid: 'CacheConnect',
      Effect: 'Allow',
      Action: 'elasticache:Connect',
      Resource: [this.resource.arn, this.appUser.arn],
    };
    const nodes = shards * (1 + replicas);
    this.addCostItem({ sku: `aws:elasticache:${this.nodeType}`, description: `cache nodes (${shards} shard(s) × ${1 + replicas})`, quantityMin: nodes * 730, quantityMax: nodes * 730 });
  }

  /**
   * Lets `consumer` use the cache: `connectPolicyStatement` (elasticache:Connect on this group
   * and its IAM user) on the consumer's own role, an ingress rule from its security group on the
   * cache port, and the `app->cache` edge.
   */
  public grantConnect(consumer: IWorkloadConsumer): Record<string, string> {
    const st = this.connectPolicyStatement as { Action: string; Resource: string[] };
    const policy = grantPolicy(this, consumer, [{ sid: 'CacheConnect', actions: [st.Action], resources: st.Resource }]);
    const ingress = allowFromConsumer(this, this.securityGroup.id, consumer, this.cachePort);
    const settings = cacheSettings(this);
    const id = consumer.workloadIdentity;
    Wiring.of(this).add({
      kind: EdgeKind.APP_CACHE, from: consumer.node.path, to: this.node.path, port: this.cachePort, protocol: 'tls',
      permissions: [st.Action],
      pieces: { role: id.roleArn!, policy: policy.id, consumerSecurityGroup: id.securityGroupId!, securityGroup: this.securityGroup.id, ingress: ingress.id, resource: this.resource.arn, user: this.appUser.arn },
      settings: Object.keys(settings).sort(),
      note: 'TLS on the cache port from the consumer\'s security group; IAM auth as the cache\'s app user (the default user is off).',
    });
    return settings;
  }
}
