import { Construct } from 'constructs';
import { Annotations, TerraformResource } from 'cdktf';
import { ManagedRedis } from '@cdktf/provider-azurerm/lib/managed-redis';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { CACHE_DEFAULTS, CACHE_RULES, CACHE_TOTAL_MEMORY_RULE, CacheEvictionPolicy, CacheProps, ICacheRef, cacheAzureSku, cacheSettings } from '../core/cache';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { Rule, rules } from '../core/validation';
import { privateLink } from './private/private-link';
import { ResourceGroupTemplateDeployment } from '@cdktf/provider-azurerm/lib/resource-group-template-deployment';
import { Fn } from 'cdktf';
import { EdgeKind, IWorkloadConsumer, Wiring, consumerIdFragment } from '../core/wiring';
import { IAzureSubnetAccess, allowConsumerSubnet, azureIdentity } from './private/grants';

/** How Azure Managed Redis exposes its shards to clients. */
export enum AzureCacheClusteringPolicy {
  /** Cluster-aware clients talk to each shard (the OSS cluster protocol, like ElastiCache cluster mode). */
  OSS_CLUSTER = 'OSSCluster',
  /** A single endpoint proxies to the shards: for clients without cluster support. */
  ENTERPRISE_CLUSTER = 'EnterpriseCluster',
}

export interface AzureCacheProps extends CacheProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The network's DATA subnet, for the private endpoint. */
  readonly privateEndpointSubnetId: string;
  /** The VNet the private DNS zone is linked to. */
  readonly virtualNetworkId: string;
  /**
   * Clustering policy.
   * @default AzureCacheClusteringPolicy.OSS_CLUSTER
   */
  readonly clusteringPolicy?: AzureCacheClusteringPolicy;
  /** Opens the private endpoint's subnet to each consumer's subnet (the kit passes the network). @default - no NSG rules are added */
  readonly network?: IAzureSubnetAccess;
}

export const AZURE_CACHE_DEFAULTS = {
  clusteringPolicy: AzureCacheClusteringPolicy.OSS_CLUSTER,
  /** TLS only: `Encrypted` refuses plain-text clients. */
  clientProtocol: 'Encrypted',
  privateDnsZone: 'privatelink.redis.azure.net',
  /**
   * The port of the default database (TLS), for the NSG rule (which needs it before apply; the
   * settings read `default_database.port`). source: the DATA subnet rule of the seed network
   * (ports 6379/6380 for classic Azure Cache for Redis, 10000 for Azure Managed Redis).
   */
  port: 10000,
  /**
   * Entra access for one principal on the default database: `accessPolicyAssignments`, which
   * azurerm 4.55 has no resource for (docs/deploy.md, Provider gaps and workarounds): an ARM
   * template deployment, unless the loaded provider package has the provider's own resource
   * (`grantConnect`). source:
   * learn.microsoft.com/azure/templates/microsoft.cache/2025-04-01/redisenterprise/databases/accesspolicyassignments
   * (name ^[A-Za-z0-9]{1,60}$; properties.accessPolicyName: only "default"; properties.user.objectId), read 2026-12-02.
   */
  accessPolicyAssignmentApiVersion: '2025-04-01',
  accessPolicyName: 'default',
  databaseName: 'default',
} as const;

/**
 * The provider's own resource for the assignment, `azurerm_managed_redis_access_policy_assignment`:
 * new in azurerm 4.60.0 (hashicorp/terraform-provider-azurerm CHANGELOG-v4.md, 4.60.0 FEATURES,
 * #30980), so absent from the pinned @cdktf/provider-azurerm 14.23.1 (azurerm 4.55.0) and present in
 * @cdktn/provider-azurerm 16.1.0 (azurerm 4.73.0), which the README's "Using cdktn" overrides load
 * under this same module name. It assigns the `default` access policy on the `default` database to
 * `object_id`, names the assignment after the object id, and deletes it on destroy (source:
 * internal/services/managedredis/managed_redis_access_policy_assignment_resource.go, Create and
 * Delete, commit 084c2405). The kit uses it when the class loads, never by a version string.
 */
const NATIVE_ACCESS_POLICY_ASSIGNMENT = {
  module: '@cdktf/provider-azurerm/lib/managed-redis-access-policy-assignment',
  className: 'ManagedRedisAccessPolicyAssignment',
  resourceType: 'azurerm_managed_redis_access_policy_assignment',
} as const;

/** The shape of the generated `ManagedRedisAccessPolicyAssignment` binding that the cache uses. */
type AccessPolicyAssignmentClass = (new (scope: Construct, id: string, config: { managedRedisId: string; objectId: string }) => TerraformResource) & { readonly tfResourceType?: unknown };

/**
 * The native assignment class of the loaded provider package, or undefined when it has none (the
 * module is missing, or does not export that class for that resource type). Any other load error
 * is thrown: a broken provider install must not silently switch the deployed resource.
 */
function nativeAccessPolicyAssignmentClass(): AccessPolicyAssignmentClass | undefined {
  const n = NATIVE_ACCESS_POLICY_ASSIGNMENT;
  let mod: Record<string, unknown> | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(n.module) as Record<string, unknown>;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const missing = (e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(`'${n.module}'`)) || e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
    if (missing) return undefined;
    throw err;
  }
  const cls = mod?.[n.className] as AccessPolicyAssignmentClass | undefined;
  return typeof cls === 'function' && cls.tfResourceType === n.resourceType ? cls : undefined;
}

const EVICTION: Record<CacheEvictionPolicy, string> = {
  [CacheEvictionPolicy.ALLKEYS_LRU]: 'AllKeysLRU',
  [CacheEvictionPolicy.ALLKEYS_LFU]: 'AllKeysLFU',
  [CacheEvictionPolicy.ALLKEYS_RANDOM]: 'AllKeysRandom',
  [CacheEvictionPolicy.VOLATILE_LRU]: 'VolatileLRU',
  [CacheEvictionPolicy.VOLATILE_LFU]: 'VolatileLFU',
  [CacheEvictionPolicy.VOLATILE_RANDOM]: 'VolatileRandom',
  [CacheEvictionPolicy.VOLATILE_TTL]: 'VolatileTTL',
  [CacheEvictionPolicy.NO_EVICTION]: 'NoEviction',
};

export const AZURE_CACHE_RULES: ReadonlyArray<Rule<AzureCacheProps>> = [
  ...CACHE_RULES,
  CACHE_TOTAL_MEMORY_RULE,
  rules.oneOf<AzureCacheProps, string>('CacheClusteringPolicyInvalid', 'clusteringPolicy', (p) => p.clusteringPolicy, Object.values(AzureCacheClusteringPolicy), 'Use OSSCluster or EnterpriseCluster.'),
];

/**
 * Azure Managed Redis (`azurerm_managed_redis`; classic Azure Cache for Redis takes no new
 * instances): the SKU from the sizing table, high availability (one replica) when
 * `replicasPerShard` ≥ 1, TLS only, access keys off so clients authenticate with Entra ID, and no
 * public network access: clients reach it through a private endpoint in the DATA subnet.
 */
export class AzureCache extends Blueprint implements ICacheRef {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'Cache';
  public readonly resource: ManagedRedis;
  public readonly privateEndpoint: PrivateEndpoint;
  public readonly privateDnsZone: PrivateDnsZone;
  public readonly sku: string;
  public readonly cacheEndpoint: string;
  public readonly cachePort: number;
  private readonly props: AzureCacheProps;

  constructor(scope: Construct, id: string, props: AzureCacheProps) {
    super(scope, id);
    this.validate('AzureCache', AZURE_CACHE_RULES, props);
    this.props = props;
    const memory = props.memoryGiB ?? CACHE_DEFAULTS.memoryGiB;
    const replicas = props.replicasPerShard ?? CACHE_DEFAULTS.replicasPerShard;
    const eviction = props.evictionPolicy ?? CACHE_DEFAULTS.evictionPolicy;
    this.sku = cacheAzureSku(memory, props.shardCount ?? CACHE_DEFAULTS.shardCount);
    if (replicas === 0) Annotations.of(this).addWarning('replicasPerShard is 0: high availability is off, a node failure loses the cache.');
    if (replicas > 1) Annotations.of(this).addInfo(`replicasPerShard is ${replicas}: Azure Managed Redis keeps one replica with high availability on.`);

    this.resource = new ManagedRedis(this, 'Resource', {
      name: resourceName(this, 'azureManagedRedis', 'redis'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      skuName: this.sku,
      highAvailabilityEnabled: replicas > 0,
      publicNetworkAccess: 'Disabled',
      defaultDatabase: {
        clusteringPolicy: props.clusteringPolicy ?? AZURE_CACHE_DEFAULTS.clusteringPolicy,
        clientProtocol: AZURE_CACHE_DEFAULTS.clientProtocol,
        evictionPolicy: EVICTION[eviction],
        accessKeysAuthenticationEnabled: false,
      },
    });
    const link = privateLink(this, 'PrivateEndpoint', {
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      subnetId: props.privateEndpointSubnetId,
      virtualNetworkId: props.virtualNetworkId,
      resourceId: this.resource.id,
      subresource: 'redisEnterprise',
      zoneName: AZURE_CACHE_DEFAULTS.privateDnsZone,
    });
    this.privateEndpoint = link.endpoint;
    this.privateDnsZone = link.zone;
    this.cacheEndpoint = this.resource.hostname;
    this.cachePort = this.resource.defaultDatabase.port;

    const metric = (metricName: string) => ({ namespace: 'Microsoft.Cache/redisEnterprise', metricName, resourceId: this.resource.id });
    this.addGoldenSignal({
      name: 'cpu-high', description: 'Server load is high: move to a larger SKU.', metric: metric('percentProcessorTime'),
      // The metric accepts Maximum only (AZURE_METRIC_FACTS).
      statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 80, periodSeconds: 300, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'memory-high', description: 'Memory is nearly full: evictions follow.', metric: metric('usedmemorypercentage'),
      statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 85, periodSeconds: 300, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'evictions', description: 'The cache is evicting keys: it is too small for its working set.', metric: metric('evictedkeys'),
      statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 1000, periodSeconds: 300, severity: Severity.WARNING,
    });
    // Azure Monitor has no replica-lag metric for in-region high availability (docs/data.md).
    this.addCostItem({ sku: `azure:managed-redis:${this.sku}`, description: `Azure Managed Redis ${this.sku}${replicas > 0 ? ' (HA)' : ' (no HA: half the HA price)'}`, quantityMin: replicas > 0 ? 730 : 365, quantityMax: replicas > 0 ? 730 : 365 });
    this.addCostItem({ sku: 'azure:private-endpoint:hour', description: 'cache private endpoint', quantityMin: 730, quantityMax: 730 });
  }

  /**
   * Lets `consumer` use the cache with its managed identity: an access-policy assignment of the
   * `default` policy on the default database for the identity's object id, an NSG rule from the
   * consumer's subnet to the private endpoint's subnet on the cache port, and the `app->cache` edge.
   * The assignment is the provider's `azurerm_managed_redis_access_policy_assignment` when the loaded
   * provider package has it (under cdktn), else an ARM template deployment (the pinned azurerm 4.55
   * has no resource for it); both have the construct id `AccessPolicy<consumer>`.
   */
  public grantConnect(consumer: IWorkloadConsumer): Record<string, string> {
    const id = azureIdentity(this.node.path, consumer);
    const d = AZURE_CACHE_DEFAULTS;
    const constructId = `AccessPolicy${consumerIdFragment(consumer)}`;
    const Native = nativeAccessPolicyAssignmentClass();
    const assignment = Native
      ? new Native(this, constructId, { managedRedisId: this.resource.id, objectId: id.principalId })
      : this.templateAccessPolicyAssignment(constructId, consumer, id.principalId);
    allowConsumerSubnet(this.props.network, this.props.privateEndpointSubnetId, consumer, [d.port]);
    const settings = cacheSettings(this);
    Wiring.of(this).add({
      kind: EdgeKind.APP_CACHE, from: consumer.node.path, to: this.node.path, port: d.port, protocol: 'tls',
      permissions: [`access policy '${d.accessPolicyName}'`],
      pieces: { identity: id.principalId, accessPolicyAssignment: assignment.getStringAttribute('id'), resource: this.resource.id, privateEndpoint: this.privateEndpoint.id, ...(id.subnetId ? { consumerSubnet: id.subnetId } : {}) },
      settings: Object.keys(settings).sort(),
      note: 'TLS through the private endpoint; Entra ID token of the consumer identity (access keys are off).',
    });
    return settings;
  }

  /** The assignment as an ARM template deployment (the pinned provider has no resource for it). */
  private templateAccessPolicyAssignment(constructId: string, consumer: IWorkloadConsumer, principalId: string): ResourceGroupTemplateDeployment {
    const d = AZURE_CACHE_DEFAULTS;
    const assignmentName = consumerIdFragment(consumer).replace(/[^A-Za-z0-9]/g, '').slice(0, 60) || 'app';
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { clusterName: { type: 'string' }, objectId: { type: 'string' }, assignmentName: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments',
          apiVersion: d.accessPolicyAssignmentApiVersion,
          name: `[format('{0}/${d.databaseName}/{1}', parameters('clusterName'), parameters('assignmentName'))]`,
          properties: { accessPolicyName: d.accessPolicyName, user: { objectId: "[parameters('objectId')]" } },
        },
      ],
    };
    return new ResourceGroupTemplateDeployment(this, constructId, {
      name: `${assignmentName.toLowerCase()}-${this.node.id.toLowerCase()}-access`,
      resourceGroupName: this.props.resourceGroupName,
      deploymentMode: 'Incremental',
      templateContent: JSON.stringify(template),
      parametersContent: Fn.jsonencode({ clusterName: { value: this.resource.name }, objectId: { value: principalId }, assignmentName: { value: assignmentName } }),
    });
  }
}
