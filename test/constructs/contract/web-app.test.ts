import { ScalingMetric } from '../../../constructs/core/capacity';
import { LoadBalancerTargetType } from '../../../constructs/core/load-balancer';
import { SizeTier } from '../../../constructs/core/size';
import { WebAppProps } from '../../../constructs/core/web-app';
import { errorCodes, kitStack, onlyResource, Synth, synth } from '../../helpers';

const CLOUDS = [
  {
    cloud: 'aws' as const,
    read(s: Synth) {
      const target = onlyResource(s, 'aws_appautoscaling_target');
      const policy = onlyResource(s, 'aws_appautoscaling_policy');
      const [container] = JSON.parse(onlyResource(s, 'aws_ecs_task_definition').container_definitions);
      const hc = (Object.values(s.doc.resource!.aws_lb_target_group) as any[])[0].health_check.path;
      return { max: target.max_capacity, cpuTarget: policy.target_tracking_scaling_policy_configuration.target_value, image: container.image, port: container.portMappings[0].containerPort, healthCheckPath: hc, behindLb: onlyResource(s, 'aws_ecs_service').load_balancer.length === 1 };
    },
  },
  {
    cloud: 'azure' as const,
    read(s: Synth) {
      const site = onlyResource(s, 'azurerm_linux_web_app');
      const profile = onlyResource(s, 'azurerm_monitor_autoscale_setting').profile[0];
      const stack = site.site_config.application_stack;
      const gw = onlyResource(s, 'azurerm_application_gateway');
      return {
        max: profile.capacity.maximum,
        cpuTarget: profile.rule[0].metric_trigger.threshold,
        image: `${stack.docker_registry_url.replace('https://', '')}/${stack.docker_image_name}`,
        port: Number(site.app_settings.WEBSITES_PORT),
        healthCheckPath: site.site_config.health_check_path,
        behindLb: gw.backend_address_pool[0].fqdns.length === 1,
      };
    },
  },
];

const PROPS: WebAppProps = { size: SizeTier.MEDIUM, capacity: { min: 3, max: 9 }, scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 50 }], containerImage: 'public.ecr.aws/shop/web:1.0', port: 8081 };

describe.each(CLOUDS)('WebApp contract on $cloud', ({ cloud, read }) => {
  test('the same neutral props give the same capacity, CPU target, image, port and health check', () => {
    const { stack, kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    kit.webApp('WebTier', { ...PROPS, target: lb.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP, port: 8081, healthCheckPath: '/up' }) });
    expect(read(synth(stack))).toEqual({ max: 9, cpuTarget: 50, image: 'public.ecr.aws/shop/web:1.0', port: 8081, healthCheckPath: '/up', behindLb: true });
  });

  test('the same signals', () => {
    const { kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    const app = kit.webApp('WebTier', { ...PROPS, target: lb.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP }) }) as unknown as { goldenSignals: { name: string }[] };
    expect(app.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
  });

  test('the same invalid props fail with the same codes', () => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.webApp('Bad', { size: SizeTier.XSMALL, capacity: { min: 1, max: 0 }, scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 5 }] }))).toEqual([
      'WebAppMaxOutOfRange',
      'WebAppMinAboveMax',
      'WebAppQueueTargetNotSupported',
      'WebAppZoneRedundantMinTooLow',
      'WebAppSizeNotZoneRedundant',
    ]);
  });
});
