'use strict';
// Creates the PostgreSQL roles that apps log in as with IAM database authentication, on one Aurora
// shard, through the RDS Data API as the master user (constructs/aws/sharded-database.ts invokes it
// once per shard at apply, with aws_lambda_invocation; docs/wiring.md lists the grants).
//
// Event: { resourceArn, secretArn, database, roles: ["app", ...] }
//
// Idempotent: a role that exists is not created again, and every GRANT may be repeated. It never
// drops or revokes anything: a role removed from the list stays until someone drops it.
//
// @aws-sdk/client-rds-data ships with the Lambda Node.js 18+ runtimes, which include the AWS SDK for
// JavaScript v3 (AWS Developer Tools Blog, "Why and how you should use AWS SDK for JavaScript (v3)
// on Node.js 18": "included by default in AWS Lambda Node.js 18 runtime"), so the package holds no
// dependency. The bootstrap runs on nodejs22.x, the library default.

/** PostgreSQL role names the bootstrap accepts: an unquoted identifier, at most 63 bytes. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * ExecuteStatement errors worth another try: the writer or the Data API not ready yet after create,
 * the function's new IAM policy not in effect yet, a transient server fault. Names from the errors
 * of ExecuteStatement in the RDS Data API model (AWS SDK for JavaScript v3, client-rds-data:
 * AccessDeniedException, DatabaseResumingException, DatabaseUnavailableException ("The writer
 * instance in the DB cluster isn't available"), HttpEndpointNotEnabledException,
 * InternalServerErrorException, ServiceUnavailableError, StatementTimeoutException, …).
 */
const RETRYABLE = new Set([
  'AccessDeniedException',
  'DatabaseResumingException',
  'DatabaseUnavailableException',
  'HttpEndpointNotEnabledException',
  'InternalServerErrorException',
  'ServiceUnavailableError',
  'StatementTimeoutException',
]);

/** A PostgreSQL identifier, always double-quoted, with embedded quotes doubled. */
function quoteIdent(name) {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000')) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** The statements that give `role` what an app needs, in order, after the role exists. */
function grantStatements(role, database) {
  const r = quoteIdent(role);
  return [
    `GRANT rds_iam TO ${r}`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${r}`,
    `GRANT USAGE, CREATE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
  ];
}

function validate(event) {
  const e = event || {};
  const problems = [];
  for (const k of ['resourceArn', 'secretArn', 'database']) if (typeof e[k] !== 'string' || e[k].length === 0) problems.push(`${k} must be a non-empty string`);
  if (!Array.isArray(e.roles) || e.roles.length === 0) problems.push('roles must be a non-empty list');
  else for (const r of e.roles) if (typeof r !== 'string' || !ROLE_NAME.test(r)) problems.push(`role ${JSON.stringify(r)} must match ${ROLE_NAME}`);
  if (problems.length > 0) throw new Error(`database bootstrap: ${problems.join('; ')}`);
  return e;
}

/**
 * Runs the bootstrap with `execute(sql, parameters)`, which calls ExecuteStatement and returns its
 * response. Returns what it did, per role.
 */
async function bootstrap(execute, event) {
  const e = validate(event);
  const done = [];
  for (const role of [...new Set(e.roles)].sort()) {
    const found = await execute('SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :name', [{ name: 'name', value: { stringValue: role } }]);
    const exists = Array.isArray(found && found.records) && found.records.length > 0;
    if (!exists) await execute(`CREATE ROLE ${quoteIdent(role)} LOGIN`, []);
    for (const sql of grantStatements(role, e.database)) await execute(sql, []);
    done.push({ role, created: !exists });
  }
  return done;
}

/** `execute` with retries on the errors of RETRYABLE, `attempts` tries in all, waiting `delayMs` × try. */
function withRetries(execute, { attempts = 8, delayMs = 5000, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = {}) {
  return async (sql, parameters) => {
    for (let i = 1; ; i++) {
      try {
        return await execute(sql, parameters);
      } catch (err) {
        if (i >= attempts || !RETRYABLE.has(err && err.name)) throw err;
        console.log(JSON.stringify({ level: 'warn', msg: 'retrying statement', error: err.name, attempt: i }));
        await sleep(delayMs * i);
      }
    }
  };
}

exports.quoteIdent = quoteIdent;
exports.grantStatements = grantStatements;
exports.bootstrap = bootstrap;
exports.withRetries = withRetries;
exports.RETRYABLE = RETRYABLE;

exports.handler = async (event) => {
  const e = validate(event);
  // eslint-disable-next-line import/no-unresolved -- provided by the Lambda runtime
  const { RDSDataClient, ExecuteStatementCommand } = require('@aws-sdk/client-rds-data');
  const client = new RDSDataClient({});
  const execute = withRetries((sql, parameters) =>
    client.send(new ExecuteStatementCommand({ resourceArn: e.resourceArn, secretArn: e.secretArn, database: e.database, sql, parameters })),
  );
  const done = await bootstrap(execute, e);
  for (const d of done) console.log(JSON.stringify({ level: 'info', msg: 'database role ready', service: 'database-bootstrap', database: e.database, ...d }));
  return { roles: done };
};
