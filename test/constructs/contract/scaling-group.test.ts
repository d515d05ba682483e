import { ScalingMetric } from '../../../constructs/core/capacity';
import { ScalingGroupProps } from '../../../constructs/core/scaling-group';
import { SIZE_TIERS, SizeTier } from '../../../constructs/core/size';
import { errorCodes, kitStack, onlyResource, Synth, synth } from '../../helpers';

/** Reads the neutral settings back out of each cloud's synth. */
const CLOUDS = [
  {
    cloud: 'aws' as const,
    sku: (size: SizeTier) => SIZE_TIERS[size].awsInstanceType,
    read(s: Synth) {
      const asg = onlyResource(s, 'aws_autoscaling_group');
      const lt = onlyResource(s, 'aws_launch_template');
      const cpu = Object.values(s.doc.resource!.aws_autoscaling_policy).find((p: any) => p.name === 'cpu-target-tracking') as any;
      const windows = Object.values(s.doc.resource!.aws_autoscaling_schedule ?? {}).map((a: any) => ({ name: a.scheduled_action_name, min: a.min_size, max: a.max_size }));
      return { sku: lt.instance_type, min: asg.min_size, max: asg.max_size, desired: asg.desired_capacity, cpuTarget: cpu.target_tracking_configuration.target_value, windows, behindLb: asg.health_check_type === 'ELB' };
    },
  },
  {
    cloud: 'azure' as const,
    sku: (size: SizeTier) => SIZE_TIERS[size].azureVmSku,
    read(s: Synth) {
      const vmss = onlyResource(s, 'azurerm_linux_virtual_machine_scale_set');
      const [base, ...rest] = onlyResource(s, 'azurerm_monitor_autoscale_setting').profile;
      const cpu = base.rule.find((r: any) => r.metric_trigger.metric_name === 'Percentage CPU' && r.metric_trigger.operator === 'GreaterThan');
      const windows = rest.map((p: any) => ({ name: p.name, min: p.capacity.minimum, max: p.capacity.maximum }));
      const pools = vmss.network_interface[0].ip_configuration[0].application_gateway_backend_address_pool_ids;
      return { sku: vmss.sku, min: base.capacity.minimum, max: base.capacity.maximum, desired: vmss.instances, cpuTarget: cpu.metric_trigger.threshold, windows, behindLb: Array.isArray(pools) && pools.length === 1 };
    },
  },
];

const PROPS: ScalingGroupProps = {
  size: SizeTier.MEDIUM,
  capacity: { min: 2, max: 8, desired: 3 },
  scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 55 }],
  schedules: [
    { name: 'business-hours', cron: '0 7 * * MON-FRI', timeZone: 'Europe/Berlin', min: 4 },
    { name: 'night', cron: '0 20 * * *', timeZone: 'Europe/Berlin', max: 4 },
  ],
};

describe.each(CLOUDS)('ScalingGroup contract on $cloud', ({ cloud, sku, read }) => {
  test('the same neutral props give the same size, capacity, CPU target and windows', () => {
    const { stack, kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    const group = kit.scalingGroup('WebTier', { ...PROPS, target: lb.addTarget('web') });
    expect(read(synth(stack))).toEqual({
      sku: sku(SizeTier.MEDIUM),
      min: 2,
      max: 8,
      desired: 3,
      cpuTarget: 55,
      windows: [
        { name: 'business-hours', min: 4, max: 8 },
        { name: 'night', min: 2, max: 4 },
      ],
      behindLb: true,
    });
    expect(group.scalingGroupName).toBeDefined();
  });

  test('the same signals and priced quantities', () => {
    const { kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    const group = kit.scalingGroup('WebTier', { ...PROPS, target: lb.addTarget('web') }) as unknown as { goldenSignals: { name: string }[]; costItems: { sku: string; quantityMin: number; quantityMax: number }[] };
    expect(group.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
    expect(group.costItems.map((c) => [c.sku, c.quantityMin, c.quantityMax])).toEqual([[`${cloud === 'aws' ? 'aws:ec2' : 'azure:vm'}:${sku(SizeTier.MEDIUM)}`, 1460, 5840]]);
  });

  test('the same invalid props fail with the same codes', () => {
    const { kit } = kitStack(cloud);
    expect(
      errorCodes(() =>
        kit.scalingGroup('Bad', {
          size: 'giant',
          capacity: { min: 5, max: 3 },
          scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 0 }, { metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 10 }],
          schedules: [{ name: 'w', cron: '0 25 * * *', timeZone: 'Nowhere/City', min: 1 }],
        }),
      ),
    ).toEqual(['ScalingGroupMinAboveMax', 'ScalingGroupSizeUnknown', 'ScalingGroupCpuTargetOutOfRange', 'ScalingGroupRequestTargetWithoutLoadBalancer', 'ScalingGroupScheduleCronMalformed', 'ScalingGroupScheduleTimeZoneUnknown']);
  });
});
