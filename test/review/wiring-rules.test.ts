import { ALL_STACK_IDS } from '../../src/app';
import { EdgeKind, wiringOf } from '../../constructs/core/wiring';
import { stackFromDoc } from '../../src/review/model';
import { checkStack } from '../../src/policy/engine';
import { ALL_RULES } from '../../src/policy';
import { AZURE_BROAD_ROLES, WIRING_RULES, allowStatements, parsePolicy } from '../../src/policy/rules-wiring';
import { defaultStackDoc } from '../default-synth';
import { stack as fixtureStack } from './fixtures';

const docs = new Map<string, Record<string, any>>();
/** The stack's cdk.tf.json as synthesized, with the `//` wiring block Testing.synth strips (the shared synth, test/default-synth.ts). */
function doc(id: string): Record<string, any> {
  if (!docs.has(id)) docs.set(id, defaultStackDoc(id));
  return JSON.parse(JSON.stringify(docs.get(id)));
}

const wiringIds = WIRING_RULES.map((r) => r.id);
function wiringFindings(id: string, d: Record<string, any>) {
  return checkStack(stackFromDoc(id, d), WIRING_RULES);
}
/** The single resource of `type` whose logical id starts with `prefix`. */
function key(d: Record<string, any>, type: string, prefix: string): string {
  const keys = Object.keys(d.resource[type] ?? {}).filter((k) => k.startsWith(prefix));
  expect(keys).toHaveLength(1);
  return keys[0];
}

describe('the wiring check on the default stacks', () => {
  test.each(ALL_STACK_IDS)('%s: zero wiring findings and no wiring suppression', (id) => {
    const d = doc(id);
    expect(wiringFindings(id, d)).toEqual([]);
    expect(JSON.stringify(d)).not.toMatch(/"id":"BP-(ALL|AWS|AZURE)-WIRE-/);
  });

  test('every app of refactor-aws is wired to the cache, the database, the queue, the topic and the flags', () => {
    const edges = wiringOf(doc('refactor-aws'));
    for (const app of ['WebTier', 'SearchTier', 'CheckoutTier']) {
      const kinds = edges.filter((e) => e.from === `refactor-aws/${app}` && e.kind !== EdgeKind.ALARM_ALERT_CHANNEL).map((e) => e.kind).sort();
      expect(kinds).toEqual([EdgeKind.APP_CACHE, EdgeKind.APP_DATABASE, EdgeKind.APP_FEATURE_FLAGS, EdgeKind.APP_QUEUE, EdgeKind.APP_TOPIC].sort());
    }
    expect(edges.some((e) => e.kind === EdgeKind.FUNCTION_QUEUE)).toBe(true);
    expect(edges.some((e) => e.kind === EdgeKind.SCHEDULER_FUNCTION)).toBe(true);
    expect(edges.some((e) => e.kind === EdgeKind.FLAG_DEPLOYMENT_ROLLBACK)).toBe(true);
  });

  test.each([
    ['refactor-aws', /^\$\{aws_sqs_queue\.Messaging_NotificationsQueue_/],
    ['refactor-azure', /^\$\{azurerm_servicebus_queue\.Messaging_/],
  ])('%s: the function->queue edge points at the messaging blueprint, the queue itself is a piece', (id, queueRef) => {
    const edges = wiringOf(doc(id)).filter((e) => e.kind === EdgeKind.FUNCTION_QUEUE);
    expect(edges.map((e) => [e.from, e.to])).toEqual([[`${id}/notification-sender`, `${id}/Messaging`]]);
    expect(edges[0].pieces!.resource).toMatch(queueRef);
  });

  test('refactor-aws: the flag environment is monitored by the apps\' unhealthy-hosts alarms, within the AppConfig limit of 5', () => {
    const d = doc('refactor-aws');
    const env = Object.values<any>(d.resource.aws_appconfig_environment)[0];
    expect(env.monitor.length).toBeGreaterThan(0);
    expect(env.monitor.length).toBeLessThanOrEqual(5);
    for (const m of env.monitor) expect(m.alarm_arn).toMatch(/unhealthy-hosts/);
  });

  test('refactor-azure records how a flag change is rolled back', () => {
    const e = wiringOf(doc('refactor-azure')).find((x) => x.kind === EdgeKind.FLAG_DEPLOYMENT_ROLLBACK);
    expect(e?.note).toMatch(/no deployment monitors/);
  });
});

describe('each piece removed fires its exact rule, with the construct path and the fix', () => {
  const rule = (id: string) => WIRING_RULES.find((r) => r.id === id)!;
  const expectOnly = (id: string, d: Record<string, any>, ruleId: string, path: string, detail: RegExp) => {
    const found = wiringFindings(id, d);
    expect(found.map((f) => f.ruleId)).toEqual(expect.arrayContaining([ruleId]));
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set([ruleId]));
    const f = found.find((x) => x.path === path);
    expect(f).toBeDefined();
    expect(f!.detail).toMatch(detail);
    expect(f!.fix).toBe(rule(ruleId).fix);
  };

  test('AWS permission: the cache grant of WebTier removed → BP-ALL-WIRE-2', () => {
    const d = doc('refactor-aws');
    delete d.resource.aws_iam_role_policy[key(d, 'aws_iam_role_policy', 'Cache_GrantWebTier_')];
    expectOnly('refactor-aws', d, 'BP-ALL-WIRE-2', 'refactor-aws/WebTier', /app->cache .*lacks elasticache:Connect/);
  });

  test('AWS network rule: the cache ingress from WebTier removed → BP-ALL-WIRE-1', () => {
    const d = doc('refactor-aws');
    delete d.resource.aws_vpc_security_group_ingress_rule[key(d, 'aws_vpc_security_group_ingress_rule', 'Cache_IngressFromWebTier_')];
    expectOnly('refactor-aws', d, 'BP-ALL-WIRE-1', 'refactor-aws/WebTier', /no ingress rule .* on tcp\/6379/);
  });

  test('AWS port: the database ingress from SearchTier on the wrong port → BP-ALL-WIRE-1', () => {
    const d = doc('refactor-aws');
    const rule = d.resource.aws_vpc_security_group_ingress_rule[key(d, 'aws_vpc_security_group_ingress_rule', 'OrdersDatabase_IngressFromSearchTier_')];
    rule.from_port = 5433;
    rule.to_port = 5433;
    expectOnly('refactor-aws', d, 'BP-ALL-WIRE-1', 'refactor-aws/SearchTier', /app->database .* on tcp\/5432/);
  });

  test('AWS database principal: IAM database auth off on a shard → BP-ALL-WIRE-3', () => {
    const d = doc('refactor-aws');
    d.resource.aws_rds_cluster[key(d, 'aws_rds_cluster', 'OrdersDatabase_Shard1_')].iam_database_authentication_enabled = false;
    expectOnly('refactor-aws', d, 'BP-ALL-WIRE-3', 'refactor-aws/WebTier', /Shard1.* IAM database authentication off/);
  });

  test('AWS database principal: the bootstrap invocation of a shard removed → BP-ALL-WIRE-3 for every app', () => {
    const d = doc('refactor-aws');
    delete d.resource.aws_lambda_invocation[key(d, 'aws_lambda_invocation', 'OrdersDatabase_Bootstrap_Shard0_')];
    const found = wiringFindings('refactor-aws', d);
    expect(found.map((f) => f.ruleId)).toEqual(found.map(() => 'BP-ALL-WIRE-3'));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.detail).toMatch(/no bootstrap creates user app on aws_rds_cluster\.OrdersDatabase_Shard0_/);
  });

  test('AWS database principal: a bootstrap input without the user, the Data API off, or a bootstrap role without the secret → BP-ALL-WIRE-3', () => {
    const withoutUser = doc('refactor-aws');
    const inv = withoutUser.resource.aws_lambda_invocation[key(withoutUser, 'aws_lambda_invocation', 'OrdersDatabase_Bootstrap_Shard1_')];
    inv.input = inv.input.replace('"roles":["app"]', '"roles":["reporting"]');
    expectOnly('refactor-aws', withoutUser, 'BP-ALL-WIRE-3', 'refactor-aws/WebTier', /no bootstrap creates user app on aws_rds_cluster\.OrdersDatabase_Shard1_/);

    const dataApiOff = doc('refactor-aws');
    delete dataApiOff.resource.aws_rds_cluster[key(dataApiOff, 'aws_rds_cluster', 'OrdersDatabase_Shard0_')].enable_http_endpoint;
    expectOnly('refactor-aws', dataApiOff, 'BP-ALL-WIRE-3', 'refactor-aws/WebTier', /Shard0_[0-9A-F]+ has the Data API off/);

    const noSecret = doc('refactor-aws');
    const p = noSecret.resource.aws_iam_role_policy[key(noSecret, 'aws_iam_role_policy', 'OrdersDatabase_Bootstrap_Policy_')];
    p.policy = p.policy.replace('"secretsmanager:GetSecretValue"', '"secretsmanager:DescribeSecret"');
    expectOnly('refactor-aws', noSecret, 'BP-ALL-WIRE-3', 'refactor-aws/WebTier', /OrdersDatabase_Bootstrap_Function_Role_[0-9A-F]+ \(the role of aws_lambda_invocation\.OrdersDatabase_Bootstrap_Shard0_[0-9A-F]+\) lacks secretsmanager:GetSecretValue/);
  });

  test('AWS wildcard: sqs:* on the queue → BP-ALL-WIRE-4', () => {
    const d = doc('refactor-aws');
    const k = key(d, 'aws_iam_role_policy', 'Messaging_GrantWebTierSendNotifications_');
    const p = d.resource.aws_iam_role_policy[k];
    p.policy = p.policy.replace('"sqs:SendMessage"', '"sqs:*"');
    const found = wiringFindings('refactor-aws', d);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['BP-ALL-WIRE-2', 'BP-ALL-WIRE-4']);
    expect(found.find((f) => f.ruleId === 'BP-ALL-WIRE-4')).toMatchObject({ path: 'refactor-aws/Messaging/GrantWebTierSendNotifications', fix: rule('BP-ALL-WIRE-4').fix });
  });

  test('AWS alarm without the channel → BP-ALL-WIRE-5', () => {
    const d = doc('refactor-aws');
    const k = Object.keys(d.resource.aws_cloudwatch_metric_alarm)[0];
    d.resource.aws_cloudwatch_metric_alarm[k].alarm_actions = [];
    const found = wiringFindings('refactor-aws', d);
    expect(found).toEqual([expect.objectContaining({ ruleId: 'BP-ALL-WIRE-5', address: `aws_cloudwatch_metric_alarm.${k}`, fix: rule('BP-ALL-WIRE-5').fix })]);
  });

  test('AWS rollback: the flag environment without monitors → BP-AWS-WIRE-6', () => {
    const d = doc('refactor-aws');
    delete Object.values<any>(d.resource.aws_appconfig_environment)[0].monitor;
    expectOnly('refactor-aws', d, 'BP-AWS-WIRE-6', 'refactor-aws/FeatureFlags/Environment', /no monitor/);
  });

  test('Azure permission: the Service Bus sender role of WebTier removed → BP-ALL-WIRE-2', () => {
    const d = doc('refactor-azure');
    delete d.resource.azurerm_role_assignment[key(d, 'azurerm_role_assignment', 'Messaging_GrantWebTierSendNotifications_')];
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-2', 'refactor-azure/WebTier', /no 'Azure Service Bus Data Sender' role assignment/);
  });

  test('Azure cache: the access-policy assignment of WebTier removed → BP-ALL-WIRE-2', () => {
    const d = doc('refactor-azure');
    delete d.resource.azurerm_resource_group_template_deployment[key(d, 'azurerm_resource_group_template_deployment', 'Cache_AccessPolicyWebTier_')];
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-2', 'refactor-azure/WebTier', /no access-policy assignment/);
  });

  /** refactor-azure with WebTier's template deployment swapped for the provider's own resource (as under cdktn), with `objectId`. */
  function withNativeAssignment(objectId?: string): Record<string, any> {
    const d = doc('refactor-azure');
    const k = key(d, 'azurerm_resource_group_template_deployment', 'Cache_AccessPolicyWebTier_');
    const deployment = d.resource.azurerm_resource_group_template_deployment[k];
    delete d.resource.azurerm_resource_group_template_deployment[k];
    const principal = /"objectId" = \{"value" = ([^}]+)\}/.exec(deployment.parameters_content)![1];
    const cluster = /azurerm_managed_redis\.[A-Za-z0-9_]+/.exec(deployment.parameters_content)![0];
    d.resource.azurerm_managed_redis_access_policy_assignment = { [k]: { managed_redis_id: `\${${cluster}.id}`, object_id: objectId ?? `\${${principal}}` } };
    return d;
  }

  test('Azure cache: the provider\'s own access-policy assignment (azurerm 4.60+, cdktn) for the app identity satisfies the check', () => {
    expect(wiringFindings('refactor-azure', withNativeAssignment())).toEqual([]);
  });

  test('Azure cache: the provider\'s own access-policy assignment for another identity → BP-ALL-WIRE-2', () => {
    expectOnly('refactor-azure', withNativeAssignment('00000000-0000-0000-0000-000000000000'), 'BP-ALL-WIRE-2', 'refactor-azure/WebTier', /no access-policy assignment/);
  });

  test('Azure network rule and port: the NSG allow from the integration subnet removed or on the wrong port → BP-ALL-WIRE-1', () => {
    for (const change of ['remove', 'port'] as const) {
      const d = doc('refactor-azure');
      const nsg = d.resource.azurerm_network_security_group[key(d, 'azurerm_network_security_group', 'Network_PostgresSecurityGroup_')];
      const i = nsg.security_rule.findIndex((r: any) => r.name === 'allow-integration-to-postgres');
      expect(i).toBeGreaterThanOrEqual(0);
      if (change === 'remove') {
        nsg.security_rule.splice(i, 1);
        expectOnly('refactor-azure', d, 'BP-ALL-WIRE-1', 'refactor-azure/WebTier', /app->database .*no inbound allow from .* on 5432/);
      } else {
        nsg.security_rule[i].destination_port_ranges = ['5433'];
        // The wrong port both breaks the edge and opens a port no edge uses.
        const found = wiringFindings('refactor-azure', d);
        expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['BP-ALL-WIRE-1', 'BP-AZURE-WIRE-8']));
        expect(found.find((f) => f.ruleId === 'BP-ALL-WIRE-1')!.detail).toMatch(/app->database .*no inbound allow from .* on 5432/);
        expect(found.find((f) => f.ruleId === 'BP-AZURE-WIRE-8')!.detail).toMatch(/allow-integration-to-postgres admits .* on 5433 beyond the edges' ports \(5432\)/);
      }
    }
  });

  describe('Azure exact paths: the data subnets admit exactly the recorded edges → BP-AZURE-WIRE-8', () => {
    const nsgOf = (d: Record<string, any>, role: 'Data' | 'Postgres') => d.resource.azurerm_network_security_group[key(d, 'azurerm_network_security_group', `Network_${role}SecurityGroup_`)];
    const cases: Array<[string, 'Data' | 'Postgres', (d: Record<string, any>) => void, RegExp]> = [
      ['the VNet deny removed from the data subnet', 'Data', (d) => { nsgOf(d, 'Data').security_rule = nsgOf(d, 'Data').security_rule.filter((r: any) => r.name !== 'deny-vnet-inbound'); }, /no inbound deny of the VirtualNetwork source/],
      ['the VNet deny removed from the PostgreSQL subnet', 'Postgres', (d) => { nsgOf(d, 'Postgres').security_rule = nsgOf(d, 'Postgres').security_rule.filter((r: any) => r.name !== 'deny-vnet-inbound'); }, /no inbound deny of the VirtualNetwork source/],
      ['an allow from the whole VNet on the data subnet', 'Data', (d) => { nsgOf(d, 'Data').security_rule.push({ name: 'allow-vnet', priority: 150, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', source_address_prefix: 'VirtualNetwork', destination_address_prefix: '*', destination_port_range: '10000' }); }, /allow-vnet admits VirtualNetwork, which no edge/],
      ['a grant widened to a port range', 'Data', (d) => { const r = nsgOf(d, 'Data').security_rule.find((x: any) => x.name === 'allow-integration-to-data'); r.destination_port_ranges = [...r.destination_port_ranges, '1024-65535']; }, /allow-integration-to-data admits .* on 1024-65535 beyond the edges' ports/],
      ['an allow from a subnet with no edge (the app subnet) to PostgreSQL', 'Postgres', (d) => { nsgOf(d, 'Postgres').security_rule.push({ name: 'allow-gateway', priority: 150, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', source_address_prefix: '10.0.0.0/20', destination_address_prefix: '*', destination_port_ranges: ['5432'] }); }, /allow-gateway admits 10\.0\.0\.0\/20, which no edge/],
      ['the principal bootstrap\'s allow widened beyond 5432', 'Postgres', (d) => { const r = nsgOf(d, 'Postgres').security_rule.find((x: any) => x.name === 'allow-bootstrap-to-postgres'); r.destination_port_ranges = [...r.destination_port_ranges, '22']; }, /allow-bootstrap-to-postgres admits [0-9.]+\/20 on 22 beyond the edges' ports \(5432\)/],
    ];
    test.each(cases)('%s', (_name, role, change, detail) => {
      const d = doc('refactor-azure');
      change(d);
      const found = wiringFindings('refactor-azure', d);
      expect(found.map((f) => [f.ruleId, f.path])).toEqual([['BP-AZURE-WIRE-8', `refactor-azure/Network/${role}SecurityGroup`]]);
      expect(found[0].detail).toMatch(detail);
    });
    test('network policies off on the private endpoints\' subnet', () => {
      const d = doc('refactor-azure');
      d.resource.azurerm_subnet[key(d, 'azurerm_subnet', 'Network_DataSubnet_')].private_endpoint_network_policies = 'Disabled';
      const found = wiringFindings('refactor-azure', d);
      expect(found.map((f) => [f.ruleId, f.path])).toEqual([['BP-AZURE-WIRE-8', 'refactor-azure/Network/DataSubnet']]);
      expect(found[0].detail).toMatch(/the NSG rules do not apply to the private endpoints/);
    });
  });

  test('Azure function->queue: the NSG allow from the functions subnet to the Service Bus endpoint removed → BP-ALL-WIRE-1', () => {
    const d = doc('refactor-azure');
    const nsg = d.resource.azurerm_network_security_group[key(d, 'azurerm_network_security_group', 'Network_DataSecurityGroup_')];
    nsg.security_rule = nsg.security_rule.filter((r: any) => r.name !== 'allow-functions-to-data');
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-1', 'refactor-azure/notification-sender', /function->queue .*no inbound allow from .* on 5671/);
  });

  /** refactor-azure's principal bootstrap and its psql container. */
  function bootstrapOf(d: Record<string, any>) {
    const group = d.resource.azurerm_container_group[key(d, 'azurerm_container_group', 'OrdersDatabase_PrincipalBootstrap_')];
    return { group, psql: group.container.find((c: any) => c.name === 'psql') };
  }

  test('Azure database principal: WebTier\'s statement removed from the principal bootstrap → BP-ALL-WIRE-3', () => {
    const d = doc('refactor-azure');
    const { psql } = bootstrapOf(d);
    psql.commands[2] = psql.commands[2].split('\n').filter((l: string) => !/azurerm_linux_web_app\.WebTier_/.test(l)).join('\n');
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-3', 'refactor-azure/WebTier', /creates no regular role for .*WebTier.* on azurerm_postgresql_flexible_server\.OrdersDatabase_Shard0_/);
  });

  test('Azure database principal: the statement made an administrator (isAdmin true) → BP-ALL-WIRE-3', () => {
    const d = doc('refactor-azure');
    const { psql } = bootstrapOf(d);
    psql.commands[2] = psql.commands[2].replace(/(WebTier_[0-9A-F]+\.identity\[0\]\.principal_id\}', 'service'), false/g, '$1, true');
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-3', 'refactor-azure/WebTier', /creates no regular role/);
  });

  test('Azure database principal: WebTier made an Entra administrator of a shard again → BP-ALL-WIRE-3 (over-grant)', () => {
    const d = doc('refactor-azure');
    const admin = d.resource.azurerm_postgresql_flexible_server_active_directory_administrator[key(d, 'azurerm_postgresql_flexible_server_active_directory_administrator', 'OrdersDatabase_Shard0_Administrator_')];
    const edge = wiringOf(d).find((e) => e.kind === EdgeKind.APP_DATABASE && e.from === 'refactor-azure/WebTier')!;
    d.resource.azurerm_postgresql_flexible_server_active_directory_administrator.WebTierAdmin = { ...admin, object_id: edge.pieces!.identity, principal_name: 'web' };
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-3', 'refactor-azure/WebTier', /is an Entra administrator of azurerm_postgresql_flexible_server\.OrdersDatabase_Shard0_.*more than the edge needs/);
  });

  test('Azure database principal: the principal bootstrap removed → BP-ALL-WIRE-3 on every app', () => {
    const d = doc('refactor-azure');
    delete d.resource.azurerm_container_group;
    const found = wiringFindings('refactor-azure', d);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['BP-ALL-WIRE-3']));
    expect(found.map((f) => f.path).sort()).toEqual(['refactor-azure/CheckoutTier', 'refactor-azure/SearchTier', 'refactor-azure/WebTier']);
    expect(found[0].detail).toMatch(/no principal bootstrap creates a role/);
  });

  test('Azure database principal: the bootstrap run as another identity, not an administrator of the shards → BP-ALL-WIRE-3', () => {
    const d = doc('refactor-azure');
    const { group } = bootstrapOf(d);
    group.identity.identity_ids = ['${azurerm_user_assigned_identity.Other.id}'];
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-3', 'refactor-azure/WebTier', /does not run as an Entra administrator/);
  });

  test('Azure database principal: the PostgreSQL NSG allow from the bootstrap subnet removed → BP-ALL-WIRE-3', () => {
    const d = doc('refactor-azure');
    const nsg = d.resource.azurerm_network_security_group[key(d, 'azurerm_network_security_group', 'Network_PostgresSecurityGroup_')];
    nsg.security_rule = nsg.security_rule.filter((r: any) => r.name !== 'allow-bootstrap-to-postgres');
    expectOnly('refactor-azure', d, 'BP-ALL-WIRE-3', 'refactor-azure/WebTier', /the bootstrap cannot reach the shards: .* has no inbound allow from .* on 5432/);
  });

  test('Azure wildcard: a workload given Contributor on the namespace → BP-ALL-WIRE-4', () => {
    const d = doc('refactor-azure');
    const k = key(d, 'azurerm_role_assignment', 'Messaging_GrantWebTierSendNotifications_');
    d.resource.azurerm_role_assignment[k].role_definition_name = 'Contributor';
    const found = wiringFindings('refactor-azure', d);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['BP-ALL-WIRE-2', 'BP-ALL-WIRE-4']);
  });
});

describe('least privilege on data stores', () => {
  test.each(ALL_STACK_IDS)('%s: no IAM statement has a * action on a data store, and no workload holds a broad Azure role', (id) => {
    const d = doc(id);
    const dataTypes = ['aws_sqs_queue', 'aws_sns_topic', 'aws_elasticache_replication_group', 'aws_elasticache_user', 'aws_rds_cluster', 'aws_appconfig_environment', 'aws_appconfig_application'];
    const dataRefs = dataTypes.flatMap((t) => Object.keys(d.resource?.[t] ?? {}).map((k) => `${t}.${k}.`));
    let judged = 0;
    for (const p of Object.values<any>(d.resource?.aws_iam_role_policy ?? {})) {
      for (const s of allowStatements(p.policy)) {
        if (!s.resources.some((r) => dataRefs.some((x) => r.includes(x)))) continue;
        judged++;
        expect(s.actions.filter((a) => a === '*' || a.endsWith(':*'))).toEqual([]);
        expect(s.resources).not.toContain('*');
      }
    }
    for (const ra of Object.values<any>(d.resource?.azurerm_role_assignment ?? {})) {
      judged++;
      expect(AZURE_BROAD_ROLES.includes(ra.role_definition_name) && !String(ra.principal_id).includes('data.azurerm_client_config')).toBe(false);
    }
    if (id.endsWith('-aws') || id === 'refactor-azure') expect(judged).toBeGreaterThan(0);
  });

  test('Azure data roles are granted at the entity (queue, topic, store), never the resource group', () => {
    const d = doc('refactor-azure');
    const sends = Object.values<any>(d.resource.azurerm_role_assignment).filter((r) => r.role_definition_name === 'Azure Service Bus Data Sender');
    expect(sends.length).toBeGreaterThan(0);
    for (const r of sends) expect(r.scope).toMatch(/^\$\{azurerm_servicebus_(queue|topic)\./);
  });
});

describe('reading policies', () => {
  test('parses cdktf jsonencode policies with bare references and nested interpolations', () => {
    const text = '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Action" = ["rds-db:connect"], "Resource" = [join("", [replace(aws_rds_cluster.C.arn, ":rds:", ":rds-db:"), aws_rds_cluster.C.cluster_resource_id, "/app"])]}, {"Effect" = "Allow", "Action" = "sqs:SendMessage", "Resource" = "${aws_sqs_queue.Q.arn}/x"}]})}';
    const st = allowStatements(text);
    expect(st).toHaveLength(2);
    expect(st[0].actions).toEqual(['rds-db:connect']);
    expect(st[0].resources[0]).toContain('aws_rds_cluster.C.cluster_resource_id');
    expect(st[1]).toEqual({ actions: ['sqs:SendMessage'], resources: ['${aws_sqs_queue.Q.arn}/x'] });
    expect(parsePolicy('{"Statement": []}')).toEqual({ Statement: [] });
  });

  test('the wiring rules are in the pack that runs at synth and in npm run review', () => {
    for (const id of wiringIds) expect(ALL_RULES.map((r) => r.id)).toContain(id);
  });
});

describe('log source -> log search (BP-ALL-WIRE-7)', () => {
  const rule = (id: string) => WIRING_RULES.find((r) => r.id === id)!;
  const only = (id: string, d: Record<string, any>, path: string, detail: RegExp) => {
    const found = wiringFindings(id, d);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['BP-ALL-WIRE-7']));
    const f = found.find((x) => x.path === path);
    expect(f).toBeDefined();
    expect(f!.detail).toMatch(detail);
    expect(f!.fix).toBe(rule('BP-ALL-WIRE-7').fix);
    return found;
  };

  test('refactor-aws records one edge per streamed log group, each proven by its subscription filter', () => {
    const d = doc('refactor-aws');
    const edges = wiringOf(d).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH);
    const filters = Object.values<any>(d.resource.aws_cloudwatch_log_subscription_filter);
    expect(edges.length).toBe(filters.length);
    expect(edges.map((e) => e.from)).toEqual(expect.arrayContaining(['refactor-aws/WebTier/LogGroup', 'refactor-aws/CheckoutTier/LogGroup']));
    for (const e of edges) expect(e.to).toBe('refactor-aws/LogSearch');
  });

  test('refactor-azure records one edge per resource sent to Elastic, from the resource\'s own construct', () => {
    const d = doc('refactor-azure');
    const edges = wiringOf(d).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH);
    const toElastic = Object.values<any>(d.resource.azurerm_monitor_diagnostic_setting).filter((x) => typeof x.partner_solution_id === 'string');
    expect(edges.length).toBe(toElastic.length);
    expect(edges.map((e) => e.from)).toContain('refactor-azure/WebTier/Resource');
  });

  test('no log search, no edge: the rehost stacks record none', () => {
    for (const id of ['rehost-aws', 'rehost-azure']) expect(wiringOf(doc(id)).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH)).toEqual([]);
  });

  test('AWS: the subscription filter of WebTier\'s log group removed → BP-ALL-WIRE-7', () => {
    const d = doc('refactor-aws');
    delete d.resource.aws_cloudwatch_log_subscription_filter[key(d, 'aws_cloudwatch_log_subscription_filter', 'LogSearch_SubscriptionWebTierLogGroup')];
    const found = only('refactor-aws', d, 'refactor-aws/WebTier/LogGroup', /no subscription filter on aws_cloudwatch_log_group\.WebTier_LogGroup_/);
    expect(found).toHaveLength(1);
  });

  test('AWS: the subscription role\'s Firehose permission removed → BP-ALL-WIRE-7 on every source', () => {
    const d = doc('refactor-aws');
    delete d.resource.aws_iam_role_policy[key(d, 'aws_iam_role_policy', 'LogSearch_SubscriptionRolePolicy_')];
    const found = only('refactor-aws', d, 'refactor-aws/WebTier/LogGroup', /LogSearch_SubscriptionRole_.* lacks firehose:PutRecord, firehose:PutRecordBatch on aws_kinesis_firehose_delivery_stream\.LogSearch_DeliveryStream_/);
    expect(found.length).toBe(wiringOf(d).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH).length);
  });

  test('AWS: a log group moved to another region → BP-ALL-WIRE-7', () => {
    const d = doc('refactor-aws');
    d.resource.aws_cloudwatch_log_group[key(d, 'aws_cloudwatch_log_group', 'WebTier_LogGroup_')].region = 'us-east-1';
    only('refactor-aws', d, 'refactor-aws/WebTier/LogGroup', /different regions \(us-east-1, /);
  });

  test('AWS: the filter delivering elsewhere → BP-ALL-WIRE-7', () => {
    const d = doc('refactor-aws');
    d.resource.aws_cloudwatch_log_subscription_filter[key(d, 'aws_cloudwatch_log_subscription_filter', 'LogSearch_SubscriptionWebTierLogGroup')].destination_arn = 'arn:aws:firehose:eu-west-1:1:deliverystream/other';
    only('refactor-aws', d, 'refactor-aws/WebTier/LogGroup', /delivers to arn:aws:firehose:.*other, not aws_kinesis_firehose_delivery_stream\./);
  });

  test('Azure: the Elastic diagnostic setting of WebTier removed → BP-ALL-WIRE-7', () => {
    const d = doc('refactor-azure');
    delete d.resource.azurerm_monitor_diagnostic_setting[key(d, 'azurerm_monitor_diagnostic_setting', 'LogSearch_DiagnosticsMonitoringDiagnosticsWebTierResource')];
    only('refactor-azure', d, 'refactor-azure/WebTier/Resource', /no diagnostic setting on azurerm_linux_web_app\.WebTier_.* partner_solution_id azurerm_elastic_cloud_elasticsearch\.LogSearch_/);
  });

  test('Azure fixture: a setting to Log Analytics only fails, one with the Elastic partner destination passes', () => {
    const edge = { kind: EdgeKind.LOG_SOURCE_LOG_SEARCH, from: 's/Web/Resource', to: 's/LogSearch', pieces: { resource: '${azurerm_linux_web_app.Web.id}', destination: '${azurerm_elastic_cloud_elasticsearch.E.id}' } };
    const base = [{ type: 'azurerm_linux_web_app', id: 'Web', config: {} }, { type: 'azurerm_elastic_cloud_elasticsearch', id: 'E', config: {} }];
    const setting = (extra: Record<string, unknown>) => ({ type: 'azurerm_monitor_diagnostic_setting', id: 'D', config: { target_resource_id: '${azurerm_linux_web_app.Web.id}', enabled_log: [{ category_group: 'allLogs' }], ...extra } });
    const check = (list: any[]) => checkStack(fixtureStack('s', list, 'azurerm', [edge]), [rule('BP-ALL-WIRE-7')]).map((f) => f.ruleId);
    expect(check([...base, setting({ log_analytics_workspace_id: '${azurerm_log_analytics_workspace.L.id}' })])).toEqual(['BP-ALL-WIRE-7']);
    expect(check([...base, setting({ partner_solution_id: '${azurerm_elastic_cloud_elasticsearch.E.id}' })])).toEqual([]);
  });
});
