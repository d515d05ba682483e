import { AzureEdgeCache, AzureEdgeCacheProps, COMPRESSED_CONTENT_TYPES, frontDoorDuration } from '../../../constructs/azure/edge-cache';
import { AzureThrottling } from '../../../constructs/azure/throttling';
import { degradedPage } from '../../../constructs/core/edge-cache';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { AzureKit } from '../../../constructs/azure/kit';
import { LoadBalancerProtocol } from '../../../constructs/core/load-balancer';
import { EdgeKind, Wiring } from '../../../constructs/core/wiring';
import { azureStack, errorCodes, kitStack, onlyResource, resources, synth } from '../../helpers';

const ORIGIN = 'shop-web.azurewebsites.net';

function make(extra: Partial<AzureEdgeCacheProps> = {}, withWaf = false) {
  const { stack, resourceGroup } = azureStack();
  const waf = withWaf ? new AzureThrottling(stack, 'Waf', { scope: ThrottlingScope.EDGE, resourceGroupName: resourceGroup.name, location: 'westeurope' }) : undefined;
  const edge = new AzureEdgeCache(stack, 'Edge', { originHostname: ORIGIN, resourceGroupName: resourceGroup.name, location: 'westeurope', throttling: waf, ...extra });
  return { stack, edge, waf, s: synth(stack) };
}

function route(s: ReturnType<typeof synth>, name: string): any {
  return (Object.values(resources(s, 'azurerm_cdn_frontdoor_route')) as any[]).find((r) => r.name === name);
}

describe('AzureEdgeCache', () => {
  describe('default properties', () => {
    const { edge, s } = make();

    test('a Premium profile and an endpoint', () => {
      expect(onlyResource(s, 'azurerm_cdn_frontdoor_profile')).toMatchObject({ sku_name: 'Premium_AzureFrontDoor', response_timeout_seconds: 60 });
      expect(onlyResource(s, 'azurerm_cdn_frontdoor_endpoint').enabled).toBe(true);
    });

    test('an origin group probing /healthz over HTTPS', () => {
      expect(onlyResource(s, 'azurerm_cdn_frontdoor_origin_group')).toMatchObject({
        health_probe: { path: '/healthz', protocol: 'Https', interval_in_seconds: 30 },
        load_balancing: { sample_size: 4, successful_samples_required: 3 },
        session_affinity_enabled: false,
      });
    });

    test('the origin at priority 1, the static fallback site at priority 2, both with certificate checks', () => {
      const origins = (Object.values(resources(s, 'azurerm_cdn_frontdoor_origin')) as any[]).sort((a, b) => a.priority - b.priority);
      expect(origins.map((o) => [o.name, o.priority, o.certificate_name_check_enabled])).toEqual([['primary', 1, true], ['fallback', 2, true]]);
      expect(origins[0].host_name).toBe(ORIGIN);
      expect(origins[1].host_name).toMatch(/azurerm_storage_account\..*\.primary_web_host/);
    });

    test('the fallback site serves the degraded page for every path, from a hardened account', () => {
      expect(onlyResource(s, 'azurerm_storage_account_static_website')).toMatchObject({ index_document: 'degraded.html', error_404_document: 'degraded.html' });
      expect(onlyResource(s, 'azurerm_storage_blob')).toMatchObject({ name: 'degraded.html', storage_container_name: '$web', source_content: degradedPage(), content_type: 'text/html; charset=utf-8' });
      expect(onlyResource(s, 'azurerm_storage_account')).toMatchObject({ min_tls_version: 'TLS1_2', shared_access_key_enabled: false, allow_nested_items_to_be_public: false, https_traffic_only_enabled: true });
    });

    test('a cached, compressed route with HTTPS redirect and HTTPS to the origin', () => {
      expect(route(s, 'cached')).toMatchObject({
        patterns_to_match: ['/*'],
        https_redirect_enabled: true,
        forwarding_protocol: 'HttpsOnly',
        cache: { compression_enabled: true, query_string_caching_behavior: 'UseQueryString', content_types_to_compress: COMPRESSED_CONTENT_TYPES },
      });
    });

    test('the 300 s default TTL applies when the origin sends no cache headers', () => {
      expect(onlyResource(s, 'azurerm_cdn_frontdoor_rule').actions.route_configuration_override_action).toMatchObject({ cache_behavior: 'OverrideIfOriginMissing', cache_duration: '0.00:05:00' });
    });

    test('dynamic paths have their own route without caching', () => {
      const r = route(s, 'dynamic');
      expect(r.patterns_to_match).toEqual(['/api/*']);
      expect(r.cache).toBeUndefined();
    });

    test('no security policy or diagnostics unless given; the 5xx and origin-health signals; the Premium fee', () => {
      expect(resources(s, 'azurerm_cdn_frontdoor_security_policy')).toEqual({});
      expect(resources(s, 'azurerm_monitor_diagnostic_setting')).toEqual({});
      expect(edge.goldenSignals.map((g) => g.name)).toEqual(['5xx-error-rate', 'origin-health']);
      expect(edge.costItems[0]).toMatchObject({ sku: 'azure:frontdoor:premium', quantityMax: 1 });
    });
  });

  test('the WAF policy is attached through a security policy on the endpoint; the WAF watches the profile for blocked-request spikes', () => {
    const { edge, waf, s } = make({}, true);
    const sp = onlyResource(s, 'azurerm_cdn_frontdoor_security_policy');
    expect(sp.security_policies.firewall.cdn_frontdoor_firewall_policy_id).toMatch(/azurerm_cdn_frontdoor_firewall_policy\.\w+\.id/);
    expect(sp.security_policies.firewall.association.domain[0].cdn_frontdoor_domain_id).toMatch(/azurerm_cdn_frontdoor_endpoint/);
    expect(edge.goldenSignals.map((g) => g.name)).not.toContain('waf-blocked-requests-spike');
    expect(waf!.goldenSignals).toEqual([
      expect.objectContaining({ name: 'blocked-requests-spike', metric: expect.objectContaining({ namespace: 'Microsoft.Cdn/profiles', metricName: 'WebApplicationFirewallRequestCount' }) }),
    ]);
  });

  test('Standard when asked, priced as Standard', () => {
    const { edge, s } = make({ skuName: 'Standard_AzureFrontDoor' });
    expect(onlyResource(s, 'azurerm_cdn_frontdoor_profile').sku_name).toBe('Standard_AzureFrontDoor');
    expect(edge.costItems[0].sku).toBe('azure:frontdoor:standard');
  });

  test('logs to a workspace when given', () => {
    const ds = onlyResource(make({ logAnalyticsWorkspaceId: '/ws' }).s, 'azurerm_monitor_diagnostic_setting');
    expect(ds.enabled_log.map((l: any) => l.category)).toEqual(['FrontDoorAccessLog', 'FrontDoorHealthProbeLog', 'FrontDoorWebApplicationFirewallLog']);
  });

  test('without fallback: one origin, no storage', () => {
    const { s } = make({ fallbackEnabled: false, compressionEnabled: false, defaultTtlSeconds: 90061 });
    expect(Object.keys(resources(s, 'azurerm_cdn_frontdoor_origin'))).toHaveLength(1);
    expect(resources(s, 'azurerm_storage_account')).toEqual({});
    expect(route(s, 'cached').cache.compression_enabled).toBe(false);
    expect(onlyResource(s, 'azurerm_cdn_frontdoor_rule').actions.route_configuration_override_action.cache_duration).toBe('1.01:01:01');
  });

  test('durations in Front Door format', () => {
    expect(frontDoorDuration(0)).toBe('0.00:00:00');
    expect(frontDoorDuration(86400 * 3 + 59)).toBe('3.00:00:59');
  });

  describe('rules', () => {
    test.each([
      ['EdgeCacheOriginInvalid', { originHostname: '' }],
      ['EdgeCacheDefaultTtlOutOfRange', { defaultTtlSeconds: 31536001 }],
      ['EdgeCacheFallbackPathMalformed', { fallbackPath: '/degraded' }],
      ['EdgeCacheHealthProbePathMalformed', { healthProbePath: 'x y' }],
      ['EdgeCacheDynamicPathMalformed', { dynamicPathPatterns: ['*'] }],
      ['EdgeCacheThrottlingNotEdge', { throttling: { wafId: '/waf', scope: ThrottlingScope.REGIONAL } }],
      ['EdgeCacheLogRetentionOutOfRange', { logRetentionDays: 5000 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => make(p as Partial<AzureEdgeCacheProps>))).toEqual([code]);
    });
    test('fails when EdgeCacheSkuMismatch: a Standard profile with a Premium (managed-rules) WAF', () => {
      expect(errorCodes(() => make({ skuName: 'Standard_AzureFrontDoor' }, true))).toEqual(['EdgeCacheSkuMismatch']);
    });
    test('follows the WAF SKU when none is given: Standard for a WAF without managed rules', () => {
      const { stack, resourceGroup } = azureStack();
      const waf = new AzureThrottling(stack, 'Waf', { scope: ThrottlingScope.EDGE, managedRulesEnabled: false, resourceGroupName: resourceGroup.name, location: 'westeurope' });
      new AzureEdgeCache(stack, 'Edge', { originHostname: ORIGIN, resourceGroupName: resourceGroup.name, location: 'westeurope', throttling: waf });
      expect(onlyResource(synth(stack), 'azurerm_cdn_frontdoor_profile').sku_name).toBe('Standard_AzureFrontDoor');
    });
  });
});

describe('in front of a private Application Gateway', () => {
  function build(publicAccessEnabled: boolean, protocol = LoadBalancerProtocol.HTTP) {
    const { stack, kit } = kitStack('azure');
    const k = kit as AzureKit;
    const tls = protocol === LoadBalancerProtocol.HTTPS ? { certificateSecretId: 'https://kv.vault.azure.net/secrets/shop' } : {};
    const lb = k.loadBalancer('LoadBalancer', { publicAccessEnabled, protocol, ...tls });
    lb.addTarget('web', { port: 8080, healthCheckPath: '/healthz' });
    k.edgeCache('Edge', { originHostname: lb.endpointHostname, origin: lb, healthProbePath: '/healthz' });
    return { stack, s: synth(stack) };
  }

  test('forwards HTTP to the gateway listener port, probes over HTTP, and the gateway WAF requires its X-Azure-FDID', () => {
    const { s, stack } = build(false);
    for (const r of Object.values<any>(resources(s, 'azurerm_cdn_frontdoor_route'))) expect(r.forwarding_protocol).toBe('HttpOnly');
    expect(onlyResource(s, 'azurerm_cdn_frontdoor_origin_group').health_probe.protocol).toBe('Http');
    const primary = Object.values<any>(resources(s, 'azurerm_cdn_frontdoor_origin')).find((o) => o.name === 'primary');
    expect(primary.http_port).toBe(80);
    const rule = onlyResource(s, 'azurerm_web_application_firewall_policy').custom_rules[0];
    expect(rule).toMatchObject({ action: 'Block', rule_type: 'MatchRule', priority: 1 });
    expect(rule.match_conditions[1]).toMatchObject({ operator: 'BeginsWith', negation_condition: true, match_values: ['/healthz'] });
    const nsg = Object.values<any>(resources(s, 'azurerm_network_security_group')).find((n) => n.name.includes('gateway'));
    expect(nsg.security_rule[0]).toMatchObject({ source_address_prefix: 'AzureFrontDoor.Backend', destination_port_ranges: ['80'] });
    expect(Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.EDGE_ORIGIN).map((e) => [e.to, e.port, e.protocol])).toEqual([['test-azure/LoadBalancer', 80, 'http']]);
  });

  test('an HTTP origin states the in-transit gap and how tls certificates close it; an HTTPS origin does not', () => {
    const note = (stack: any) => Wiring.of(stack).edges.find((e) => e.kind === EdgeKind.EDGE_ORIGIN)!.note;
    expect(note(build(false).stack)).toMatch(/plain HTTP: not encrypted in transit .*\(tls\.azureCertificateSecretId\) for a DNS name .* forwards HttpsOnly/);
    const https = build(false, LoadBalancerProtocol.HTTPS);
    for (const r of Object.values<any>(resources(https.s, 'azurerm_cdn_frontdoor_route'))) expect(r.forwarding_protocol).toBe('HttpsOnly');
    expect(note(https.stack)).not.toMatch(/plain HTTP/);
  });

  test('a public gateway keeps its subnet open to the internet and gets no Front Door rule', () => {
    const { s } = build(true);
    expect(onlyResource(s, 'azurerm_web_application_firewall_policy').custom_rules).toBeUndefined();
    const nsg = Object.values<any>(resources(s, 'azurerm_network_security_group')).find((n) => n.name.includes('gateway'));
    expect(nsg.security_rule[0]).toMatchObject({ source_address_prefix: 'Internet', destination_port_ranges: ['80'] });
  });
});
