import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { CdnFrontdoorEndpoint } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-endpoint';
import { CdnFrontdoorOrigin } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-origin';
import { CdnFrontdoorOriginGroup } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-origin-group';
import { CdnFrontdoorProfile } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-profile';
import { CdnFrontdoorRoute } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-route';
import { CdnFrontdoorRule } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-rule';
import { CdnFrontdoorRuleSet } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-rule-set';
import { CdnFrontdoorSecurityPolicy } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-security-policy';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageAccountStaticWebsiteA } from '@cdktf/provider-azurerm/lib/storage-account-static-website';
import { StorageBlob } from '@cdktf/provider-azurerm/lib/storage-blob';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { EDGE_CACHE_DEFAULTS, EDGE_CACHE_RULES, EdgeCacheProps, IEdgeCache, degradedPage } from '../core/edge-cache';
import { LoadBalancerProtocol } from '../core/load-balancer';
import { resourceName } from '../core/naming';
import { Policy } from '../core/policy';
import { ValidationIssue } from '../core/validation';
import { EdgeKind, Wiring } from '../core/wiring';
import { AzureLoadBalancer } from './load-balancer';
import { secureStorageAccount } from './private/storage';
import { FRONT_DOOR_SKU } from './throttling';

/**
 * Front Door protocol names by the origin listener's protocol.
 * source: azurerm v4.55.0 cdn_frontdoor_route (forwarding_protocol HttpOnly | HttpsOnly |
 * MatchRequest) and cdn_frontdoor_origin_group health_probe.protocol (Http | Https).
 */
export const FRONT_DOOR_ORIGIN_PROTOCOL = {
  [LoadBalancerProtocol.HTTP]: { forwarding: 'HttpOnly', probe: 'Http' },
  [LoadBalancerProtocol.HTTPS]: { forwarding: 'HttpsOnly', probe: 'Https' },
} as const;

/**
 * The in-transit gap of an HTTP origin, stated on the edge->origin edge: TLS ends at Front Door and
 * the hop to the Application Gateway's public frontend is plain HTTP (the NSG and the X-Azure-FDID
 * rule stop a bypass, not eavesdropping). The stacks build exactly this behind the edge
 * (stacks/parts/serverless.ts requestPathProps: protocol HTTP), because the gateway's IP cannot
 * match a certificate. What closes it: an HTTPS load balancer with a certificate (workload
 * `tls.azureCertificateSecretId`) for a DNS name that resolves to the gateway, given as
 * `originHostname`; Front Door then forwards HttpsOnly with certificate_name_check_enabled.
 *
 * Why not Front Door Premium's Private Link origin: the provider source read (cdn_frontdoor_origin,
 * at a commit after v4.55.0, CDN API 2025-12-01) accepts an Application Gateway id as
 * `private_link_target_id` with `target_type = "Gateway"`, but that was not confirmed at the pinned
 * v4.55.0; the gateway also needs a `private_link_configuration` on its frontend IP; and the
 * provider documents the approval of the private endpoint connection as a manual step (no azurerm
 * resource approves it: hashicorp/terraform-provider-azurerm PR #16671,
 * website/docs/r/cdn_frontdoor_origin.html.markdown); issue #31983 (open) reports the Application
 * Gateway case not working. Read 2026-12-02.
 */
const AZURE_EDGE_HTTP_ORIGIN_GAP = 'The hop from Front Door to the gateway is plain HTTP: not encrypted in transit between the edge and the gateway. To close it, serve HTTPS at the gateway with a certificate (tls.azureCertificateSecretId) for a DNS name that resolves to it and give that name as originHostname: Front Door then forwards HttpsOnly and checks the name (docs/compute.md).';

export interface AzureEdgeCacheProps extends EdgeCacheProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /**
   * Front Door tier. Premium carries the WAF managed rule sets and Private Link origins; Standard
   * costs about $295/month less but runs custom WAF rules only.
   * @default - Premium, or the SKU the attached throttling needs
   */
  readonly skuName?: string;
  /** Log Analytics workspace for access, health-probe and WAF logs (the Monitoring blueprint's). @default - no diagnostic setting */
  readonly logAnalyticsWorkspaceId?: string;
}

/** Content types Front Door compresses. */
export const COMPRESSED_CONTENT_TYPES = ['text/html', 'text/css', 'text/plain', 'text/xml', 'application/javascript', 'application/json', 'application/xml', 'image/svg+xml'];

/** `d.hh:mm:ss`, Front Door's duration format. */
export function frontDoorDuration(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rest = seconds % 86400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days}.${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
}

/**
 * An Azure Front Door (Standard/Premium) in front of an HTTPS origin: a profile, an endpoint, an
 * origin group with health probes, a cached and compressed route with HTTPS redirect, a rule that
 * applies the default TTL when the origin sends no cache headers, a route for the dynamic paths
 * without caching, and the WAF policy through a security policy.
 *
 * Circuit breaking with fallback: the origin group holds the origin at priority 1 and a Storage
 * static website at priority 2 whose index and 404 documents are the degraded-mode page; when the
 * health probes mark the origin down, Front Door sends every request there.
 */
export class AzureEdgeCache extends Blueprint implements IEdgeCache {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'EdgeCache';
  public readonly resource: CdnFrontdoorProfile;
  public readonly endpoint: CdnFrontdoorEndpoint;
  public readonly originGroup: CdnFrontdoorOriginGroup;
  public readonly primaryOrigin: CdnFrontdoorOrigin;
  public readonly fallbackOrigin?: CdnFrontdoorOrigin;
  public readonly fallbackStorage?: StorageAccount;
  public readonly route: CdnFrontdoorRoute;
  public readonly securityPolicy?: CdnFrontdoorSecurityPolicy;
  public readonly endpointHostname: string;

  constructor(scope: Construct, id: string, props: AzureEdgeCacheProps) {
    super(scope, id);
    const throttlingSku = (props.throttling as { frontDoorSkuName?: string } | undefined)?.frontDoorSkuName;
    const skuIssues: ValidationIssue[] =
      props.skuName !== undefined && throttlingSku !== undefined && props.skuName !== throttlingSku
        ? [{ code: 'EdgeCacheSkuMismatch', path: '', prop: 'skuName', value: props.skuName, allowed: `the SKU of the attached WAF policy (${throttlingSku})`, fix: 'Leave skuName unset to follow the WAF, or create the WAF without managed rules for Standard.' }]
        : [];
    this.validate('AzureEdgeCache', EDGE_CACHE_RULES, props, skuIssues);
    const d = EDGE_CACHE_DEFAULTS;
    const rg = props.resourceGroupName;
    const fallback = props.fallbackEnabled ?? d.fallbackEnabled;
    const fallbackPath = props.fallbackPath ?? d.fallbackPath;
    const compress = props.compressionEnabled ?? d.compressionEnabled;
    const ttl = props.defaultTtlSeconds ?? d.defaultTtlSeconds;
    if (!fallback) Annotations.of(this).addWarning('fallbackEnabled is false: when the origin fails, viewers get raw errors instead of the degraded-mode page.');
    const sku = props.skuName ?? throttlingSku ?? FRONT_DOOR_SKU.premium;
    // The origin speaks what the gateway's listener serves (HTTP when TLS ends here at the edge).
    const lb = props.origin instanceof AzureLoadBalancer ? props.origin : undefined;
    const originProtocol = lb?.protocol ?? LoadBalancerProtocol.HTTPS;
    const fdProtocol = FRONT_DOOR_ORIGIN_PROTOCOL[originProtocol];
    const healthProbePath = props.healthProbePath ?? d.healthProbePath;

    this.resource = new CdnFrontdoorProfile(this, 'Resource', { name: resourceName(this, 'azureFrontDoor', 'afd'), resourceGroupName: rg, skuName: sku, responseTimeoutSeconds: 60 });
    this.endpoint = new CdnFrontdoorEndpoint(this, 'Endpoint', { name: resourceName(this, 'azureFrontDoorEndpoint', 'edge'), cdnFrontdoorProfileId: this.resource.id, enabled: true });
    this.originGroup = new CdnFrontdoorOriginGroup(this, 'OriginGroup', {
      name: 'primary-with-fallback',
      cdnFrontdoorProfileId: this.resource.id,
      sessionAffinityEnabled: false,
      restoreTrafficTimeToHealedOrNewEndpointInMinutes: 5,
      healthProbe: { intervalInSeconds: 30, path: healthProbePath, protocol: fdProtocol.probe, requestType: 'GET' },
      loadBalancing: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 },
    });
    this.primaryOrigin = new CdnFrontdoorOrigin(this, 'PrimaryOrigin', {
      name: 'primary',
      cdnFrontdoorOriginGroupId: this.originGroup.id,
      hostName: props.originHostname,
      originHostHeader: props.originHostname,
      httpsPort: originProtocol === LoadBalancerProtocol.HTTPS ? (lb?.listenerPort ?? 443) : 443,
      httpPort: originProtocol === LoadBalancerProtocol.HTTP ? (lb?.listenerPort ?? 80) : 80,
      priority: 1,
      weight: 1000,
      enabled: true,
      certificateNameCheckEnabled: true,
    });
    const origins = [this.primaryOrigin];
    if (fallback) {
      this.fallbackStorage = secureStorageAccount(this, 'FallbackStorage', {
        name: resourceName(this, 'azureStorageAccount', 'fallback'),
        resourceGroupName: rg,
        location: props.location,
        // The fallback shares the origin group's protocol: HTTP when the gateway behind serves HTTP.
        httpsTrafficOnlyEnabled: originProtocol === LoadBalancerProtocol.HTTPS,
      });
      if (originProtocol === LoadBalancerProtocol.HTTP) {
        Policy.suppress(this.fallbackStorage, 'BP-AZURE-ST-1', 'Holds only the public degraded-mode page of the static website; Front Door fails over to it on the origin group protocol, which is HTTP because TLS ends at the edge (the gateway has no certificate).');
      }
      const page = fallbackPath.replace(/^\//, '');
      const site = new StorageAccountStaticWebsiteA(this, 'FallbackWebsite', { storageAccountId: this.fallbackStorage.id, indexDocument: page, error404Document: page });
      new StorageBlob(this, 'FallbackPage', {
        name: page,
        storageAccountName: this.fallbackStorage.name,
        storageContainerName: '$web',
        type: 'Block',
        sourceContent: degradedPage(),
        contentType: 'text/html; charset=utf-8',
        cacheControl: 'max-age=60',
        dependsOn: [site],
      });
      this.fallbackOrigin = new CdnFrontdoorOrigin(this, 'FallbackOrigin', {
        name: 'fallback',
        cdnFrontdoorOriginGroupId: this.originGroup.id,
        hostName: this.fallbackStorage.primaryWebHost,
        originHostHeader: this.fallbackStorage.primaryWebHost,
        httpsPort: 443,
        httpPort: 80,
        priority: 2,
        weight: 1000,
        enabled: true,
        certificateNameCheckEnabled: true,
      });
      origins.push(this.fallbackOrigin);
    }

    const ruleSet = new CdnFrontdoorRuleSet(this, 'RuleSet', { name: 'defaults', cdnFrontdoorProfileId: this.resource.id });
    const ttlRule = new CdnFrontdoorRule(this, 'DefaultTtlRule', {
      name: 'DefaultTtl',
      cdnFrontdoorRuleSetId: ruleSet.id,
      order: 1,
      behaviorOnMatch: 'Continue',
      actions: {
        routeConfigurationOverrideAction: {
          cacheBehavior: 'OverrideIfOriginMissing',
          cacheDuration: frontDoorDuration(ttl),
          compressionEnabled: compress,
          queryStringCachingBehavior: 'UseQueryString',
        },
      },
      dependsOn: origins,
    });
    this.route = new CdnFrontdoorRoute(this, 'Route', {
      name: 'cached',
      cdnFrontdoorEndpointId: this.endpoint.id,
      cdnFrontdoorOriginGroupId: this.originGroup.id,
      cdnFrontdoorOriginIds: origins.map((o) => o.id),
      cdnFrontdoorRuleSetIds: [ruleSet.id],
      patternsToMatch: ['/*'],
      supportedProtocols: ['Http', 'Https'],
      httpsRedirectEnabled: true,
      forwardingProtocol: fdProtocol.forwarding,
      linkToDefaultDomain: true,
      enabled: true,
      cache: { queryStringCachingBehavior: 'UseQueryString', compressionEnabled: compress, contentTypesToCompress: compress ? COMPRESSED_CONTENT_TYPES : undefined },
      dependsOn: [ttlRule],
    });
    const dynamic = props.dynamicPathPatterns ?? d.dynamicPathPatterns;
    if (dynamic.length > 0) {
      new CdnFrontdoorRoute(this, 'DynamicRoute', {
        name: 'dynamic',
        cdnFrontdoorEndpointId: this.endpoint.id,
        cdnFrontdoorOriginGroupId: this.originGroup.id,
        cdnFrontdoorOriginIds: origins.map((o) => o.id),
        patternsToMatch: [...dynamic],
        supportedProtocols: ['Http', 'Https'],
        httpsRedirectEnabled: true,
        forwardingProtocol: fdProtocol.forwarding,
        linkToDefaultDomain: true,
        enabled: true,
      });
    }

    if (props.throttling) {
      this.securityPolicy = new CdnFrontdoorSecurityPolicy(this, 'SecurityPolicy', {
        name: 'waf',
        cdnFrontdoorProfileId: this.resource.id,
        securityPolicies: {
          firewall: {
            cdnFrontdoorFirewallPolicyId: props.throttling.wafId,
            association: { domain: [{ cdnFrontdoorDomainId: this.endpoint.id }], patternsToMatch: ['/*'] },
          },
        },
      });
      // The WAF's blocked-request spike reads this profile's metrics: the throttling declares it.
      props.throttling.watchTarget?.(this.resource.id);
    }
    if (props.logAnalyticsWorkspaceId) {
      new MonitorDiagnosticSetting(this, 'Diagnostics', {
        name: 'edge-logs',
        targetResourceId: this.resource.id,
        logAnalyticsWorkspaceId: props.logAnalyticsWorkspaceId,
        enabledLog: [{ category: 'FrontDoorAccessLog' }, { category: 'FrontDoorHealthProbeLog' }, { category: 'FrontDoorWebApplicationFirewallLog' }],
        enabledMetric: [{ category: 'AllMetrics' }],
      });
    }
    this.endpointHostname = this.endpoint.hostName;
    if (originProtocol === LoadBalancerProtocol.HTTP) {
      Policy.suppress(this, 'BP-AZURE-FD-4', 'TLS ends at the edge: the gateway behind it has no certificate (workload tls.azureCertificateSecretId) and admits only this Front Door (AzureFrontDoor.Backend service tag and its X-Azure-FDID), so the hop to it is HTTP.');
    }
    if (lb) {
      // Nothing behind the edge is reachable around it: the gateway's WAF requires this profile's id.
      const guard = !lb.publicAccessEnabled ? lb.requireFrontDoor(this.resource.resourceGuid, healthProbePath) : undefined;
      const pieces: Record<string, string> = { profile: this.resource.id, origin: this.primaryOrigin.id, originGroup: this.originGroup.id, route: this.route.id, gateway: lb.resource.id };
      if (guard) pieces.wafPolicy = guard.id;
      if (lb.gatewaySecurityGroupId) pieces.securityGroup = lb.gatewaySecurityGroupId;
      Wiring.of(this).add({
        kind: EdgeKind.EDGE_ORIGIN,
        from: this.node.path,
        to: lb.node.path,
        port: lb.listenerPort,
        protocol: originProtocol,
        healthCheckPath: healthProbePath,
        pieces,
        note: (lb.publicAccessEnabled
          ? `Front Door reaches the public gateway (${fdProtocol.forwarding}, port ${lb.listenerPort}).`
          : `Front Door reaches the gateway (${fdProtocol.forwarding}, port ${lb.listenerPort}); its subnet admits only AzureFrontDoor.Backend and its WAF blocks requests without this profile's X-Azure-FDID.`) + (originProtocol === LoadBalancerProtocol.HTTP ? ` ${AZURE_EDGE_HTTP_ORIGIN_GAP}` : ''),
      });
    }

    this.addGoldenSignal({
      name: '5xx-error-rate', description: 'More than 5% of edge responses are 5xx: the origin is failing.',
      metric: { namespace: 'Microsoft.Cdn/profiles', metricName: 'Percentage5XX', resourceId: this.resource.id },
      statistic: Statistic.AVERAGE, comparison: Comparison.GREATER_THAN, threshold: 5, periodSeconds: 300, evaluationPeriods: 2, severity: Severity.CRITICAL,
    });
    this.addGoldenSignal({
      name: 'origin-health', description: 'Front Door sees the origin as less than 90% healthy: it is failing over to the fallback page.',
      metric: { namespace: 'Microsoft.Cdn/profiles', metricName: 'OriginHealthPercentage', resourceId: this.resource.id },
      statistic: Statistic.AVERAGE, comparison: Comparison.LESS_THAN, threshold: 90, periodSeconds: 300, evaluationPeriods: 2, severity: Severity.CRITICAL,
    });
    this.addCostItem({ sku: sku === FRONT_DOOR_SKU.premium ? 'azure:frontdoor:premium' : 'azure:frontdoor:standard', description: 'Front Door base fee', quantityMin: 1, quantityMax: 1 });
    this.addCostItem({ sku: 'azure:frontdoor:requests', description: 'Front Door requests', quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'azure:frontdoor:data-out', description: 'Front Door data transfer out', quantityMin: 0, quantityMax: 0, usageBased: true });
  }
}
