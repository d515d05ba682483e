import { IQueueRef } from './refs';
import { Rule, rules } from './validation';

/** How many instances (VMs, tasks, workers) a tier may run. */
export interface Capacity {
  /** Fewest instances, 0–1000. */
  readonly min: number;
  /** Most instances, 1–1000 and at least `min`. */
  readonly max: number;
  /**
   * Instances at first deploy, within [min, max]. Later deploys leave the live value alone so
   * autoscaling is not reset.
   * @default - min
   */
  readonly desired?: number;
}

/** The largest instance count both clouds' autoscalers accept (VMSS and autoscale settings: 1000). */
export const MAX_CAPACITY = 1000;

/**
 * Rules shared by every blueprint with a capacity. `prefix` is the prop path of the capacity
 * (`capacity.`).
 */
export function capacityRules<P>(code: string, get: (p: P) => Capacity | undefined, prefix = 'capacity.'): Rule<P>[] {
  return [
    rules.intRange<P>(`${code}MinOutOfRange`, `${prefix}min`, (p) => get(p)?.min, 0, MAX_CAPACITY, 'Use a whole number of instances.'),
    rules.intRange<P>(`${code}MaxOutOfRange`, `${prefix}max`, (p) => get(p)?.max, 1, MAX_CAPACITY, 'Use a whole number of instances, at least 1.'),
    {
      code: `${code}MinAboveMax`,
      prop: `${prefix}min`,
      value: (p) => get(p)?.min,
      failsWhen: (p) => {
        const c = get(p);
        return c !== undefined && c.min > c.max;
      },
      allowed: (p) => `at most max (${get(p)?.max})`,
      fix: 'Lower min or raise max.',
    },
    {
      code: `${code}DesiredOutOfRange`,
      prop: `${prefix}desired`,
      value: (p) => get(p)?.desired,
      failsWhen: (p) => {
        const c = get(p);
        return c?.desired !== undefined && (c.desired < c.min || c.desired > c.max || !Number.isInteger(c.desired));
      },
      allowed: (p) => `a whole number between min (${get(p)?.min}) and max (${get(p)?.max})`,
      fix: 'Set desired inside [min, max], or leave it out to start at min.',
    },
  ];
}

/** The metric a target-tracking policy holds at its target. */
export enum ScalingMetric {
  /** Average CPU utilisation, percent. */
  CPU = 'cpu',
  /** Requests per instance per minute, behind a load balancer. */
  REQUESTS_PER_INSTANCE = 'requestsPerInstance',
  /** Visible queue messages per instance: backpressure. */
  QUEUE_BACKLOG_PER_INSTANCE = 'queueBacklogPerInstance',
}

/** A target-tracking policy: keep a metric near a value by adding and removing instances. */
export interface ScalingTarget {
  readonly metric: ScalingMetric;
  /** The value to hold: percent for CPU (0–100], a count for the others (> 0). */
  readonly targetValue: number;
  /** With QUEUE_BACKLOG_PER_INSTANCE: the queue whose depth drives scaling. */
  readonly queue?: IQueueRef;
}

/** Limits a target value by metric. */
export function scalingTargetRules<P>(code: string, get: (p: P) => ScalingTarget[] | undefined, prefix = 'scalingTargets'): Rule<P>[] {
  return [
    {
      code: `${code}CpuTargetOutOfRange`,
      prop: `${prefix}[cpu].targetValue`,
      value: (p) => get(p)?.find((t) => t.metric === ScalingMetric.CPU)?.targetValue,
      failsWhen: (p) => {
        const t = get(p)?.find((x) => x.metric === ScalingMetric.CPU);
        return t !== undefined && !(t.targetValue > 0 && t.targetValue <= 100);
      },
      allowed: 'in (0, 100] percent',
      fix: 'Use a CPU target such as 60.',
    },
    {
      code: `${code}TargetNotPositive`,
      prop: `${prefix}[].targetValue`,
      value: (p) => get(p)?.find((t) => t.metric !== ScalingMetric.CPU && !(t.targetValue > 0))?.targetValue,
      failsWhen: (p) => (get(p) ?? []).some((t) => t.metric !== ScalingMetric.CPU && !(t.targetValue > 0)),
      allowed: 'greater than 0',
      fix: 'Use a positive count per instance.',
    },
    {
      code: `${code}DuplicateTarget`,
      prop: `${prefix}[].metric`,
      value: (p) => (get(p) ?? []).map((t) => t.metric),
      failsWhen: (p) => {
        const ms = (get(p) ?? []).map((t) => t.metric);
        return new Set(ms).size !== ms.length;
      },
      allowed: 'each metric at most once',
      fix: 'Keep one target per metric.',
    },
  ];
}
