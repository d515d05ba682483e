/**
 * BP-ALL-WIRE-3, the database principal of an app->database edge: on AWS the IAM-auth user and the
 * bootstrap that creates it through the Data API; on Azure the regular Entra role the principal
 * bootstrap creates, and no administrator for the app (src/policy/rules-wiring.ts registers it).
 */
import { EdgeKind, WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { SynthStack } from '../review/model';
import { blocks } from './helpers';
import { azureNetwork } from './wiring-network';
import { Finding, byAddress, edgeName, isAws, pieceAddresses, references, rolePolicies } from './wiring-read';


/** The Data API statement and master-secret read a role bootstrap needs on a cluster (docs/wiring.md). */
export const AWS_BOOTSTRAP_ACTIONS: readonly string[] = ['rds-data:ExecuteStatement', 'secretsmanager:GetSecretValue'];

/** The JSON object of an `aws_lambda_invocation` input, or undefined. */
function invocationInput(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const v = JSON.parse(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the PostgreSQL role `user` is created on cluster `c` at apply (AWS IAM auth): the cluster
 * runs the Data API, an `aws_lambda_invocation` names the cluster and the user in its input, and
 * the function it invokes runs with a role allowed `rds-data:ExecuteStatement` on the cluster and
 * `secretsmanager:GetSecretValue` on its master secret. A problem, or undefined.
 */
function awsRoleBootstrap(stack: SynthStack, c: string, user: string | undefined): string | undefined {
  const cluster = byAddress(stack, c);
  if (!cluster) return undefined;
  if (cluster.config.enable_http_endpoint !== true) return `${c} has the Data API off: no bootstrap can create user ${user ?? '(none)'}`;
  const invocations = stack.resources.filter((r) => {
    if (r.type !== 'aws_lambda_invocation') return false;
    const input = invocationInput(r.config.input);
    return input !== undefined && references(input.resourceArn, c) && Array.isArray(input.roles) && user !== undefined && input.roles.includes(user);
  });
  if (invocations.length === 0) return `no bootstrap creates user ${user ?? '(none)'} on ${c} (an aws_lambda_invocation whose input names the cluster and the user)`;
  const problems: string[] = [];
  for (const inv of invocations) {
    const fn = byAddress(stack, addressOfRef(String(inv.config.function_name ?? '')));
    const role = addressOfRef(typeof fn?.config.role === 'string' ? fn.config.role : undefined);
    if (!fn || !byAddress(stack, role)) {
      problems.push(`the function of ${inv.address} or its role is not in the stack`);
      continue;
    }
    const statements = rolePolicies(stack, role!).flatMap((p) => p.statements);
    const missing = AWS_BOOTSTRAP_ACTIONS.filter((a) => !statements.some((s) => s.actions.includes(a) && s.resources.some((x) => references(x, c))));
    if (missing.length === 0) return undefined;
    problems.push(`${role} (the role of ${inv.address}) lacks ${missing.join(', ')} on ${c}`);
  }
  return problems.join('; ');
}

/**
 * Azure: the consumer logs in as a regular Entra role that the database's principal bootstrap
 * creates on every shard, and is no Entra administrator (an administrator is an azure_pg_admin
 * member with CREATEROLE and CREATEDB: more than the edge needs). The bootstrap is a container group
 * (`pieces.bootstrap`) whose user-assigned identity is an Entra administrator of the shard, whose
 * psql session for the shard's host calls pgaadauth_create_principal_with_oid with the consumer's
 * principal id and isAdmin false, and whose subnet (`pieces.bootstrapSubnet`) the shard's NSG
 * admits on the edge's port (constructs/azure/private/database-bootstrap.ts).
 */
function azurePrincipalProblems(stack: SynthStack, e: WiringEdge): string[] {
  const problems: string[] = [];
  const identity = e.pieces?.identity;
  const servers = pieceAddresses(e, ['server*']);
  if (servers.length === 0) problems.push('the edge names no server');
  const administrators = stack.resources.filter((r) => r.type === 'azurerm_postgresql_flexible_server_active_directory_administrator');
  const group = byAddress(stack, addressOfRef(e.pieces?.bootstrap));
  const bootstrap = group?.type === 'azurerm_container_group' ? group : undefined;
  const runAs = bootstrap ? blocks(bootstrap.config.identity).flatMap((i) => [i.identity_ids ?? []].flat().map((x) => addressOfRef(String(x)))).filter((x): x is string => x !== undefined) : [];
  // One psql session per host: the script's lines from one `psql -h` to the next.
  const sessions = bootstrap ? blocks(bootstrap.config.container).flatMap((c) => [c.commands ?? []].flat().map(String)).join('\n').split(/^psql -h /m).slice(1) : [];
  for (const s of servers) {
    const server = byAddress(stack, s);
    const entra = blocks(server?.config.authentication).some((a) => a.active_directory_auth_enabled === true);
    if (!entra) problems.push(`${s} has Entra ID authentication off`);
    if (administrators.some((r) => r.config.object_id === identity && references(r.config.server_name, s))) {
      problems.push(`${identity} is an Entra administrator of ${s} (azure_pg_admin member with CREATEROLE and CREATEDB): more than the edge needs`);
    }
    if (!bootstrap) {
      problems.push(`no principal bootstrap creates a role for ${identity} on ${s}`);
      continue;
    }
    if (!runAs.some((u) => administrators.some((r) => references(r.config.object_id, u) && references(r.config.server_name, s)))) {
      problems.push(`the bootstrap ${bootstrap.address} does not run as an Entra administrator of ${s}`);
    }
    const created = sessions.some((x) => references(x.split('\n')[0], s) && x.split('\n').some((line) => line.includes('pgaadauth_create_principal_with_oid(') && line.includes(`'${String(identity)}', 'service', false, false)`)));
    if (!created) problems.push(`the bootstrap ${bootstrap.address} creates no regular role for ${identity} on ${s}`);
  }
  if (bootstrap) {
    const path = azureNetwork(stack, { ...e, pieces: { ...e.pieces, consumerSubnet: e.pieces?.bootstrapSubnet ?? '' } });
    if (path) problems.push(`the bootstrap cannot reach the shards: ${path}`);
  }
  return problems;
}

export function principalFindings(stack: SynthStack): Finding[] {
  const out: Finding[] = [];
  for (const e of stack.wiring) {
    if (e.kind !== EdgeKind.APP_DATABASE) continue;
    const problems: string[] = [];
    if (isAws(stack)) {
      const user = e.pieces?.dbUser;
      const role = addressOfRef(e.pieces?.role);
      const statements = role ? rolePolicies(stack, role).flatMap((p) => p.statements) : [];
      for (const c of pieceAddresses(e, ['cluster*'])) {
        const cluster = byAddress(stack, c);
        if (!cluster || cluster.config.iam_database_authentication_enabled !== true) problems.push(`${c} has IAM database authentication off`);
        const mapped = statements.some((s) => s.actions.includes('rds-db:connect') && s.resources.some((x) => references(x, c) && x.includes('cluster_resource_id') && (user === undefined || x.includes(`/${user}`))));
        if (!mapped) problems.push(`no rds-db:connect dbuser ARN of ${c} for user ${user ?? '(none)'}`);
        const created = awsRoleBootstrap(stack, c, user);
        if (created) problems.push(created);
      }
    } else {
      problems.push(...azurePrincipalProblems(stack, e));
    }
    if (problems.length > 0) out.push({ address: addressOfRef(e.pieces?.resource) ?? 'stack', path: e.from, detail: `${edgeName(e)}: ${problems.join('; ')}` });
  }
  return out;
}

