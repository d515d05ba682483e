import { MonitorAutoscaleSettingProfile, MonitorAutoscaleSettingProfileRule } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { MetricRef, Statistic } from '../../core/blueprint';
import { Capacity, ScalingMetric, ScalingTarget } from '../../core/capacity';
import { SCALING_GROUP_DEFAULTS, StepScalingPolicy, windowCapacity } from '../../core/scaling-group';
import { Schedule } from '../../core/schedule';
import { ScalingWindow } from '../../core/workload';
import { ILoadBalancerTarget } from '../../core/load-balancer';

/** Seconds as an ISO 8601 duration (`PT5M`, `PT90S`). */
export function isoDuration(seconds: number): string {
  return seconds % 60 === 0 ? `PT${seconds / 60}M` : `PT${seconds}S`;
}

/** Azure autoscale statistics by neutral statistic (P95 is refused by the rules). */
const STATISTIC: Record<string, string> = { [Statistic.AVERAGE]: 'Average', [Statistic.MAXIMUM]: 'Max', [Statistic.MINIMUM]: 'Min', [Statistic.SUM]: 'Sum' };

/**
 * Azure autoscale has no target tracking: a target becomes a rule pair with hysteresis. Scale out
 * by one when the 5-minute average is above the target; scale in by one when the 10-minute average
 * is below 70 % of it.
 */
export const TARGET_SCALE_IN_FACTOR = 0.7;

/** What the autoscale rules of one scaled resource need to know. */
export interface AutoscaleContext {
  /** The scaled resource (scale set or App Service plan). */
  readonly resourceId: string;
  /** Its CPU metric. */
  readonly cpuMetric: { readonly namespace: string; readonly name: string };
  readonly target?: ILoadBalancerTarget;
  readonly cooldownSeconds: number;
  /** No scale-in rules (scale-in protection). */
  readonly scaleInDisabled: boolean;
}

interface MetricSource {
  readonly metricName: string;
  readonly metricNamespace: string;
  readonly metricResourceId: string;
  readonly dimensions?: Array<{ name: string; operator: string; values: string[] }>;
  readonly statistic: string;
  readonly divideByInstanceCount?: boolean;
}

function dims(metric: MetricRef): MetricSource['dimensions'] {
  const list = metric.dimensions ?? [];
  return list.length > 0 ? list.map((d) => ({ name: d.name, operator: 'Equals', values: [d.value] })) : undefined;
}

function sourceOf(t: ScalingTarget, ctx: AutoscaleContext): MetricSource {
  switch (t.metric) {
    case ScalingMetric.CPU:
      return { metricName: ctx.cpuMetric.name, metricNamespace: ctx.cpuMetric.namespace, metricResourceId: ctx.resourceId, statistic: 'Average' };
    case ScalingMetric.REQUESTS_PER_INSTANCE: {
      const m = ctx.target!.requestCountMetric;
      return { metricName: m.metricName, metricNamespace: m.namespace, metricResourceId: m.resourceId!, dimensions: dims(m), statistic: 'Average' };
    }
    default:
      // Backpressure: active messages of the queue, per instance.
      return {
        metricName: 'ActiveMessages',
        metricNamespace: 'microsoft.servicebus/namespaces',
        metricResourceId: t.queue!.namespaceId ?? t.queue!.queueId,
        dimensions: [{ name: 'EntityName', operator: 'Equals', values: [t.queue!.queueName] }],
        statistic: 'Average',
        divideByInstanceCount: true,
      };
  }
}

function rule(src: MetricSource, operator: string, threshold: number, windowSeconds: number, grainSeconds: number, direction: string, by: number, cooldownSeconds: number): MonitorAutoscaleSettingProfileRule {
  return {
    metricTrigger: {
      metricName: src.metricName,
      metricNamespace: src.metricNamespace,
      metricResourceId: src.metricResourceId,
      dimensions: src.dimensions,
      divideByInstanceCount: src.divideByInstanceCount,
      operator,
      statistic: src.statistic,
      threshold,
      timeAggregation: src.statistic === 'Sum' ? 'Total' : src.statistic === 'Max' ? 'Maximum' : src.statistic === 'Min' ? 'Minimum' : 'Average',
      timeGrain: isoDuration(grainSeconds),
      timeWindow: isoDuration(windowSeconds),
    },
    scaleAction: { direction, type: 'ChangeCount', value: by, cooldown: isoDuration(cooldownSeconds) },
  };
}

/** The rules of every profile: target pairs, then step pairs. */
export function autoscaleRules(targets: ScalingTarget[], steps: ReadonlyArray<StepScalingPolicy>, ctx: AutoscaleContext): MonitorAutoscaleSettingProfileRule[] {
  const out: MonitorAutoscaleSettingProfileRule[] = [];
  for (const t of targets) {
    const src = sourceOf(t, ctx);
    out.push(rule(src, 'GreaterThan', t.targetValue, 300, 60, 'Increase', 1, ctx.cooldownSeconds));
    if (!ctx.scaleInDisabled) out.push(rule(src, 'LessThan', Math.round(t.targetValue * TARGET_SCALE_IN_FACTOR * 100) / 100, 600, 60, 'Decrease', 1, ctx.cooldownSeconds));
  }
  const d = SCALING_GROUP_DEFAULTS;
  for (const s of steps) {
    const period = s.periodSeconds ?? d.stepPeriodSeconds;
    const window = period * (s.evaluationPeriods ?? d.stepEvaluationPeriods);
    const src: MetricSource = {
      metricName: s.metric.metricName,
      metricNamespace: s.metric.namespace,
      metricResourceId: s.metric.resourceId ?? ctx.resourceId,
      dimensions: dims(s.metric),
      statistic: STATISTIC[s.statistic ?? Statistic.AVERAGE] ?? 'Average',
    };
    out.push(rule(src, 'GreaterThan', s.scaleOutThreshold, window, period, 'Increase', s.scaleOutBy ?? d.stepBy, ctx.cooldownSeconds));
    if (s.scaleInThreshold !== undefined && !ctx.scaleInDisabled) out.push(rule(src, 'LessThan', s.scaleInThreshold, window, period, 'Decrease', s.scaleInBy ?? d.stepBy, ctx.cooldownSeconds));
  }
  return out;
}

/**
 * The default profile, then one recurring profile per load-shifting window. Each recurring profile
 * holds from its start until the next one starts (like an AWS scheduled action); every profile
 * carries the same rules. `floor` raises every minimum (App Service: one worker per zone).
 */
export function autoscaleProfiles(capacity: Capacity, schedules: ReadonlyArray<ScalingWindow>, rules: MonitorAutoscaleSettingProfileRule[], floor = 0): MonitorAutoscaleSettingProfile[] {
  const profiles: MonitorAutoscaleSettingProfile[] = [
    { name: 'default', capacity: { minimum: capacity.min, maximum: capacity.max, default: capacity.desired ?? capacity.min }, rule: rules },
  ];
  for (const w of schedules) {
    const w0 = windowCapacity(w, capacity);
    const c = { min: Math.max(floor, w0.min), max: Math.max(floor, w0.max), desired: w0.desired !== undefined ? Math.max(floor, w0.desired) : undefined };
    const r = Schedule.cron(w.cron, w.timeZone ?? 'UTC').toAzureRecurrence();
    profiles.push({
      name: w.name,
      capacity: { minimum: c.min, maximum: c.max, default: c.desired ?? c.min },
      recurrence: { timezone: r.timezone, days: r.days, hours: r.hours, minutes: r.minutes },
      rule: rules,
    });
  }
  return profiles;
}
