import { EdgeKind, WiringEdge } from '../../constructs/core/wiring';
import { principalBootstrapScript } from '../../constructs/azure/private/database-bootstrap';
import type { StackFixture } from './policy-fixtures';

/**
 * BP-ALL-WIRE-3 on Azure (the AWS fixture is STACK_FIXTURES['BP-ALL-WIRE-3']): an app->database
 * edge whose consumer must be a regular Entra role made by the database's principal bootstrap.
 * `good` is the kit's shape; each `bad` breaks one piece.
 */
const r = (type: string, id: string, config: Record<string, unknown> = {}) => ({ type, id, config });
const APP_ID = '${azurerm_linux_web_app.App.identity[0].principal_id}';
const SERVER = 'azurerm_postgresql_flexible_server.Pg';
const PG_PREFIX = '10.0.80.0/20';
const BOOT_PREFIX = '10.0.96.0/20';

const wiring: WiringEdge[] = [{
  kind: EdgeKind.APP_DATABASE, from: 's/App', to: 's/Db', port: 5432,
  pieces: { identity: APP_ID, resource: `\${${SERVER}.id}`, server0: `\${${SERVER}.id}`, bootstrap: '${azurerm_container_group.Boot.id}', bootstrapSubnet: '${azurerm_subnet.Boot.id}', consumerSubnet: '${azurerm_subnet.App.id}' },
}];

const server = r('azurerm_postgresql_flexible_server', 'Pg', { delegated_subnet_id: '${azurerm_subnet.Pg.id}', authentication: { active_directory_auth_enabled: true, password_auth_enabled: false } });
const adminIdentity = r('azurerm_user_assigned_identity', 'PgAdmin', { name: 'pg-admin' });
const admin = (objectId: string, id = 'Admin') => r('azurerm_postgresql_flexible_server_active_directory_administrator', id, { server_name: `\${${SERVER}.name}`, object_id: objectId, principal_type: 'ServicePrincipal' });
const allow = (name: string, source: string) => ({ name, priority: 200, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', source_address_prefix: source, destination_address_prefix: '*', destination_port_ranges: ['5432'] });
const network = (rules: unknown[]) => [
  r('azurerm_subnet', 'App', { address_prefixes: ['10.0.32.0/20'] }),
  r('azurerm_subnet', 'Pg', { address_prefixes: [PG_PREFIX] }),
  r('azurerm_subnet', 'Boot', { address_prefixes: [BOOT_PREFIX] }),
  r('azurerm_network_security_group', 'PgNsg', { security_rule: rules }),
  r('azurerm_subnet_network_security_group_association', 'PgNsgAssoc', { subnet_id: '${azurerm_subnet.Pg.id}', network_security_group_id: '${azurerm_network_security_group.PgNsg.id}' }),
];
const boot = (script: string, identity = '${azurerm_user_assigned_identity.PgAdmin.id}') => r('azurerm_container_group', 'Boot', {
  os_type: 'Linux', restart_policy: 'Never', ip_address_type: 'Private', subnet_ids: ['${azurerm_subnet.Boot.id}'],
  identity: { type: 'UserAssigned', identity_ids: [identity] },
  container: [{ name: 'psql', commands: ['/bin/sh', '-c', script] }],
});
const script = (isAdmin = false) => principalBootstrapScript([`\${${SERVER}.fqdn}`], 'pg-admin', [{ roleName: 'app', objectId: APP_ID }]).replace(isAdmin ? "'service', false, false" : '\u0000', "'service', true, false");
const base = [server, adminIdentity, admin('${azurerm_user_assigned_identity.PgAdmin.principal_id}')];
const paths = network([allow('allow-app-to-postgres', '10.0.32.0/20'), allow('allow-bootstrap-to-postgres', BOOT_PREFIX)]);

export const AZURE_PRINCIPAL_FIXTURE: StackFixture & { bads: Record<string, StackFixture['bad']> } = {
  provider: 'azurerm',
  wiring,
  good: [...base, ...paths, boot(script())],
  bad: [...base, ...paths, boot(script()), admin(APP_ID, 'AppAdmin')],
  bads: {
    'the app is an Entra administrator (over-grant)': [...base, ...paths, boot(script()), admin(APP_ID, 'AppAdmin')],
    'no bootstrap creates the principal': [...base, ...paths],
    'the bootstrap creates an administrator': [...base, ...paths, boot(script(true))],
    'the bootstrap runs as an identity that is no administrator': [...base, ...paths, boot(script(), '${azurerm_user_assigned_identity.Other.id}')],
    'the bootstrap subnet is not admitted on 5432': [...base, ...network([allow('allow-app-to-postgres', '10.0.32.0/20')]), boot(script())],
  },
};
