/** Rules for both clouds: no plaintext secrets, cost tags. */
import { STANDARD_TAG_KEYS } from '../../constructs/core/tags';
import { isSecretKey, looksSecret } from '../review/mask';
import { SynthResource, isToken } from '../review/model';
import { Compliance, PolicyCategory, PolicySeverity, ResourceRule, Verdict } from './engine';
import { blocks } from './helpers';

/** Paths of literal secrets in a config: secret-named string arguments and secret-looking strings. */
export function plaintextSecrets(value: unknown, key = '', at = ''): string[] {
  if (typeof value === 'string') {
    if (value === '' || isToken(value)) return [];
    if (key && isSecretKey(key)) return [at];
    if (looksSecret(value)) return [at];
    // Container definitions and policies are JSON strings: look inside.
    if ((value.startsWith('[') || value.startsWith('{')) && key === 'container_definitions') {
      try {
        return plaintextSecrets(JSON.parse(value), '', at);
      } catch {
        return [];
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => plaintextSecrets(v, key, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    // `{ name: "DB_PASSWORD", value: "hunter2" }` (ECS environment, app settings blocks).
    if (typeof obj.name === 'string' && isSecretKey(obj.name) && typeof obj.value === 'string' && obj.value !== '' && !isToken(obj.value)) {
      return [`${at}(${obj.name})`];
    }
    return Object.keys(obj)
      .filter((k) => k !== '//')
      .sort()
      .flatMap((k) => plaintextSecrets(obj[k], k, at ? `${at}.${k}` : k));
  }
  return [];
}

/**
 * Types the blueprints emit that carry tags. A resource with a `tags` argument is judged whatever
 * its type; these are also judged when `tags` is missing altogether.
 */
export const TAGGABLE_TYPES: ReadonlySet<string> = new Set([
  'aws_launch_template', 'aws_lb', 'aws_lb_target_group', 'aws_ecs_cluster', 'aws_ecs_service', 'aws_ecs_task_definition', 'aws_s3_bucket',
  'aws_elasticache_replication_group', 'aws_db_instance', 'aws_rds_cluster', 'aws_sqs_queue', 'aws_sns_topic', 'aws_lambda_function',
  'aws_wafv2_web_acl', 'aws_cloudfront_distribution', 'aws_kms_key', 'aws_cloudwatch_log_group', 'aws_iam_role', 'aws_vpc', 'aws_subnet',
  'azurerm_resource_group', 'azurerm_linux_virtual_machine_scale_set', 'azurerm_application_gateway', 'azurerm_service_plan', 'azurerm_linux_web_app',
  'azurerm_managed_redis', 'azurerm_postgresql_flexible_server', 'azurerm_servicebus_namespace', 'azurerm_function_app_flex_consumption',
  'azurerm_storage_account', 'azurerm_app_configuration', 'azurerm_cdn_frontdoor_profile', 'azurerm_key_vault', 'azurerm_log_analytics_workspace',
  'azurerm_virtual_network', 'azurerm_network_security_group', 'azurerm_public_ip', 'azurerm_nat_gateway',
]);

function costTags(r: SynthResource): Verdict {
  // Auto Scaling groups carry `tag` blocks.
  if (r.type === 'aws_autoscaling_group') {
    const keys = blocks(r.config.tag).map((t) => t.key);
    if (isToken(r.config.tag)) return Compliance.COMPLIANT;
    const missing = STANDARD_TAG_KEYS.filter((k) => !keys.includes(k));
    return missing.length === 0 ? Compliance.COMPLIANT : { compliance: Compliance.NON_COMPLIANT, detail: `missing tag(s) ${missing.join(', ')}` };
  }
  const tags = r.config.tags;
  if (tags === undefined && !TAGGABLE_TYPES.has(r.type)) return Compliance.NOT_APPLICABLE;
  if (isToken(tags)) return Compliance.COMPLIANT;
  const present = tags && typeof tags === 'object' ? Object.keys(tags) : [];
  const missing = STANDARD_TAG_KEYS.filter((k) => !present.includes(k));
  return missing.length === 0 ? Compliance.COMPLIANT : { compliance: Compliance.NON_COMPLIANT, detail: `missing tag(s) ${missing.join(', ')}` };
}

export const COMMON_RULES: ResourceRule[] = [
  {
    kind: 'resource', id: 'BP-ALL-SECRET-1', severity: PolicySeverity.ERROR, category: PolicyCategory.SECURITY, cloud: 'any', types: ['*'],
    title: 'No plaintext secrets in resource arguments',
    explanation: 'A password, key or connection string written as a literal lands in the synthesized JSON, the Git history and the Terraform state in clear text.',
    fix: 'Use a managed secret (RDS manage_master_user_password, Secrets Manager, Key Vault reference) or Entra ID / IAM authentication, and pass only references.',
    check: (r) => {
      const found = plaintextSecrets(r.config);
      return found.length === 0 ? Compliance.COMPLIANT : { compliance: Compliance.NON_COMPLIANT, detail: `literal secret in ${found.join(', ')}` };
    },
  },
  {
    kind: 'resource', id: 'BP-ALL-TAGS-1', severity: PolicySeverity.WARNING, category: PolicyCategory.COST, cloud: 'any', types: ['*'],
    title: 'Taggable resources carry the cost tags (project, environment, owner, cost-center, managed-by)',
    explanation: 'Cost reports on both clouds are split by these tags; an untagged resource is spend nobody owns.',
    fix: 'Create the resource inside a BlueprintStack (its aspect adds the tags), or set the five tags yourself.',
    check: costTags,
  },
];
