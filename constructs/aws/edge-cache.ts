import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { CloudfrontCachePolicy } from '@cdktf/provider-aws/lib/cloudfront-cache-policy';
import { CloudfrontDistribution, CloudfrontDistributionOrderedCacheBehavior } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
import { CloudfrontVpcOrigin } from '@cdktf/provider-aws/lib/cloudfront-vpc-origin';
import { DataAwsEc2ManagedPrefixList } from '@cdktf/provider-aws/lib/data-aws-ec2-managed-prefix-list';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { Policy } from '../core/policy';
import { EDGE_CACHE_DEFAULTS, EDGE_CACHE_RULES, EDGE_FAILOVER_STATUS_CODES, EdgeCacheProps, IEdgeCache, degradedPage } from '../core/edge-cache';
import { LoadBalancerProtocol } from '../core/load-balancer';
import { resourceName } from '../core/naming';
import { EdgeKind, Wiring } from '../core/wiring';
import { AwsLoadBalancer } from './load-balancer';
import { secureBucket, tlsOnlyBucketPolicy } from './private/secure-bucket';

/** CloudFront managed policies (their ids are the same in every account). */
export const CLOUDFRONT_MANAGED_POLICIES = {
  cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  cachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
} as const;

/**
 * CloudFront facts the edge relies on.
 * source: AWS CloudFront Developer Guide, "Restrict access with VPC origins" (private-content-vpc-origins,
 * read 2026-12): a VPC origin reaches an internal ALB in private subnets of a VPC with an internet
 * gateway; the ALB's security group must admit the CloudFront origin-facing managed prefix list.
 * AWS provider v6.25.0 resource aws_cloudfront_vpc_origin (vpc_origin_endpoint_config: arn, name,
 * http_port, https_port, origin_protocol_policy http-only | https-only | match-viewer,
 * origin_ssl_protocols { items, quantity }).
 */
export const CLOUDFRONT_ORIGIN_FACTS = {
  /** The AWS-managed prefix list of CloudFront's origin-facing addresses (VPC origins included). */
  originFacingPrefixList: 'com.amazonaws.global.cloudfront.origin-facing',
  /** origin_protocol_policy by the origin listener's protocol. */
  originProtocolPolicy: { [LoadBalancerProtocol.HTTP]: 'http-only', [LoadBalancerProtocol.HTTPS]: 'https-only' } as Record<LoadBalancerProtocol, string>,
} as const;

export interface AwsEdgeCacheProps extends EdgeCacheProps {
  /**
   * ACM certificate (us-east-1) for `aliases`. With one, viewers need TLS 1.2+ (TLSv1.2_2021);
   * without, the distribution answers on its `*.cloudfront.net` name with CloudFront's default
   * certificate, whose minimum protocol CloudFront fixes.
   * @default - the CloudFront default certificate
   */
  readonly acmCertificateArn?: string;
  /** Custom domain names, with `acmCertificateArn`. @default - none */
  readonly aliases?: string[];
  /** Edge locations used. `PriceClass_100` (North America, Europe) is cheaper, slower elsewhere. @default 'PriceClass_All' */
  readonly priceClass?: string;
}

/** SSE-S3 with bucket keys: the encryption of the log and fallback buckets. */
const SSE_S3 = { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true };

const PRIMARY = 'primary';
const FALLBACK = 'fallback';
const GROUP = 'primary-with-fallback';

/**
 * A CloudFront distribution in front of an HTTPS origin: HTTP/2 and 3, IPv6, TLS 1.2+ to the
 * origin (and to viewers with a custom certificate), compression, a cache policy with the default
 * TTL, the edge WAF, and standard logs to a private S3 bucket.
 *
 * Circuit breaking with fallback: the cached default behaviour targets an origin group that fails
 * over from the origin to a private S3 bucket (origin access control, encrypted, versioned) on
 * 502/503/504 (not 500: application errors are not masked) or when the origin is unreachable; the bucket holds the degraded-mode page, and
 * 502/503/504 answers are replaced by that page (status 503). Dynamic paths (`/api/*`) go to the
 * origin with every method and no caching; origin groups only fail over GET/HEAD/OPTIONS.
 */
export class AwsEdgeCache extends Blueprint implements IEdgeCache {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'EdgeCache';
  public readonly resource: CloudfrontDistribution;
  public readonly cachePolicy: CloudfrontCachePolicy;
  public readonly logBucket: S3Bucket;
  public readonly fallbackBucket?: S3Bucket;
  public readonly fallbackPage?: S3Object;
  /** The VPC origin to an internal load balancer (when `origin` is one). */
  public readonly vpcOrigin?: CloudfrontVpcOrigin;
  /** The ingress rule that opens the internal load balancer to CloudFront's origin-facing prefix list. */
  public readonly originIngress?: VpcSecurityGroupIngressRule;
  public readonly endpointHostname: string;

  constructor(scope: Construct, id: string, props: AwsEdgeCacheProps) {
    super(scope, id);
    this.validate('AwsEdgeCache', EDGE_CACHE_RULES, props);
    const d = EDGE_CACHE_DEFAULTS;
    const fallback = props.fallbackEnabled ?? d.fallbackEnabled;
    const fallbackPath = props.fallbackPath ?? d.fallbackPath;
    const compress = props.compressionEnabled ?? d.compressionEnabled;
    const ttl = props.defaultTtlSeconds ?? d.defaultTtlSeconds;
    if (!fallback) Annotations.of(this).addWarning('fallbackEnabled is false: when the origin fails, viewers get raw errors instead of the degraded-mode page.');

    const logs = secureBucket(this, 'LogBucket', {
      bucket: resourceName(this, 'awsS3Bucket', 'logs'),
      forceDestroy: false,
      encryption: SSE_S3,
      // CloudFront standard logs are delivered with an ACL grant: the bucket must allow ACLs.
      objectOwnership: 'BucketOwnerPreferred',
      lifecycleRules: [{ id: 'expire-logs', status: 'Enabled', filter: [{ prefix: '' }], expiration: [{ days: props.logRetentionDays ?? d.logRetentionDays }] }],
    });
    this.logBucket = logs.bucket;
    const ownership = logs.ownership!;
    tlsOnlyBucketPolicy(this, 'LogBucket', this.logBucket);

    this.cachePolicy = new CloudfrontCachePolicy(this, 'CachePolicy', {
      name: resourceName(this, 'awsGeneric', 'cache'),
      comment: `Default TTL ${ttl}s when the origin sends no Cache-Control`,
      defaultTtl: ttl,
      minTtl: 0,
      maxTtl: Math.max(ttl, 31536000),
      parametersInCacheKeyAndForwardedToOrigin: {
        enableAcceptEncodingGzip: compress,
        enableAcceptEncodingBrotli: compress,
        cookiesConfig: { cookieBehavior: 'none' },
        headersConfig: { headerBehavior: 'none' },
        queryStringsConfig: { queryStringBehavior: 'all' },
      },
    });

    // The origin speaks what the load balancer's listener serves; a private (internal) load balancer
    // is reached through a VPC origin and opened to CloudFront's origin-facing prefix list only.
    const lb = props.origin instanceof AwsLoadBalancer ? props.origin : undefined;
    const originProtocol = lb?.protocol ?? LoadBalancerProtocol.HTTPS;
    const originProtocolPolicy = CLOUDFRONT_ORIGIN_FACTS.originProtocolPolicy[originProtocol];
    const httpPort = originProtocol === LoadBalancerProtocol.HTTP ? (lb?.listenerPort ?? 80) : 80;
    const httpsPort = originProtocol === LoadBalancerProtocol.HTTPS ? (lb?.listenerPort ?? 443) : 443;
    let primary: Record<string, unknown>;
    if (lb && !lb.publicAccessEnabled) {
      const prefixList = new DataAwsEc2ManagedPrefixList(this, 'OriginFacingPrefixList', { name: CLOUDFRONT_ORIGIN_FACTS.originFacingPrefixList });
      this.originIngress = lb.allowIngressFromPrefixList('IngressFromEdge', prefixList.id, `listener ${lb.listenerPort} from CloudFront (VPC origin of ${this.node.path})`);
      this.vpcOrigin = new CloudfrontVpcOrigin(this, 'VpcOrigin', {
        vpcOriginEndpointConfig: [{
          name: resourceName(this, 'awsGeneric', 'origin'),
          arn: lb.resource.arn,
          httpPort,
          httpsPort,
          originProtocolPolicy,
          originSslProtocols: [{ items: ['TLSv1.2'], quantity: 1 }],
        }],
        dependsOn: [this.originIngress],
      });
      primary = { originId: PRIMARY, domainName: lb.endpointHostname, vpcOriginConfig: { vpcOriginId: this.vpcOrigin.id, originReadTimeout: 30, originKeepaliveTimeout: 5 } };
    } else {
      primary = {
        originId: PRIMARY,
        domainName: props.originHostname,
        customOriginConfig: { httpPort, httpsPort, originProtocolPolicy, originSslProtocols: ['TLSv1.2'], originReadTimeout: 30, originKeepaliveTimeout: 5 },
      };
    }
    const origins: any[] = [primary];
    const ordered: CloudfrontDistributionOrderedCacheBehavior[] = [];
    let oac: CloudfrontOriginAccessControl | undefined;
    if (fallback) {
      this.fallbackBucket = secureBucket(this, 'FallbackBucket', { bucket: resourceName(this, 'awsS3Bucket', 'fallback'), forceDestroy: false, encryption: SSE_S3, versioned: true }).bucket;
      this.fallbackPage = new S3Object(this, 'FallbackPage', {
        bucket: this.fallbackBucket.id,
        key: fallbackPath.replace(/^\//, ''),
        content: degradedPage(),
        contentType: 'text/html; charset=utf-8',
        cacheControl: 'max-age=60',
      });
      oac = new CloudfrontOriginAccessControl(this, 'FallbackAccess', {
        name: resourceName(this, 'awsGeneric', 'fallback-oac'),
        description: 'CloudFront reads the degraded-mode page',
        originAccessControlOriginType: 's3',
        signingBehavior: 'always',
        signingProtocol: 'sigv4',
      });
      origins.push({ originId: FALLBACK, domainName: this.fallbackBucket.bucketRegionalDomainName, originAccessControlId: oac.id });
      ordered.push({
        pathPattern: fallbackPath,
        targetOriginId: FALLBACK,
        viewerProtocolPolicy: 'redirect-to-https',
        allowedMethods: ['GET', 'HEAD'],
        cachedMethods: ['GET', 'HEAD'],
        cachePolicyId: CLOUDFRONT_MANAGED_POLICIES.cachingOptimized,
        compress,
      });
    }
    for (const pattern of props.dynamicPathPatterns ?? d.dynamicPathPatterns) {
      ordered.push({
        pathPattern: pattern,
        targetOriginId: PRIMARY,
        viewerProtocolPolicy: 'redirect-to-https',
        allowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
        cachedMethods: ['GET', 'HEAD'],
        cachePolicyId: CLOUDFRONT_MANAGED_POLICIES.cachingDisabled,
        originRequestPolicyId: CLOUDFRONT_MANAGED_POLICIES.allViewerExceptHostHeader,
        compress,
      });
    }

    const cert = props.acmCertificateArn;
    this.resource = new CloudfrontDistribution(this, 'Resource', {
      enabled: true,
      comment: `Edge cache for ${props.originHostname}`,
      httpVersion: 'http2and3',
      isIpv6Enabled: true,
      priceClass: props.priceClass ?? 'PriceClass_All',
      aliases: props.aliases,
      webAclId: props.throttling?.wafId,
      origin: origins,
      originGroup: fallback
        ? [{ originId: GROUP, failoverCriteria: { statusCodes: [...EDGE_FAILOVER_STATUS_CODES] }, member: [{ originId: PRIMARY }, { originId: FALLBACK }] }]
        : undefined,
      defaultCacheBehavior: {
        targetOriginId: fallback ? GROUP : PRIMARY,
        viewerProtocolPolicy: 'redirect-to-https',
        // Origin groups fail over only these methods.
        allowedMethods: ['GET', 'HEAD', 'OPTIONS'],
        cachedMethods: ['GET', 'HEAD'],
        cachePolicyId: this.cachePolicy.id,
        originRequestPolicyId: CLOUDFRONT_MANAGED_POLICIES.allViewerExceptHostHeader,
        compress,
      },
      orderedCacheBehavior: ordered,
      customErrorResponse: fallback
        ? [...EDGE_FAILOVER_STATUS_CODES].map((errorCode) => ({ errorCode, responseCode: 503, responsePagePath: fallbackPath, errorCachingMinTtl: 10 }))
        : undefined,
      restrictions: { geoRestriction: { restrictionType: 'none' } },
      viewerCertificate: cert
        ? { acmCertificateArn: cert, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' }
        : { cloudfrontDefaultCertificate: true },
      loggingConfig: { bucket: this.logBucket.bucketDomainName, includeCookies: false, prefix: 'cloudfront/' },
      dependsOn: [ownership],
    });
    this.endpointHostname = this.resource.domainName;
    if (lb) {
      const pieces: Record<string, string> = { distribution: this.resource.arn, loadBalancer: lb.resource.arn, listener: lb.listener.arn, securityGroup: lb.securityGroup.id };
      if (this.vpcOrigin) pieces.vpcOrigin = this.vpcOrigin.arn;
      if (this.originIngress) pieces.ingress = this.originIngress.arn;
      Wiring.of(this).add({
        kind: EdgeKind.EDGE_ORIGIN,
        from: this.node.path,
        to: lb.node.path,
        port: lb.listenerPort,
        protocol: originProtocol,
        healthCheckPath: props.healthProbePath ?? d.healthProbePath,
        pieces,
        note: this.vpcOrigin
          ? `CloudFront reaches the internal load balancer through a VPC origin (${originProtocolPolicy}, port ${lb.listenerPort}); its security group admits only CloudFront's origin-facing prefix list.`
          : `CloudFront reaches the internet-facing load balancer (${originProtocolPolicy}, port ${lb.listenerPort}).`,
      });
    }
    if (!cert) {
      Policy.suppress(this.resource, 'BP-AWS-CDN-4', 'No edge certificate was given (workload tls.awsEdgeCertificateArn): CloudFront serves its *.cloudfront.net name with its default certificate, whose minimum TLS version only a custom certificate can raise.');
    }

    if (this.fallbackBucket) {
      tlsOnlyBucketPolicy(this, 'FallbackBucket', this.fallbackBucket, [
        {
          Sid: 'CloudFrontReadsThroughOac',
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: `${this.fallbackBucket.arn}/*`,
          Condition: { StringEquals: { 'AWS:SourceArn': this.resource.arn } },
        },
      ]);
    }

    const dims = [{ name: 'DistributionId', value: this.resource.id }, { name: 'Region', value: 'Global' }];
    this.addGoldenSignal({
      name: '5xx-error-rate', description: 'More than 5% of edge responses are 5xx: the origin is failing (the fallback page is being served).',
      metric: { namespace: 'AWS/CloudFront', metricName: '5xxErrorRate', dimensions: dims },
      statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 5, periodSeconds: 300, evaluationPeriods: 2, severity: Severity.CRITICAL,
    });
    this.addCostItem({ sku: 'aws:cloudfront:requests', description: 'CloudFront HTTPS requests', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:cloudfront:data-out', description: 'CloudFront data transfer out', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:s3:standard-storage', description: 'Edge log and fallback buckets', quantityMin: 0, quantityMax: 0, usageBased: true });
  }
}
