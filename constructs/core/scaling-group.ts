import { Comparison, GoldenSignal, MetricRef, Severity, Statistic } from './blueprint';
import { Capacity, ScalingMetric, ScalingTarget, capacityRules, scalingTargetRules } from './capacity';
import { ILoadBalancerTarget } from './load-balancer';
import { SAMPLE_APP } from './sample-app';
import { Schedule } from './schedule';
import { SIZE_TIER_NAMES, SizeTier } from './size';
import { Rule, ValidationIssue, rules } from './validation';
import { ScalingWindow } from './workload';
import { IWorkloadConsumer } from './wiring';

/**
 * Step scaling on any metric: add instances when the metric crosses `scaleOutThreshold`, remove
 * them when it falls under `scaleInThreshold`. The blueprint creates what drives it (CloudWatch
 * alarms on AWS, autoscale rules on Azure): nothing is left to the user.
 */
export interface StepScalingPolicy {
  /** kebab-case, unique within the group (`memory-high`). */
  readonly name: string;
  /**
   * The metric. On Azure `resourceId` names the emitting resource.
   * @default - (Azure) resourceId: the scale set itself
   */
  readonly metric: MetricRef;
  /** @default Statistic.AVERAGE */
  readonly statistic?: Statistic;
  /**
   * Seconds per evaluation period: a whole number of minutes, 60–3600.
   * @default 60
   */
  readonly periodSeconds?: number;
  /**
   * Periods the metric must be in breach, 1–60; periods × period must be at least 5 minutes (Azure time window).
   * @default 5
   */
  readonly evaluationPeriods?: number;
  /** Scale out when the metric is above this. */
  readonly scaleOutThreshold: number;
  /**
   * Instances added per step, 1–100.
   * @default 1
   */
  readonly scaleOutBy?: number;
  /**
   * Scale in when the metric is below this; must be below scaleOutThreshold.
   * @default - never scales in on this metric
   */
  readonly scaleInThreshold?: number;
  /**
   * Instances removed per step, 1–100.
   * @default 1
   */
  readonly scaleInBy?: number;
}

/** Neutral scaling group props: the same on both clouds. */
export interface ScalingGroupProps {
  /**
   * Size tier (vertical scaling): see the SIZE_TIERS table. Changing it rolls the instances through
   * the instance refresh (AWS) or rolling upgrade (Azure).
   * @default SizeTier.SMALL
   */
  readonly size?: string;
  /** @default { min: 2, max: 6 } */
  readonly capacity?: Capacity;
  /**
   * Target-tracking policies. CPU everywhere; REQUESTS_PER_INSTANCE needs `target`;
   * QUEUE_BACKLOG_PER_INSTANCE needs `queue` on the target (backpressure).
   * @default - CPU at 60 percent
   */
  readonly scalingTargets?: ScalingTarget[];
  /**
   * Step scaling policies on any metric, with their alarms / rules.
   * @default - none
   */
  readonly stepScaling?: StepScalingPolicy[];
  /**
   * Load-shifting windows: from each cron time on, min/max (and desired) change. min and max not
   * given fall back to `capacity`. On Azure these are autoscale profiles with a weekly recurrence.
   * @default - none
   */
  readonly schedules?: ScalingWindow[];
  /**
   * The load balancer target to register with (`lb.addTarget(...)`). Health checks then come from
   * the load balancer (AWS health check type ELB).
   * @default - not behind a load balancer
   */
  readonly target?: ILoadBalancerTarget;
  /**
   * Port the application listens on, 1–65535.
   * @default - the target's port, or 8080
   */
  readonly port?: number;
  /**
   * Path the instance health check calls (Azure application health extension).
   * @default - the target's health check path, or '/healthz'
   */
  readonly healthCheckPath?: string;
  /**
   * Seconds after launch before health checks count, 600–5400 (Azure automatic repair allows 10–90 minutes).
   * @default 600
   */
  readonly healthCheckGraceSeconds?: number;
  /**
   * Seconds between scaling actions, 60–3600.
   * @default 300
   */
  readonly cooldownSeconds?: number;
  /**
   * Seconds a new instance needs before its metrics count, 0–3600.
   * @default 300
   */
  readonly warmupSeconds?: number;
  /**
   * Keep autoscaling from removing instances (AWS scale-in protection; Azure: no scale-in rules).
   * Capacity then only falls through schedules or by hand; costs the idle instances.
   * @default false
   */
  readonly scaleInProtectionEnabled?: boolean;
  /**
   * Root / OS disk size, 8–4096 GiB. Always encrypted.
   * @default 30
   */
  readonly rootVolumeGiB?: number;
  /**
   * Percent of instances kept in service while rolling out a change, 0–95.
   * @default 90
   */
  readonly minHealthyPercent?: number;
  /**
   * Cloud-init user data, plain text (encoded for you).
   * @default - none
   */
  readonly userData?: string;
}

export const SCALING_GROUP_DEFAULTS = {
  size: SizeTier.SMALL,
  capacity: { min: 2, max: 6 } as Capacity,
  cpuTargetPercent: 60,
  port: SAMPLE_APP.port,
  healthCheckPath: SAMPLE_APP.healthCheckPath,
  healthCheckGraceSeconds: 600,
  cooldownSeconds: 300,
  warmupSeconds: 300,
  scaleInProtectionEnabled: false,
  rootVolumeGiB: 30,
  minHealthyPercent: 90,
  stepPeriodSeconds: 60,
  stepEvaluationPeriods: 5,
  stepBy: 1,
} as const;

/** The targets in force: the given ones, or CPU at the default percent. */
export function scalingTargetsOf(targets: ScalingTarget[] | undefined): ScalingTarget[] {
  return targets ?? [{ metric: ScalingMetric.CPU, targetValue: SCALING_GROUP_DEFAULTS.cpuTargetPercent }];
}

/** Azure accepts at most 10 rules per autoscale profile; each policy takes two (out and in). */
export const MAX_SCALING_RULES = 10;

function firstStep(p: ScalingGroupProps, bad: (s: StepScalingPolicy) => boolean): StepScalingPolicy | undefined {
  return (p.stepScaling ?? []).find(bad);
}

function stepRule(code: string, prop: string, bad: (s: StepScalingPolicy) => boolean, pick: (s: StepScalingPolicy) => unknown, allowed: string, fix: string): Rule<ScalingGroupProps> {
  return {
    code,
    prop: `stepScaling[].${prop}`,
    value: (p) => {
      const s = firstStep(p, bad);
      return s === undefined ? undefined : pick(s);
    },
    failsWhen: (p) => firstStep(p, bad) !== undefined,
    allowed,
    fix,
  };
}

const isInt = (v: number | undefined, lo: number, hi: number) => v === undefined || (Number.isInteger(v) && v >= lo && v <= hi);

/** Rules for the scaling policies, shared by ScalingGroup and WebApp (`code` is the prefix). */
export function scalingPolicyRules<P extends { scalingTargets?: ScalingTarget[]; target?: ILoadBalancerTarget; size?: string }>(code: string): Rule<P>[] {
  return [
    rules.oneOf<P, string>(`${code}SizeUnknown`, 'size', (p) => p.size, SIZE_TIER_NAMES, 'Pick a size from the size-tier table.'),
    ...scalingTargetRules<P>(code, (p) => p.scalingTargets),
    {
      code: `${code}RequestTargetWithoutLoadBalancer`,
      prop: 'target',
      value: (p) => p.target?.targetName,
      failsWhen: (p) => p.target === undefined && (p.scalingTargets ?? []).some((t) => t.metric === ScalingMetric.REQUESTS_PER_INSTANCE),
      allowed: 'set when scaling on requests per instance',
      fix: 'Register with a load balancer target, or scale on CPU.',
    },
  ];
}

export const SCALING_GROUP_RULES: ReadonlyArray<Rule<ScalingGroupProps>> = [
  ...capacityRules<ScalingGroupProps>('ScalingGroup', (p) => p.capacity),
  ...scalingPolicyRules<ScalingGroupProps>('ScalingGroup'),
  {
    code: 'ScalingGroupQueueTargetWithoutQueue',
    prop: 'scalingTargets[queueBacklogPerInstance].queue',
    value: (p) => p.scalingTargets?.find((t) => t.metric === ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE)?.queue?.queueName,
    failsWhen: (p) => (p.scalingTargets ?? []).some((t) => t.metric === ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE && t.queue === undefined),
    allowed: 'set when scaling on queue backlog',
    fix: 'Pass the queue (an IQueueRef) the group consumes.',
  },
  rules.intRange<ScalingGroupProps>('ScalingGroupPortOutOfRange', 'port', (p) => p.port, 1, 65535, 'Use the port the application listens on.'),
  rules.pattern<ScalingGroupProps>('ScalingGroupHealthCheckPathInvalid', 'healthCheckPath', (p) => p.healthCheckPath, /^\/\S{0,1023}$/, 'a path starting with "/"', "Write it like '/healthz'."),
  {
    code: 'ScalingGroupTargetPortMismatch',
    prop: 'port',
    value: (p) => p.port,
    failsWhen: (p) => p.target !== undefined && p.port !== undefined && typeof p.target.port === 'number' && p.port !== p.target.port,
    allowed: "the load balancer target's port",
    fix: 'Leave port unset (it follows the target), or give the target the same port: the health extension and the load balancer check must ask the same port.',
  },
  {
    code: 'ScalingGroupTargetHealthPathMismatch',
    prop: 'healthCheckPath',
    value: (p) => p.healthCheckPath,
    failsWhen: (p) => p.target !== undefined && p.healthCheckPath !== undefined && typeof p.target.healthCheckPath === 'string' && p.healthCheckPath !== p.target.healthCheckPath,
    allowed: "the load balancer target's health check path",
    fix: 'Leave healthCheckPath unset (it follows the target), or give the target the same path.',
  },
  rules.intRange<ScalingGroupProps>('ScalingGroupHealthCheckGraceOutOfRange', 'healthCheckGraceSeconds', (p) => p.healthCheckGraceSeconds, 600, 5400, 'Use 600 to 5400 seconds (Azure automatic repair takes 10 to 90 minutes).'),
  rules.intRange<ScalingGroupProps>('ScalingGroupCooldownOutOfRange', 'cooldownSeconds', (p) => p.cooldownSeconds, 60, 3600, 'Use 60 to 3600 seconds.'),
  rules.intRange<ScalingGroupProps>('ScalingGroupWarmupOutOfRange', 'warmupSeconds', (p) => p.warmupSeconds, 0, 3600, 'Use 0 to 3600 seconds.'),
  rules.intRange<ScalingGroupProps>('ScalingGroupRootVolumeOutOfRange', 'rootVolumeGiB', (p) => p.rootVolumeGiB, 8, 4096, 'Use 8 to 4096 GiB.'),
  rules.intRange<ScalingGroupProps>('ScalingGroupMinHealthyPercentOutOfRange', 'minHealthyPercent', (p) => p.minHealthyPercent, 0, 95, 'Keep 0 to 95 percent in service (Azure rolls at least 5 percent per batch).'),
  stepRule('ScalingGroupStepNameInvalid', 'name', (s) => typeof s.name !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(s.name), (s) => s.name, 'kebab-case, 1 to 40 characters', "Name it like 'memory-high'."),
  stepRule('ScalingGroupStepPeriodOutOfRange', 'periodSeconds', (s) => !isInt(s.periodSeconds, 60, 3600) || (s.periodSeconds ?? 60) % 60 !== 0, (s) => s.periodSeconds, 'a whole number of minutes from 60 to 3600 seconds', 'Use 60, 120, 300, ...'),
  stepRule('ScalingGroupStepEvaluationPeriodsOutOfRange', 'evaluationPeriods', (s) => !isInt(s.evaluationPeriods, 1, 60), (s) => s.evaluationPeriods, 'a whole number between 1 and 60', 'Use 1 to 60 periods.'),
  stepRule(
    'ScalingGroupStepWindowTooShort',
    'evaluationPeriods',
    (s) => (s.periodSeconds ?? SCALING_GROUP_DEFAULTS.stepPeriodSeconds) * (s.evaluationPeriods ?? SCALING_GROUP_DEFAULTS.stepEvaluationPeriods) < 300,
    (s) => s.evaluationPeriods,
    'such that periodSeconds × evaluationPeriods is at least 300',
    'Azure autoscale looks at windows of 5 minutes or more: raise the periods.',
  ),
  stepRule('ScalingGroupStepAdjustmentOutOfRange', 'scaleOutBy', (s) => !isInt(s.scaleOutBy, 1, 100) || !isInt(s.scaleInBy, 1, 100), (s) => ({ scaleOutBy: s.scaleOutBy, scaleInBy: s.scaleInBy }), 'whole numbers from 1 to 100', 'Add or remove 1 to 100 instances per step.'),
  stepRule(
    'ScalingGroupStepThresholdsInverted',
    'scaleInThreshold',
    (s) => s.scaleInThreshold !== undefined && !(s.scaleInThreshold < s.scaleOutThreshold),
    (s) => s.scaleInThreshold,
    'below scaleOutThreshold',
    'Leave a gap between the two thresholds so the group does not flap.',
  ),
  stepRule('ScalingGroupStepStatisticUnsupported', 'statistic', (s) => s.statistic === Statistic.P95, (s) => s.statistic, 'Average, Maximum, Minimum or Sum', 'Azure autoscale rules take no percentiles: use Average or Maximum.'),
  {
    code: 'ScalingGroupStepNameDuplicate',
    prop: 'stepScaling[].name',
    value: (p) => (p.stepScaling ?? []).map((s) => s.name),
    failsWhen: (p) => new Set((p.stepScaling ?? []).map((s) => s.name)).size !== (p.stepScaling ?? []).length,
    allowed: 'unique',
    fix: 'Give each step policy its own name.',
  },
  {
    code: 'ScalingGroupTooManyPolicies',
    prop: 'scalingTargets',
    value: (p) => scalingTargetsOf(p.scalingTargets).length + (p.stepScaling ?? []).length,
    failsWhen: (p) => 2 * (scalingTargetsOf(p.scalingTargets).length + (p.stepScaling ?? []).length) > MAX_SCALING_RULES,
    allowed: `at most ${MAX_SCALING_RULES / 2} policies (targets plus steps) in all`,
    fix: 'Azure autoscale profiles take at most 10 rules: drop a policy.',
  },
];

/**
 * Validates load-shifting windows: cron and time zone (weekly, so that Azure can follow), unique
 * names, something to change, and min ≤ max inside the window.
 */
export function scheduleIssues(codePrefix: string, windows: ReadonlyArray<ScalingWindow> | undefined, capacity: Capacity): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  (windows ?? []).forEach((w, i) => {
    const at = `schedules[${i}]`;
    issues.push(...Schedule.validate(w, at, `${codePrefix}Schedule`, true));
    if (typeof w.name !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(w.name) || seen.has(w.name)) {
      issues.push({ code: `${codePrefix}ScheduleNameInvalid`, path: '', prop: `${at}.name`, value: w.name, allowed: 'kebab-case, unique within the group', fix: "Name windows like 'business-hours'." });
    }
    seen.add(w.name);
    const lo = w.min ?? capacity.min;
    const hi = w.max ?? capacity.max;
    if (lo > hi) issues.push({ code: `${codePrefix}ScheduleMinAboveMax`, path: '', prop: `${at}.min`, value: lo, allowed: `at most the window's max (${hi})`, fix: 'Lower min or raise max for the window.' });
    if (w.desired !== undefined && (w.desired < lo || w.desired > hi)) {
      issues.push({ code: `${codePrefix}ScheduleDesiredOutOfRange`, path: '', prop: `${at}.desired`, value: w.desired, allowed: `between the window's min (${lo}) and max (${hi})`, fix: 'Set desired inside the window bounds.' });
    }
  });
  return issues;
}

/** A window's bounds as both clouds apply them: unset min/max fall back to the base capacity. */
export function windowCapacity(w: ScalingWindow, base: Capacity): { min: number; max: number; desired?: number } {
  return { min: w.min ?? base.min, max: w.max ?? base.max, desired: w.desired };
}

/** A scaling group as stacks see it. */
export interface IScalingGroup extends IWorkloadConsumer {
  /** AWS: the Auto Scaling group name. Azure: the scale set name. */
  readonly scalingGroupName: string;
}

/** The golden signal of a compute blueprint whose hosts fail the load balancer health check. */
export const UNHEALTHY_HOSTS_SIGNAL = 'unhealthy-hosts';

/**
 * The golden signals every compute blueprint (scaling group, web app) declares, the same on both
 * clouds: CPU above 85 % for 15 minutes, and unhealthy hosts behind the load balancer.
 *
 * @param what the noun in the descriptions (`group`, `service`, `scale set`, `plan`)
 * @param unhealthy the load balancer target's unhealthy-host metric, when there is a target
 * @param unhealthyWhat who fails the check (`Instances`, `Tasks`, `The web app`) and which check
 */
export function computeGoldenSignals(what: string, cpuMetric: MetricRef, unhealthy?: MetricRef, unhealthyWhat = 'Instances fail the load balancer health check'): GoldenSignal[] {
  const signals: GoldenSignal[] = [
    {
      name: 'cpu-high',
      description: `Average CPU of the ${what} above 85 % for 15 minutes: scaling is not keeping up or max is reached.`,
      metric: cpuMetric,
      statistic: Statistic.AVERAGE,
      comparison: Comparison.GREATER_THAN,
      threshold: 85,
      periodSeconds: 300,
      evaluationPeriods: 3,
      severity: Severity.WARNING,
    },
  ];
  if (unhealthy) {
    signals.push({
      name: UNHEALTHY_HOSTS_SIGNAL,
      description: `${unhealthyWhat}.`,
      metric: unhealthy,
      // Azure's UnhealthyHostCount accepts Average only; CloudWatch's takes it too (platform facts).
      statistic: Statistic.AVERAGE,
      comparison: Comparison.GREATER_THAN,
      threshold: 0,
      periodSeconds: 60,
      evaluationPeriods: 5,
      severity: Severity.CRITICAL,
    });
  }
  return signals;
}
