import { TerraformOutput } from 'cdktf';
import { AzureLoadBalancer, AzureLoadBalancerProps } from '../../../constructs/azure/load-balancer';
import { LOAD_BALANCER_DEFAULTS, LOAD_BALANCER_TARGET_DEFAULTS, LoadBalancerProtocol, LoadBalancerTargetType } from '../../../constructs/core/load-balancer';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const SECRET = 'https://shop-kv.vault.azure.net/secrets/shop-tls';

function make(props: Partial<AzureLoadBalancerProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const lb = new AzureLoadBalancer(stack, 'LoadBalancer', { resourceGroupName: resourceGroup.name, location: 'westeurope', subnetId: 'gw-subnet', ...props });
  return { stack, lb };
}

function warnings(lb: AzureLoadBalancer): string[] {
  return lb.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

describe('default properties', () => {
  const { stack, lb } = make();
  lb.addTarget('web');
  const s = synth(stack);
  const gw = onlyResource(s, 'azurerm_application_gateway');

  test('WAF_v2 across zones 1-3 with autoscaling between the default min and max', () => {
    expect(gw).toMatchObject({
      sku: { name: 'WAF_v2', tier: 'WAF_v2' },
      zones: ['1', '2', '3'],
      autoscale_configuration: { min_capacity: LOAD_BALANCER_DEFAULTS.azureMinCapacity, max_capacity: LOAD_BALANCER_DEFAULTS.azureMaxCapacity },
      ssl_policy: { policy_type: 'Predefined', policy_name: LOAD_BALANCER_DEFAULTS.azureSslPolicy },
      force_firewall_policy_association: true,
    });
    expect(onlyResource(s, 'azurerm_public_ip')).toMatchObject({ sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
  });

  test('a baseline WAF policy of its own: DRS managed rules in Prevention mode', () => {
    const waf = onlyResource(s, 'azurerm_web_application_firewall_policy');
    expect(waf.policy_settings).toMatchObject({ enabled: true, mode: 'Prevention' });
    expect(waf.managed_rules.managed_rule_set).toEqual(expect.arrayContaining([{ type: 'Microsoft_DefaultRuleSet', version: '2.1' }]));
    expect(gw.firewall_policy_id).toContain('azurerm_web_application_firewall_policy');
    expect(lb.wafPolicy).toBeDefined();
  });

  test('without a certificate: one HTTP listener and a warning, no redirect', () => {
    expect(gw.http_listener).toEqual([expect.objectContaining({ name: 'http', protocol: 'Http' })]);
    expect(gw.redirect_configuration).toBeUndefined();
    expect(warnings(lb).join()).toMatch(/plain HTTP/);
  });

  test('the default target is a basic rule to its pool with the default probe', () => {
    expect(gw.request_routing_rule).toEqual([expect.objectContaining({ name: 'route', rule_type: 'Basic', backend_address_pool_name: 'web-pool', backend_http_settings_name: 'web-settings', priority: 100 })]);
    expect(gw.probe).toEqual([
      expect.objectContaining({
        name: 'web-probe',
        protocol: 'Http',
        path: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckPath,
        interval: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckIntervalSeconds,
        timeout: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckTimeoutSeconds,
        unhealthy_threshold: LOAD_BALANCER_TARGET_DEFAULTS.unhealthyThreshold,
        match: { status_code: ['200-399'] },
      }),
    ]);
    expect(gw.backend_http_settings).toEqual([expect.objectContaining({ port: 8080, protocol: 'Http', connection_draining: { enabled: true, drain_timeout_sec: 30 } })]);
  });

  test('deletion protection is a CanNotDelete lock', () => {
    expect(onlyResource(s, 'azurerm_management_lock')).toMatchObject({ lock_level: 'CanNotDelete' });
  });

  test('declares failed requests, backend 5xx and response time, and prices fixed hours and capacity units', () => {
    expect(lb.goldenSignals.map((g) => g.name)).toEqual(['lb-5xx', 'target-5xx', 'response-time']);
    expect(lb.goldenSignals.every((g) => g.metric.resourceId !== undefined)).toBe(true);
    expect(lb.costItems).toEqual([
      expect.objectContaining({ sku: 'azure:appgateway:waf-v2-hour', quantityMin: 730 }),
      expect.objectContaining({ sku: 'azure:appgateway:waf-v2-capacity-unit-hour', usageBased: true }),
    ]);
  });
});

describe('options', () => {
  test('with a Key Vault certificate: HTTPS listener, HTTP redirected, identity to read the secret', () => {
    const { stack, lb } = make({ certificateSecretId: SECRET });
    lb.addTarget('web');
    const gw = onlyResource(synth(stack), 'azurerm_application_gateway');
    expect(gw.ssl_certificate).toEqual([{ name: 'default', key_vault_secret_id: SECRET }]);
    expect(gw.http_listener.map((l: any) => l.protocol)).toEqual(['Http', 'Https']);
    expect(gw.redirect_configuration).toEqual([expect.objectContaining({ redirect_type: 'Permanent', target_listener_name: 'https' })]);
    expect(gw.request_routing_rule.map((r: any) => [r.name, r.http_listener_name])).toEqual([['route', 'https'], ['http-to-https', 'http']]);
    expect(gw.identity.type).toBe('UserAssigned');
    expect(warnings(lb)).toEqual([]);
  });

  test('api targets are path rules in a URL path map whose default is the web pool', () => {
    const { stack, lb } = make();
    lb.addTarget('web');
    lb.addTarget('search', { pathPatterns: ['/api/search/*'] });
    const gw = onlyResource(synth(stack), 'azurerm_application_gateway');
    expect(gw.url_path_map).toEqual([
      expect.objectContaining({
        default_backend_address_pool_name: 'web-pool',
        path_rule: [expect.objectContaining({ name: 'search', paths: ['/api/search/*'], backend_address_pool_name: 'search-pool' })],
      }),
    ]);
    expect(gw.request_routing_rule[0]).toMatchObject({ rule_type: 'PathBasedRouting', url_path_map_name: 'routes' });
  });

  test('web app targets probe and forward over HTTPS 443 with the backend host name, listing the app host', () => {
    const { stack, lb } = make();
    const t = lb.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP });
    t.addBackendFqdn('shop.azurewebsites.net');
    const gw = onlyResource(synth(stack), 'azurerm_application_gateway');
    expect(gw.backend_address_pool).toEqual([{ name: 'web-pool', fqdns: ['shop.azurewebsites.net'] }]);
    expect(gw.backend_http_settings[0]).toMatchObject({ port: 443, protocol: 'Https', pick_host_name_from_backend_address: true });
    expect(gw.probe[0]).toMatchObject({ protocol: 'Https', pick_host_name_from_backend_http_settings: true });
  });

  test('no target yet: an empty default pool', () => {
    const { stack } = make();
    expect(onlyResource(synth(stack), 'azurerm_application_gateway').backend_address_pool).toEqual([{ name: 'default-pool' }]);
  });

  test('throttling sets the firewall policy and no baseline policy is made', () => {
    const { stack, lb } = make({ throttling: { wafId: '/subscriptions/x/wafpolicy', scope: ThrottlingScope.REGIONAL } });
    const s = synth(stack);
    expect(onlyResource(s, 'azurerm_application_gateway').firewall_policy_id).toBe('/subscriptions/x/wafpolicy');
    expect(resources(s, 'azurerm_web_application_firewall_policy')).toEqual({});
    expect(lb.wafPolicy).toBeUndefined();
  });

  test('capacity, zones and deletion protection are configurable', () => {
    const { stack } = make({ minCapacity: 0, maxCapacity: 20, zones: ['1'], deletionProtectionEnabled: false });
    const s = synth(stack);
    expect(onlyResource(s, 'azurerm_application_gateway')).toMatchObject({ zones: ['1'], autoscale_configuration: { min_capacity: 0, max_capacity: 20 } });
    expect(resources(s, 'azurerm_management_lock')).toEqual({});
  });

  test('blue/green weights are ignored with a warning', () => {
    const { lb } = make();
    lb.addTarget('web', { greenWeight: 10 });
    expect(warnings(lb).join()).toMatch(/no weighted routing/);
  });

  test('targets expose the pool id and the gateway metrics with their BackendSettingsPool dimension', () => {
    const { stack, lb } = make();
    const t = lb.addTarget('web');
    expect(t.requestCountMetric).toMatchObject({ metricName: 'AvgRequestCountPerHealthyHost', dimensions: [{ name: 'BackendSettingsPool', value: 'web-pool~web-settings' }] });
    expect(t.unhealthyHostMetric.metricName).toBe('UnhealthyHostCount');
    new TerraformOutput(stack, 'pool', { value: t.targetId });
    new TerraformOutput(stack, 'endpoint', { value: lb.endpointHostname });
    const out = synth(stack).doc.output!;
    expect(out.pool.value).toMatch(/\/backendAddressPools\/web-pool$/);
    expect(out.endpoint.value).toContain('azurerm_public_ip');
  });
});

describe('fails when', () => {
  test.each([
    ['LoadBalancerHttpsWithoutCertificate', { protocol: LoadBalancerProtocol.HTTPS }],
    ['LoadBalancerProtocolInvalid', { protocol: 'tcp' as LoadBalancerProtocol }],
    ['LoadBalancerMinCapacityOutOfRange', { minCapacity: 101, maxCapacity: 125 }],
    ['LoadBalancerMaxCapacityOutOfRange', { maxCapacity: 1 , minCapacity: 0 }],
    ['LoadBalancerMinCapacityAboveMax', { minCapacity: 5, maxCapacity: 3 }],
    ['LoadBalancerThrottlingScopeInvalid', { throttling: { wafId: '/edge', scope: ThrottlingScope.EDGE } }],
  ])('%s', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AzureLoadBalancerProps>))).toEqual([code]);
  });

  test.each([
    ['LoadBalancerHealthCheckTimeoutNotBelowInterval', { healthCheckTimeoutSeconds: 20 }],
    ['LoadBalancerUnhealthyThresholdOutOfRange', { unhealthyThreshold: 11 }],
    ['LoadBalancerPathPatternInvalid', { pathPatterns: ['api/*'] }],
  ])('addTarget: %s', (code, props) => {
    const { lb } = make();
    expect(errorCodes(() => lb.addTarget('web', props as never))).toEqual([code]);
  });

  test('addTarget: LoadBalancerSecondDefaultTarget', () => {
    const { lb } = make();
    lb.addTarget('web');
    expect(errorCodes(() => lb.addTarget('other'))).toEqual(['LoadBalancerSecondDefaultTarget']);
  });
});
