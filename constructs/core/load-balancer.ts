import { MetricRef } from './blueprint';
import { IHttpEndpoint, IThrottling, ThrottlingScope } from './refs';
import { SAMPLE_APP } from './sample-app';
import { Rule, ValidationIssue, rules } from './validation';
import { Environment, Workload } from './workload';

/** What the front listener speaks. */
export enum LoadBalancerProtocol {
  /** Plain HTTP on port 80. Only without a certificate; say so out loud (a warning is emitted). */
  HTTP = 'http',
  /** HTTPS on 443 with a modern TLS policy, and HTTP on 80 redirected to it. Needs a certificate. */
  HTTPS = 'https',
}

/** What sits behind a load balancer target. */
export enum LoadBalancerTargetType {
  /** Virtual machines of a ScalingGroup (AWS target type `instance`; Azure VMSS NICs in the backend pool). */
  INSTANCE = 'instance',
  /** Managed hosting of a WebApp (AWS Fargate tasks by IP; Azure App Service by host name over HTTPS). */
  WEB_APP = 'webApp',
}

/** Neutral load balancer props: the same on both clouds. */
export interface LoadBalancerProps {
  /**
   * Listener protocol. HTTPS needs a certificate (AWS `certificateArn`, Azure `certificateSecretId`);
   * asking for HTTPS without one is an error.
   * @default - HTTPS when a certificate is given, HTTP otherwise (with a warning)
   */
  readonly protocol?: LoadBalancerProtocol;
  /**
   * A web application firewall carrying rate limits (the Throttling blueprint) to attach.
   * On Azure the load balancer otherwise gets a baseline WAF policy of its own.
   * @default - AWS: no web ACL; Azure: a baseline OWASP policy in Prevention mode
   */
  readonly throttling?: IThrottling;
  /**
   * Protect the load balancer from deletion (AWS deletion protection; Azure CanNotDelete lock).
   * Opt out only for throwaway environments.
   * @default true
   */
  readonly deletionProtectionEnabled?: boolean;
  /**
   * Take traffic from the internet. `false` makes the load balancer an origin that only an edge
   * cache reaches (AWS: an internal ALB in the private app subnets, opened to the CloudFront VPC
   * origin only; Azure: the gateway subnet opened to the `AzureFrontDoor.Backend` service tag only,
   * and a WAF rule that blocks requests without this Front Door's `X-Azure-FDID`). The stacks set
   * it to `false` whenever the edge is on: nothing behind the edge is reachable around it.
   * @default true
   */
  readonly publicAccessEnabled?: boolean;
}

export const LOAD_BALANCER_DEFAULTS = {
  deletionProtectionEnabled: true,
  publicAccessEnabled: true,
  /** AWS: TLS 1.3 with TLS 1.2 fallback. */
  awsSslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
  /** Azure: predefined policy with TLS 1.2 minimum and only strong (ECDHE/GCM) suites. */
  azureSslPolicy: 'AppGwSslPolicy20220101S',
  /** Azure App Gateway autoscale bounds (capacity units of instances). */
  azureMinCapacity: 2,
  azureMaxCapacity: 10,
  /** AWS idle timeout, seconds. */
  idleTimeoutSeconds: 60,
} as const;

/** One target behind the load balancer: a target group (AWS) or backend pool (Azure). */
export interface LoadBalancerTargetProps {
  /**
   * What serves it.
   * @default LoadBalancerTargetType.INSTANCE
   */
  readonly targetType?: LoadBalancerTargetType;
  /**
   * Port the instances or containers listen on, 1–65535. (Azure web apps are reached on 443.)
   * @default 8080
   */
  readonly port?: number;
  /**
   * Path patterns routed to this target (`/api/search/*`): each starts with '/', '*' only at the end.
   * A target without patterns is the default route; a load balancer has at most one.
   * @default - the default route
   */
  readonly pathPatterns?: string[];
  /** @default '/healthz' */
  readonly healthCheckPath?: string;
  /**
   * Seconds between health checks, 5–300.
   * @default 15
   */
  readonly healthCheckIntervalSeconds?: number;
  /**
   * Seconds a health check may take, 2–120 and less than the interval.
   * @default 5
   */
  readonly healthCheckTimeoutSeconds?: number;
  /**
   * Consecutive passes before a host is healthy, 2–10 (AWS only; Azure marks healthy on the first pass).
   * @default 3
   */
  readonly healthyThreshold?: number;
  /**
   * Consecutive failures before a host is unhealthy, 2–10.
   * @default 3
   */
  readonly unhealthyThreshold?: number;
  /**
   * HTTP status codes counted as healthy.
   * @default '200-399'
   */
  readonly healthCheckMatcher?: string;
  /**
   * Seconds a leaving host keeps serving in-flight requests, 0–3600 (AWS deregistration delay;
   * Azure connection draining, at least 1).
   * @default 30
   */
  readonly deregistrationDelaySeconds?: number;
  /**
   * Weight of the blue target group, 0–999 (AWS blue/green; Azure has no weighted routing and
   * ignores it with a warning when green gets traffic).
   * @default 100
   */
  readonly blueWeight?: number;
  /**
   * Weight of the green target group, 0–999. Above 0 creates the green group.
   * @default 0
   */
  readonly greenWeight?: number;
  /**
   * Create the green target group even at weight 0, ready for a switchover.
   * @default false
   */
  readonly blueGreenEnabled?: boolean;
}

export const LOAD_BALANCER_TARGET_DEFAULTS = {
  targetType: LoadBalancerTargetType.INSTANCE,
  port: SAMPLE_APP.port,
  healthCheckPath: SAMPLE_APP.healthCheckPath,
  healthCheckIntervalSeconds: 15,
  healthCheckTimeoutSeconds: 5,
  healthyThreshold: 3,
  unhealthyThreshold: 3,
  healthCheckMatcher: '200-399',
  deregistrationDelaySeconds: 30,
  blueWeight: 100,
  greenWeight: 0,
  blueGreenEnabled: false,
} as const;

/** A target as other blueprints see it: ScalingGroup and WebApp register with it. */
export interface ILoadBalancerTarget {
  /** The name given to `addTarget` (`web`). */
  readonly targetName: string;
  /** AWS: the (blue) target group ARN. Azure: the backend address pool id. */
  readonly targetId: string;
  readonly targetType: LoadBalancerTargetType;
  readonly port: number;
  readonly healthCheckPath: string;
  /**
   * The load balancer's requests-per-target metric for this target: what REQUESTS_PER_INSTANCE
   * scaling holds (AWS `RequestCountPerTarget`; Azure `AvgRequestCountPerHealthyHost`).
   */
  readonly requestCountMetric: MetricRef;
  /** The load balancer's unhealthy-host metric for this target: the hosting blueprint alarms on it. */
  readonly unhealthyHostMetric: MetricRef;
  /** AWS: the green target group ARN when blue/green is on. */
  readonly greenTargetId?: string;
}

/** A load balancer as stacks see it: an HTTP endpoint that serves several targets. */
export interface ILoadBalancer extends IHttpEndpoint {
  /** AWS: the ALB ARN. Azure: the Application Gateway id. */
  readonly loadBalancerId: string;
  /** What the serving listener speaks (HTTPS with a certificate, HTTP otherwise). */
  readonly protocol: LoadBalancerProtocol;
  /** The port of the serving listener: 443 for HTTPS, 80 for HTTP. */
  readonly listenerPort: number;
  /** Whether the internet reaches the load balancer directly (see {@link LoadBalancerProps.publicAccessEnabled}). */
  readonly publicAccessEnabled: boolean;
  /** Adds a target group / backend pool and its routing (default route, or path rules). */
  addTarget(name: string, props?: LoadBalancerTargetProps): ILoadBalancerTarget;
}

/**
 * The load balancer rules. The certificate prop differs by cloud, so the table is built with a
 * getter for it.
 */
export function loadBalancerRules<P extends LoadBalancerProps>(certificateProp: string, certificate: (p: P) => string | undefined): Rule<P>[] {
  return [
    rules.oneOf<P, string>('LoadBalancerProtocolInvalid', 'protocol', (p) => p.protocol, Object.values(LoadBalancerProtocol), 'Use "https" (with a certificate) or "http".'),
    {
      code: 'LoadBalancerHttpsWithoutCertificate',
      prop: certificateProp,
      value: certificate,
      failsWhen: (p) => p.protocol === LoadBalancerProtocol.HTTPS && !certificate(p),
      allowed: 'set when protocol is "https"',
      fix: `Give ${certificateProp}, or use protocol "http" until the certificate exists.`,
    },
    {
      code: 'LoadBalancerThrottlingScopeInvalid',
      prop: 'throttling.scope',
      value: (p) => p.throttling?.scope,
      failsWhen: (p) => p.throttling !== undefined && p.throttling.scope !== ThrottlingScope.REGIONAL,
      allowed: '"regional"',
      fix: 'Attach a regional web ACL / Application Gateway WAF policy; edge policies belong to the EdgeCache.',
    },
  ];
}

const PATH_PATTERN_RE = /^\/[A-Za-z0-9._~\-/]*\*?$/;

export const LOAD_BALANCER_TARGET_RULES: ReadonlyArray<Rule<LoadBalancerTargetProps>> = [
  rules.oneOf<LoadBalancerTargetProps, string>('LoadBalancerTargetTypeInvalid', 'targetType', (p) => p.targetType, Object.values(LoadBalancerTargetType), 'Use "instance" or "webApp".'),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerTargetPortOutOfRange', 'port', (p) => p.port, 1, 65535, 'Use the port the application listens on.'),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerHealthCheckIntervalOutOfRange', 'healthCheckIntervalSeconds', (p) => p.healthCheckIntervalSeconds, 5, 300, 'Check every 5 to 300 seconds (AWS target group bounds).'),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerHealthCheckTimeoutOutOfRange', 'healthCheckTimeoutSeconds', (p) => p.healthCheckTimeoutSeconds, 2, 120, 'Time out after 2 to 120 seconds.'),
  {
    code: 'LoadBalancerHealthCheckTimeoutNotBelowInterval',
    prop: 'healthCheckTimeoutSeconds',
    value: (p) => p.healthCheckTimeoutSeconds,
    failsWhen: (p) => (p.healthCheckTimeoutSeconds ?? LOAD_BALANCER_TARGET_DEFAULTS.healthCheckTimeoutSeconds) >= (p.healthCheckIntervalSeconds ?? LOAD_BALANCER_TARGET_DEFAULTS.healthCheckIntervalSeconds),
    allowed: (p) => `less than the interval (${p.healthCheckIntervalSeconds ?? LOAD_BALANCER_TARGET_DEFAULTS.healthCheckIntervalSeconds})`,
    fix: 'Lower the timeout or raise the interval.',
  },
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerHealthyThresholdOutOfRange', 'healthyThreshold', (p) => p.healthyThreshold, 2, 10, 'Use 2 to 10 consecutive passes.'),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerUnhealthyThresholdOutOfRange', 'unhealthyThreshold', (p) => p.unhealthyThreshold, 2, 10, 'Use 2 to 10 consecutive failures.'),
  rules.pattern<LoadBalancerTargetProps>('LoadBalancerHealthCheckPathInvalid', 'healthCheckPath', (p) => p.healthCheckPath, /^\/\S{0,1023}$/, 'a path starting with "/"', "Write it like '/healthz'."),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerDeregistrationDelayOutOfRange', 'deregistrationDelaySeconds', (p) => p.deregistrationDelaySeconds, 0, 3600, 'Drain for 0 to 3600 seconds.'),
  {
    code: 'LoadBalancerPathPatternInvalid',
    prop: 'pathPatterns',
    value: (p) => p.pathPatterns,
    failsWhen: (p) => p.pathPatterns !== undefined && (p.pathPatterns.length === 0 || p.pathPatterns.length > 5 || p.pathPatterns.some((x) => typeof x !== 'string' || x.length > 128 || !PATH_PATTERN_RE.test(x))),
    allowed: "1 to 5 paths, each starting with '/', at most 128 characters, with '*' only at the end",
    fix: "Write patterns like '/api/search/*', or leave pathPatterns out for the default route.",
  },
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerBlueWeightOutOfRange', 'blueWeight', (p) => p.blueWeight, 0, 999, 'Use a weight from 0 to 999.'),
  rules.intRange<LoadBalancerTargetProps>('LoadBalancerGreenWeightOutOfRange', 'greenWeight', (p) => p.greenWeight, 0, 999, 'Use a weight from 0 to 999.'),
  {
    code: 'LoadBalancerWeightsZero',
    prop: 'blueWeight',
    value: (p) => ({ blueWeight: p.blueWeight, greenWeight: p.greenWeight }),
    failsWhen: (p) => (p.blueWeight ?? LOAD_BALANCER_TARGET_DEFAULTS.blueWeight) + (p.greenWeight ?? LOAD_BALANCER_TARGET_DEFAULTS.greenWeight) <= 0,
    allowed: 'weights with a positive sum',
    fix: 'Give blue or green a weight above 0.',
  },
];

/** Checks one more target against those already added (only one default route). */
export function targetConflicts(name: string, props: LoadBalancerTargetProps, existing: ReadonlyArray<{ name: string; props: LoadBalancerTargetProps }>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!TARGET_NAME_RE.test(name)) {
    issues.push({ code: 'LoadBalancerTargetNameInvalid', path: '', prop: 'name', value: name, allowed: 'kebab-case, 1 to 20 characters, starting with a letter', fix: "Name it like the tier ('web', 'search')." });
  }
  if (existing.some((t) => t.name === name)) {
    issues.push({ code: 'LoadBalancerTargetDuplicate', path: '', prop: 'name', value: name, allowed: 'unique within the load balancer', fix: 'Give each target its own name.' });
  }
  if (props.pathPatterns === undefined && existing.some((t) => t.props.pathPatterns === undefined)) {
    issues.push({ code: 'LoadBalancerSecondDefaultTarget', path: '', prop: 'pathPatterns', value: undefined, allowed: 'set: the load balancer already has a default target', fix: 'Route this target by pathPatterns.' });
  }
  return issues;
}

/** The port of the serving listener for a protocol. */
export function listenerPortOf(protocol: LoadBalancerProtocol): number {
  return protocol === LoadBalancerProtocol.HTTPS ? 443 : 80;
}

/** The protocol in force: explicit, or HTTPS exactly when a certificate is given. */
export function effectiveProtocol(protocol: LoadBalancerProtocol | undefined, certificate: string | undefined): LoadBalancerProtocol {
  return protocol ?? (certificate ? LoadBalancerProtocol.HTTPS : LoadBalancerProtocol.HTTP);
}

/** Stable kebab-case target names, which become parts of resource names. */
export const TARGET_NAME_RE = /^[a-z][a-z0-9-]{0,19}$/;

/**
 * The certificate each cloud's load balancer needs when it is the public entry point (the edge
 * is off): the workload `tls` field and what it holds.
 */
export const ENTRY_POINT_CERTIFICATES = [
  { prop: 'tls.awsCertificateArn', cloud: 'AWS', what: 'an ACM certificate for the ALB', get: (w: Workload) => w.tls?.awsCertificateArn },
  { prop: 'tls.azureCertificateSecretId', cloud: 'Azure', what: 'a Key Vault secret id of the Application Gateway certificate', get: (w: Workload) => w.tls?.azureCertificateSecretId },
] as const;

/**
 * No plaintext public entry point in prod: TLS either ends at the edge (on by default; the load
 * balancer is then its private origin) or comes from the workload's `tls` certificates on the
 * public load balancer. In dev and staging HTTP is allowed: the load balancer warns at synth.
 */
export function entryPointWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  if (w.environment !== Environment.PROD || w.edge?.enabled !== false) return [];
  return ENTRY_POINT_CERTIFICATES.filter((c) => !c.get(w)).map((c) => ({
    code: 'WorkloadPlaintextEntryPoint',
    path: source,
    prop: c.prop,
    value: c.get(w),
    allowed: `set in prod when edge.enabled is false (the ${c.cloud} load balancer is then the public entry point and would serve checkout over plain HTTP)`,
    fix: `Give ${c.prop} (${c.what}), or turn the edge back on (edge.enabled: true): TLS then ends at the edge and the load balancer becomes its private origin.`,
  }));
}
