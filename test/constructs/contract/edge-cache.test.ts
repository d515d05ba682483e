import { Blueprint } from '../../../constructs/core/blueprint';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { errorCodes, kitStack, onlyResource, resources, synth } from '../../helpers';

const ORIGIN = 'shop-web.example.com';

/** Each cloud's edge in neutral terms. */
const read = {
  aws: (s: ReturnType<typeof synth>) => {
    const d = onlyResource(s, 'aws_cloudfront_distribution');
    return {
      origin: d.origin.find((o: any) => o.origin_id === 'primary').domain_name,
      hasFallbackOrigin: d.origin.some((o: any) => o.origin_id === 'fallback'),
      wafAttached: d.web_acl_id !== undefined,
      httpsRedirect: d.default_cache_behavior.viewer_protocol_policy === 'redirect-to-https',
      compressed: d.default_cache_behavior.compress,
      defaultTtlSeconds: onlyResource(s, 'aws_cloudfront_cache_policy').default_ttl,
    };
  },
  azure: (s: ReturnType<typeof synth>) => {
    const origins = Object.values(resources(s, 'azurerm_cdn_frontdoor_origin')) as any[];
    const cached = (Object.values(resources(s, 'azurerm_cdn_frontdoor_route')) as any[]).find((r) => r.name === 'cached');
    const [d, h, m, sec] = onlyResource(s, 'azurerm_cdn_frontdoor_rule').actions.route_configuration_override_action.cache_duration.split(/[.:]/).map(Number);
    return {
      origin: origins.find((o) => o.priority === 1).host_name,
      hasFallbackOrigin: origins.some((o) => o.priority === 2),
      wafAttached: Object.keys(resources(s, 'azurerm_cdn_frontdoor_security_policy')).length === 1,
      httpsRedirect: cached.https_redirect_enabled,
      compressed: cached.cache.compression_enabled,
      defaultTtlSeconds: ((d * 24 + h) * 60 + m) * 60 + sec,
    };
  },
};

describe.each(['aws', 'azure'] as const)('EdgeCache contract on %s', (cloud) => {
  test('the origin with a static fallback, the edge WAF, HTTPS redirect, compression and the default TTL', () => {
    const { stack, kit } = kitStack(cloud);
    const waf = kit.throttling('EdgeWaf', { scope: ThrottlingScope.EDGE });
    const edge = kit.edgeCache('Edge', { originHostname: ORIGIN, throttling: waf, defaultTtlSeconds: 600 });
    expect((edge as unknown as Blueprint).blueprintKind).toBe('EdgeCache');
    expect(read[cloud](synth(stack))).toEqual({ origin: ORIGIN, hasFallbackOrigin: true, wafAttached: true, httpsRedirect: true, compressed: true, defaultTtlSeconds: 600 });
  });

  test.each([
    ['EdgeCacheThrottlingNotEdge', { throttling: { wafId: 'x', scope: ThrottlingScope.REGIONAL } }],
    ['EdgeCacheOriginInvalid', { originHostname: 'http://x' }],
  ])('fails with the same code when %s', (code, bad) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.edgeCache('Edge', { originHostname: ORIGIN, ...bad }))).toEqual([code]);
  });
});

describe.each(['aws', 'azure'] as const)('EdgeCache warnings on %s', (cloud) => {
  const warnings = (b: unknown) => (b as Blueprint).node.metadata.filter((m) => String(m.data).includes('fallbackEnabled is false'));
  test('turning the fallback off gets a warning', () => {
    const { kit } = kitStack(cloud);
    expect(warnings(kit.edgeCache('NoFallback', { originHostname: ORIGIN, fallbackEnabled: false }))).toHaveLength(1);
  });
  test('the default, with fallback, does not', () => {
    const { kit } = kitStack(cloud);
    expect(warnings(kit.edgeCache('WithFallback', { originHostname: ORIGIN }))).toHaveLength(0);
  });
});
