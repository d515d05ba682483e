import { AwsKit } from '../../../constructs/aws/kit';
import { AzureKit } from '../../../constructs/azure/kit';
import { EdgeKind, Wiring } from '../../../constructs/core/wiring';
import { kitStack, resources, synth } from '../../helpers';
import { resolved } from '../../data-helpers';

describe('grants (the consumer API)', () => {
  test('AWS cache.grantConnect attaches connectPolicyStatement to the app role, opens 6379 from the app security group, records the edge', () => {
    const { stack, kit } = kitStack('aws') as { stack: any; kit: AwsKit };
    const cache = kit.cache('Cache', {});
    const app = kit.webApp('Web', {});
    const settings = cache.grantConnect!(app);
    expect(Object.keys(settings).sort()).toEqual(['CACHE_AUTH', 'CACHE_ENDPOINT', 'CACHE_NAME', 'CACHE_PORT', 'CACHE_USER']);
    const s = synth(stack);
    const policy = Object.values<any>(resources(s, 'aws_iam_role_policy')).find((p) => p.name === 'uses-Cache');
    expect(policy.role).toMatch(/aws_iam_role\.Web_TaskRole_[0-9A-F]+\.name/);
    expect(policy.policy).toMatch(/"Action" = \["elasticache:Connect"\], "Resource" = \[aws_elasticache_replication_group\.Cache_[0-9A-F]+\.arn, aws_elasticache_user\.Cache_AppUser_[0-9A-F]+\.arn\]/);
    const ingress = Object.values<any>(resources(s, 'aws_vpc_security_group_ingress_rule')).filter((r) => String(r.security_group_id).includes('Cache_SecurityGroup'));
    expect(ingress).toEqual([expect.objectContaining({ from_port: 6379, to_port: 6379, referenced_security_group_id: expect.stringMatching(/Web_SecurityGroup/) })]);
    expect(Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.APP_CACHE)).toEqual([expect.objectContaining({ from: 'test-aws/Web', to: 'test-aws/Cache', port: 6379 })]);
  });

  test('Azure cache.grantConnect assigns the default access policy to the app identity (ARM template) and opens 10000 from its subnet only', () => {
    const { stack, kit } = kitStack('azure') as { stack: any; kit: AzureKit };
    const cache = kit.cache('Cache', {});
    const app = kit.webApp('Web', {});
    cache.grantConnect!(app);
    const s = synth(stack);
    const [dep] = Object.values<any>(resources(s, 'azurerm_resource_group_template_deployment'));
    const template = JSON.parse(dep.template_content);
    expect(template.resources[0]).toMatchObject({ type: 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments', apiVersion: '2025-04-01', properties: { accessPolicyName: 'default' } });
    expect(dep.parameters_content).toMatch(/azurerm_linux_web_app\.Web_[0-9A-F]+\.identity\[0\]\.principal_id/);
    const data = Object.entries<any>(resources(s, 'azurerm_network_security_group')).find(([k]) => k.startsWith('Network_DataSecurityGroup'))![1];
    expect(data.security_rule.filter((r: any) => r.access === 'Allow')).toEqual([expect.objectContaining({ name: 'allow-integration-to-data', destination_port_ranges: ['10000'], source_address_prefix: kit.network.subnetPrefix('integration' as any) })]);
  });

  test('Azure database.grantConnect makes the app identity a regular Entra role through the principal bootstrap (no administrator) and opens 5432 from its subnet and the bootstrap subnet only', () => {
    const { stack, kit } = kitStack('azure') as { stack: any; kit: AzureKit };
    const db = kit.shardedDatabase('Orders', { shardCount: 2 });
    const app = kit.webApp('Web', {});
    const settings = db.grantConnect!(app, 'app');
    const s = synth(stack);
    const admins = Object.values<any>(resources(s, 'azurerm_postgresql_flexible_server_active_directory_administrator'));
    expect(admins).toHaveLength(2); // the database's own administrator identity, once per shard
    for (const a of admins) expect(a.object_id).toMatch(/azurerm_user_assigned_identity\.Orders_AdministratorIdentity_[0-9A-F]+\.principal_id/);
    const [group] = Object.values<any>(resources(s, 'azurerm_container_group'));
    const script = group.container.find((c: any) => c.name === 'psql').commands[2];
    expect(script).toMatch(/pgaadauth_create_principal_with_oid\('[^']+', '\$\{azurerm_linux_web_app\.Web_[0-9A-F]+\.identity\[0\]\.principal_id\}', 'service', false, false\)/);
    expect(script.match(/^psql -h /gm)).toHaveLength(2);
    const role = /pgaadauth_create_principal_with_oid\('([^']+)'/.exec(script)![1];
    expect(role).toMatch(/^\$\{azurerm_linux_web_app\.Web_[0-9A-F]+\.name\}$/);
    expect(resolved(stack, settings.DATABASE_ORDERS_USER)).toBe(role);
    const [edge] = Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.APP_DATABASE);
    expect(edge.permissions).toEqual(['Microsoft Entra role (regular: LOGIN and what PUBLIC holds, no azure_pg_admin)']);
    expect(Object.keys(edge.pieces ?? {}).sort()).toEqual(['bootstrap', 'bootstrapSubnet', 'consumerSubnet', 'identity', 'resource', 'server0', 'server1']);
    const pg = Object.entries<any>(resources(s, 'azurerm_network_security_group')).find(([k]) => k.startsWith('Network_PostgresSecurityGroup'))![1];
    const allows = pg.security_rule.filter((r: any) => r.access === 'Allow').map((r: any) => [r.name, r.source_address_prefix, r.destination_port_ranges ?? r.destination_port_range]);
    expect(allows).toEqual([
      ['allow-integration-to-postgres', kit.network.subnetPrefix('integration' as any), ['5432']],
      ['allow-bootstrap-to-postgres', kit.network.subnetPrefix('bootstrap' as any), ['5432']],
      ['allow-postgres-within-subnet', kit.network.subnetPrefix('postgres' as any), ['5432']],
      ['allow-azure-load-balancer', 'AzureLoadBalancer', '*'],
    ]);
    expect(pg.security_rule.find((r: any) => r.name === 'deny-vnet-inbound')).toMatchObject({ access: 'Deny', source_address_prefix: 'VirtualNetwork', destination_port_range: '*', priority: 4010 });
  });

  test('a data ref refuses a consumer of the other cloud, naming both', () => {
    const aws = kitStack('aws').kit as AwsKit;
    const azure = kitStack('azure').kit as AzureKit;
    const cache = aws.cache('Cache', {});
    const app = azure.webApp('Web', {});
    expect(() => cache.grantConnect!(app)).toThrow(/consumer must be an AWS workload, got azure at 'test-azure\/Web'/);
  });
});
