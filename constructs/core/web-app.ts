import { Capacity, ScalingMetric, ScalingTarget, capacityRules } from './capacity';
import { ILoadBalancerTarget } from './load-balancer';
import { IHttpEndpoint } from './refs';
import { scalingPolicyRules } from './scaling-group';
import { SizeTier } from './size';
import { SAMPLE_APP, isSampleImage, sampleAppSourceBase64 } from './sample-app';
import { Rule, rules } from './validation';
import { ScalingWindow } from './workload';
import { IWorkloadConsumer } from './wiring';

/**
 * Neutral managed-hosting props (replatform, seed §5.2): a container that the cloud runs, patches
 * and scales. AWS: ECS on Fargate behind the ALB. Azure: App Service (Linux) behind the App Gateway.
 */
export interface WebAppProps {
  /**
   * Size tier: Fargate task CPU/memory on AWS, App Service plan SKU on Azure (SIZE_TIERS).
   * @default SizeTier.SMALL
   */
  readonly size?: string;
  /**
   * Tasks / plan instances. With zone redundancy min must be at least 2.
   * @default { min: 2, max: 6 }
   */
  readonly capacity?: Capacity;
  /**
   * Target-tracking policies: CPU, and REQUESTS_PER_INSTANCE with a `target`.
   * @default - CPU at 60 percent
   */
  readonly scalingTargets?: ScalingTarget[];
  /**
   * Load-shifting windows (cron + IANA time zone); unset min/max fall back to `capacity`.
   * @default - none
   */
  readonly schedules?: ScalingWindow[];
  /**
   * The load balancer target to serve (add it with `targetType: WEB_APP`).
   * @default - not behind a load balancer
   */
  readonly target?: ILoadBalancerTarget;
  /**
   * Container image. The default runs the sample shop (`apps/sample-shop`): the hosting adds its
   * command and its code (`SAMPLE_APP_SOURCE`), `PORT` and `HEALTH_CHECK_PATH`.
   * @default 'public.ecr.aws/docker/library/node:22-alpine' (SAMPLE_APP.containerImage)
   */
  readonly containerImage?: string;
  /**
   * Command the container runs, as arguments (ECS `command`; App Service `app_command_line`, the
   * arguments joined by spaces, so no argument may contain whitespace).
   * @default - the sample's command with the sample image, else the image's own
   */
  readonly command?: string[];
  /**
   * Port the container listens on, 1–65535.
   * @default - the target's port, or 8080
   */
  readonly port?: number;
  /**
   * Health check path.
   * @default - the target's health check path, or '/healthz'
   */
  readonly healthCheckPath?: string;
  /**
   * Environment variables of the container (no secrets: use managed identities and secret references).
   * @default - none
   */
  readonly environment?: Record<string, string>;
  /**
   * Spread across zones (AWS: tasks across the app subnets; Azure: plan zone balancing, Premium v3).
   * Opting out saves nothing on AWS and allows a single instance on Azure.
   * @default true
   */
  readonly zoneRedundancyEnabled?: boolean;
  /**
   * A staging deployment slot for swap-based switchover (Azure). AWS has no slots: use blue/green
   * weights on the load balancer target instead (a warning says so).
   * @default false
   */
  readonly stagingSlotEnabled?: boolean;
}

export const WEB_APP_DEFAULTS = {
  size: SizeTier.SMALL,
  capacity: { min: 2, max: 6 } as Capacity,
  containerImage: SAMPLE_APP.containerImage,
  port: SAMPLE_APP.port,
  healthCheckPath: SAMPLE_APP.healthCheckPath,
  zoneRedundancyEnabled: true,
  stagingSlotEnabled: false,
  cooldownSeconds: 300,
  logRetentionDays: 30,
} as const;

export const WEB_APP_RULES: ReadonlyArray<Rule<WebAppProps>> = [
  ...capacityRules<WebAppProps>('WebApp', (p) => p.capacity),
  ...scalingPolicyRules<WebAppProps>('WebApp'),
  {
    code: 'WebAppQueueTargetNotSupported',
    prop: 'scalingTargets[].metric',
    value: (p) => p.scalingTargets?.find((t) => t.metric === ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE)?.metric,
    failsWhen: (p) => (p.scalingTargets ?? []).some((t) => t.metric === ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE),
    allowed: '"cpu" or "requestsPerInstance"',
    fix: 'Scale queue consumers with a ScalingGroup or a ServerlessFunction.',
  },
  {
    code: 'WebAppZoneRedundantMinTooLow',
    prop: 'capacity.min',
    value: (p) => p.capacity?.min,
    failsWhen: (p) => (p.zoneRedundancyEnabled ?? WEB_APP_DEFAULTS.zoneRedundancyEnabled) && (p.capacity?.min ?? WEB_APP_DEFAULTS.capacity.min) < 2,
    allowed: 'at least 2 with zone redundancy',
    fix: 'Run at least 2 instances, or set zoneRedundancyEnabled to false (no zone fault tolerance).',
  },
  {
    code: 'WebAppSizeNotZoneRedundant',
    prop: 'size',
    value: (p) => p.size,
    failsWhen: (p) => (p.zoneRedundancyEnabled ?? WEB_APP_DEFAULTS.zoneRedundancyEnabled) && p.size === SizeTier.XSMALL,
    allowed: 'small or larger with zone redundancy',
    fix: 'xsmall is a dev size (Azure Basic B1: no zones, no autoscale, no slots): pick small, or set zoneRedundancyEnabled to false.',
  },
  rules.intRange<WebAppProps>('WebAppPortOutOfRange', 'port', (p) => p.port, 1, 65535, 'Use the port the container listens on.'),
  rules.pattern<WebAppProps>('WebAppHealthCheckPathInvalid', 'healthCheckPath', (p) => p.healthCheckPath, /^\/\S{0,1023}$/, 'a path starting with "/"', "Write it like '/healthz'."),
  rules.pattern<WebAppProps>('WebAppContainerImageInvalid', 'containerImage', (p) => p.containerImage, /^[a-z0-9][a-z0-9._\-/:@]*$/i, 'a container image reference (registry/repository:tag)', "Write it like 'public.ecr.aws/docker/library/node:22-alpine'."),
  {
    code: 'WebAppCommandArgumentInvalid',
    prop: 'command',
    value: (p) => p.command?.find((a) => a.length === 0 || /\s/.test(a)),
    failsWhen: (p) => (p.command ?? []).some((a) => a.length === 0 || /\s/.test(a)),
    allowed: 'non-empty arguments without whitespace',
    fix: 'Split the argument at its spaces (App Service joins the arguments with spaces into one command line).',
  },
  {
    code: 'WebAppEnvironmentNameInvalid',
    prop: 'environment',
    value: (p) => Object.keys(p.environment ?? {}).find((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)),
    failsWhen: (p) => Object.keys(p.environment ?? {}).some((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)),
    allowed: 'names of letters, digits and _, not starting with a digit',
    fix: 'Rename the variable (App Service rejects other characters).',
  },
];

/** What a hosting runs: the image, its command and its environment (the sample's added when it runs the sample). */
export interface ContainerLaunch {
  readonly image: string;
  readonly command?: string[];
  readonly environment: Record<string, string>;
}

/**
 * The container a web app runs. With the sample image and no command of its own, the sample's
 * command, its code and the `PORT` / `HEALTH_CHECK_PATH` it reads are added (settings the caller
 * passed win).
 */
export function containerLaunch(props: WebAppProps, port: number, healthCheckPath: string): ContainerLaunch {
  const image = props.containerImage ?? WEB_APP_DEFAULTS.containerImage;
  const environment: Record<string, string> = { ...(props.environment ?? {}) };
  if (!isSampleImage(image) || props.command !== undefined) return { image, command: props.command, environment };
  return {
    image,
    command: [...SAMPLE_APP.command],
    environment: { PORT: String(port), HEALTH_CHECK_PATH: healthCheckPath, ...environment, [SAMPLE_APP.sourceSetting]: sampleAppSourceBase64() },
  };
}

/** A web app as stacks see it. */
export interface IWebApp extends IHttpEndpoint, IWorkloadConsumer {
  /** AWS: the ECS service name. Azure: the web app name. */
  readonly webAppName: string;
}

