/**
 * The wiring model: every edge between two parts of a stack (app → database, edge → origin, …),
 * recorded as data in the construct tree, so that a check can prove each one works after deploy.
 *
 * A blueprint or stack part that connects two things records the edge with {@link Wiring.of}:
 * what connects to what, on which port, and the Terraform references of the pieces that make it
 * work (the consumer's role or identity, the security group or NSG that admits it, the grant, the
 * listener, …). The edges are written twice on every synth, with their tokens resolved to Terraform
 * expressions (`${aws_security_group.Cache_SecurityGroup_1234.id}`):
 *
 * - into the stack's own `cdk.tf.json`, under `"//": { "wiring": [...] }` (Terraform ignores `//`
 *   keys), which is what the wiring rules of the policy pack judge, together with the resources;
 * - into `stacks/<id>/wiring.json` beside it (by `npm run synth` / `cdktf synth`, from the JSON),
 *   for people, the README and the review diagrams.
 *
 * (`Testing.synth` strips `//` blocks: tests read the edges from `stack.toTerraform()` or a full synth.)
 *
 * A recorded edge is a claim. The wiring rules (src/policy) never trust it: they look up each
 * piece in the synthesized resources and prove the edge from their arguments, so an edge whose
 * permission, network rule, port or bypass guard is missing is a finding.
 */
import { IConstruct } from 'constructs';
import { DefaultTokenResolver, Lazy, StringConcat, TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';

/** What kind of connection an edge is. The value is stable: it appears in wiring.json and in rule details. */
export enum EdgeKind {
  /** An app (web app, VM scale group, function) reads and writes a database. */
  APP_DATABASE = 'app->database',
  /** An app uses the cache. */
  APP_CACHE = 'app->cache',
  /** An app sends to a queue. */
  APP_QUEUE = 'app->queue',
  /** An app publishes to a topic. */
  APP_TOPIC = 'app->topic',
  /** A function consumes a queue (its trigger). */
  FUNCTION_QUEUE = 'function->queue',
  /** A scheduler (EventBridge Scheduler, timer trigger) invokes a function. */
  SCHEDULER_FUNCTION = 'scheduler->function',
  /** An app reads the feature flags. */
  APP_FEATURE_FLAGS = 'app->feature-flags',
  /** The edge cache forwards to its origin. */
  EDGE_ORIGIN = 'edge->origin',
  /** A load balancer forwards to a target (target group, backend pool) and checks its health. */
  LOAD_BALANCER_TARGET = 'load-balancer->target',
  /** A log source ships its logs to log search. */
  LOG_SOURCE_LOG_SEARCH = 'log-source->log-search',
  /** An alarm or alert notifies the alert channel. */
  ALARM_ALERT_CHANNEL = 'alarm->alert-channel',
  /** A feature-flag deployment is watched by alarms that roll it back. */
  FLAG_DEPLOYMENT_ROLLBACK = 'flag-deployment->rollback-alarms',
}

/**
 * One edge. `pieces` maps a role name to a Terraform reference (a token at construct time, an
 * expression such as `${aws_iam_role.WebTier_TaskRole_1234.arn}` once synthesized); the roles an
 * edge kind carries on each cloud are documented with the wiring rules that read them.
 */
export interface WiringEdge {
  readonly kind: EdgeKind;
  /** Construct path of the consumer / caller (`refactor-aws/WebTier`). */
  readonly from: string;
  /** Construct path of the dependency / callee (`refactor-aws/Cache`). */
  readonly to: string;
  /** The port the consumer reaches the dependency on, when the edge crosses the network. @default - none */
  readonly port?: number;
  /** The protocol on the wire (`tls`, `https`, `http`, `postgres+tls`, `amqps`). @default - none */
  readonly protocol?: string;
  /**
   * The least permission the edge needs, as the cloud names it: IAM actions on AWS
   * (`elasticache:Connect`), role definition names on Azure (`Azure Service Bus Data Sender`).
   * @default - none (the edge needs no identity)
   */
  readonly permissions?: string[];
  /** Terraform references of the pieces that make the edge work, by role. */
  readonly pieces?: Record<string, string>;
  /** Settings (environment variable names) the consumer receives to find the dependency. @default - none */
  readonly settings?: string[];
  /** One line for people: how the edge works. @default - none */
  readonly note?: string;
  /**
   * Request-path edges (edge -> origin, load balancer -> target): the path the caller checks health
   * on, which the callee must answer. @default - none
   */
  readonly healthCheckPath?: string;
}

/** Where the edges live in a stack's `cdk.tf.json`. */
export const WIRING_KEY = 'wiring';
/** The file written beside each stack's `cdk.tf.json`. */
export const WIRING_FILE = 'wiring.json';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byStack = new WeakMap<TerraformStack, Wiring>();

/**
 * The edges of one stack. Get it with `Wiring.of(scope)`; record with `add`. Edges come out in a
 * stable order (kind, from, to), whatever order they were added in.
 */
export class Wiring {
  /** The wiring of the stack that holds `scope` (created on first use). */
  public static of(scope: IConstruct): Wiring {
    const stack = TerraformStack.of(scope);
    let w = byStack.get(stack);
    if (!w) {
      w = new Wiring(stack);
      byStack.set(stack, w);
    }
    return w;
  }

  private readonly _edges: WiringEdge[] = [];

  private constructor(private readonly stack: TerraformStack) {
    stack.addOverride(`//.${WIRING_KEY}`, Lazy.anyValue({ produce: () => this.edges }));
  }

  /** Records an edge. Recording the same kind, from and to twice replaces the first record. */
  public add(edge: WiringEdge): void {
    const i = this._edges.findIndex((e) => e.kind === edge.kind && e.from === edge.from && e.to === edge.to);
    if (i >= 0) this._edges.splice(i, 1);
    this._edges.push(edge);
  }

  /** The edges recorded so far, in a stable order (kind, from, to). */
  public get edges(): WiringEdge[] {
    return [...this._edges].sort((a, b) => cmp(a.kind, b.kind) || cmp(a.from, b.from) || cmp(a.to, b.to));
  }

  /** The stack these edges belong to. */
  public get stackId(): string {
    return this.stack.node.id;
  }
}

/** The edges in a synthesized stack document (`cdk.tf.json`), or none. */
export function wiringOf(doc: Record<string, unknown>): WiringEdge[] {
  const meta = doc['//'];
  const raw = meta && typeof meta === 'object' ? (meta as Record<string, unknown>)[WIRING_KEY] : undefined;
  return Array.isArray(raw) ? (raw as WiringEdge[]) : [];
}

/**
 * The Terraform address a reference points at: `${aws_iam_role.Web_Role_1234.arn}` →
 * `aws_iam_role.Web_Role_1234`; `${data.aws_caller_identity.me.account_id}` →
 * `data.aws_caller_identity.me`. Undefined for a literal or a reference it cannot read.
 */
export function addressOfRef(ref: string | undefined): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const m = /^\$\{((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)(?:[.[][^}]*)?\}$/.exec(ref.trim());
  return m ? m[1] : undefined;
}

/**
 * The identity and network position a workload runs with, as a dependency needs them to grant it
 * access: on AWS its IAM role and security group, on Azure its managed identity and subnet. Each
 * cloud fills only its own fields.
 */
export interface WorkloadIdentity {
  /** `aws` or `azure`. */
  readonly cloud: string;
  /** AWS: the IAM role's name (what `aws_iam_role_policy.role` takes). @default - not on Azure */
  readonly roleName?: string;
  /** AWS: the IAM role's ARN. @default - not on Azure */
  readonly roleArn?: string;
  /** AWS: the security group the workload's ENIs carry. @default - none (not in a VPC, or Azure) */
  readonly securityGroupId?: string;
  /** Azure: the managed identity's principal (object) id. @default - not on AWS */
  readonly principalId?: string;
  /** Azure: the managed identity's client id, for `AZURE_CLIENT_ID` with a user-assigned identity. @default - system-assigned */
  readonly clientId?: string;
  /** Azure: a display name for the identity (the Postgres Entra principal name). @default - not on AWS */
  readonly principalName?: string;
  /** Azure: the subnet the workload's outbound traffic leaves from (VNet integration or NIC subnet). @default - not on AWS */
  readonly subnetId?: string;
  /** Azure: that subnet's address prefix, for the NSG rule on the dependency's side. @default - not on AWS */
  readonly subnetPrefix?: string;
}

/**
 * A workload that consumes other blueprints (aws-cdk's `IGrantable`, for both clouds): web apps,
 * scaling groups and functions implement it. Data refs take it in their `grant…` / `connect`
 * methods and give it exactly the permission, network rule and database principal the edge needs.
 */
export interface IWorkloadConsumer extends IConstruct {
  readonly workloadIdentity: WorkloadIdentity;
}

/** True for a construct that can be granted access ({@link IWorkloadConsumer}). */
export function isWorkloadConsumer(x: unknown): x is IWorkloadConsumer {
  return typeof x === 'object' && x !== null && typeof (x as IWorkloadConsumer).workloadIdentity === 'object';
}

/** A construct's id as a construct-id fragment (`notification-sender` → `NotificationSender`). */
export function consumerIdFragment(c: IConstruct): string {
  return c.node.id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((s) => s[0].toUpperCase() + s.slice(1)).join('');
}

/** The error a cloud's data ref throws when handed a consumer of the other cloud. */
export function wrongCloudError(what: string, expected: string, consumer: IWorkloadConsumer): Error {
  return new Error(`consumer must be ${expected === "AWS" ? "an" : "a"} ${expected} workload, got ${consumer.workloadIdentity.cloud} at '${consumer.node.path}'. ${what} can only grant ${expected} workloads: build both with the same kit.`);
}

/**
 * The construct path of the resource a reference points at (`${azurerm_linux_web_app.Web_1234.id}`
 * → `refactor-azure/WebTier/Resource`), searched in the stack that holds `scope`; undefined for a
 * literal or a resource outside the stack. Call it at synth (in an aspect), once ids are final.
 */
export function constructPathOfRef(scope: IConstruct, ref: string): string | undefined {
  const stack = TerraformStack.of(scope);
  const resolved = Token.isUnresolved(ref) ? Tokenization.resolve(ref, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) : ref;
  const address = addressOfRef(typeof resolved === 'string' ? resolved : undefined);
  if (!address) return undefined;
  const hit = stack.node.findAll().find((c) => TerraformResource.isTerraformResource(c) && `${c.terraformResourceType}.${c.friendlyUniqueId}` === address);
  return hit?.node.path;
}
