import { AwsLoadBalancer } from '../../../constructs/aws/load-balancer';
import { AwsWebApp, AwsWebAppProps, WEB_APP_CONTAINER_NAME } from '../../../constructs/aws/web-app';
import { ScalingMetric } from '../../../constructs/core/capacity';
import { LoadBalancerTargetType } from '../../../constructs/core/load-balancer';
import { SIZE_TIERS, SizeTier } from '../../../constructs/core/size';
import { SAMPLE_APP, sampleAppSourceBase64 } from '../../../constructs/core/sample-app';
import { WEB_APP_DEFAULTS } from '../../../constructs/core/web-app';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const NET = { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'], region: 'eu-west-1' };

function make(props: Partial<AwsWebAppProps> = {}, withLb = false) {
  const stack = awsStack();
  const lb = withLb ? new AwsLoadBalancer(stack, 'LoadBalancer', { vpcId: 'vpc-1', vpcCidr: '10.0.0.0/16', subnetIds: ['p1', 'p2'] }) : undefined;
  const target = lb?.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP });
  const app = new AwsWebApp(stack, 'App', { ...NET, target, ...props });
  return { stack, app, s: synth(stack) };
}

describe('default properties', () => {
  const { app, s } = make();
  const service = onlyResource(s, 'aws_ecs_service');
  const task = onlyResource(s, 'aws_ecs_task_definition');

  test('a Fargate service in the private subnets without public IP, with a rolling-back circuit breaker', () => {
    expect(service).toMatchObject({
      launch_type: 'FARGATE',
      desired_count: WEB_APP_DEFAULTS.capacity.min,
      network_configuration: { subnets: NET.subnetIds, assign_public_ip: false },
      deployment_circuit_breaker: { enable: true, rollback: true },
      deployment_minimum_healthy_percent: 100,
      availability_zone_rebalancing: 'ENABLED',
      lifecycle: { ignore_changes: ['desired_count'] },
    });
  });

  test('Container Insights is on for the cluster', () => {
    expect(onlyResource(s, 'aws_ecs_cluster').setting).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
  });

  test('the task definition is awsvpc with the size tier CPU and memory and the default image', () => {
    expect(task).toMatchObject({ network_mode: 'awsvpc', requires_compatibilities: ['FARGATE'], cpu: String(SIZE_TIERS[SizeTier.SMALL].fargateCpu), memory: String(SIZE_TIERS[SizeTier.SMALL].fargateMemoryMiB) });
    const [container] = JSON.parse(task.container_definitions);
    expect(container).toMatchObject({ name: WEB_APP_CONTAINER_NAME, image: WEB_APP_DEFAULTS.containerImage, portMappings: [{ containerPort: WEB_APP_DEFAULTS.port }], logConfiguration: { logDriver: 'awslogs' } });
  });

  test('the execution role only pulls images and writes logs; the task role has no permissions', () => {
    expect(Object.values(resources(s, 'aws_iam_role_policy_attachment')).map((a: any) => a.policy_arn)).toEqual(['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy']);
    expect(resources(s, 'aws_iam_role_policy')).toEqual({});
  });

  test('service autoscaling between min and max with CPU target tracking', () => {
    expect(onlyResource(s, 'aws_appautoscaling_target')).toMatchObject({ min_capacity: 2, max_capacity: 6, scalable_dimension: 'ecs:service:DesiredCount', service_namespace: 'ecs' });
    expect(onlyResource(s, 'aws_appautoscaling_policy').target_tracking_scaling_policy_configuration).toMatchObject({ target_value: 60, predefined_metric_specification: { predefined_metric_type: 'ECSServiceAverageCPUUtilization' } });
  });

  test('container logs are kept 30 days', () => {
    expect(onlyResource(s, 'aws_cloudwatch_log_group').retention_in_days).toBe(WEB_APP_DEFAULTS.logRetentionDays);
  });

  test('declares CPU and prices Fargate vCPU-hours and GB-hours', () => {
    expect(app.goldenSignals.map((g) => g.name)).toEqual(['cpu-high']);
    expect(app.costItems).toEqual([
      expect.objectContaining({ sku: 'aws:fargate:vcpu-hour', quantityMin: 730 * 1 * 2, quantityMax: 730 * 1 * 6 }),
      expect.objectContaining({ sku: 'aws:fargate:gb-hour', quantityMin: 730 * 2 * 2, quantityMax: 730 * 2 * 6 }),
    ]);
  });
});

describe('options', () => {
  test('behind the ALB: registered with the IP target group after the listener exists, ingress from the ALB only', () => {
    const { app, s } = make({}, true);
    const service = onlyResource(s, 'aws_ecs_service');
    expect(service.load_balancer).toEqual([{ target_group_arn: expect.stringContaining('aws_lb_target_group'), container_name: 'app', container_port: 8080 }]);
    expect(service.depends_on).toEqual([expect.stringContaining('aws_lb_listener.')]);
    expect(service.health_check_grace_period_seconds).toBe(60);
    expect(Object.values(resources(s, 'aws_vpc_security_group_ingress_rule')).find((r: any) => r.referenced_security_group_id)).toMatchObject({ from_port: 8080 });
    expect(app.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
    expect(app.endpointHostname).toContain('TfToken');
  });

  test('requests per instance scales on ALBRequestCountPerTarget', () => {
    const { s } = make({ scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 500 }] }, true);
    expect(onlyResource(s, 'aws_appautoscaling_policy').target_tracking_scaling_policy_configuration.predefined_metric_specification).toMatchObject({ predefined_metric_type: 'ALBRequestCountPerTarget', resource_label: expect.stringContaining('/') });
  });

  test('schedules become scheduled actions with an App Auto Scaling cron and time zone', () => {
    const { s } = make({ schedules: [{ name: 'business-hours', cron: '0 7 * * MON-FRI', timeZone: 'Europe/Berlin', min: 4 }] });
    expect(onlyResource(s, 'aws_appautoscaling_scheduled_action')).toMatchObject({
      schedule: 'cron(0 7 ? * MON,TUE,WED,THU,FRI *)',
      timezone: 'Europe/Berlin',
      scalable_target_action: { min_capacity: '4', max_capacity: '6' },
    });
  });

  test('size, image, port, environment and capacity are passed through', () => {
    const { s } = make({ size: SizeTier.MEDIUM, containerImage: 'nginx:1.27', port: 9000, environment: { B: '2', A: '1' }, capacity: { min: 3, max: 9, desired: 4 } });
    const task = onlyResource(s, 'aws_ecs_task_definition');
    expect(task).toMatchObject({ cpu: '2048', memory: '4096' });
    const [container] = JSON.parse(task.container_definitions);
    expect(container).toMatchObject({ image: 'nginx:1.27', portMappings: [{ containerPort: 9000 }], environment: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] });
    expect(onlyResource(s, 'aws_ecs_service').desired_count).toBe(4);
    expect(onlyResource(s, 'aws_appautoscaling_target')).toMatchObject({ min_capacity: 3, max_capacity: 9 });
  });

  test('with the default image it runs the sample shop: its command, its code, the port and health path it answers', () => {
    const { s } = make({ port: 9000, healthCheckPath: '/ready', environment: { APP_TIER: 'web' } });
    const [container] = JSON.parse(onlyResource(s, 'aws_ecs_task_definition').container_definitions);
    expect(container.image).toBe(SAMPLE_APP.containerImage);
    expect(container.command).toEqual(['node', '-e', 'eval(atob(process.env.SAMPLE_APP_SOURCE))']);
    const env = Object.fromEntries(container.environment.map((e: any) => [e.name, e.value]));
    expect(env).toEqual({ APP_TIER: 'web', PORT: '9000', HEALTH_CHECK_PATH: '/ready', SAMPLE_APP_SOURCE: sampleAppSourceBase64() });
    expect(Buffer.from(env.SAMPLE_APP_SOURCE, 'base64').toString()).toContain("require('http')");
  });

  test('another image runs as it is: no sample command or code', () => {
    const { s } = make({ containerImage: 'nginx:1.27' });
    const [container] = JSON.parse(onlyResource(s, 'aws_ecs_task_definition').container_definitions);
    expect(container.command).toBeUndefined();
    expect(container.environment).toEqual([]);
  });

  test('without zone redundancy the service uses one subnet', () => {
    const { s } = make({ zoneRedundancyEnabled: false, capacity: { min: 1, max: 2 } });
    expect(onlyResource(s, 'aws_ecs_service')).toMatchObject({ network_configuration: { subnets: ['subnet-a'] }, availability_zone_rebalancing: 'DISABLED' });
  });

  test('a staging slot has no AWS equivalent: a warning points to blue/green weights', () => {
    const { app } = make({ stagingSlotEnabled: true });
    expect(app.node.metadata.map((m) => String(m.data)).join()).toMatch(/blue\/green/);
  });
});

describe('fails when', () => {
  test.each([
    ['WebAppMinAboveMax', { capacity: { min: 4, max: 2 } }],
    ['WebAppDesiredOutOfRange', { capacity: { min: 2, max: 3, desired: 1 } }],
    ['WebAppMinOutOfRange', { capacity: { min: -1, max: 3 }, zoneRedundancyEnabled: false }],
    ['WebAppMaxOutOfRange', { capacity: { min: 2, max: 2000 } }],
    ['WebAppCpuTargetOutOfRange', { scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 101 }] }],
    ['WebAppTargetNotPositive', { scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: -1 }] }, true],
    ['WebAppDuplicateTarget', { scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 50 }, { metric: ScalingMetric.CPU, targetValue: 50 }] }],
    ['WebAppSizeUnknown', { size: 'tiny' }],
    ['WebAppRequestTargetWithoutLoadBalancer', { scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 10 }] }],
    ['WebAppQueueTargetNotSupported', { scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 10, queue: { queueName: 'q', queueId: 'q' } }] }],
    ['WebAppZoneRedundantMinTooLow', { capacity: { min: 1, max: 3 } }],
    ['WebAppSizeNotZoneRedundant', { size: SizeTier.XSMALL }],
    ['WebAppPortOutOfRange', { port: 70000 }],
    ['WebAppHealthCheckPathInvalid', { healthCheckPath: 'health' }],
    ['WebAppContainerImageInvalid', { containerImage: 'not an image' }],
    ['WebAppEnvironmentNameInvalid', { environment: { '1BAD': 'x' } }],
    ['WebAppScheduleCronMalformed', { schedules: [{ name: 'w', cron: 'every day', min: 2 }] }],
    ['WebAppScheduleTimeZoneUnknown', { schedules: [{ name: 'w', cron: '0 7 * * *', timeZone: 'Berlin', min: 2 }] }],
  ])('%s', (code, props, withLb = false) => {
    expect(errorCodes(() => make(props as Partial<AwsWebAppProps>, withLb as boolean))).toEqual([code]);
  });
});
