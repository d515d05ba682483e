/**
 * The workload file: one typed description of the application to migrate. Every stack reads it;
 * `schema/workload.schema.json` is its published JSON Schema (keep the two in step).
 */
import { Capacity } from './capacity';
import { NetworkProps } from './network';
import { ScheduleProps } from './schedule';
import { Rule } from './validation';

export enum Environment {
  DEV = 'dev',
  STAGING = 'staging',
  PROD = 'prod',
}

/** What a tier does, which decides how stacks host and expose it. */
export enum TierKind {
  /** The public front end: the load balancer's and edge cache's default route. */
  WEB = 'web',
  /** An HTTP API, routed by path pattern on the same load balancer. */
  API = 'api',
  /** Background work with no inbound traffic. */
  WORKER = 'worker',
}

/** A load-shifting window (seed §4.4): during it the tier's capacity bounds change. */
export interface ScalingWindow extends ScheduleProps {
  /** kebab-case name, unique within the tier. */
  readonly name: string;
  readonly min?: number;
  readonly max?: number;
  readonly desired?: number;
}

export interface WorkloadTier {
  readonly description?: string;
  readonly kind: TierKind;
  /** A size from the size-tier table (`small`, `medium`, …). */
  readonly size: string;
  readonly capacity: Capacity;
  /** @default 8080 */
  readonly port?: number;
  /** @default '/healthz' */
  readonly healthCheckPath?: string;
  /** Path patterns routed to an `api` tier (`/api/search/*`). */
  readonly pathPatterns?: string[];
  /** Target CPU percent for scaling. @default 60 */
  readonly cpuTargetPercent?: number;
  /** Target requests per instance per minute, behind a load balancer. @default - not used */
  readonly requestsPerInstanceTarget?: number;
  /**
   * Container image: the containers of replatform/refactor and, through Docker, the rehost VMs.
   * @default 'public.ecr.aws/docker/library/node:22-alpine' - the sample shop (SAMPLE_APP)
   */
  readonly containerImage?: string;
  readonly schedules?: ScalingWindow[];
}

export interface FeatureFlagSpec {
  readonly enabled: boolean;
  readonly description?: string;
  /** Operations may switch it off under load (graceful degradation, seed §4.1). */
  readonly degradable?: boolean;
}

export interface QueueSpec {
  readonly description?: string;
  /** FIFO ordering and exactly-once processing (AWS `.fifo`; Azure sessions). @default false */
  readonly fifo?: boolean;
  /** Receives before a message goes to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** @default 4 */
  readonly retentionDays?: number;
  /** @default - 6 × the consumer function's timeout, or 30 */
  readonly visibilityTimeoutSeconds?: number;
}

export interface TopicSpec {
  readonly description?: string;
  /** Queues fed by the topic (fan-out). */
  readonly subscriptions: string[];
}

export interface FunctionTrigger {
  /** A queue from `queues`: the function consumes it (backpressure, seed §4.3). */
  readonly queue?: string;
  /** Most concurrent invocations the queue may drive. @default 10 */
  readonly maxConcurrency?: number;
  /** A schedule: load shifting (seed §4.4). */
  readonly schedule?: ScheduleProps;
  /** An HTTP API in front of the function. */
  readonly http?: boolean;
}

export interface FunctionSpec {
  readonly description?: string;
  /** Folder with the handler code, relative to the workload file. */
  readonly source: string;
  /** @default 'index.handler' */
  readonly handler?: string;
  /** @default 512 */
  readonly memoryMiB?: number;
  /** @default 30 */
  readonly timeoutSeconds?: number;
  /** Concurrency cap, the function's throttle. @default 10 */
  readonly reservedConcurrency?: number;
  readonly trigger: FunctionTrigger;
}

export interface CacheSpec {
  readonly description?: string;
  readonly memoryGiB: number;
  /** @default 1 */
  readonly shards?: number;
  /** @default 1 */
  readonly replicasPerShard?: number;
  /** @default 'allkeys-lru' */
  readonly evictionPolicy?: string;
}

export enum ShardKeyStrategy {
  HASH = 'hash',
  LIST = 'list',
}

export interface ShardKeySpec {
  readonly strategy: ShardKeyStrategy;
  /** The column the router reads (`customer_region`). */
  readonly column: string;
  /** With `list`: each key value and the shard it lives on. */
  readonly lists?: Record<string, number>;
}

/** A database the stack does not move (seed §5.5): the apps get its endpoint. */
export interface RetainedSpec {
  /** Host name or connection endpoint where it stays. */
  readonly endpoint: string;
  /** Reference to the secret holding its credentials (a Secrets Manager ARN / Key Vault secret id). */
  readonly credentialsSecretRef: string;
}

export interface DatabaseSpec {
  readonly description?: string;
  /** @default 'postgres' */
  readonly engine?: string;
  readonly size: string;
  /** @default 64 */
  readonly storageGiB?: number;
  /** @default 1 */
  readonly shards?: number;
  readonly shardKey?: ShardKeySpec;
  /** @default 1 */
  readonly readReplicas?: number;
  /** @default 7 */
  readonly backupRetentionDays?: number;
  /** @default false */
  readonly geoRedundantBackup?: boolean;
  readonly retained?: RetainedSpec;
}

export interface ThrottlingSpec {
  /** Requests one client IP may make per window (seed §4.2: 100 per minute). */
  readonly requestsPerWindow: number;
  /** @default 60 */
  readonly windowSeconds?: number;
  /** API stage steady-state limit, requests per second. @default 100 */
  readonly apiRateLimitPerSecond?: number;
  /** @default 200 */
  readonly apiBurstLimit?: number;
}

export interface EdgeSpec {
  /** @default true */
  readonly enabled?: boolean;
  /** @default 300 */
  readonly defaultTtlSeconds?: number;
  /** Path of the degraded-mode page served when the origin is down. @default '/degraded.html' */
  readonly fallbackPath?: string;
}

/** Certificates for HTTPS; none means HTTP at the load balancer and the provider's edge certificate. */
export interface TlsSpec {
  /** ACM certificate for the ALB's HTTPS listener. @default - none: the ALB serves HTTP, with a warning */
  readonly awsCertificateArn?: string;
  /** ACM certificate in us-east-1 for CloudFront (enables the TLSv1.2_2021 viewer minimum). @default - CloudFront's default certificate */
  readonly awsEdgeCertificateArn?: string;
  /** Key Vault secret id of the Application Gateway certificate. @default - none: the gateway serves HTTP, with a warning */
  readonly azureCertificateSecretId?: string;
  /** Host names the edge serves, covered by the edge certificate. @default - the provider's host name only */
  readonly domainNames?: string[];
}

export interface BudgetSpec {
  readonly monthlyUsd: number;
  /** @default [80, 100] */
  readonly actualThresholdsPercent?: number[];
  /** @default [100] */
  readonly forecastThresholdsPercent?: number[];
}

export interface AlertsSpec {
  readonly emails: string[];
  readonly webhooks?: string[];
}

export interface AlarmOverride {
  readonly threshold?: number;
  readonly enabled?: boolean;
}

export interface LogSearchSpec {
  /** @default false */
  readonly enabled?: boolean;
  /** @default 3 */
  readonly instanceCount?: number;
  /** @default 100 */
  readonly storageGiB?: number;
  /** @default 30 */
  readonly retentionDays?: number;
  /** @default false */
  readonly dedicatedMasters?: boolean;
}

export interface MonitoringSpec {
  /** @default 30 */
  readonly logRetentionDays?: number;
  /** Keyed by `<construct id>/<signal name>` or `<signal name>` for all blueprints. */
  readonly alarms?: Record<string, AlarmOverride>;
  /** @default false */
  readonly prometheus?: boolean;
  readonly logSearch?: LogSearchSpec;
}

export interface SwitchoverSpec {
  /** Percent of traffic to the blue target group (rehost on AWS). @default 100 */
  readonly blueWeight?: number;
  /** @default 0 */
  readonly greenWeight?: number;
  /** Slot serving production traffic after a swap (replatform on Azure). @default 'production' */
  readonly activeSlot?: string;
}

export enum StateBackend {
  LOCAL = 'local',
  S3 = 's3',
  AZURERM = 'azurerm',
}

export interface StateSpec {
  /** @default 'local' */
  readonly backend?: StateBackend;
  readonly s3?: { readonly bucket: string; readonly region: string; readonly keyPrefix?: string; readonly kmsKeyId?: string };
  readonly azurerm?: { readonly resourceGroupName: string; readonly storageAccountName: string; readonly containerName: string; readonly keyPrefix?: string };
}

export interface Workload {
  /** lower-case letters, digits and single hyphens, 2–16 characters, ending with a letter or digit: the first part of every resource name (WORKLOAD_NAME_RULES). */
  readonly name: string;
  readonly environment: Environment;
  readonly owner: string;
  readonly costCenter: string;
  readonly aws: {
    readonly region: string;
    /**
     * Create the service-linked roles the stack needs (ECS, ElastiCache, Auto Scaling, OpenSearch,
     * OSIS, RDS, ELB). Turn off in an account that has them already: `aws_iam_service_linked_role`
     * fails when the role exists.
     * @default true
     */
    readonly serviceLinkedRolesEnabled?: boolean;
  };
  readonly azure: { readonly location: string };
  readonly network?: NetworkProps;
  readonly tiers: Record<string, WorkloadTier>;
  readonly features?: Record<string, FeatureFlagSpec>;
  readonly queues?: Record<string, QueueSpec>;
  readonly topics?: Record<string, TopicSpec>;
  readonly functions?: Record<string, FunctionSpec>;
  readonly cache?: CacheSpec;
  readonly databases?: Record<string, DatabaseSpec>;
  readonly throttling?: ThrottlingSpec;
  readonly edge?: EdgeSpec;
  readonly tls?: TlsSpec;
  readonly budget: BudgetSpec;
  readonly alerts: AlertsSpec;
  readonly monitoring?: MonitoringSpec;
  readonly switchover?: SwitchoverSpec;
  readonly state?: StateSpec;
}

/** A workload as loaded: plus where it came from, to resolve relative paths. */
export interface LoadedWorkload {
  readonly workload: Workload;
  /** Folder the workload file lives in; function `source` folders are relative to it. */
  readonly baseDir: string;
  /** Display name of the source (`examples/shop.json` or `built-in default`). */
  readonly source: string;
}

/** What the workload-name rules judge. */
export interface WorkloadNameInput {
  readonly name: string;
  readonly environment?: string;
}

/**
 * Rules on the workload `name`, the first part of every resource name (`<name>-<environment>-<strategy>-…`).
 * A name that passes gives valid names on both clouds; the provider validators behind each rule are
 * cited in its fix.
 */
export const WORKLOAD_NAME_RULES: ReadonlyArray<Rule<WorkloadNameInput>> = [
  {
    code: 'WorkloadNameTrailingHyphen',
    prop: 'name',
    value: (w) => w.name,
    failsWhen: (w) => typeof w.name === 'string' && w.name.endsWith('-'),
    allowed: 'a name ending with a letter or digit',
    fix: (w) => `Drop the trailing "-" ('${w.name.replace(/-+$/, '')}'): it would put "--" into every resource name ('${w.name}-${w.environment ?? 'prod'}-…'), which RDS, ElastiCache and Azure names reject.`,
  },
  {
    code: 'WorkloadNameDoubledHyphen',
    prop: 'name',
    value: (w) => w.name,
    failsWhen: (w) => typeof w.name === 'string' && w.name.includes('--'),
    allowed: 'a name without "--"',
    fix: (w) => `Use single hyphens ('${w.name.replace(/-{2,}/g, '-')}'): RDS identifiers (rds/validate.go validIdentifier) and ElastiCache ids reject two consecutive hyphens.`,
  },
  {
    code: 'WorkloadNameReservedPrefix',
    prop: 'name',
    value: (w) => w.name,
    // source: aws internal/service/elbv2/validate.go validName (a load balancer name cannot begin with "internal-")
    failsWhen: (w) => typeof w.name === 'string' && `${w.name}-`.startsWith('internal-'),
    allowed: 'a name whose resource names do not begin with "internal-"',
    fix: 'Pick another name: AWS load balancer names cannot begin with "internal-" (elbv2/validate.go validName), and every name starts with the workload name.',
  },
];
