import { AwsEdgeCache, CLOUDFRONT_MANAGED_POLICIES } from '../../../constructs/aws/edge-cache';
import { AwsThrottling } from '../../../constructs/aws/throttling';
import { EDGE_CACHE_DEFAULTS, degradedPage } from '../../../constructs/core/edge-cache';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { AwsLoadBalancer } from '../../../constructs/aws/load-balancer';
import { LoadBalancerProtocol } from '../../../constructs/core/load-balancer';
import { EdgeKind, Wiring } from '../../../constructs/core/wiring';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const ORIGIN = 'shop-web-123.eu-west-1.elb.amazonaws.com';

function bucketByName(s: ReturnType<typeof synth>, part: string): [string, any] {
  return Object.entries(resources(s, 'aws_s3_bucket')).find(([, b]: [string, any]) => String(b.bucket).includes(part)) as [string, any];
}

describe('AwsEdgeCache', () => {
  describe('default properties', () => {
    const stack = awsStack();
    const edge = new AwsEdgeCache(stack, 'Edge', { originHostname: ORIGIN });
    const s = synth(stack);
    const dist = onlyResource(s, 'aws_cloudfront_distribution');

    test('HTTP/2 and 3, IPv6, every edge location, HTTPS to viewers and TLS 1.2 to the origin', () => {
      expect(dist).toMatchObject({ enabled: true, http_version: 'http2and3', is_ipv6_enabled: true, price_class: 'PriceClass_All' });
      expect(dist.default_cache_behavior.viewer_protocol_policy).toBe('redirect-to-https');
      const primary = dist.origin.find((o: any) => o.origin_id === 'primary');
      expect(primary).toMatchObject({ domain_name: ORIGIN, custom_origin_config: { origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] } });
    });

    test('a cache policy with the 300 s default TTL and compression; the managed origin request policy', () => {
      expect(onlyResource(s, 'aws_cloudfront_cache_policy')).toMatchObject({
        default_ttl: EDGE_CACHE_DEFAULTS.defaultTtlSeconds,
        min_ttl: 0,
        parameters_in_cache_key_and_forwarded_to_origin: { enable_accept_encoding_gzip: true, enable_accept_encoding_brotli: true },
      });
      expect(dist.default_cache_behavior).toMatchObject({ compress: true, origin_request_policy_id: CLOUDFRONT_MANAGED_POLICIES.allViewerExceptHostHeader });
    });

    test('the default behaviour fails over through an origin group, from the origin to the fallback bucket on 5xx', () => {
      expect(dist.origin_group).toEqual([
        { origin_id: 'primary-with-fallback', failover_criteria: { status_codes: [502, 503, 504] }, member: [{ origin_id: 'primary' }, { origin_id: 'fallback' }] },
      ]);
      expect(dist.default_cache_behavior).toMatchObject({ target_origin_id: 'primary-with-fallback', allowed_methods: ['GET', 'HEAD', 'OPTIONS'] });
      expect(dist.custom_error_response.map((e: any) => [e.error_code, e.response_code, e.response_page_path])).toEqual([
        [502, 503, '/degraded.html'], [503, 503, '/degraded.html'], [504, 503, '/degraded.html'],
      ]);
    });

    test('dynamic paths go to the origin with every method and no caching', () => {
      const api = dist.ordered_cache_behavior.find((b: any) => b.path_pattern === '/api/*');
      expect(api).toMatchObject({ target_origin_id: 'primary', cache_policy_id: CLOUDFRONT_MANAGED_POLICIES.cachingDisabled });
      expect(api.allowed_methods).toEqual(expect.arrayContaining(['POST', 'PUT', 'DELETE']));
    });

    test('the fallback bucket is private, encrypted, versioned and read only by this distribution through OAC', () => {
      const [id] = bucketByName(s, 'fallback');
      const blocks = Object.values(resources(s, 'aws_s3_bucket_public_access_block')) as any[];
      expect(blocks.find((b) => b.bucket.includes(id))).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
      const enc = (Object.values(resources(s, 'aws_s3_bucket_server_side_encryption_configuration')) as any[]).find((e) => e.bucket.includes(id));
      expect(enc.rule[0].apply_server_side_encryption_by_default.sse_algorithm).toBe('AES256');
      expect((Object.values(resources(s, 'aws_s3_bucket_versioning')) as any[]).find((v) => v.bucket.includes(id)).versioning_configuration.status).toBe('Enabled');
      expect(onlyResource(s, 'aws_cloudfront_origin_access_control')).toMatchObject({ origin_access_control_origin_type: 's3', signing_behavior: 'always', signing_protocol: 'sigv4' });
      const policy = String((Object.values(resources(s, 'aws_s3_bucket_policy')) as any[]).find((p) => p.bucket.includes(id)).policy);
      expect(policy).toContain('cloudfront.amazonaws.com');
      expect(policy).toContain('AWS:SourceArn');
      expect(policy).toContain('aws:SecureTransport');
    });

    test('the degraded-mode page is uploaded with deterministic content', () => {
      expect(onlyResource(s, 'aws_s3_object')).toMatchObject({ key: 'degraded.html', content: degradedPage(), content_type: 'text/html; charset=utf-8' });
      expect(degradedPage()).toBe(degradedPage());
    });

    test('standard logs go to a private bucket that accepts the log-delivery ACL and expires them', () => {
      const [id] = bucketByName(s, 'logs');
      expect(dist.logging_config.bucket).toContain(id);
      expect(onlyResource(s, 'aws_s3_bucket_ownership_controls').rule.object_ownership).toBe('BucketOwnerPreferred');
      expect(onlyResource(s, 'aws_s3_bucket_lifecycle_configuration').rule[0].expiration[0].days).toBe(EDGE_CACHE_DEFAULTS.logRetentionDays);
    });

    test('the default certificate, no WAF unless given', () => {
      expect(dist.viewer_certificate).toEqual({ cloudfront_default_certificate: true });
      expect(dist.web_acl_id).toBeUndefined();
    });

    test('declares the 5xx rate and usage-based costs', () => {
      expect(edge.goldenSignals.map((g) => g.name)).toEqual(['5xx-error-rate']);
      expect(edge.costItems.every((c) => c.usageBased)).toBe(true);
    });
  });

  test('attaches an edge web ACL', () => {
    const stack = awsStack();
    const waf = new AwsThrottling(stack, 'Waf', { scope: ThrottlingScope.EDGE });
    new AwsEdgeCache(stack, 'Edge', { originHostname: ORIGIN, throttling: waf });
    expect(onlyResource(synth(stack), 'aws_cloudfront_distribution').web_acl_id).toMatch(/^\$\{aws_wafv2_web_acl\.\w+\.arn\}$/);
  });

  test('with a certificate: SNI and TLSv1.2_2021 for viewers', () => {
    const stack = awsStack();
    new AwsEdgeCache(stack, 'Edge', { originHostname: ORIGIN, acmCertificateArn: 'arn:aws:acm:us-east-1:1:certificate/x', aliases: ['shop.example.com'] });
    const dist = onlyResource(synth(stack), 'aws_cloudfront_distribution');
    expect(dist.viewer_certificate).toEqual({ acm_certificate_arn: 'arn:aws:acm:us-east-1:1:certificate/x', ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2021' });
    expect(dist.aliases).toEqual(['shop.example.com']);
  });

  test('without fallback: no bucket, no origin group, straight to the origin', () => {
    const stack = awsStack();
    new AwsEdgeCache(stack, 'Edge', { originHostname: ORIGIN, fallbackEnabled: false, compressionEnabled: false, defaultTtlSeconds: 60, dynamicPathPatterns: ['/checkout/*'] });
    const s = synth(stack);
    const dist = onlyResource(s, 'aws_cloudfront_distribution');
    expect(dist.origin_group).toBeUndefined();
    expect(dist.default_cache_behavior).toMatchObject({ target_origin_id: 'primary', compress: false });
    expect(dist.ordered_cache_behavior.map((b: any) => b.path_pattern)).toEqual(['/checkout/*']);
    expect(resources(s, 'aws_s3_object')).toEqual({});
    expect(onlyResource(s, 'aws_cloudfront_cache_policy').default_ttl).toBe(60);
  });

  describe('rules', () => {
    test.each([
      ['EdgeCacheOriginInvalid', { originHostname: 'https://shop.example.com/' }],
      ['EdgeCacheDefaultTtlOutOfRange', { defaultTtlSeconds: -1 }],
      ['EdgeCacheFallbackPathMalformed', { fallbackPath: 'degraded' }],
      ['EdgeCacheHealthProbePathMalformed', { healthProbePath: 'healthz' }],
      ['EdgeCacheDynamicPathMalformed', { dynamicPathPatterns: ['api/*'] }],
      ['EdgeCacheThrottlingNotEdge', { throttling: { wafId: 'arn', scope: ThrottlingScope.REGIONAL } }],
      ['EdgeCacheLogRetentionOutOfRange', { logRetentionDays: 0 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => new AwsEdgeCache(awsStack(), 'Edge', { originHostname: ORIGIN, ...(p as object) }))).toEqual([code]);
    });
  });
});

describe('in front of a private load balancer', () => {
  function build(publicAccessEnabled: boolean, certificateArn?: string) {
    const stack = awsStack();
    const lb = new AwsLoadBalancer(stack, 'LoadBalancer', { vpcId: 'vpc-1', vpcCidr: '10.0.0.0/16', subnetIds: ['a', 'b'], publicAccessEnabled, certificateArn, protocol: certificateArn ? LoadBalancerProtocol.HTTPS : undefined });
    lb.addTarget('web');
    const edge = new AwsEdgeCache(stack, 'Edge', { originHostname: lb.endpointHostname, origin: lb });
    return { stack, lb, edge, s: synth(stack) };
  }

  test('reaches it through a VPC origin on the listener protocol and port, and opens it to the origin-facing prefix list', () => {
    const { s, stack } = build(false);
    const vo = onlyResource(s, 'aws_cloudfront_vpc_origin').vpc_origin_endpoint_config[0];
    expect(vo).toMatchObject({ http_port: 80, origin_protocol_policy: 'http-only' });
    expect(vo.arn).toMatch(/^\$\{aws_lb\.LoadBalancer_.*\.arn\}$/);
    expect(Object.values<any>(s.doc.data!.aws_ec2_managed_prefix_list)[0].name).toBe('com.amazonaws.global.cloudfront.origin-facing');
    const primary = onlyResource(s, 'aws_cloudfront_distribution').origin.find((o: any) => o.origin_id === 'primary');
    expect(primary.custom_origin_config).toBeUndefined();
    expect(primary.vpc_origin_config.vpc_origin_id).toMatch(/aws_cloudfront_vpc_origin\./);
    const edges = Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.EDGE_ORIGIN);
    expect(edges.map((e) => [e.from, e.to, e.port, e.protocol])).toEqual([['test/Edge', 'test/LoadBalancer', 80, 'http']]);
  });

  test('an internet-facing HTTPS load balancer is a custom origin on https-only 443 without a VPC origin', () => {
    const { s } = build(true, 'arn:aws:acm:eu-west-1:1:certificate/x');
    expect(resources(s, 'aws_cloudfront_vpc_origin')).toEqual({});
    const primary = onlyResource(s, 'aws_cloudfront_distribution').origin.find((o: any) => o.origin_id === 'primary');
    expect(primary.custom_origin_config).toMatchObject({ origin_protocol_policy: 'https-only', https_port: 443 });
  });
});
