import * as path from 'path';

const HANDLER = path.join(__dirname, '../../handlers/database-bootstrap/index.js');

/** A fake Data API: PostgreSQL roles in memory, every statement recorded. */
class FakeDatabase {
  public readonly roles = new Set<string>(['postgres']);
  public readonly sql: string[] = [];
  public readonly inputs: Array<Record<string, unknown>> = [];
  public execute = async (sql: string, parameters: Array<{ name: string; value: { stringValue: string } }>) => {
    this.sql.push(sql);
    if (sql.startsWith('SELECT 1 FROM pg_catalog.pg_roles')) return { records: this.roles.has(parameters[0].value.stringValue) ? [[{ longValue: 1 }]] : [] };
    const created = /^CREATE ROLE "((?:[^"]|"")+)" LOGIN$/.exec(sql);
    if (created) {
      const name = created[1].replace(/""/g, '"');
      if (this.roles.has(name)) throw Object.assign(new Error(`role "${name}" already exists`), { name: 'DatabaseErrorException' });
      this.roles.add(name);
    }
    return { records: [] };
  };
}

const event = { resourceArn: 'arn:aws:rds:eu-west-1:1:cluster:shop-orders-0', secretArn: 'arn:aws:secretsmanager:eu-west-1:1:secret:rds!cluster-1', database: 'orders', roles: ['app'] };

describe('database bootstrap handler', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const h = require(HANDLER);
  beforeAll(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  test('creates a missing role, then grants rds_iam, CONNECT and the public schema privileges, in that order', async () => {
    const db = new FakeDatabase();
    expect(await h.bootstrap(db.execute, event)).toEqual([{ role: 'app', created: true }]);
    expect(db.sql).toEqual([
      'SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :name',
      'CREATE ROLE "app" LOGIN',
      'GRANT rds_iam TO "app"',
      'GRANT CONNECT, TEMPORARY ON DATABASE "orders" TO "app"',
      'GRANT USAGE, CREATE ON SCHEMA public TO "app"',
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "app"',
      'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "app"',
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "app"',
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "app"',
    ]);
  });

  test('is idempotent: a second run creates nothing and repeats only the grants', async () => {
    const db = new FakeDatabase();
    await h.bootstrap(db.execute, event);
    db.sql.length = 0;
    expect(await h.bootstrap(db.execute, event)).toEqual([{ role: 'app', created: false }]);
    expect(db.sql.filter((s) => s.startsWith('CREATE'))).toEqual([]);
    expect(db.sql.filter((s) => s.startsWith('GRANT rds_iam'))).toEqual(['GRANT rds_iam TO "app"']);
  });

  test('passes the role name as a parameter to the lookup and double-quotes it in statements (a reserved word stays an identifier)', async () => {
    const db = new FakeDatabase();
    const spy = jest.fn(db.execute);
    await h.bootstrap(spy, { ...event, roles: ['user', 'app', 'user'] });
    expect(spy.mock.calls.filter(([sql]) => sql.startsWith('SELECT')).map(([, p]) => p)).toEqual([
      [{ name: 'name', value: { stringValue: 'app' } }],
      [{ name: 'name', value: { stringValue: 'user' } }],
    ]);
    expect(db.sql).toContain('CREATE ROLE "user" LOGIN');
    expect(db.sql).toContain('GRANT rds_iam TO "user"');
    expect(h.quoteIdent('we"ird')).toBe('"we""ird"');
    expect(h.grantStatements('app', 'my"db')).toContain('GRANT CONNECT, TEMPORARY ON DATABASE "my""db" TO "app"');
  });

  test('refuses role names that are not plain identifiers, and events without the cluster, secret or database', async () => {
    const db = new FakeDatabase();
    await expect(h.bootstrap(db.execute, { ...event, roles: ['app"; DROP TABLE x; --'] })).rejects.toThrow(/role "app\\"; DROP TABLE x; --" must match/);
    await expect(h.bootstrap(db.execute, { roles: ['app'] })).rejects.toThrow('resourceArn must be a non-empty string; secretArn must be a non-empty string; database must be a non-empty string');
    await expect(h.bootstrap(db.execute, { ...event, roles: [] })).rejects.toThrow('roles must be a non-empty list');
    expect(db.sql).toEqual([]);
  });

  test('retries a statement while the writer or the Data API is not ready, and gives up on other errors at once', async () => {
    const sleep = jest.fn(async () => undefined);
    let calls = 0;
    const flaky = h.withRetries(async () => {
      if (++calls < 3) throw Object.assign(new Error('not yet'), { name: 'DatabaseUnavailableException' });
      return { records: [] };
    }, { attempts: 5, delayMs: 10, sleep });
    await expect(flaky('SELECT 1', [])).resolves.toEqual({ records: [] });
    expect(sleep.mock.calls).toEqual([[10], [20]]);
    const broken = h.withRetries(async () => { throw Object.assign(new Error('syntax'), { name: 'DatabaseErrorException' }); }, { attempts: 5, delayMs: 10, sleep });
    await expect(broken('SELEC', [])).rejects.toThrow('syntax');
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  test('the handler sends each statement to the shard with the master secret through ExecuteStatement', async () => {
    const sent: Array<Record<string, unknown>> = [];
    jest.isolateModules(() => {
      jest.doMock('@aws-sdk/client-rds-data', () => ({
        RDSDataClient: class { public async send(cmd: { input: Record<string, unknown> }) { sent.push(cmd.input); return { records: [] }; } },
        ExecuteStatementCommand: class { constructor(public readonly input: Record<string, unknown>) {} },
      }), { virtual: true });
    });
    let handler: (e: unknown) => Promise<unknown> = async () => undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      handler = require(HANDLER).handler;
    });
    expect(await handler(event)).toEqual({ roles: [{ role: 'app', created: true }] });
    expect(sent.length).toBe(9);
    for (const input of sent) expect(input).toMatchObject({ resourceArn: event.resourceArn, secretArn: event.secretArn, database: 'orders' });
    expect(sent[1].sql).toBe('CREATE ROLE "app" LOGIN');
  });
});
