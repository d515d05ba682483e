import { Capacity, ScalingMetric, ScalingTarget, capacityRules, scalingTargetRules } from '../../../constructs/core/capacity';
import { checkRules } from '../../../constructs/core/validation';

interface P {
  readonly capacity?: Capacity;
  readonly targets?: ScalingTarget[];
}
const TABLE = [...capacityRules<P>('Group', (p) => p.capacity), ...scalingTargetRules<P>('Group', (p) => p.targets)];
const codes = (p: P) => checkRules(TABLE, p, 'x').map((i) => i.code);

describe('capacity and scaling targets', () => {
  test('a sound capacity passes', () => {
    expect(codes({ capacity: { min: 2, max: 10, desired: 3 } })).toEqual([]);
    expect(codes({ capacity: { min: 0, max: 1 } })).toEqual([]);
  });
  test('fails when min > max', () => expect(codes({ capacity: { min: 5, max: 2 } })).toContain('GroupMinAboveMax'));
  test('fails when desired is outside [min, max]', () => {
    expect(codes({ capacity: { min: 2, max: 4, desired: 5 } })).toEqual(['GroupDesiredOutOfRange']);
    expect(codes({ capacity: { min: 2, max: 4, desired: 1 } })).toEqual(['GroupDesiredOutOfRange']);
  });
  test('fails when min is negative or fractional', () => expect(codes({ capacity: { min: -1, max: 2 } })).toEqual(['GroupMinOutOfRange']));
  test('fails when max is 0 or above 1000', () => {
    expect(codes({ capacity: { min: 0, max: 0 } })).toEqual(['GroupMaxOutOfRange']);
    expect(codes({ capacity: { min: 1, max: 1001 } })).toEqual(['GroupMaxOutOfRange']);
  });
  test('the min > max message names both values', () => {
    const [issue] = checkRules(TABLE, { capacity: { min: 5, max: 2 } }, 'x');
    expect(issue.allowed).toBe('at most max (2)');
    expect(issue.value).toBe(5);
  });
  test('fails when the CPU target is outside (0, 100]', () => {
    expect(codes({ targets: [{ metric: ScalingMetric.CPU, targetValue: 0 }] })).toEqual(['GroupCpuTargetOutOfRange']);
    expect(codes({ targets: [{ metric: ScalingMetric.CPU, targetValue: 101 }] })).toEqual(['GroupCpuTargetOutOfRange']);
    expect(codes({ targets: [{ metric: ScalingMetric.CPU, targetValue: 100 }] })).toEqual([]);
  });
  test('fails when a count target is not positive', () => {
    expect(codes({ targets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 0 }] })).toEqual(['GroupTargetNotPositive']);
  });
  test('fails when a metric is targeted twice', () => {
    expect(codes({ targets: [{ metric: ScalingMetric.CPU, targetValue: 50 }, { metric: ScalingMetric.CPU, targetValue: 60 }] })).toEqual(['GroupDuplicateTarget']);
  });
});
