import { LoadBalancerProtocol } from '../../../constructs/core/load-balancer';
import { errorCodes, kitStack, onlyResource, Synth, synth } from '../../helpers';

const CLOUDS = [
  {
    cloud: 'aws' as const,
    read(s: Synth) {
      const groups = Object.values(s.doc.resource!.aws_lb_target_group) as any[];
      const rules = Object.values(s.doc.resource!.aws_lb_listener_rule ?? {}) as any[];
      const hc = groups.map((g) => ({ path: g.health_check.path, interval: g.health_check.interval, timeout: g.health_check.timeout, unhealthy: g.health_check.unhealthy_threshold, port: g.port }));
      return { healthChecks: hc.sort((a, b) => a.port - b.port), paths: rules.map((r) => r.condition[0].path_pattern.values), defaultRouted: !!onlyResource(s, 'aws_lb_listener').default_action[0].target_group_arn, deletionProtected: onlyResource(s, 'aws_lb').enable_deletion_protection === true };
    },
  },
  {
    cloud: 'azure' as const,
    read(s: Synth) {
      const gw = onlyResource(s, 'azurerm_application_gateway');
      const settings = gw.backend_http_settings as any[];
      const hc = (gw.probe as any[]).map((p, i) => ({ path: p.path, interval: p.interval, timeout: p.timeout, unhealthy: p.unhealthy_threshold, port: settings[i].port }));
      return { healthChecks: hc.sort((a, b) => a.port - b.port), paths: gw.url_path_map[0].path_rule.map((r: any) => r.paths), defaultRouted: gw.url_path_map[0].default_backend_address_pool_name === 'web-pool', deletionProtected: Object.keys(s.doc.resource!.azurerm_management_lock ?? {}).length === 1 };
    },
  },
];

describe.each(CLOUDS)('LoadBalancer contract on $cloud', ({ cloud, read }) => {
  test('the same targets give the same routes and health checks', () => {
    const { stack, kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    lb.addTarget('web', { healthCheckPath: '/ready', healthCheckIntervalSeconds: 20, healthCheckTimeoutSeconds: 4, unhealthyThreshold: 4 });
    lb.addTarget('search', { pathPatterns: ['/api/search/*'], port: 9000 });
    expect(read(synth(stack))).toEqual({
      healthChecks: [
        { path: '/ready', interval: 20, timeout: 4, unhealthy: 4, port: 8080 },
        { path: '/healthz', interval: 15, timeout: 5, unhealthy: 3, port: 9000 },
      ],
      paths: [['/api/search/*']],
      defaultRouted: true,
      deletionProtected: true,
    });
  });

  test('the same signal names for errors and latency', () => {
    const { kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer') as unknown as { goldenSignals: { name: string }[] };
    expect(lb.goldenSignals.map((g) => g.name)).toEqual(expect.arrayContaining(['lb-5xx', 'target-5xx', 'response-time']));
  });

  test('HTTPS without a certificate fails with the same code', () => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.loadBalancer('LoadBalancer', { protocol: LoadBalancerProtocol.HTTPS }))).toEqual(['LoadBalancerHttpsWithoutCertificate']);
  });

  test('bad targets fail with the same codes', () => {
    const { kit } = kitStack(cloud);
    const lb = kit.loadBalancer('LoadBalancer');
    expect(errorCodes(() => lb.addTarget('web', { healthCheckIntervalSeconds: 1, healthyThreshold: 20, pathPatterns: ['nope'] }))).toEqual([
      'LoadBalancerHealthCheckIntervalOutOfRange',
      'LoadBalancerHealthCheckTimeoutNotBelowInterval',
      'LoadBalancerHealthyThresholdOutOfRange',
      'LoadBalancerPathPatternInvalid',
    ]);
  });
});
