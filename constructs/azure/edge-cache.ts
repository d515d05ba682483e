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
import { resourceName } from '../core/naming';
import { ValidationIssue } from '../core/validation';
import { FRONT_DOOR_SKU } from './throttling';

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

    this.resource = new CdnFrontdoorProfile(this, 'Resource', { name: resourceName(this, 'azureFrontDoor', 'afd'), resourceGroupName: rg, skuName: sku, responseTimeoutSeconds: 60 });
    this.endpoint = new CdnFrontdoorEndpoint(this, 'Endpoint', { name: resourceName(this, 'azureFrontDoorEndpoint', 'edge'), cdnFrontdoorProfileId: this.resource.id, enabled: true });
    this.originGroup = new CdnFrontdoorOriginGroup(this, 'OriginGroup', {
      name: 'primary-with-fallback',
      cdnFrontdoorProfileId: this.resource.id,
      sessionAffinityEnabled: false,
      restoreTrafficTimeToHealedOrNewEndpointInMinutes: 5,
      healthProbe: { intervalInSeconds: 30, path: props.healthProbePath ?? d.healthProbePath, protocol: 'Https', requestType: 'GET' },
      loadBalancing: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 },
    });
    this.primaryOrigin = new CdnFrontdoorOrigin(this, 'PrimaryOrigin', {
      name: 'primary',
      cdnFrontdoorOriginGroupId: this.originGroup.id,
      hostName: props.originHostname,
      originHostHeader: props.originHostname,
      httpsPort: 443,
      httpPort: 80,
      priority: 1,
      weight: 1000,
      enabled: true,
      certificateNameCheckEnabled: true,
    });
    const origins = [this.primaryOrigin];
    if (fallback) {
      this.fallbackStorage = new StorageAccount(this, 'FallbackStorage', {
        name: resourceName(this, 'azureStorageAccount', 'fallback'),
        resourceGroupName: rg,
        location: props.location,
        accountKind: 'StorageV2',
        accountTier: 'Standard',
        accountReplicationType: 'ZRS',
        minTlsVersion: 'TLS1_2',
        httpsTrafficOnlyEnabled: true,
        allowNestedItemsToBePublic: false,
        sharedAccessKeyEnabled: false,
        defaultToOauthAuthentication: true,
        infrastructureEncryptionEnabled: true,
        crossTenantReplicationEnabled: false,
      });
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
      forwardingProtocol: 'HttpsOnly',
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
        forwardingProtocol: 'HttpsOnly',
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
