import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { Cloud } from './cloud';

/**
 * The naming rules of one resource type: length and charset as the cloud enforces them.
 */
export interface NameRule {
  readonly cloud: Cloud;
  /** Terraform resource type the rule was taken from, for the docs and tests. */
  readonly resourceType: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** Lower-case the whole name. */
  readonly lowercase: boolean;
  /** Characters kept; everything else becomes the separator (or is dropped when it is ''). */
  readonly allowed: RegExp;
  /** '-' for most types, '' where only alphanumerics are allowed. */
  readonly separator: string;
  /** The name must start with a letter. */
  readonly startsWithLetter: boolean;
  /** Characters reserved at the end for a suffix the caller adds (`.fifo`). */
  readonly reservedSuffix?: number;
  /** Endings the provider rejects (`-sb`); a name ending in one gets a hash appended instead. */
  readonly forbiddenEndings?: readonly string[];
}

const alnumDash = /[A-Za-z0-9-]/;
const lowerAlnumDash = /[a-z0-9-]/;
const lowerAlnum = /[a-z0-9]/;

function rule(cloud: Cloud, resourceType: string, minLength: number, maxLength: number, opts: Partial<NameRule> = {}): NameRule {
  return {
    cloud,
    resourceType,
    minLength,
    maxLength,
    lowercase: true,
    allowed: lowerAlnumDash,
    separator: '-',
    startsWithLetter: true,
    ...opts,
  };
}

/**
 * Every name kind the blueprints use, with the limits of its cloud.
 *
 * Sources: AWS service quotas and API references; Azure "naming rules and restrictions for Azure
 * resources". Add a kind to its cloud's list before naming a new resource type.
 */
export const NAME_RULES = {
  // AWS
  awsGeneric: rule(Cloud.AWS, '(any)', 1, 63),
  awsAlb: rule(Cloud.AWS, 'aws_lb', 1, 32),
  awsTargetGroup: rule(Cloud.AWS, 'aws_lb_target_group', 1, 32),
  awsElastiCache: rule(Cloud.AWS, 'aws_elasticache_replication_group', 1, 40),
  awsSqs: rule(Cloud.AWS, 'aws_sqs_queue', 1, 80, { allowed: /[a-z0-9_-]/ }),
  awsSqsFifo: rule(Cloud.AWS, 'aws_sqs_queue', 1, 80, { allowed: /[a-z0-9_-]/, reservedSuffix: 5 }),
  awsSnsTopic: rule(Cloud.AWS, 'aws_sns_topic', 1, 256, { allowed: /[a-z0-9_-]/ }),
  awsLambda: rule(Cloud.AWS, 'aws_lambda_function', 1, 64, { allowed: /[a-z0-9_-]/ }),
  awsIamRole: rule(Cloud.AWS, 'aws_iam_role', 1, 64, { allowed: /[a-z0-9+=,.@_-]/ }),
  awsS3Bucket: rule(Cloud.AWS, 'aws_s3_bucket', 3, 63),
  awsRdsCluster: rule(Cloud.AWS, 'aws_rds_cluster', 1, 63),
  awsLogGroup: rule(Cloud.AWS, 'aws_cloudwatch_log_group', 1, 512, { allowed: /[a-z0-9_\-/.#]/, startsWithLetter: false }),
  awsAutoscalingGroup: rule(Cloud.AWS, 'aws_autoscaling_group', 1, 255),
  awsLaunchTemplate: rule(Cloud.AWS, 'aws_launch_template', 3, 125),
  awsSecurityGroup: rule(Cloud.AWS, 'aws_security_group', 1, 255),
  awsWafAcl: rule(Cloud.AWS, 'aws_wafv2_web_acl', 1, 128, { allowed: /[a-z0-9_-]/ }),
  awsOpenSearch: rule(Cloud.AWS, 'aws_opensearch_domain', 3, 28),
  awsEcsCluster: rule(Cloud.AWS, 'aws_ecs_cluster', 1, 255),
  awsEcsService: rule(Cloud.AWS, 'aws_ecs_service', 1, 255),
  awsApiGateway: rule(Cloud.AWS, 'aws_apigatewayv2_api', 1, 128),
  awsScheduler: rule(Cloud.AWS, 'aws_scheduler_schedule', 1, 64, { allowed: /[a-z0-9_.-]/ }),
  awsSecret: rule(Cloud.AWS, 'aws_secretsmanager_secret', 1, 512, { allowed: /[a-z0-9/_+=.@-]/ }),
  awsAppConfig: rule(Cloud.AWS, 'aws_appconfig_application', 1, 64),
  awsBudget: rule(Cloud.AWS, 'aws_budgets_budget', 1, 100),
  awsAlarm: rule(Cloud.AWS, 'aws_cloudwatch_metric_alarm', 1, 255, { allowed: /[a-z0-9_./#-]/ }),
  awsDashboard: rule(Cloud.AWS, 'aws_cloudwatch_dashboard', 1, 255, { allowed: /[a-z0-9_-]/ }),
  awsSnsTopicFifo: rule(Cloud.AWS, 'aws_sns_topic', 1, 256, { allowed: /[a-z0-9_-]/, reservedSuffix: 5 }),
  awsElastiCacheUser: rule(Cloud.AWS, 'aws_elasticache_user', 1, 40),
  awsDbSubnetGroup: rule(Cloud.AWS, 'aws_db_subnet_group', 1, 255),
  awsFirehose: rule(Cloud.AWS, 'aws_kinesis_firehose_delivery_stream', 1, 64, { allowed: /[a-z0-9_.-]/ }),
  awsOsisPipeline: rule(Cloud.AWS, 'aws_osis_pipeline', 3, 28),
  awsXraySamplingRule: rule(Cloud.AWS, 'aws_xray_sampling_rule', 1, 32, { allowed: /[a-z0-9_-]/ }),
  awsGrafanaWorkspace: rule(Cloud.AWS, 'aws_grafana_workspace', 1, 255, { allowed: /[a-z0-9_-]/ }),

  // Azure
  azureGeneric: rule(Cloud.AZURE, '(any)', 1, 63),
  azureResourceGroup: rule(Cloud.AZURE, 'azurerm_resource_group', 1, 90),
  azureStorageAccount: rule(Cloud.AZURE, 'azurerm_storage_account', 3, 24, { allowed: lowerAlnum, separator: '' }),
  azureKeyVault: rule(Cloud.AZURE, 'azurerm_key_vault', 3, 24, { allowed: alnumDash }),
  azureVnet: rule(Cloud.AZURE, 'azurerm_virtual_network', 2, 64),
  azureSubnet: rule(Cloud.AZURE, 'azurerm_subnet', 1, 80),
  azureVmss: rule(Cloud.AZURE, 'azurerm_linux_virtual_machine_scale_set', 1, 64),
  azureAppServicePlan: rule(Cloud.AZURE, 'azurerm_service_plan', 1, 60),
  azureWebApp: rule(Cloud.AZURE, 'azurerm_linux_web_app', 2, 60),
  // source: azurerm internal/services/servicebus/validate/namespace_name.go NamespaceName (no "-", "-sb", "-mgmt" ending)
  azureServiceBus: rule(Cloud.AZURE, 'azurerm_servicebus_namespace', 6, 50, { forbiddenEndings: ['-sb', '-mgmt'] }),
  azureManagedRedis: rule(Cloud.AZURE, 'azurerm_managed_redis', 1, 60),
  azurePostgres: rule(Cloud.AZURE, 'azurerm_postgresql_flexible_server', 3, 63),
  azureAppConfig: rule(Cloud.AZURE, 'azurerm_app_configuration', 5, 50),
  azureLogAnalytics: rule(Cloud.AZURE, 'azurerm_log_analytics_workspace', 4, 63),
  azureFrontDoor: rule(Cloud.AZURE, 'azurerm_cdn_frontdoor_profile', 1, 90),
  azureFrontDoorEndpoint: rule(Cloud.AZURE, 'azurerm_cdn_frontdoor_endpoint', 1, 46),
  azureAppGateway: rule(Cloud.AZURE, 'azurerm_application_gateway', 1, 80),
  azureFunctionApp: rule(Cloud.AZURE, 'azurerm_function_app_flex_consumption', 2, 60),
  azureWafPolicy: rule(Cloud.AZURE, 'azurerm_web_application_firewall_policy', 1, 80, { allowed: /[a-z0-9]/, separator: '' }),
  azureServiceBusEntity: rule(Cloud.AZURE, 'azurerm_servicebus_queue', 1, 260),
  azureMetricAlert: rule(Cloud.AZURE, 'azurerm_monitor_metric_alert', 1, 260),
  azureActionGroupShort: rule(Cloud.AZURE, 'azurerm_monitor_action_group (short_name)', 1, 12, { startsWithLetter: true }),
  azureManagedIdentity: rule(Cloud.AZURE, 'azurerm_user_assigned_identity', 3, 128),
  azureElasticMonitor: rule(Cloud.AZURE, 'azurerm_elastic_cloud_elasticsearch', 1, 32, { allowed: /[a-z0-9_-]/ }),
  azureApplicationInsights: rule(Cloud.AZURE, 'azurerm_application_insights', 1, 255),
  azurePortalDashboard: rule(Cloud.AZURE, 'azurerm_portal_dashboard', 3, 160),
  azureMonitorWorkspace: rule(Cloud.AZURE, 'azurerm_monitor_workspace', 4, 44),
  azureBudget: rule(Cloud.AZURE, 'azurerm_consumption_budget_resource_group', 1, 63),
} as const satisfies Record<string, NameRule>;

export type NameKind = keyof typeof NAME_RULES;

/** Context key holding the prefix every generated name starts with (`shop-prod`). */
export const NAME_PREFIX_CONTEXT = 'scaling-blueprints:namePrefix';

/** Path segments that carry no meaning in a name. */
const SKIPPED_SEGMENTS = new Set(['Resource', 'Default']);

/** A stable, short hash: the same input gives the same suffix on every machine. */
export function stableHash(input: string, length = 8): string {
  return createHash('sha256').update(input).digest('hex').slice(0, length);
}

function sanitize(raw: string, r: NameRule): string {
  const text = r.lowercase ? raw.toLowerCase() : raw;
  let out = '';
  for (const ch of text) {
    if (r.allowed.test(ch) && ch !== r.separator) out += ch;
    else if (r.separator && !out.endsWith(r.separator)) out += r.separator;
  }
  if (r.separator) {
    const sep = r.separator.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
    out = out.replace(new RegExp(`${sep}{2,}`, 'g'), r.separator).replace(new RegExp(`^${sep}+|${sep}+$`, 'g'), '');
  }
  return out;
}

/**
 * Builds a deterministic name from parts, fitted to a cloud's rules for one resource type.
 *
 * The parts are joined with the rule's separator and sanitized. When the result is too long it is
 * truncated and a stable hash of the untruncated name is appended, so two long names that share a
 * prefix stay distinct. Names shorter than the minimum are padded with the hash.
 */
export function fitName(parts: string[], kind: NameKind): string {
  const r: NameRule = NAME_RULES[kind];
  const joined = parts.filter((p) => p.length > 0).join(r.separator || '-');
  let name = sanitize(joined, r);
  if (r.startsWithLetter && !/^[a-z]/i.test(name)) name = sanitize(`n${r.separator}${name}`, r);
  const max = r.maxLength - (r.reservedSuffix ?? 0);
  const forbiddenEnding = (r.forbiddenEndings ?? []).some((e) => name.endsWith(e));
  if (name.length > max || name.length < r.minLength || forbiddenEnding) {
    const hash = stableHash(joined);
    const keep = Math.max(0, max - hash.length - r.separator.length);
    const head = sanitize(name.slice(0, keep), r);
    name = head ? `${head}${r.separator}${hash}` : hash;
    if (r.startsWithLetter && !/^[a-z]/i.test(name)) name = `n${name.slice(1)}`;
  }
  return name;
}

/** The name prefix in force at a scope: the workload's `name-environment`, or the stack's id. */
export function namePrefix(scope: Construct): string {
  const fromContext = scope.node.tryGetContext(NAME_PREFIX_CONTEXT);
  if (typeof fromContext === 'string' && fromContext.length > 0) return fromContext;
  return scope.node.scopes[1]?.node.id ?? scope.node.scopes[0].node.id;
}

/**
 * A deterministic resource name for a construct: the name prefix, then the construct path below the
 * stack (without `Resource`/`Default`), fitted to the resource type's rules.
 *
 * @param suffix extra parts appended after the path (`dlq`).
 */
export function resourceName(scope: Construct, kind: NameKind, ...suffix: string[]): string {
  const below = scope.node.scopes.slice(2).map((s) => s.node.id).filter((id) => !SKIPPED_SEGMENTS.has(id));
  return fitName([namePrefix(scope), ...below, ...suffix], kind);
}
