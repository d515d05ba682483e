/**
 * The wiring check (issue #13): every data and control edge a stack records (constructs/core/wiring.ts)
 * is proven from the synthesized resources. An edge names its consumer and dependency; whether the
 * path works is read from the resources only: the ingress rule on the dependency's own security
 * group, the NSG of the subnet its private endpoint sits in, the consumer role's policies, the role
 * assignments of the consumer's identity, the database principals, the alarm actions, the AppConfig
 * monitors. An edge whose piece is missing, points elsewhere or has the wrong port is a finding.
 *
 * The request path (edge → origin, load balancer → target) is judged by its own rules.
 */
import { AZURE_NSG_FACTS } from '../../constructs/azure/network';
import { AZURE_GRANT_FACTS } from '../../constructs/azure/private/grants';
import { EdgeKind, WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { SynthResource, SynthStack } from '../review/model';
import { PolicyCategory, PolicySeverity, StackRule } from './engine';
import { blocks } from './helpers';
import { principalFindings } from './wiring-principal';
import { awsNetwork, azureDependencySubnet, azureNetwork } from './wiring-network';
import { Finding, allowStatements, parsePolicy, byAddress, edgeName, isAws, pieceAddresses, references, rolePolicies } from './wiring-read';

// Kept importable from here: the readers moved to wiring-read.ts, the principal check to wiring-principal.ts.
export { PolicyStatement, allowStatements, parsePolicy, references, rolePolicies } from './wiring-read';
export { AWS_BOOTSTRAP_ACTIONS } from './wiring-principal';

const S = PolicyCategory.SECURITY;
const R = PolicyCategory.RELIABILITY;
const E = PolicySeverity.ERROR;


// ── what each edge needs ──────────────────────────────────────────────────────────────────────

/**
 * The least AWS permission of each edge kind, and which dependency piece its resources must name.
 * The actions come from the service authorization reference (docs/wiring.md cites each page).
 */
export const AWS_EDGE_ACTIONS: Partial<Record<EdgeKind, { actions: string[]; on: string[] }>> = {
  [EdgeKind.APP_CACHE]: { actions: ['elasticache:Connect'], on: ['resource', 'user'] },
  [EdgeKind.APP_DATABASE]: { actions: ['rds-db:connect'], on: ['cluster*'] },
  [EdgeKind.APP_QUEUE]: { actions: ['sqs:SendMessage'], on: ['resource'] },
  [EdgeKind.APP_TOPIC]: { actions: ['sns:Publish'], on: ['resource'] },
  [EdgeKind.APP_FEATURE_FLAGS]: { actions: ['appconfig:StartConfigurationSession', 'appconfig:GetLatestConfiguration'], on: ['environment'] },
  [EdgeKind.FUNCTION_QUEUE]: { actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], on: ['resource'] },
  [EdgeKind.SCHEDULER_FUNCTION]: { actions: ['lambda:InvokeFunction'], on: ['resource'] },
};

/** The Azure role of each edge kind, at the dependency's scope or narrower (the cache and database have their own principals). */
export const AZURE_EDGE_ROLES: Partial<Record<EdgeKind, string>> = {
  [EdgeKind.APP_QUEUE]: 'Azure Service Bus Data Sender',
  [EdgeKind.APP_TOPIC]: 'Azure Service Bus Data Sender',
  [EdgeKind.APP_FEATURE_FLAGS]: 'App Configuration Data Reader',
  [EdgeKind.FUNCTION_QUEUE]: 'Azure Service Bus Data Receiver',
};

/**
 * Roles never granted to a workload on a data store: they manage, or own every data action.
 * (Storage Blob Data Owner is not listed: the Functions host needs it on its own storage account.)
 */
export const AZURE_BROAD_ROLES: readonly string[] = ['Owner', 'Contributor', 'Azure Service Bus Data Owner', 'App Configuration Data Owner', 'Redis Cache Contributor'];

/** Resource types of data stores on AWS, for the no-wildcard rule. */
const AWS_DATA_TYPES = ['aws_sqs_queue', 'aws_sns_topic', 'aws_elasticache_replication_group', 'aws_elasticache_user', 'aws_rds_cluster', 'aws_secretsmanager_secret', 'aws_appconfig_application', 'aws_appconfig_environment', 'aws_dynamodb_table', 'aws_s3_bucket'];
/** Action prefixes that read or write data (a statement with one of them on `*` is a wildcard on data). */
const AWS_DATA_ACTION_PREFIXES = ['sqs:', 'sns:', 'elasticache:', 'rds-db:', 'secretsmanager:', 'appconfig:', 'dynamodb:', 's3:'];

const DATA_EDGES = new Set<string>([EdgeKind.APP_DATABASE, EdgeKind.APP_CACHE, EdgeKind.APP_QUEUE, EdgeKind.APP_TOPIC, EdgeKind.APP_FEATURE_FLAGS, EdgeKind.FUNCTION_QUEUE, EdgeKind.SCHEDULER_FUNCTION]);

// ── network ───────────────────────────────────────────────────────────────────────────────────

function networkFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  for (const e of stack.wiring) {
    if (!DATA_EDGES.has(e.kind)) continue;
    let problem: string | undefined;
    if (isAws(stack)) {
      if (e.port === undefined) continue; // API endpoints (SQS, SNS, AppConfig) are reached over HTTPS through NAT.
      problem = awsNetwork(stack, e);
    } else {
      if (e.port === undefined || e.kind === EdgeKind.SCHEDULER_FUNCTION) continue;
      problem = azureNetwork(stack, e);
    }
    if (problem) out.push({ address: addressOfRef(e.pieces?.resource) ?? 'stack', path: e.from, detail: `${edgeName(e)}: ${problem}` });
  }
  return out;
}

// ── exactly the granted paths (Azure) ─────────────────────────────────────────────────────────

/** The ports a consumer may be admitted on for an edge: its port, and for Service Bus also AMQP over WebSockets (443). */
function azureEdgePorts(stack: SynthStack, e: WiringEdge): number[] {
  const dep = byAddress(stack, addressOfRef(e.pieces?.resource));
  const serviceBus = dep !== undefined && dep.type.startsWith('azurerm_servicebus_');
  return [...new Set([e.port as number, ...(serviceBus ? AZURE_GRANT_FACTS.serviceBusPorts : [])])];
}

const ANY_SOURCE = new Set(['*', 'Any', '0.0.0.0/0', 'VirtualNetwork']);

function ruleSources(rule: Record<string, unknown>): string[] {
  return [rule.source_address_prefix, ...[rule.source_address_prefixes ?? []].flat()].filter((x) => x !== undefined && x !== null).map(String);
}

function rulePorts(rule: Record<string, unknown>): string[] {
  return [rule.destination_port_range, ...[rule.destination_port_ranges ?? []].flat()].filter((x) => x !== undefined && x !== null).map(String);
}

/**
 * Azure: the NSG of every subnet a data store is reached in (a private endpoint's subnet, a
 * Flexible Server's delegated subnet) admits exactly the recorded edges: each inbound allow names a
 * consumer subnet of an edge to a store in that subnet, on that edge's ports only; besides them only
 * the platform's needs (the AzureLoadBalancer host probes, PostgreSQL's 5432 within its own
 * subnet); and a deny of the VirtualNetwork (or any) source on all ports overrides the default
 * AllowVnetInBound. Private endpoints obey the NSG only with network policies on (AZURE_NSG_FACTS).
 */
function exactPathFindings(stack: SynthStack): Finding[] {
  if (isAws(stack)) return [];
  const holders = new Map<string, { privateEndpoint: boolean; postgres: boolean }>();
  const note = (subnet: string | undefined, kind: 'privateEndpoint' | 'postgres') => {
    if (!subnet) return;
    const h = holders.get(subnet) ?? { privateEndpoint: false, postgres: false };
    h[kind] = true;
    holders.set(subnet, h);
  };
  for (const r of stack.resources) {
    if (r.type === 'azurerm_private_endpoint') note(addressOfRef(String(r.config.subnet_id)), 'privateEndpoint');
    if (r.type === 'azurerm_postgresql_flexible_server' && r.config.delegated_subnet_id !== undefined) note(addressOfRef(String(r.config.delegated_subnet_id)), 'postgres');
  }
  const out: Finding[] = [];
  for (const [subnetAddress, h] of holders) {
    const subnet = byAddress(stack, subnetAddress);
    if (!subnet) continue; // a subnet made outside the stack is judged where it is made
    const policies = String(subnet.config.private_endpoint_network_policies ?? 'Disabled');
    if (h.privateEndpoint && !(AZURE_NSG_FACTS.privateEndpointPoliciesWithNsg as readonly string[]).includes(policies)) {
      out.push({ address: subnet.address, path: subnet.path, detail: `private_endpoint_network_policies is ${policies}: the NSG rules do not apply to the private endpoints in it` });
    }
    const assoc = stack.resources.find((r) => r.type === 'azurerm_subnet_network_security_group_association' && references(r.config.subnet_id, subnetAddress));
    const nsg = byAddress(stack, addressOfRef(String(assoc?.config.network_security_group_id)));
    if (!nsg) {
      out.push({ address: subnet.address, path: subnet.path, detail: 'no NSG: the default AllowVnetInBound admits the whole VNet' });
      continue;
    }
    // Who may come in, on which ports: the consumers of the edges whose store sits here, and the platform.
    const allowed = new Map<string, Set<string>>();
    const admit = (source: string, ports: ReadonlyArray<string | number>) => {
      const set = allowed.get(source) ?? new Set<string>();
      for (const p of ports) set.add(String(p));
      allowed.set(source, set);
    };
    for (const e of stack.wiring) {
      if (!DATA_EDGES.has(e.kind) || e.port === undefined) continue;
      if (azureDependencySubnet(stack, e).subnet !== subnetAddress) continue;
      // The consumer, and the database's principal bootstrap (a run-once container group) on the same port.
      for (const piece of [e.pieces?.consumerSubnet, e.pieces?.bootstrapSubnet]) {
        const from = byAddress(stack, addressOfRef(piece));
        for (const prefix of [from?.config.address_prefixes ?? []].flat().map(String)) admit(prefix, azureEdgePorts(stack, e));
      }
    }
    if (h.postgres) for (const prefix of [subnet.config.address_prefixes ?? []].flat().map(String)) admit(prefix, AZURE_NSG_FACTS.postgresIntraSubnet.ports);
    const inbound = blocks(nsg.config.security_rule).filter((rule) => rule.direction === 'Inbound');
    const problems: string[] = [];
    for (const rule of inbound.filter((x) => x.access === 'Allow')) {
      for (const source of ruleSources(rule)) {
        if (source === 'AzureLoadBalancer') continue;
        const ports = allowed.get(source);
        const extra = rulePorts(rule).filter((p) => !ports?.has(p));
        if (!ports) problems.push(`${String(rule.name)} admits ${source}, which no edge to a store in ${subnetAddress} comes from`);
        else if (extra.length > 0) problems.push(`${String(rule.name)} admits ${source} on ${extra.join(', ')} beyond the edges' ports (${[...ports].join(', ')})`);
      }
    }
    const closes = inbound.some((rule) => rule.access === 'Deny' && ruleSources(rule).some((x) => ANY_SOURCE.has(x)) && rulePorts(rule).some((p) => p === '*' || p === '0-65535') && ['*', 'Any'].includes(String(rule.protocol)));
    if (!closes) problems.push('no inbound deny of the VirtualNetwork source on all ports: the default AllowVnetInBound (65000) admits every VNet address');
    if (problems.length > 0) out.push({ address: nsg.address, path: nsg.path, detail: problems.join('; ') });
  }
  return out;
}

// ── identity ──────────────────────────────────────────────────────────────────────────────────


function awsIdentity(stack: SynthStack, e: WiringEdge): string | undefined {
  const need = AWS_EDGE_ACTIONS[e.kind];
  if (!need) return undefined;
  const role = addressOfRef(e.pieces?.role);
  if (!byAddress(stack, role)) return `the consumer role ${e.pieces?.role ?? '(none)'} is not in the stack`;
  const targets = pieceAddresses(e, need.on);
  if (targets.length === 0) return 'the edge names no dependency resource';
  const statements = rolePolicies(stack, role!).flatMap((p) => p.statements);
  const missing: string[] = [];
  for (const action of need.actions) {
    for (const t of targets) {
      const ok = statements.some((s) => s.actions.includes(action) && s.resources.some((x) => references(x, t)));
      if (!ok) missing.push(`${action} on ${t}`);
    }
  }
  return missing.length === 0 ? undefined : `${role} lacks ${missing.join(', ')}`;
}

function azureIdentity(stack: SynthStack, e: WiringEdge): string | undefined {
  const identity = e.pieces?.identity;
  if (!identity) return 'the edge names no consumer identity';
  const dep = addressOfRef(e.pieces?.resource);
  if (e.kind === EdgeKind.APP_CACHE) {
    const ok = stack.resources.some((r) => {
      // The provider's own resource where the loaded provider has it (azurerm 4.60+, e.g. under cdktn): default policy, default database.
      if (r.type === 'azurerm_managed_redis_access_policy_assignment') return r.config.object_id === identity && references(r.config.managed_redis_id, dep);
      if (r.type !== 'azurerm_resource_group_template_deployment' || !String(r.config.template_content ?? '').includes('accessPolicyAssignments')) return false;
      const params = JSON.stringify(parsePolicy(r.config.parameters_content) ?? r.config.parameters_content ?? '');
      return params.includes(JSON.stringify(identity).slice(1, -1)) && references(params, dep);
    });
    return ok ? undefined : `no access-policy assignment of ${dep} for ${identity}`;
  }
  const role = AZURE_EDGE_ROLES[e.kind];
  if (!role) return undefined;
  const ok = stack.resources.some((r) => r.type === 'azurerm_role_assignment' && r.config.principal_id === identity && r.config.role_definition_name === role && references(r.config.scope, dep));
  return ok ? undefined : `no '${role}' role assignment for ${identity} at ${dep} or narrower`;
}

function identityFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  for (const e of stack.wiring) {
    if (!DATA_EDGES.has(e.kind) || (e.kind === EdgeKind.APP_DATABASE && !isAws(stack)) || (e.kind === EdgeKind.SCHEDULER_FUNCTION && !isAws(stack))) continue;
    const problem = isAws(stack) ? awsIdentity(stack, e) : azureIdentity(stack, e);
    if (problem) out.push({ address: addressOfRef(isAws(stack) ? e.pieces?.role : e.pieces?.resource) ?? 'stack', path: e.from, detail: `${edgeName(e)}: ${problem}` });
  }
  return out;
}

// ── no wildcard on data ───────────────────────────────────────────────────────────────────────

function wildcardFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  const dataAddresses = stack.resources.filter((r) => AWS_DATA_TYPES.includes(r.type)).map((r) => r.address);
  for (const r of stack.resources) {
    const texts = r.type === 'aws_iam_role_policy' || r.type === 'aws_iam_policy' ? [r.config.policy] : r.type === 'aws_iam_role' ? blocks(r.config.inline_policy).map((p) => p.policy) : [];
    for (const text of texts) {
      for (const s of allowStatements(text)) {
        const wildAction = s.actions.filter((a) => a === '*' || /:\*$/.test(a));
        const onData = s.resources.some((x) => dataAddresses.some((d) => references(x, d)));
        const dataOnStar = s.resources.includes('*') && s.actions.some((a) => AWS_DATA_ACTION_PREFIXES.some((p) => a.startsWith(p)));
        if ((onData && wildAction.length > 0) || dataOnStar) out.push({ address: r.address, path: r.path, detail: onData ? `action ${wildAction.join(', ')} on a data store` : `data action ${s.actions.join(', ')} on Resource "*"` });
      }
    }
  }
  for (const r of stack.resources) {
    if (r.type !== 'azurerm_role_assignment' || !AZURE_BROAD_ROLES.includes(String(r.config.role_definition_name))) continue;
    // The deploying identity (data.azurerm_client_config) writes flags; workloads never hold these roles.
    if (references(r.config.principal_id, 'data.azurerm_client_config')) continue;
    out.push({ address: r.address, path: r.path, detail: `role '${r.config.role_definition_name}' for ${r.config.principal_id}` });
  }
  return out;
}

// ── alarms and rollback ───────────────────────────────────────────────────────────────────────

const ALARM_TYPES: Record<string, (r: SynthResource) => unknown> = {
  aws_cloudwatch_metric_alarm: (r) => r.config.alarm_actions,
  azurerm_monitor_metric_alert: (r) => blocks(r.config.action).map((a) => a.action_group_id),
};

function alarmFindings(stack: SynthStack): Finding[] {
  const channels = stack.wiring.filter((e) => e.kind === EdgeKind.ALARM_ALERT_CHANNEL).flatMap((e) => pieceAddresses(e, ['channel*']));
  const out: Finding[] = [];
  for (const r of stack.resources) {
    const actions = ALARM_TYPES[r.type];
    if (!actions) continue;
    if (!channels.some((c) => byAddress(stack, c) && references(actions(r), c))) {
      out.push({ address: r.address, path: r.path, detail: channels.length === 0 ? 'the stack records no alert channel' : `actions ${JSON.stringify(actions(r) ?? [])} do not include ${[...new Set(channels)].join(', ')}` });
    }
  }
  return out;
}

function rollbackFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  for (const env of stack.resources.filter((r) => r.type === 'aws_appconfig_environment')) {
    const monitors = blocks(env.config.monitor);
    if (monitors.length === 0) {
      out.push({ address: env.address, path: env.path, detail: 'no monitor: a bad flag deployment is never rolled back' });
      continue;
    }
    for (const m of monitors) {
      const alarm = byAddress(stack, addressOfRef(String(m.alarm_arn)));
      const role = addressOfRef(String(m.alarm_role_arn));
      const allowed = role ? rolePolicies(stack, role).flatMap((p) => p.statements).some((s) => s.actions.includes('cloudwatch:DescribeAlarms') && s.resources.some((x) => alarm !== undefined && references(x, alarm.address))) : false;
      if (!alarm || alarm.type !== 'aws_cloudwatch_metric_alarm') out.push({ address: env.address, path: env.path, detail: `monitor ${m.alarm_arn} is not an alarm of the stack` });
      else if (!allowed) out.push({ address: env.address, path: env.path, detail: `monitor role ${role ?? '(none)'} may not cloudwatch:DescribeAlarms on ${alarm.address}` });
    }
  }
  return out;
}

// ── log sources ───────────────────────────────────────────────────────────────────────────────

/**
 * The region an AWS resource runs in: its own `region` argument (AWS provider 6), else that of the
 * provider it names (`provider = "aws.edge"`), else the default provider's. Undefined when unknown.
 */
function awsRegionOf(stack: SynthStack, r: SynthResource): string | undefined {
  if (typeof r.config.region === 'string') return r.config.region;
  const providers = [(stack.doc.provider as Record<string, unknown> | undefined)?.aws].flat().filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');
  const alias = typeof r.config.provider === 'string' ? /^(?:\$\{)?aws\.([A-Za-z0-9_-]+)\}?$/.exec(r.config.provider)?.[1] : undefined;
  const p = alias ? providers.find((x) => x.alias === alias) : providers.find((x) => x.alias === undefined);
  return typeof p?.region === 'string' ? p.region : undefined;
}

/**
 * The Firehose actions a CloudWatch Logs subscription role needs on its delivery stream (CloudWatch
 * Logs batches log events into PutRecordBatch, single ones into PutRecord).
 * source: docs.aws.amazon.com/firehose/latest/dev/controlling-access.html ("Grant your application
 * access to your Firehose resources", the write actions; read 2026-12-02) and the CloudWatch Logs
 * guide, SubscriptionFilters.html, Firehose example (carried over, not re-read this session).
 */
export const AWS_LOG_SUBSCRIPTION_ACTIONS: readonly string[] = ['firehose:PutRecord', 'firehose:PutRecordBatch'];

function actionAllows(granted: string, action: string): boolean {
  if (granted === action || granted === '*') return true;
  return granted.endsWith('*') && action.startsWith(granted.slice(0, -1));
}

function awsLogSource(stack: SynthStack, e: WiringEdge): string | undefined {
  const pieces = e.pieces ?? {};
  const stream = byAddress(stack, addressOfRef(pieces.destination));
  if (!stream || stream.type !== 'aws_kinesis_firehose_delivery_stream') return `the destination ${pieces.destination ?? '(none)'} is not a Firehose stream of the stack`;
  const group = byAddress(stack, addressOfRef(pieces.logGroup));
  // A group of the stack is named by reference; a group made outside the stack by its literal name (the edge's from).
  const onGroup = (r: SynthResource) => (group ? references(r.config.log_group_name, group.address) : r.config.log_group_name === e.from);
  const filters = stack.resources.filter((r) => r.type === 'aws_cloudwatch_log_subscription_filter' && onGroup(r));
  if (filters.length === 0) return `no subscription filter on ${group?.address ?? e.from}`;
  const toStream = filters.filter((f) => references(f.config.destination_arn, stream.address));
  if (toStream.length === 0) return `the subscription filter of ${group?.address ?? e.from} delivers to ${filters.map((f) => String(f.config.destination_arn)).join(', ')}, not ${stream.address}`;
  const problems: string[] = [];
  for (const f of toStream) {
    const role = addressOfRef(String(f.config.role_arn ?? ''));
    if (!role || !byAddress(stack, role)) {
      problems.push(`${f.address} has no role of the stack`);
      continue;
    }
    const statements = rolePolicies(stack, role).flatMap((p) => p.statements);
    const missing = AWS_LOG_SUBSCRIPTION_ACTIONS.filter((a) => !statements.some((st) => st.actions.some((g) => actionAllows(g, a)) && st.resources.some((x) => references(x, stream.address))));
    if (missing.length > 0) problems.push(`${role} lacks ${missing.join(', ')} on ${stream.address}`);
    const regions = [group, f, stream].filter((x): x is SynthResource => x !== undefined).map((x) => awsRegionOf(stack, x));
    if (new Set(regions).size > 1) problems.push(`the log group, ${f.address} and ${stream.address} are in different regions (${regions.map((x) => x ?? 'default').join(', ')}): a subscription delivers only within its region`);
    if (problems.length === 0) return undefined;
  }
  return problems.join('; ');
}

function azureLogSource(stack: SynthStack, e: WiringEdge): string | undefined {
  const pieces = e.pieces ?? {};
  const elastic = byAddress(stack, addressOfRef(pieces.destination));
  if (!elastic || elastic.type !== 'azurerm_elastic_cloud_elasticsearch') return `the destination ${pieces.destination ?? '(none)'} is not an Elastic resource of the stack`;
  const source = addressOfRef(pieces.resource);
  const onSource = (r: SynthResource) => (source ? references(r.config.target_resource_id, source) : r.config.target_resource_id === pieces.resource);
  const settings = stack.resources.filter((r) => r.type === 'azurerm_monitor_diagnostic_setting' && onSource(r));
  const ok = settings.some((r) => references(r.config.partner_solution_id, elastic.address) && (blocks(r.config.enabled_log).length > 0));
  return ok ? undefined : `no diagnostic setting on ${source ?? pieces.resource ?? '(none)'} with log categories and partner_solution_id ${elastic.address}`;
}

function logSourceFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  for (const e of stack.wiring) {
    if (e.kind !== EdgeKind.LOG_SOURCE_LOG_SEARCH) continue;
    const problem = isAws(stack) ? awsLogSource(stack, e) : azureLogSource(stack, e);
    if (problem) out.push({ address: addressOfRef(isAws(stack) ? e.pieces?.logGroup ?? e.pieces?.destination : e.pieces?.resource) ?? 'stack', path: e.from, detail: `${edgeName(e)}: ${problem}` });
  }
  return out;
}

// ── the rules ─────────────────────────────────────────────────────────────────────────────────

export const WIRING_RULES: StackRule[] = [
  {
    kind: 'stack', id: 'BP-ALL-WIRE-1', severity: E, category: R, cloud: 'any',
    title: 'Every data edge has a network path: an ingress rule on the dependency\'s security group from the consumer\'s, or an NSG allow from the consumer\'s subnet to the private endpoint\'s, on the edge\'s port',
    explanation: 'Data stores sit in isolated subnets and accept nothing by default; without the rule the app times out on connect after deploy.',
    fix: 'Call the dependency\'s grant method with the consumer (cache.grantConnect(app), database.grantConnect(app, user), messaging.grantSendMessages(app, queue), flags.grantRead(app)); it adds the rule on the right port.',
    check: networkFindings,
  },
  {
    kind: 'stack', id: 'BP-AZURE-WIRE-8', severity: E, category: S, cloud: 'azure',
    title: 'The NSG of every subnet a data store is reached in admits exactly the recorded edges: consumer subnets on their edge\'s ports, the platform\'s own needs, and a deny of the rest of the VNet',
    explanation: 'Azure\'s default AllowVnetInBound (priority 65000) admits every VNet address on every port, so an NSG with only per-consumer allows still lets any subnet reach the store; a broader allow (VirtualNetwork, another subnet, a port range) does the same. NSG rules reach private endpoints only with the subnet\'s private endpoint network policies on.',
    fix: 'Build the network with the AzureKit (AzureNetwork adds deny-vnet-inbound after the grants\' allows and keeps only the AzureLoadBalancer probes and PostgreSQL\'s 5432 within its subnet), open stores only through grant methods, and set private_endpoint_network_policies = "Enabled" on the private endpoints\' subnet.',
    check: exactPathFindings,
  },
  {
    kind: 'stack', id: 'BP-ALL-WIRE-2', severity: E, category: S, cloud: 'any',
    title: 'Every data edge\'s consumer identity holds the least permission on the dependency itself (AWS: IAM actions on its ARNs; Azure: the data role at its scope or narrower)',
    explanation: 'An app whose role or managed identity lacks the permission gets access denied on its first call: the cache accepts IAM users only, Service Bus and App Configuration Entra ID only.',
    fix: 'Grant through the dependency (grantConnect / grantSendMessages / grantPublish / grantRead), which attaches exactly the actions of docs/wiring.md on the dependency\'s own ARN or scope to the consumer\'s own identity.',
    check: identityFindings,
  },
  {
    kind: 'stack', id: 'BP-ALL-WIRE-3', severity: E, category: S, cloud: 'any',
    title: 'Every app->database edge has a database principal for the consumer (AWS: IAM database auth on, rds-db:connect to its DB user, and that user created on every shard by a bootstrap invocation whose function may run Data API statements with the master secret of the shard; Azure: a regular Entra role the principal bootstrap creates on every shard, and the consumer no Entra administrator)',
    explanation: 'With password authentication off, a login without a matching database principal fails even when network and role are right; on AWS the DB user must also exist in PostgreSQL with rds_iam, or the IAM token is refused. On Azure an app that is an Entra administrator is an azure_pg_admin member with CREATEROLE and CREATEDB: it can create roles and databases and manage other principals, far more than the edge needs.',
    fix: 'Call database.grantConnect(app, user): on AWS it maps the role to the DB user and adds the user to the database\'s bootstrap function, which creates it on every shard at apply through the Data API (docs/wiring.md); on Azure it adds the identity to the principal bootstrap (a run-once container group in the network\'s bootstrap subnet, running as the database\'s administrator identity, docs/wiring.md) and never makes it an Entra administrator.',
    check: principalFindings,
  },
  {
    kind: 'stack', id: 'BP-ALL-WIRE-4', severity: E, category: S, cloud: 'any',
    title: 'No wildcard on data: no `*` or `service:*` action on a data store, no data action on Resource "*", no Owner/Contributor/Data Owner role for a workload',
    explanation: 'A wildcard grants deletes, purges and policy changes the app never needs: one compromised task could wipe the queue, the cache or the secrets.',
    fix: 'List the actions the edge needs (docs/wiring.md) on the store\'s own ARN; on Azure assign the Data Sender / Receiver / Reader role, not an owner role.',
    check: wildcardFindings,
  },
  {
    kind: 'stack', id: 'BP-ALL-WIRE-5', severity: E, category: R, cloud: 'any',
    title: 'Every alarm notifies the stack\'s alert channel (AWS: alarm_actions; Azure: the action group)',
    explanation: 'An alarm without the channel fires into nothing: nobody learns the app is down.',
    fix: 'Create alarms through Monitoring (golden signals), or add the alert channel (Monitoring.alertChannelId) to the alarm\'s actions.',
    check: alarmFindings,
  },
  {
    kind: 'stack', id: 'BP-AWS-WIRE-6', severity: E, category: R, cloud: 'aws',
    title: 'Every AppConfig environment is watched by alarms of the stack, with a monitor role allowed cloudwatch:DescribeAlarms on them',
    explanation: 'Without monitors a bad flag change is never rolled back (seed §4.1); without DescribeAlarms on the alarms AppConfig cannot read them and the rollback never happens.',
    fix: 'Call flags.addRollbackAlarms(monitoring.alarmIdsOf(app, "unhealthy-hosts")) (the stacks do it), at most 5 alarms.',
    check: rollbackFindings,
  },
  {
    kind: 'stack', id: 'BP-ALL-WIRE-7', severity: E, category: R, cloud: 'any',
    title: 'Every log source reaches log search (AWS: a subscription filter on the log group to the stack\'s Firehose stream, with a role allowed firehose:PutRecord and PutRecordBatch on it, all in one region; Azure: a diagnostic setting on the resource with log categories and the Elastic partner destination)',
    explanation: 'A log source without its subscription or diagnostic setting, or with a role CloudWatch Logs cannot use, never reaches the search cluster: the logs are missing exactly when someone searches them.',
    fix: 'Leave log source discovery on (logSearch.discoverLogSourcesEnabled), or call logSearch.addLogSource(id, logGroupName | resourceId); keep the log group in the stack region (docs/deploy.md, "Cross-region logs").',
    check: logSourceFindings,
  },
];
