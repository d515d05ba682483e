/** Azure rules. Argument names follow the azurerm provider 4.x schema. */
import { SynthResource, SynthStack, isToken } from '../review/model';
import { Compliance, PolicyCategory, PolicySeverity, PolicyRule, ResourceRule, StackRule, Verdict } from './engine';
import { all, atLeast, bad, blocks, bool, get, listAtLeast, mustBeFalse, mustBeTrue, notFalse, notTrue, oneOf, unguarded } from './helpers';

const S = PolicyCategory.SECURITY;
const R = PolicyCategory.RELIABILITY;
const C = PolicyCategory.COST;
const E = PolicySeverity.ERROR;
const W = PolicySeverity.WARNING;

const VMSS = ['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set'];
const WEB_APPS = ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app_flex_consumption'];
/** Application Gateway predefined policies at TLS 1.2 or newer. */
const APPGW_TLS12_POLICIES = ['AppGwSslPolicy20170401S', 'AppGwSslPolicy20220101', 'AppGwSslPolicy20220101S'];

function appGatewayTls(r: SynthResource): Verdict {
  const policy = blocks(r.config.ssl_policy)[0];
  // Unset: the service default since API 2023-02-01 is AppGwSslPolicy20220101 (TLS 1.2+).
  if (!policy) return Compliance.COMPLIANT;
  if (isToken(policy.policy_name) || isToken(policy.min_protocol_version)) return Compliance.COMPLIANT;
  if (policy.policy_type === 'Predefined') return APPGW_TLS12_POLICIES.includes(String(policy.policy_name)) ? Compliance.COMPLIANT : bad('ssl_policy.policy_name', policy.policy_name);
  return ['TLSv1_2', 'TLSv1_3'].includes(String(policy.min_protocol_version)) ? Compliance.COMPLIANT : bad('ssl_policy.min_protocol_version', policy.min_protocol_version);
}

function nsgAdminOpen(rules: Array<Record<string, unknown>>): boolean {
  return rules.some((x) => {
    if (x.direction !== 'Inbound' || x.access !== 'Allow') return false;
    const sources = [x.source_address_prefix, ...[x.source_address_prefixes ?? []].flat()];
    if (!sources.some((s) => s === '*' || s === 'Internet' || s === '0.0.0.0/0' || s === 'Any')) return false;
    const ports = [x.destination_port_range, ...[x.destination_port_ranges ?? []].flat()].filter((p): p is string => typeof p === 'string');
    return ports.some((p) => {
      if (p === '*') return true;
      const [from, to] = p.split('-').map(Number);
      return [22, 3389].some((port) => from <= port && port <= (to ?? from));
    });
  });
}

const RESOURCE_RULES: ResourceRule[] = [
  // ── compute ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AZURE-VMSS-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_linux_virtual_machine_scale_set'],
    title: 'Linux scale sets use SSH keys, not passwords', explanation: 'Password logins are brute-forced; keys (or Entra ID login) are not.',
    fix: 'Set disable_password_authentication = true and give admin_ssh_key.', check: (r) => notFalse(r, 'disable_password_authentication'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-VMSS-2', severity: W, category: S, cloud: 'azure', types: VMSS,
    title: 'Scale sets encrypt at host', explanation: 'Encryption at host also covers temp disks and caches, which platform encryption does not.',
    fix: 'Set encryption_at_host_enabled = true (register the EncryptionAtHost feature once per subscription).', check: (r) => mustBeTrue(r, 'encryption_at_host_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-VMSS-3', severity: W, category: R, cloud: 'azure', types: VMSS,
    title: 'Scale sets spread over at least two zones', explanation: 'A single-zone scale set goes down with the zone.',
    fix: 'Set zones = ["1", "2", "3"] (ScalingGroup zoneCount >= 2).', check: (r) => listAtLeast(r, 'zones', 2),
  },
  {
    kind: 'resource', id: 'BP-AZURE-NSG-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
    title: 'No SSH, RDP or all-port inbound from the internet', explanation: 'Admin ports open to the internet are scanned and brute-forced within minutes.',
    fix: 'Use Azure Bastion or Entra ID login, or restrict source_address_prefix to a known range.',
    check: (r) => (nsgAdminOpen(r.type === 'azurerm_network_security_group' ? blocks(r.config.security_rule) : [r.config]) ? { compliance: Compliance.NON_COMPLIANT, detail: 'inbound Allow from * / Internet to 22, 3389 or *' } : Compliance.COMPLIANT),
  },
  // ── load balancing and edge ─────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AZURE-APPGW-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_application_gateway'],
    title: 'Application gateways allow TLS 1.2 or newer only', explanation: 'TLS 1.0 and 1.1 are deprecated and fail PCI DSS; older predefined policies still allow them. Leaving ssl_policy unset gets AppGwSslPolicy20220101.',
    fix: 'Set ssl_policy { policy_type = "Predefined", policy_name = "AppGwSslPolicy20220101" }.', check: appGatewayTls,
  },
  {
    kind: 'resource', id: 'BP-AZURE-APPGW-2', severity: W, category: S, cloud: 'azure', types: ['azurerm_application_gateway'],
    title: 'Application gateways run a WAF', explanation: 'The gateway is the place to stop injection and bot traffic before the app.',
    fix: 'Use sku.tier = "WAF_v2" with firewall_policy_id pointing at a WAF policy in Prevention mode.',
    check: (r) => (r.config.firewall_policy_id !== undefined || get(r.config, 'sku.tier') === 'WAF_v2' ? Compliance.COMPLIANT : bad('sku.tier', get(r.config, 'sku.tier'))),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APPGW-3', severity: W, category: R, cloud: 'azure', types: ['azurerm_application_gateway'],
    title: 'Application gateways are zone-redundant', explanation: 'A gateway in one zone is a single point of failure for all traffic.',
    fix: 'Set zones = ["1", "2", "3"].', check: (r) => listAtLeast(r, 'zones', 2),
  },
  {
    kind: 'resource', id: 'BP-AZURE-FD-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_cdn_frontdoor_route'],
    title: 'Front Door routes redirect HTTP to HTTPS', explanation: 'Plain HTTP at the edge exposes cookies and tokens.',
    fix: 'Leave https_redirect_enabled on (the default) when the route accepts Http.', check: (r) => notFalse(r, 'https_redirect_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-FD-4', severity: W, category: S, cloud: 'azure', types: ['azurerm_cdn_frontdoor_route'],
    title: 'Front Door reaches origins over HTTPS', explanation: 'MatchRequest or HttpOnly sends traffic to the origin in clear text across the internet.',
    fix: 'Set forwarding_protocol = "HttpsOnly" (App Service and Functions origins serve HTTPS on their default host names).',
    check: (r) => oneOf(r, 'forwarding_protocol', ['HttpsOnly'], 'MatchRequest'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-FD-2', severity: W, category: S, cloud: 'azure', types: ['azurerm_cdn_frontdoor_firewall_policy'],
    title: 'Front Door WAF policies block (Prevention mode)', explanation: 'Detection mode only logs attacks.',
    fix: 'Set mode = "Prevention" once the rules have been tuned.', check: (r) => oneOf(r, 'mode', ['Prevention']),
  },
  {
    kind: 'resource', id: 'BP-AZURE-FD-3', severity: E, category: S, cloud: 'azure', types: ['azurerm_cdn_frontdoor_custom_domain'],
    title: 'Front Door custom domains require TLS 1.2', explanation: 'TLS 1.0 and 1.1 are deprecated.',
    fix: 'Set tls { minimum_tls_version = "TLS12" }.', check: (r) => oneOf(r, 'tls.minimum_tls_version', ['TLS12', 'TLS13'], 'TLS12'),
  },
  // ── app service and functions ───────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AZURE-APP-1', severity: E, category: S, cloud: 'azure', types: WEB_APPS,
    title: 'Web and function apps accept HTTPS only', explanation: 'Plain HTTP carries cookies and tokens in clear text.',
    fix: 'Set https_only = true.', check: (r) => mustBeTrue(r, 'https_only'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APP-2', severity: E, category: S, cloud: 'azure', types: WEB_APPS,
    title: 'Web and function apps require TLS 1.2 or newer', explanation: 'TLS 1.0 and 1.1 are deprecated.',
    fix: 'Set site_config.minimum_tls_version = "1.2" (and scm_minimum_tls_version).',
    check: (r) => all(oneOf(r, 'site_config.minimum_tls_version', ['1.2', '1.3'], '1.2'), oneOf(r, 'site_config.scm_minimum_tls_version', ['1.2', '1.3'], '1.2')),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APP-3', severity: W, category: S, cloud: 'azure', types: WEB_APPS,
    title: 'Web and function apps disable FTP and basic-auth publishing', explanation: 'FTP and publishing passwords are long-lived credentials outside Entra ID.',
    fix: 'Set site_config.ftps_state = "Disabled", ftp_publish_basic_authentication_enabled = false and webdeploy_publish_basic_authentication_enabled = false.',
    check: (r) => all(
      r.type === 'azurerm_function_app_flex_consumption' ? Compliance.COMPLIANT : oneOf(r, 'site_config.ftps_state', ['Disabled', 'FtpsOnly']),
      r.type === 'azurerm_function_app_flex_consumption' ? Compliance.COMPLIANT : mustBeFalse(r, 'ftp_publish_basic_authentication_enabled'),
      mustBeFalse(r, 'webdeploy_publish_basic_authentication_enabled'),
    ),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APP-4', severity: W, category: S, cloud: 'azure', types: WEB_APPS,
    title: 'Web and function apps have a managed identity', explanation: 'A managed identity lets the app reach Key Vault, storage and databases without secrets.',
    fix: 'Add identity { type = "SystemAssigned" } (or a user-assigned identity).', check: (r) => (blocks(r.config.identity).length > 0 ? Compliance.COMPLIANT : bad('identity', undefined)),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PLAN-1', severity: W, category: R, cloud: 'azure', types: ['azurerm_service_plan'],
    title: 'App Service plans balance across zones', explanation: 'Without zone balancing all workers can land in one zone.',
    fix: 'Set zone_balancing_enabled = true with worker_count >= 2 on a Premium v3 SKU.',
    check: (r) => (r.config.sku_name === 'FC1' || r.config.sku_name === 'Y1' ? Compliance.NOT_APPLICABLE : mustBeTrue(r, 'zone_balancing_enabled')),
  },
  // ── data and messaging ──────────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AZURE-REDIS-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_managed_redis'],
    title: 'Managed Redis accepts TLS connections only', explanation: 'Plaintext Redis traffic exposes session data and access keys.',
    fix: 'Set default_database.client_protocol = "Encrypted".', check: (r) => oneOf(r, 'default_database.client_protocol', ['Encrypted'], 'Encrypted'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-REDIS-2', severity: E, category: S, cloud: 'azure', types: ['azurerm_managed_redis'],
    title: 'Managed Redis is not reachable from public networks', explanation: 'A cache holding sessions belongs on a private endpoint.',
    fix: 'Set public_network_access = "Disabled" and add a private endpoint.', check: (r) => oneOf(r, 'public_network_access', ['Disabled']),
  },
  {
    kind: 'resource', id: 'BP-AZURE-REDIS-3', severity: W, category: R, cloud: 'azure', types: ['azurerm_managed_redis'],
    title: 'Managed Redis is highly available', explanation: 'Without high availability a node failure loses the cache.',
    fix: 'Leave high_availability_enabled on (the default).', check: (r) => notFalse(r, 'high_availability_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-REDIS-4', severity: W, category: S, cloud: 'azure', types: ['azurerm_managed_redis'],
    title: 'Managed Redis uses Entra ID instead of access keys', explanation: 'Access keys are shared secrets that never expire.',
    fix: 'Set default_database.access_keys_authentication_enabled = false and grant the app identity an access policy.',
    check: (r) => notTrue(r, 'default_database.access_keys_authentication_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-REDIS-5', severity: E, category: R, cloud: 'azure', types: ['azurerm_redis_cache'],
    title: 'No new classic Azure Cache for Redis', explanation: 'Classic Azure Cache for Redis takes no new instances since 1 October 2026.',
    fix: 'Use azurerm_managed_redis (the Cache blueprint does).', check: () => ({ compliance: Compliance.NON_COMPLIANT, detail: 'azurerm_redis_cache is retired for new instances' }),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PG-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_postgresql_flexible_server'],
    title: 'PostgreSQL servers are not reachable from public networks', explanation: 'A public endpoint puts the database one leaked password away from the internet.',
    fix: 'Set public_network_access_enabled = false and use a delegated subnet or private endpoint.', check: (r) => mustBeFalse(r, 'public_network_access_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PG-2', severity: W, category: R, cloud: 'azure', types: ['azurerm_postgresql_flexible_server'],
    title: 'PostgreSQL servers are zone-redundant', explanation: 'Without a standby in another zone a zone outage stops the database.',
    fix: 'Set high_availability { mode = "ZoneRedundant" }.',
    // A read replica cannot have a standby of its own; its primary's HA is what counts.
    check: (r) => (r.config.create_mode === 'Replica' ? Compliance.NOT_APPLICABLE : oneOf(r, 'high_availability.mode', ['ZoneRedundant'])),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PG-3', severity: W, category: R, cloud: 'azure', types: ['azurerm_postgresql_flexible_server'],
    title: 'PostgreSQL servers keep at least 7 days of backups', explanation: 'Point-in-time restore only reaches as far back as the retention.',
    fix: 'Set backup_retention_days = 7 or more (up to 35).', check: (r) => atLeast(r, 'backup_retention_days', 7, 7),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PG-4', severity: W, category: S, cloud: 'azure', types: ['azurerm_postgresql_flexible_server'],
    title: 'PostgreSQL servers use Entra ID authentication', explanation: 'Entra ID tokens expire and are tied to identities; passwords are shared secrets.',
    fix: 'Set authentication { active_directory_auth_enabled = true, password_auth_enabled = false }.',
    check: (r) => all(mustBeTrue(r, 'authentication.active_directory_auth_enabled'), mustBeFalse(r, 'authentication.password_auth_enabled')),
  },
  {
    kind: 'resource', id: 'BP-AZURE-PG-5', severity: E, category: S, cloud: 'azure', types: ['azurerm_postgresql_flexible_server_configuration'],
    title: 'PostgreSQL keeps require_secure_transport on', explanation: 'Turning it off allows unencrypted client connections.',
    fix: 'Remove the configuration or set value = "on".',
    check: (r) => (r.config.name !== 'require_secure_transport' ? Compliance.NOT_APPLICABLE : oneOf(r, 'value', ['on', 'ON', 'On'])),
  },
  {
    kind: 'resource', id: 'BP-AZURE-SB-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_servicebus_namespace'],
    title: 'Service Bus requires TLS 1.2', explanation: 'TLS 1.0 and 1.1 are deprecated.',
    fix: 'Set minimum_tls_version = "1.2" (the default).', check: (r) => oneOf(r, 'minimum_tls_version', ['1.2', '1.3'], '1.2'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-SB-2', severity: W, category: S, cloud: 'azure', types: ['azurerm_servicebus_namespace'],
    title: 'Service Bus uses Entra ID instead of SAS keys', explanation: 'SAS keys are shared secrets that never expire.',
    fix: 'Set local_auth_enabled = false and grant the app identity Azure Service Bus Data Sender/Receiver.', check: (r) => mustBeFalse(r, 'local_auth_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-ST-1', severity: E, category: S, cloud: 'azure', types: ['azurerm_storage_account'],
    title: 'Storage accounts require HTTPS and TLS 1.2', explanation: 'Plain HTTP and old TLS expose data and SAS tokens in transit.',
    fix: 'Leave https_traffic_only_enabled on and set min_tls_version = "TLS1_2".',
    check: (r) => all(notFalse(r, 'https_traffic_only_enabled'), oneOf(r, 'min_tls_version', ['TLS1_2', 'TLS1_3'], 'TLS1_2')),
  },
  {
    kind: 'resource', id: 'BP-AZURE-ST-2', severity: E, category: S, cloud: 'azure', types: ['azurerm_storage_account'],
    title: 'Storage accounts allow no public blob access', explanation: 'With nested public access allowed, one container setting publishes its blobs.',
    fix: 'Set allow_nested_items_to_be_public = false.', check: (r) => mustBeFalse(r, 'allow_nested_items_to_be_public'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-ST-3', severity: W, category: S, cloud: 'azure', types: ['azurerm_storage_account'],
    title: 'Storage accounts use Entra ID instead of shared keys', explanation: 'Account keys grant full access and never expire.',
    fix: 'Set shared_access_key_enabled = false and default_to_oauth_authentication = true.', check: (r) => mustBeFalse(r, 'shared_access_key_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-ST-4', severity: W, category: R, cloud: 'azure', types: ['azurerm_storage_account'],
    title: 'Storage accounts are zone-redundant', explanation: 'LRS keeps all copies in one zone.',
    fix: 'Set account_replication_type = "ZRS" (or GZRS / RAGZRS).', check: (r) => oneOf(r, 'account_replication_type', ['ZRS', 'GZRS', 'RAGZRS']),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APPCS-1', severity: W, category: S, cloud: 'azure', types: ['azurerm_app_configuration'],
    title: 'App Configuration uses Entra ID and no public access', explanation: 'Access keys are shared secrets; configuration is a prime target.',
    fix: 'Set local_auth_enabled = false and public_network_access = "Disabled" (use a private endpoint).',
    check: (r) => all(mustBeFalse(r, 'local_auth_enabled'), oneOf(r, 'public_network_access', ['Disabled'])),
  },
  {
    kind: 'resource', id: 'BP-AZURE-APPCS-2', severity: W, category: R, cloud: 'azure', types: ['azurerm_app_configuration'],
    title: 'App Configuration stores have purge protection', explanation: 'Without it a deleted store and its keys can be purged at once.',
    fix: 'Set purge_protection_enabled = true (standard SKU).', check: (r) => mustBeTrue(r, 'purge_protection_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-KV-1', severity: W, category: R, cloud: 'azure', types: ['azurerm_key_vault'],
    title: 'Key vaults have purge protection', explanation: 'Without it a deleted vault and every key it holds can be purged at once.',
    fix: 'Set purge_protection_enabled = true.', check: (r) => mustBeTrue(r, 'purge_protection_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AZURE-KV-2', severity: W, category: S, cloud: 'azure', types: ['azurerm_key_vault'],
    title: 'Key vaults use RBAC and deny public networks by default', explanation: 'Access policies are hard to audit; an open firewall exposes the vault endpoint.',
    fix: 'Set rbac_authorization_enabled = true and network_acls { default_action = "Deny", bypass = "AzureServices" } (or public_network_access_enabled = false).',
    check: (r) => all(
      bool(r.config.rbac_authorization_enabled) === true || bool(r.config.enable_rbac_authorization) === true ? Compliance.COMPLIANT : bad('rbac_authorization_enabled', r.config.rbac_authorization_enabled),
      bool(r.config.public_network_access_enabled) === false || get(r.config, 'network_acls.default_action') === 'Deny' ? Compliance.COMPLIANT : bad('network_acls.default_action', get(r.config, 'network_acls.default_action')),
    ),
  },
  {
    kind: 'resource', id: 'BP-AZURE-LOG-1', severity: W, category: R, cloud: 'azure', types: ['azurerm_log_analytics_workspace'],
    title: 'Log Analytics keeps at least 30 days of logs', explanation: 'Incidents are often found weeks later.',
    fix: 'Set retention_in_days = 30 or more.', check: (r) => atLeast(r, 'retention_in_days', 30, 30),
  },
  {
    kind: 'resource', id: 'BP-AZURE-LOG-2', severity: W, category: S, cloud: 'azure', types: ['azurerm_log_analytics_workspace'],
    title: 'Log Analytics requires Entra ID for ingestion and queries', explanation: 'Workspace keys are shared secrets.',
    fix: 'Set local_authentication_enabled = false.', check: (r) => (bool(r.config.local_authentication_disabled) === true ? Compliance.COMPLIANT : mustBeFalse(r, 'local_authentication_enabled')),
  },
];

/** Types whose logs must reach Log Analytics through a diagnostic setting. */
export const AZURE_DIAGNOSED_TYPES = ['azurerm_key_vault', 'azurerm_application_gateway', 'azurerm_cdn_frontdoor_profile'];

/** Azure data stores that a management lock should protect from deletion. */
export { AZURE_LOCKED_TYPES } from '../../constructs/azure/locks';
import { AZURE_LOCKED_TYPES } from '../../constructs/azure/locks';

function unlocked(s: SynthStack): Array<{ address: string; path: string }> {
  const locks = s.resources.filter((r) => r.type === 'azurerm_management_lock' && r.config.lock_level === 'CanNotDelete').map((r) => String(r.config.scope ?? ''));
  if (locks.some((scope) => scope.includes('azurerm_resource_group.') || /\/resourceGroups\/[^/]+$/i.test(scope))) return [];
  return AZURE_LOCKED_TYPES.flatMap((t) => s.resources.filter((r) => r.type === t && r.mode === 'resource'))
    .filter((r) => !locks.some((scope) => scope.includes(`${r.type}.${r.logicalId}.`)))
    .map((r) => ({ address: r.address, path: r.path }));
}

const STACK_RULES: StackRule[] = [
  {
    kind: 'stack', id: 'BP-AZURE-LOCK-1', severity: W, category: R, cloud: 'azure',
    title: 'Data stores are protected by a CanNotDelete lock', explanation: 'Azure has no deletion-protection flag on databases, storage or Service Bus: a management lock is the guard against one mistaken delete.',
    fix: 'Add an azurerm_management_lock with lock_level = "CanNotDelete" on the resource or its resource group.',
    check: unlocked,
  },
  {
    kind: 'stack', id: 'BP-AZURE-DIAG-1', severity: W, category: S, cloud: 'azure',
    title: 'Key vaults, application gateways and Front Door profiles send their logs to Log Analytics',
    explanation: 'Vault audit events, gateway access and WAF logs are not kept anywhere unless a diagnostic setting sends them.',
    fix: 'Add an azurerm_monitor_diagnostic_setting with target_resource_id = <resource>.id and the workspace (the Monitoring blueprint does).',
    check: (s) => AZURE_DIAGNOSED_TYPES.flatMap((t) => unguarded(s, t, 'azurerm_monitor_diagnostic_setting')),
  },
  {
    kind: 'stack', id: 'BP-AZURE-BUDGET-1', severity: W, category: C, cloud: 'azure',
    title: 'Every Azure stack has a budget', explanation: 'Autoscaling without a budget alert turns a traffic spike or a loop into an unbounded bill.',
    fix: 'Add the Budget blueprint (workload costGuard) or an azurerm_consumption_budget_resource_group with a notification.',
    check: (s) => (s.resources.some((r) => /^azurerm_consumption_budget_/.test(r.type)) ? [] : [{ address: 'stack', path: s.id, detail: 'no azurerm_consumption_budget_*' }]),
  },
];

export const AZURE_RULES: PolicyRule[] = [...RESOURCE_RULES, ...STACK_RULES];
