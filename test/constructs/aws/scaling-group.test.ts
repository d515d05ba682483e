import { AwsLoadBalancer } from '../../../constructs/aws/load-balancer';
import { AL2023_SSM_PARAMETER, AwsScalingGroup, AwsScalingGroupProps } from '../../../constructs/aws/scaling-group';
import { Statistic } from '../../../constructs/core/blueprint';
import { ScalingMetric } from '../../../constructs/core/capacity';
import { SCALING_GROUP_DEFAULTS } from '../../../constructs/core/scaling-group';
import { SIZE_TIERS, SizeTier } from '../../../constructs/core/size';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const NET = { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };
const QUEUE = { queueName: 'shop-prod-orders', queueId: 'arn:aws:sqs:eu-west-1:1:shop-prod-orders' };

function make(props: Partial<AwsScalingGroupProps> = {}, withLb = false) {
  const stack = awsStack();
  const lb = withLb ? new AwsLoadBalancer(stack, 'LoadBalancer', { vpcId: 'vpc-1', vpcCidr: '10.0.0.0/16', subnetIds: ['p1', 'p2'] }) : undefined;
  const target = lb?.addTarget('web');
  const group = new AwsScalingGroup(stack, 'Group', { ...NET, target, ...props });
  return { stack, group, target, s: synth(stack) };
}

describe('default properties', () => {
  const { group, s } = make();
  const lt = onlyResource(s, 'aws_launch_template');
  const asg = onlyResource(s, 'aws_autoscaling_group');

  test('the launch template requires IMDSv2 with hop limit 1, detailed monitoring, and no public IP', () => {
    expect(lt.metadata_options).toEqual({ http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1, instance_metadata_tags: 'disabled' });
    expect(lt.monitoring).toEqual({ enabled: true });
    expect(lt.network_interfaces).toEqual([expect.objectContaining({ associate_public_ip_address: 'false', device_index: 0 })]);
  });

  test('the root volume is an encrypted gp3 of the default size', () => {
    expect(lt.block_device_mappings[0].ebs).toMatchObject({ volume_type: 'gp3', encrypted: 'true', volume_size: SCALING_GROUP_DEFAULTS.rootVolumeGiB });
  });

  test('the size tier sets the instance type, and the AMI is the latest Amazon Linux 2023', () => {
    expect(lt.instance_type).toBe(SIZE_TIERS[SCALING_GROUP_DEFAULTS.size].awsInstanceType);
    expect(Object.values(s.doc.data?.aws_ssm_parameter ?? {})).toEqual([expect.objectContaining({ name: AL2023_SSM_PARAMETER })]);
    expect(lt.image_id).toContain('data.aws_ssm_parameter');
  });

  test('the instance profile only carries SSM access', () => {
    expect(Object.values(resources(s, 'aws_iam_role_policy_attachment')).map((a: any) => a.policy_arn)).toEqual(['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore']);
    expect(resources(s, 'aws_iam_role_policy')).toEqual({});
    expect(resources(s, 'aws_vpc_security_group_ingress_rule')).toEqual({});
  });

  test('the group runs in the private subnets at the default capacity, never resetting desired', () => {
    expect(asg).toMatchObject({
      min_size: SCALING_GROUP_DEFAULTS.capacity.min,
      max_size: SCALING_GROUP_DEFAULTS.capacity.max,
      desired_capacity: SCALING_GROUP_DEFAULTS.capacity.min,
      vpc_zone_identifier: NET.subnetIds,
      health_check_type: 'EC2',
      health_check_grace_period: SCALING_GROUP_DEFAULTS.healthCheckGraceSeconds,
      default_cooldown: SCALING_GROUP_DEFAULTS.cooldownSeconds,
      default_instance_warmup: SCALING_GROUP_DEFAULTS.warmupSeconds,
      protect_from_scale_in: false,
      metrics_granularity: '1Minute',
      lifecycle: { ignore_changes: ['desired_capacity'] },
    });
  });

  test('instance refresh rolls with a minimum healthy percentage and auto-rollback', () => {
    expect(asg.instance_refresh).toEqual({ strategy: 'Rolling', preferences: { min_healthy_percentage: SCALING_GROUP_DEFAULTS.minHealthyPercent, auto_rollback: true, instance_warmup: '300' } });
  });

  test('the standard tags propagate to instances through the aspect', () => {
    expect(asg.tag).toEqual(expect.arrayContaining([{ key: 'project', value: 'shop', propagate_at_launch: true }]));
  });

  test('target tracking on CPU at the default percent', () => {
    expect(onlyResource(s, 'aws_autoscaling_policy')).toMatchObject({
      policy_type: 'TargetTrackingScaling',
      target_tracking_configuration: { predefined_metric_specification: { predefined_metric_type: 'ASGAverageCPUUtilization' }, target_value: SCALING_GROUP_DEFAULTS.cpuTargetPercent, disable_scale_in: false },
    });
  });

  test('declares CPU as a golden signal and prices the instance hours by type', () => {
    expect(group.goldenSignals.map((g) => g.name)).toEqual(['cpu-high']);
    expect(group.costItems).toEqual([{ sku: 'aws:ec2:m7i.large', description: expect.any(String), quantityMin: 730 * 2, quantityMax: 730 * 6 }]);
  });
});

describe('options', () => {
  test('behind a load balancer: ELB health checks, registered with the target group, ingress from the ALB only', () => {
    const { group, s } = make({}, true);
    const asg = onlyResource(s, 'aws_autoscaling_group');
    expect(asg.health_check_type).toBe('ELB');
    expect(asg.target_group_arns).toEqual([expect.stringContaining('aws_lb_target_group.LoadBalancer_web_TargetGroup')]);
    const ingress = Object.values(resources(s, 'aws_vpc_security_group_ingress_rule')).find((r: any) => r.referenced_security_group_id);
    expect(ingress).toMatchObject({ from_port: 8080, to_port: 8080, referenced_security_group_id: expect.stringContaining('LoadBalancer_SecurityGroup') });
    expect(group.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
  });

  test('requests per instance uses ALBRequestCountPerTarget with the target resource label', () => {
    const { s } = make({ scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 1000 }] }, true);
    const spec = onlyResource(s, 'aws_autoscaling_policy').target_tracking_configuration;
    expect(spec.predefined_metric_specification.predefined_metric_type).toBe('ALBRequestCountPerTarget');
    expect(spec.predefined_metric_specification.resource_label).toMatch(/arn_suffix.*\/.*arn_suffix/);
    expect(spec.target_value).toBe(1000);
  });

  test('queue backlog per instance: metric math of visible messages over in-service instances', () => {
    const { s } = make({ scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 20, queue: QUEUE }] });
    const spec = onlyResource(s, 'aws_autoscaling_policy').target_tracking_configuration;
    const metrics = spec.customized_metric_specification.metrics;
    expect(metrics[0].metric_stat.metric).toMatchObject({ namespace: 'AWS/SQS', metric_name: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: QUEUE.queueName }] });
    expect(metrics[1].metric_stat.metric).toMatchObject({ namespace: 'AWS/AutoScaling', metric_name: 'GroupInServiceInstances' });
    expect(metrics[2]).toMatchObject({ expression: 'IF(instances > 0, visible / instances, visible)', return_data: true });
    expect(spec.target_value).toBe(20);
    expect(onlyResource(s, 'aws_autoscaling_group').enabled_metrics).toContain('GroupInServiceInstances');
  });

  test('step scaling creates its policies and the alarms that drive them', () => {
    const { group, s } = make({
      stepScaling: [{ name: 'memory-high', metric: { namespace: 'CWAgent', metricName: 'mem_used_percent', dimensions: [{ name: 'AutoScalingGroupName', value: 'g' }] }, scaleOutThreshold: 80, scaleOutBy: 2, scaleInThreshold: 30, statistic: Statistic.MAXIMUM }],
    });
    expect(group.stepPolicies).toHaveLength(2);
    const alarms = Object.values(resources(s, 'aws_cloudwatch_metric_alarm')) as any[];
    const out = alarms.find((a) => a.comparison_operator === 'GreaterThanThreshold');
    const inn = alarms.find((a) => a.comparison_operator === 'LessThanThreshold');
    expect(out).toMatchObject({ namespace: 'CWAgent', metric_name: 'mem_used_percent', threshold: 80, statistic: 'Maximum', period: 60, evaluation_periods: 5, dimensions: { AutoScalingGroupName: 'g' } });
    expect(out.alarm_actions[0]).toContain('MemoryHighScaleOut');
    expect(inn).toMatchObject({ threshold: 30 });
    const policies = Object.values(resources(s, 'aws_autoscaling_policy')) as any[];
    expect(policies.find((p) => p.name === 'memory-high-scale-out').step_adjustment).toEqual([{ metric_interval_lower_bound: '0', scaling_adjustment: 2 }]);
    expect(policies.find((p) => p.name === 'memory-high-scale-in').step_adjustment).toEqual([{ metric_interval_upper_bound: '0', scaling_adjustment: -1 }]);
  });

  test('step scaling without a scale-in threshold only scales out', () => {
    const { group } = make({ stepScaling: [{ name: 'latency', metric: { namespace: 'App', metricName: 'Latency' }, scaleOutThreshold: 2 }] });
    expect(group.stepAlarms).toHaveLength(1);
  });

  test('scale-in protection protects instances and disables scale-in of every policy', () => {
    const { group, s } = make({ scaleInProtectionEnabled: true, stepScaling: [{ name: 'q', metric: { namespace: 'A', metricName: 'B' }, scaleOutThreshold: 2, scaleInThreshold: 1 }] });
    expect(onlyResource(s, 'aws_autoscaling_group').protect_from_scale_in).toBe(true);
    expect(group.targetTrackingPolicies).toHaveLength(1);
    expect((Object.values(resources(s, 'aws_autoscaling_policy')) as any[]).find((p) => p.policy_type === 'TargetTrackingScaling').target_tracking_configuration.disable_scale_in).toBe(true);
    expect(group.stepAlarms).toHaveLength(1);
  });

  test('schedules become scheduled actions with recurrence, time zone, and desired left alone', () => {
    const { s } = make({
      capacity: { min: 2, max: 10 },
      schedules: [
        { name: 'business-hours', cron: '0 7 * * MON-FRI', timeZone: 'Europe/Berlin', min: 4 },
        { name: 'night', cron: '0 20 * * *', timeZone: 'Europe/Berlin', max: 4, desired: 2 },
      ],
    });
    const actions = Object.values(resources(s, 'aws_autoscaling_schedule')) as any[];
    expect(actions.find((a) => a.scheduled_action_name === 'business-hours')).toMatchObject({ recurrence: '0 7 * * MON-FRI', time_zone: 'Europe/Berlin', min_size: 4, max_size: 10, desired_capacity: -1 });
    expect(actions.find((a) => a.scheduled_action_name === 'night')).toMatchObject({ min_size: 2, max_size: 4, desired_capacity: 2 });
  });

  test('size, capacity, grace, cooldown, warm-up, disk and rollout settings are passed through', () => {
    const { group, s } = make({ size: SizeTier.LARGE, capacity: { min: 1, max: 20, desired: 5 }, healthCheckGraceSeconds: 900, cooldownSeconds: 120, warmupSeconds: 60, rootVolumeGiB: 100, minHealthyPercent: 50 });
    expect(onlyResource(s, 'aws_launch_template')).toMatchObject({ instance_type: 'm7i.2xlarge', block_device_mappings: [{ ebs: { volume_size: 100 } }] });
    expect(onlyResource(s, 'aws_autoscaling_group')).toMatchObject({ min_size: 1, max_size: 20, desired_capacity: 5, health_check_grace_period: 900, default_cooldown: 120, default_instance_warmup: 60, instance_refresh: { preferences: { min_healthy_percentage: 50 } } });
    expect(group.costItems[0]).toMatchObject({ sku: 'aws:ec2:m7i.2xlarge', quantityMin: 730, quantityMax: 730 * 20 });
  });

  test('an explicit image id replaces the SSM lookup; user data is base64-encoded', () => {
    const { s } = make({ imageId: 'ami-123', userData: '#!/bin/bash\necho hi' });
    expect(s.doc.data?.aws_ssm_parameter).toBeUndefined();
    expect(onlyResource(s, 'aws_launch_template')).toMatchObject({ image_id: 'ami-123', user_data: expect.stringContaining('base64encode') });
  });

  test('spot: a mixed instances policy above the on-demand base, with capacity rebalancing', () => {
    const { s } = make({ spotPercent: 70, additionalInstanceTypes: ['m6i.large'] });
    const asg = onlyResource(s, 'aws_autoscaling_group');
    expect(asg.launch_template).toBeUndefined();
    expect(asg.capacity_rebalance).toBe(true);
    expect(asg.mixed_instances_policy.instances_distribution).toEqual({ on_demand_base_capacity: 2, on_demand_percentage_above_base_capacity: 30, spot_allocation_strategy: 'price-capacity-optimized' });
    expect(asg.mixed_instances_policy.launch_template.override).toEqual([{ instance_type: 'm7i.large' }, { instance_type: 'm6i.large' }]);
  });

  test('the VPC CIDR opens TCP egress inside the VPC; target group ARNs can be overridden', () => {
    const { s } = make({ vpcCidr: '10.1.0.0/16', targetGroupArns: ['arn:green'] }, true);
    expect(Object.values(resources(s, 'aws_vpc_security_group_egress_rule')).some((r: any) => r.cidr_ipv4 === '10.1.0.0/16' && r.to_port === 65535)).toBe(true);
    const asg = Object.values(resources(s, 'aws_autoscaling_group'))[0] as any;
    expect(asg.target_group_arns).toEqual(['arn:green']);
  });
});

describe('fails when', () => {
  const step = { name: 'x', metric: { namespace: 'A', metricName: 'B' }, scaleOutThreshold: 10 };
  test.each([
    ['ScalingGroupMinAboveMax', { capacity: { min: 5, max: 2 } }],
    ['ScalingGroupDesiredOutOfRange', { capacity: { min: 1, max: 3, desired: 4 } }],
    ['ScalingGroupMinOutOfRange', { capacity: { min: -1, max: 3 } }],
    ['ScalingGroupMaxOutOfRange', { capacity: { min: 0, max: 1001 } }],
    ['ScalingGroupCpuTargetOutOfRange', { scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 0 }] }],
    ['ScalingGroupTargetNotPositive', { scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 0, queue: QUEUE }] }],
    ['ScalingGroupDuplicateTarget', { scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 50 }, { metric: ScalingMetric.CPU, targetValue: 60 }] }],
    ['ScalingGroupSizeUnknown', { size: 'huge' }],
    ['ScalingGroupRequestTargetWithoutLoadBalancer', { scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 100 }] }],
    ['ScalingGroupQueueTargetWithoutQueue', { scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 5 }] }],
    ['ScalingGroupPortOutOfRange', { port: 0 }],
    ['ScalingGroupHealthCheckPathInvalid', { healthCheckPath: 'x' }],
    ['ScalingGroupHealthCheckGraceOutOfRange', { healthCheckGraceSeconds: 60 }],
    ['ScalingGroupCooldownOutOfRange', { cooldownSeconds: 10 }],
    ['ScalingGroupWarmupOutOfRange', { warmupSeconds: 4000 }],
    ['ScalingGroupRootVolumeOutOfRange', { rootVolumeGiB: 4 }],
    ['ScalingGroupMinHealthyPercentOutOfRange', { minHealthyPercent: 100 }],
    ['ScalingGroupStepNameInvalid', { stepScaling: [{ ...step, name: 'Bad Name' }] }],
    ['ScalingGroupStepPeriodOutOfRange', { stepScaling: [{ ...step, periodSeconds: 90 }] }],
    ['ScalingGroupStepEvaluationPeriodsOutOfRange', { stepScaling: [{ ...step, evaluationPeriods: 61, periodSeconds: 60 }] }],
    ['ScalingGroupStepWindowTooShort', { stepScaling: [{ ...step, evaluationPeriods: 2 }] }],
    ['ScalingGroupStepAdjustmentOutOfRange', { stepScaling: [{ ...step, scaleOutBy: 0 }] }],
    ['ScalingGroupStepThresholdsInverted', { stepScaling: [{ ...step, scaleInThreshold: 10 }] }],
    ['ScalingGroupStepStatisticUnsupported', { stepScaling: [{ ...step, statistic: Statistic.P95 }] }],
    ['ScalingGroupStepNameDuplicate', { stepScaling: [step, step] }],
    ['ScalingGroupTooManyPolicies', { stepScaling: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ ...step, name })) }],
    ['ScalingGroupScheduleCronMalformed', { schedules: [{ name: 'w', cron: '0 7 * *', min: 1 }] }],
    ['ScalingGroupScheduleTimeZoneUnknown', { schedules: [{ name: 'w', cron: '0 7 * * *', timeZone: 'Mars/Olympus', min: 1 }] }],
    ['ScalingGroupScheduleNotWeekly', { schedules: [{ name: 'w', cron: '0 7 1 * *', min: 1 }] }],
    ['ScalingGroupScheduleNameInvalid', { schedules: [{ name: 'w', cron: '0 7 * * *', min: 1 }, { name: 'w', cron: '0 8 * * *', min: 1 }] }],
    ['ScalingGroupScheduleMinAboveMax', { schedules: [{ name: 'w', cron: '0 7 * * *', min: 9 }] }],
    ['ScalingGroupScheduleDesiredOutOfRange', { schedules: [{ name: 'w', cron: '0 7 * * *', desired: 9 }] }],
    ['ScalingGroupSpotPercentOutOfRange', { spotPercent: 101 }],
    ['ScalingGroupOnDemandBaseOutOfRange', { onDemandBaseCapacity: -1 }],
  ])('%s', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AwsScalingGroupProps>))).toEqual([code]);
  });

  test.each([
    ['ScalingGroupTargetPortMismatch', { port: 9000 }],
    ['ScalingGroupTargetHealthPathMismatch', { healthCheckPath: '/ready' }],
  ])('%s: the group and its target disagree', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AwsScalingGroupProps>, true))).toEqual([code]);
  });

  test("the target's own port and path pass", () => {
    expect(() => make({ port: 8080, healthCheckPath: '/healthz' }, true)).not.toThrow();
  });

  test('every failure is reported at once', () => {
    expect(errorCodes(() => make({ capacity: { min: 5, max: 2 }, size: 'huge', port: 0 }))).toEqual(['ScalingGroupMinAboveMax', 'ScalingGroupSizeUnknown', 'ScalingGroupPortOutOfRange']);
  });
});
