import { AZURE_DATABASE_BOOTSTRAP_FACTS, PrincipalBootstrap, principalBootstrapScript, principalSql, shellWord, sqlLiteral, tokenScript } from '../../../constructs/azure/private/database-bootstrap';
import { azureStack } from '../../helpers';

describe('the principal bootstrap script', () => {
  const principals = [
    { roleName: 'web', objectId: '11111111-1111-1111-1111-111111111111' },
    { roleName: "o'brien", objectId: '22222222-2222-2222-2222-222222222222' },
  ];
  const script = principalBootstrapScript(['shard0.example', 'shard1.example'], 'pg-admin', principals);

  test('SQL literals double single quotes; shell words close and reopen the quote', () => {
    expect(sqlLiteral("o'brien")).toBe("'o''brien'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });

  test('each statement creates a regular (isAdmin false, isMfa false) service principal, only when no role of that name exists', () => {
    expect(principalSql(principals[1])).toBe(
      "SELECT pg_catalog.pgaadauth_create_principal_with_oid('o''brien', '22222222-2222-2222-2222-222222222222', 'service', false, false) WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'o''brien');",
    );
  });

  test('one psql session per shard on the postgres database over TLS, each with every principal, sorted by role name', () => {
    const sessions = script.split(/^psql -h /m).slice(1);
    expect(sessions.map((s) => s.split(' ')[0])).toEqual(["'shard0.example'", "'shard1.example'"]);
    for (const s of sessions) {
      const statements = s.split('\n').filter((l) => l.includes('pgaadauth_create_principal_with_oid('));
      expect(statements).toEqual([principalSql(principals[1]), principalSql(principals[0])]);
      expect(s.split('\n')[0]).toMatch(/-v ON_ERROR_STOP=1 .*<<'BOOTSTRAP_SQL'$/);
    }
    expect(script).toMatch(/PGDATABASE=postgres; PGPORT=5432; PGSSLMODE=require; export PGDATABASE PGPORT PGSSLMODE/);
    expect(script).toMatch(/^PGUSER='pg-admin'; export PGUSER$/m);
    expect(script).toMatch(/^PGPASSWORD=\$\(cat \/run\/bootstrap\/token\); export PGPASSWORD$/m);
  });

  test('the same principals in another order give the same script (no replacement without a change)', () => {
    expect(principalBootstrapScript(['shard0.example', 'shard1.example'], 'pg-admin', [...principals].reverse())).toBe(script);
  });

  test('a new principal changes the script (the container group is replaced and runs again)', () => {
    expect(principalBootstrapScript(['shard0.example', 'shard1.example'], 'pg-admin', [...principals, { roleName: 'search', objectId: '3' }])).not.toBe(script);
  });

  test('no Terraform template sequence of its own: only the given references interpolate', () => {
    expect(script).not.toMatch(/\$\{|%\{/);
    expect(tokenScript()).not.toMatch(/\$\{|%\{/);
  });

  test('the token: the PostgreSQL resource, from the managed identity endpoint, for the administrator identity\'s client id', () => {
    expect(tokenScript()).toContain(`curl -sf -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fossrdbms-aad.database.windows.net&client_id=$CLIENT_ID"`);
    expect(tokenScript()).toContain(`mv ${AZURE_DATABASE_BOOTSTRAP_FACTS.tokenDir}/t ${AZURE_DATABASE_BOOTSTRAP_FACTS.tokenDir}/token`);
  });
});

describe('PrincipalBootstrap', () => {
  const make = () => {
    const { stack } = azureStack();
    return new PrincipalBootstrap(stack, 'Boot', { resourceGroupName: 'rg', location: 'westeurope', subnetId: '/subnets/bootstrap', administrator: { id: '/identities/pg', clientId: 'c', name: 'pg' }, hosts: ['h0'], engineVersion: '16', dependsOn: [] });
  };
  test('one role per name: the same principal twice is kept once, another principal under a taken name is refused', () => {
    const b = make();
    b.addPrincipal({ roleName: 'web', objectId: '1' });
    b.addPrincipal({ roleName: 'web', objectId: '1' });
    expect(b.roles).toEqual([{ roleName: 'web', objectId: '1' }]);
    expect(() => b.addPrincipal({ roleName: 'web', objectId: '2' })).toThrow(/database role name web is already the role of another principal/);
  });
});
