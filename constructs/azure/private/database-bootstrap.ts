import { Construct } from 'constructs';
import { ContainerGroup, ContainerGroupContainer } from '@cdktf/provider-azurerm/lib/container-group';
import { ITerraformDependable } from 'cdktf';
import { resourceName } from '../../core/naming';

/**
 * The facts behind the principal bootstrap of an Azure sharded database: a run-once container
 * group in the VNet, with the database's administrator identity, that creates a regular (non
 * administrator) Microsoft Entra role for each consumer on every shard.
 *
 * - Managed identity in a container group deployed to a virtual network: supported except in Azure
 *   Government regions ("Managed Identity with virtual networking capabilities isn't supported in
 *   Azure Government Regions"; the older "You can't use a managed identity in a container group
 *   deployed to a virtual network" is gone from the page). source: MicrosoftDocs/azure-compute-docs
 *   articles/container-instances/container-instances-virtual-network-concepts.md (ms.date
 *   11/17/2025), read 2026-12-02 at 39809eef. The azurerm 4.x page of `azurerm_container_group`
 *   still carries the older note under `identity_ids`; the provider does not enforce it (`subnet_ids`
 *   conflicts with `dns_name_label` only; its acceptance test UserAssignedIdentityWithVirtualNetwork
 *   deploys both), hashicorp/terraform-provider-azurerm container_group_resource.go at 61eeae54 and
 *   container_group_resource_test.go at 5d47ead2.
 * - A VNet container group "must use a NAT gateway for outbound connectivity"; it does not inherit
 *   the VNet's DNS settings, which "must be explicitly set" (same page). `nameservers` is the Azure
 *   DNS virtual server, 168.63.129.16 ("communication with the DNS virtual server ... to the
 *   resources that do not have a custom DNS server"). source: MicrosoftDocs/azure-docs
 *   articles/virtual-network/what-is-ip-address-168-63-129-16.md, read 2026-12-02 at 0fa7eaf8.
 * - The token: `GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01
 *   &resource=...&client_id=<user-assigned client id>` with `Metadata: true`, inside the running
 *   container, shown with curl and jq in the `mcr.microsoft.com/azure-cli` image. source:
 *   MicrosoftDocs/azure-compute-docs articles/container-instances/container-instances-managed-identity.md
 *   (ms.date 11/17/2025), read 2026-12-02 at 3d960405. The resource for Azure Database for
 *   PostgreSQL is `https://ossrdbms-aad.database.windows.net`; the token is the password.
 *   source: MicrosoftDocs/azure-databases-docs articles/postgresql/security/security-connect-with-managed-identity.md,
 *   read 2026-12-02 at 8386dcb5.
 * - The SQL: `pg_catalog.pgaadauth_create_principal_with_oid(roleName, objectId, objectType,
 *   isAdmin, isMfa)`, objectType `service` for managed identities, `isAdmin = false` a regular
 *   user (true: `azure_pg_admin` with CREATEROLE and CREATEDB); run by an Entra administrator on
 *   the `postgres` database ("pgaadauth_create_principal must be run on the Postgres database").
 *   sources: articles/postgresql/security/security-manage-entra-users.md at 112cdf30, and
 *   security-connect-with-managed-identity.md at 8386dcb5 (MicrosoftDocs/azure-databases-docs).
 * - `psql` ships in the Docker official `postgres` image (`docker run ... postgres psql -h ...`).
 *   source: docker-library/docs postgres/content.md, read 2026-12-02 at d23afbb1.
 * - Two containers share an `emptyDir` volume ("a writable directory accessible to each container
 *   in a container group"): the azure-cli container fetches the token, the postgres container runs
 *   psql. source: MicrosoftDocs/azure-docs articles/container-instances/container-instances-volume-emptydir.md
 *   at 2bb9f96b. A container's command overrides the image's entrypoint ("similar to the
 *   `--entrypoint` command-line argument to `docker run`"); restart policy `Never` suits a run-once
 *   task. source: articles/container-instances/container-instances-start-command.md at 52c9dd45.
 */
export const AZURE_DATABASE_BOOTSTRAP_FACTS = {
  tokenResource: 'https://ossrdbms-aad.database.windows.net',
  tokenEndpoint: 'http://169.254.169.254/metadata/identity/oauth2/token',
  tokenApiVersion: '2018-02-01',
  azureDnsServer: '168.63.129.16',
  tokenImage: 'mcr.microsoft.com/azure-cli',
  /** The Docker official image; the tag is the database's major version. */
  psqlImage: (majorVersion: string) => `docker.io/library/postgres:${majorVersion}`,
  /** Where the token container leaves the token for the psql container (an emptyDir volume). */
  tokenDir: '/run/bootstrap',
  /**
   * A group with a (private) IP address must list at least one port: with none, Container Instances
   * answers `MissingIpAddressPorts` ("The ports in the 'ipAddress' of container group ... cannot be
   * empty"), and azurerm sends the group's ports only from the containers' `ports` blocks.
   * source: hashicorp/terraform-provider-azurerm issue #11102 (maintainer's reply with the API
   * error, 2024-02-28) and issue #28759 (open on azurerm 4.18: private IP without exposed ports);
   * container_group_resource.go resourceContainerGroupCreate builds `IPAddress{Ports: containerGroupPorts}`.
   * Nothing listens on it, the subnet's NSG admits no internet traffic, and no rule admits it from
   * elsewhere in the VNet beyond Azure's default.
   */
  placeholderPort: 5433,
} as const;

/** A consumer to create a regular Entra role for: the role name it logs in as, and its principal (object) id. */
export interface DatabasePrincipal {
  readonly roleName: string;
  readonly objectId: string;
}

/** A SQL string literal. */
export function sqlLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A POSIX shell single-quoted word. */
export function shellWord(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The idempotent SQL that creates a regular Entra role for `p` unless a role of that name exists:
 * `isAdmin` and `isMfa` false.
 */
export function principalSql(p: DatabasePrincipal): string {
  const name = sqlLiteral(p.roleName);
  return `SELECT pg_catalog.pgaadauth_create_principal_with_oid(${name}, ${sqlLiteral(p.objectId)}, 'service', false, false) WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ${name});`;
}

const HEREDOC = 'BOOTSTRAP_SQL';

/**
 * The psql container's script: waits for the token the other container writes, then, for each
 * shard's primary, one psql session on the `postgres` database over TLS (`PGSSLMODE=require`),
 * stopping on the first error, with one statement per principal (sorted by role name). The SQL
 * is in a quoted here-document, so the shell expands nothing in it. Contains no `${` or `%{`:
 * Terraform would read them as template sequences (only the hosts and ids, Terraform references,
 * do).
 */
export function principalBootstrapScript(hosts: string[], administratorName: string, principals: DatabasePrincipal[]): string {
  const sorted = [...principals].sort((a, b) => (a.roleName < b.roleName ? -1 : a.roleName > b.roleName ? 1 : 0));
  const sql = sorted.map(principalSql);
  if (sql.some((line) => line === HEREDOC)) throw new Error('a principal statement equals the here-document delimiter');
  const token = `${AZURE_DATABASE_BOOTSTRAP_FACTS.tokenDir}/token`;
  const lines = [
    'set -eu',
    'i=0',
    `while [ ! -s ${token} ]; do i=$((i+1)); if [ "$i" -gt 60 ]; then echo 'no token after 10 minutes' >&2; exit 1; fi; sleep 10; done`,
    `PGPASSWORD=$(cat ${token}); export PGPASSWORD`,
    `PGUSER=${shellWord(administratorName)}; export PGUSER`,
    'PGDATABASE=postgres; PGPORT=5432; PGSSLMODE=require; export PGDATABASE PGPORT PGSSLMODE',
  ];
  hosts.forEach((host, i) => {
    lines.push(`echo 'shard ${i}'`, `psql -h ${shellWord(host)} -v ON_ERROR_STOP=1 -X -q <<'${HEREDOC}'`, ...sql, HEREDOC);
  });
  lines.push('echo done');
  return lines.join('\n');
}

/** The token container's script: fetches the administrator identity's token for PostgreSQL (retrying while the endpoint comes up) into the shared volume. */
export function tokenScript(): string {
  const f = AZURE_DATABASE_BOOTSTRAP_FACTS;
  const url = `${f.tokenEndpoint}?api-version=${f.tokenApiVersion}&resource=${encodeURIComponent(f.tokenResource)}&client_id=$CLIENT_ID`;
  return [
    'set -u',
    'for i in $(seq 1 30); do',
    `  t=$(curl -sf -H Metadata:true "${url}" | jq -r .access_token) && [ -n "$t" ] && [ "$t" != null ] && printf '%s' "$t" > ${f.tokenDir}/t && mv ${f.tokenDir}/t ${f.tokenDir}/token && echo 'token written' && exit 0`,
    '  sleep 10',
    'done',
    "echo 'no token' >&2",
    'exit 1',
  ].join('\n');
}

export interface PrincipalBootstrapProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The subnet delegated to Microsoft.ContainerInstance/containerGroups. */
  readonly subnetId: string;
  /** The user-assigned identity that is an Entra administrator of every shard. */
  readonly administrator: { id: string; clientId: string; name: string };
  /** The shards' primary servers' FQDNs. */
  readonly hosts: string[];
  readonly engineVersion: string;
  /** The shards' administrators and databases: the bootstrap runs once they exist. */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * One run-once container group (restart policy `Never`, private IP in the BOOTSTRAP subnet, the
 * administrator identity) that creates the consumers' regular Entra roles on every shard. Its
 * containers' commands carry the principal list, so a new consumer or shard replaces the group
 * (every container argument forces a new resource), which runs it again; the SQL is idempotent.
 */
export class PrincipalBootstrap extends Construct {
  public readonly resource: ContainerGroup;
  private readonly principals: DatabasePrincipal[] = [];
  private readonly props: PrincipalBootstrapProps;

  constructor(scope: Construct, id: string, props: PrincipalBootstrapProps) {
    super(scope, id);
    this.props = props;
    this.resource = new ContainerGroup(this, 'Resource', {
      name: resourceName(this, 'azureGeneric'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      osType: 'Linux',
      restartPolicy: 'Never',
      ipAddressType: 'Private',
      subnetIds: [props.subnetId],
      identity: { type: 'UserAssigned', identityIds: [props.administrator.id] },
      dnsConfig: { nameservers: [AZURE_DATABASE_BOOTSTRAP_FACTS.azureDnsServer] },
      container: this.containers(),
      dependsOn: props.dependsOn,
    });
  }

  /**
   * Adds a consumer's role (once per role name) and rewrites the psql container's command. Throws
   * when the role name is already taken by another principal: the SQL would skip the second one.
   */
  public addPrincipal(p: DatabasePrincipal): void {
    const same = this.principals.find((x) => x.roleName === p.roleName);
    if (same && same.objectId !== p.objectId) throw new Error(`database role name ${p.roleName} is already the role of another principal: give each consumer its own identity name`);
    if (same) return;
    this.principals.push(p);
    this.resource.putContainer(this.containers());
  }

  /** The principals the bootstrap creates, sorted by role name. */
  public get roles(): DatabasePrincipal[] {
    return [...this.principals].sort((a, b) => (a.roleName < b.roleName ? -1 : 1));
  }

  private containers(): ContainerGroupContainer[] {
    const f = AZURE_DATABASE_BOOTSTRAP_FACTS;
    const volume = [{ name: 'token', mountPath: f.tokenDir, emptyDir: true }];
    return [
      {
        name: 'token',
        image: f.tokenImage,
        cpu: 0.5,
        memory: 1,
        environmentVariables: { CLIENT_ID: this.props.administrator.clientId },
        commands: ['/bin/bash', '-c', tokenScript()],
        volume,
      },
      {
        name: 'psql',
        image: f.psqlImage(this.props.engineVersion),
        cpu: 0.5,
        memory: 0.5,
        commands: ['/bin/sh', '-c', principalBootstrapScript(this.props.hosts, this.props.administrator.name, this.principals)],
        // The one port the group's private IP must list (placeholderPort above); nothing listens on it.
        ports: [{ port: f.placeholderPort, protocol: 'TCP' }],
        volume,
      },
    ];
  }
}
