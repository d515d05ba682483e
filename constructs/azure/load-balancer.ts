import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import {
  ApplicationGateway,
  ApplicationGatewayBackendAddressPool,
  ApplicationGatewayBackendHttpSettings,
  ApplicationGatewayProbe,
  ApplicationGatewayRequestRoutingRule,
  ApplicationGatewayUrlPathMap,
} from '@cdktf/provider-azurerm/lib/application-gateway';
import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { WebApplicationFirewallPolicy } from '@cdktf/provider-azurerm/lib/web-application-firewall-policy';
import { Blueprint, Comparison, MetricRef, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import {
  ILoadBalancer,
  ILoadBalancerTarget,
  LOAD_BALANCER_DEFAULTS,
  LOAD_BALANCER_TARGET_DEFAULTS,
  LOAD_BALANCER_TARGET_RULES,
  LoadBalancerProps,
  LoadBalancerProtocol,
  LoadBalancerTargetProps,
  LoadBalancerTargetType,
  effectiveProtocol,
  listenerPortOf,
  loadBalancerRules,
  targetConflicts,
} from '../core/load-balancer';
import { resourceName } from '../core/naming';
import { Rule, rules, validateProps } from '../core/validation';

export interface AzureLoadBalancerProps extends LoadBalancerProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The dedicated Application Gateway subnet. */
  readonly subnetId: string;
  /** The NSG on that subnet (the wiring check reads who it admits). @default - not recorded */
  readonly subnetSecurityGroupId?: string;
  /**
   * Zones to spread across.
   * @default ['1', '2', '3']
   */
  readonly zones?: string[];
  /**
   * Versionless Key Vault secret id of the PFX certificate for HTTPS. The gateway reads it with its
   * user-assigned identity (`identity`): grant it "Key Vault Secrets User" on the vault.
   * @default - no certificate: HTTP only, with a warning
   */
  readonly certificateSecretId?: string;
  /**
   * Fewest gateway instances, 0–100. Two keep a zone failure from cutting capacity to zero.
   * @default 2
   */
  readonly minCapacity?: number;
  /**
   * Most gateway instances, 2–125.
   * @default 10
   */
  readonly maxCapacity?: number;
}

const AZURE_RULES: Rule<AzureLoadBalancerProps>[] = [
  ...loadBalancerRules<AzureLoadBalancerProps>('certificateSecretId', (p) => p.certificateSecretId),
  rules.intRange<AzureLoadBalancerProps>('LoadBalancerMinCapacityOutOfRange', 'minCapacity', (p) => p.minCapacity, 0, 100, 'Use 0 to 100 instances.'),
  rules.intRange<AzureLoadBalancerProps>('LoadBalancerMaxCapacityOutOfRange', 'maxCapacity', (p) => p.maxCapacity, 2, 125, 'Use 2 to 125 instances.'),
  {
    code: 'LoadBalancerMinCapacityAboveMax',
    prop: 'minCapacity',
    value: (p) => p.minCapacity,
    failsWhen: (p) => (p.minCapacity ?? LOAD_BALANCER_DEFAULTS.azureMinCapacity) > (p.maxCapacity ?? LOAD_BALANCER_DEFAULTS.azureMaxCapacity),
    allowed: (p) => `at most maxCapacity (${p.maxCapacity ?? LOAD_BALANCER_DEFAULTS.azureMaxCapacity})`,
    fix: 'Lower minCapacity or raise maxCapacity.',
  },
];

/**
 * The WAF custom rule that admits only one Front Door profile.
 * source: azurerm v4.55.0 internal/services/network/web_application_firewall_policy_resource.go,
 * custom_rules (action Allow|Block|Log|JSChallenge; rule_type MatchRule|RateLimitRule|Invalid;
 * match_variables.variable_name RequestHeaders|RequestUri|…; operator Equal|BeginsWith|…;
 * negation_condition). Microsoft Learn, Front Door "Secure traffic to origins" (read 2026-12): Front
 * Door sends its profile id in `X-Azure-FDID` (the profile's resource_guid); its health probes carry
 * `X-FD-HealthProbe: 1`.
 */
export const FRONT_DOOR_GUARD = {
  header: 'X-Azure-FDID',
  headerVariable: 'RequestHeaders',
  uriVariable: 'RequestUri',
  equal: 'Equal',
  beginsWith: 'BeginsWith',
  action: 'Block',
  ruleType: 'MatchRule',
} as const;

const FRONTEND_IP = 'public';
const DEFAULT_POOL = 'default-pool';
const DEFAULT_SETTINGS = 'default-settings';

/** A target of an {@link AzureLoadBalancer}: a backend pool with its settings and probe. */
export class AzureLoadBalancerTarget implements ILoadBalancerTarget {
  public readonly targetName: string;
  public readonly targetType: LoadBalancerTargetType;
  public readonly port: number;
  public readonly healthCheckPath: string;
  public readonly poolName: string;
  public readonly settingsName: string;
  public readonly probeName: string;
  public readonly props: LoadBalancerTargetProps;
  public readonly requestCountMetric: MetricRef;
  public readonly unhealthyHostMetric: MetricRef;
  /** Host names in the pool (web apps register theirs). */
  public readonly fqdns: string[] = [];

  constructor(public readonly loadBalancer: AzureLoadBalancer, name: string, props: LoadBalancerTargetProps) {
    this.targetName = name;
    this.props = props;
    this.targetType = props.targetType ?? LOAD_BALANCER_TARGET_DEFAULTS.targetType;
    this.port = props.port ?? LOAD_BALANCER_TARGET_DEFAULTS.port;
    this.healthCheckPath = props.healthCheckPath ?? LOAD_BALANCER_TARGET_DEFAULTS.healthCheckPath;
    this.poolName = `${name}-pool`;
    this.settingsName = `${name}-settings`;
    this.probeName = `${name}-probe`;
    const metric = (metricName: string): MetricRef => ({
      namespace: 'Microsoft.Network/applicationGateways',
      metricName,
      dimensions: [{ name: 'BackendSettingsPool', value: `${this.poolName}~${this.settingsName}` }],
      resourceId: loadBalancer.resource.id,
    });
    this.requestCountMetric = metric('AvgRequestCountPerHealthyHost');
    this.unhealthyHostMetric = metric('UnhealthyHostCount');
  }

  /** The backend address pool id (VMSS NICs reference it). */
  public get targetId(): string {
    return `${this.loadBalancer.resource.id}/backendAddressPools/${this.poolName}`;
  }

  /** Public IP of the gateway: web apps behind it allow only this address. */
  public get sourceIpAddress(): string {
    return this.loadBalancer.publicIp.ipAddress;
  }

  /** Adds a host name (a web app's default host name) to the pool. */
  public addBackendFqdn(fqdn: string): void {
    this.fqdns.push(fqdn);
    this.loadBalancer.render();
  }
}

/**
 * An Application Gateway v2 with the WAF_v2 SKU (public unless `publicAccessEnabled` is false: then
 * the kit opens its subnet to `AzureFrontDoor.Backend` only and the edge calls {@link requireFrontDoor}) across zones 1–3, autoscaling between min and max
 * capacity; a WAF policy (the Throttling blueprint's, or a baseline OWASP/DRS policy in Prevention
 * mode of its own); a modern TLS policy with HTTP redirected to HTTPS when a Key Vault certificate is
 * given; health probes per backend pool; a CanNotDelete lock. Targets are added with
 * {@link addTarget}: one default pool and path-based rules.
 */
export class AzureLoadBalancer extends Blueprint implements ILoadBalancer {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'LoadBalancer';
  public readonly resource: ApplicationGateway;
  public readonly publicIp: PublicIp;
  /** The baseline WAF policy, when no throttling policy was given. */
  public readonly wafPolicy?: WebApplicationFirewallPolicy;
  /** The identity that reads the certificate from Key Vault (HTTPS only). */
  public readonly identity?: UserAssignedIdentity;
  public readonly lock?: ManagementLock;
  public readonly protocol: LoadBalancerProtocol;
  public readonly publicAccessEnabled: boolean;
  /** The NSG on the gateway subnet, when the kit passed it. */
  public readonly gatewaySecurityGroupId?: string;
  public readonly metricNamespace = 'Microsoft.Network/applicationGateways';
  private readonly targets: AzureLoadBalancerTarget[] = [];

  constructor(scope: Construct, id: string, props: AzureLoadBalancerProps) {
    super(scope, id);
    this.validate('AzureLoadBalancer', AZURE_RULES, props);
    const d = LOAD_BALANCER_DEFAULTS;
    const zones = props.zones ?? ['1', '2', '3'];
    this.protocol = effectiveProtocol(props.protocol, props.certificateSecretId);
    this.publicAccessEnabled = props.publicAccessEnabled ?? d.publicAccessEnabled;
    this.gatewaySecurityGroupId = props.subnetSecurityGroupId;
    if (this.protocol === LoadBalancerProtocol.HTTP && this.publicAccessEnabled) {
      Annotations.of(this).addWarning('The application gateway serves plain HTTP: give certificateSecretId (a Key Vault secret) to serve HTTPS (HTTP is then redirected).');
    }
    const base = { resourceGroupName: props.resourceGroupName, location: props.location };

    this.publicIp = new PublicIp(this, 'PublicIp', { ...base, name: resourceName(this, 'azureGeneric', 'pip'), allocationMethod: 'Static', sku: 'Standard', zones });
    let firewallPolicyId = props.throttling?.wafId;
    if (!firewallPolicyId) {
      this.wafPolicy = new WebApplicationFirewallPolicy(this, 'WafPolicy', {
        ...base,
        name: resourceName(this, 'azureWafPolicy', 'waf'),
        policySettings: { enabled: true, mode: 'Prevention', requestBodyCheck: true },
        managedRules: {
          managedRuleSet: [
            { type: 'Microsoft_DefaultRuleSet', version: '2.1' },
            { type: 'Microsoft_BotManagerRuleSet', version: '1.1' },
          ],
        },
      });
      firewallPolicyId = this.wafPolicy.id;
    }
    const https = this.protocol === LoadBalancerProtocol.HTTPS;
    if (https) {
      this.identity = new UserAssignedIdentity(this, 'Identity', { ...base, name: resourceName(this, 'azureGeneric', 'agw-id') });
    }

    this.resource = new ApplicationGateway(this, 'Resource', {
      ...base,
      name: resourceName(this, 'azureAppGateway', 'agw'),
      zones,
      sku: { name: 'WAF_v2', tier: 'WAF_v2' },
      autoscaleConfiguration: { minCapacity: props.minCapacity ?? d.azureMinCapacity, maxCapacity: props.maxCapacity ?? d.azureMaxCapacity },
      firewallPolicyId,
      forceFirewallPolicyAssociation: true,
      sslPolicy: { policyType: 'Predefined', policyName: d.azureSslPolicy },
      identity: this.identity ? { type: 'UserAssigned', identityIds: [this.identity.id] } : undefined,
      gatewayIpConfiguration: [{ name: 'gateway-ip', subnetId: props.subnetId }],
      frontendIpConfiguration: [{ name: FRONTEND_IP, publicIpAddressId: this.publicIp.id }],
      frontendPort: https ? [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] : [{ name: 'http', port: 80 }],
      sslCertificate: https ? [{ name: 'default', keyVaultSecretId: props.certificateSecretId }] : undefined,
      httpListener: https
        ? [
            { name: 'http', frontendIpConfigurationName: FRONTEND_IP, frontendPortName: 'http', protocol: 'Http' },
            { name: 'https', frontendIpConfigurationName: FRONTEND_IP, frontendPortName: 'https', protocol: 'Https', sslCertificateName: 'default' },
          ]
        : [{ name: 'http', frontendIpConfigurationName: FRONTEND_IP, frontendPortName: 'http', protocol: 'Http' }],
      redirectConfiguration: https ? [{ name: 'http-to-https', redirectType: 'Permanent', targetListenerName: 'https', includePath: true, includeQueryString: true }] : undefined,
      backendAddressPool: [],
      backendHttpSettings: [],
      requestRoutingRule: [],
    });
    // Azure reports WAF blocks on the gateway: the attached throttling watches it.
    props.throttling?.watchTarget?.(this.resource.id);
    this.render();

    if (props.deletionProtectionEnabled ?? d.deletionProtectionEnabled) {
      this.lock = new ManagementLock(this, 'Lock', { name: 'do-not-delete', scope: this.resource.id, lockLevel: 'CanNotDelete', notes: 'Deletion protection of the scaling-blueprints LoadBalancer.' });
    }

    const signal = (name: string, description: string, metricName: string, statistic: Statistic, threshold: number, severity: Severity, dimensions?: MetricRef['dimensions']) =>
      this.addGoldenSignal({
        name,
        description,
        metric: { namespace: this.metricNamespace, metricName, dimensions, resourceId: this.resource.id },
        statistic,
        comparison: Comparison.GREATER_THAN,
        threshold,
        periodSeconds: 300,
        severity,
      });
    signal('lb-5xx', 'The gateway failed requests (no healthy backend, timeouts).', 'FailedRequests', Statistic.SUM, 10, Severity.CRITICAL);
    signal('target-5xx', 'Backends answered 5xx.', 'BackendResponseStatus', Statistic.SUM, 50, Severity.CRITICAL, [{ name: 'HttpStatusGroup', value: '5xx' }]);
    signal('response-time', 'Backend last-byte response time above 1 second on average (Azure Monitor has no p95 for it).', 'BackendLastByteResponseTime', Statistic.AVERAGE, 1000, Severity.WARNING);
    this.addCostItem({ sku: 'azure:appgateway:waf-v2-hour', description: 'Application Gateway WAF_v2 (fixed gateway-hours)', quantityMin: 730, quantityMax: 730 });
    this.addCostItem({ sku: 'azure:appgateway:waf-v2-capacity-unit-hour', description: 'Application Gateway WAF_v2 capacity units (CU-hours)', quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  public get loadBalancerId(): string {
    return this.resource.id;
  }

  /** The port of the serving listener (443 with HTTPS, 80 with HTTP). */
  public get listenerPort(): number {
    return listenerPortOf(this.protocol);
  }

  /**
   * Makes the gateway's WAF block every request that does not carry this Front Door's id in
   * `X-Azure-FDID` (the profile's `resource_guid`), except on `healthPath`, which Front Door's
   * health probes call. With the NSG open to `AzureFrontDoor.Backend` only, this keeps other Front
   * Door profiles out too. Needs the gateway's own baseline WAF policy (no `throttling` given);
   * returns it, or undefined (with a warning) when the policy is not the gateway's.
   */
  public requireFrontDoor(frontDoorId: string, healthPath: string): WebApplicationFirewallPolicy | undefined {
    if (!this.wafPolicy) {
      Annotations.of(this).addWarning('The gateway uses the throttling WAF policy: add the X-Azure-FDID custom rule to that policy yourself, or the gateway stays reachable from other Front Door profiles.');
      return undefined;
    }
    this.wafPolicy.putCustomRules([
      {
        name: 'RequireThisFrontDoor',
        priority: 1,
        ruleType: FRONT_DOOR_GUARD.ruleType,
        action: FRONT_DOOR_GUARD.action,
        matchConditions: [
          { matchVariables: [{ variableName: FRONT_DOOR_GUARD.headerVariable, selector: FRONT_DOOR_GUARD.header }], operator: FRONT_DOOR_GUARD.equal, negationCondition: true, matchValues: [frontDoorId] },
          { matchVariables: [{ variableName: FRONT_DOOR_GUARD.uriVariable }], operator: FRONT_DOOR_GUARD.beginsWith, negationCondition: true, matchValues: [healthPath] },
        ],
      },
    ]);
    return this.wafPolicy;
  }

  /** The gateway's public IP address (no DNS label is set: point your DNS or the edge cache at it). */
  public get endpointHostname(): string {
    return this.publicIp.ipAddress;
  }

  public get allTargets(): AzureLoadBalancerTarget[] {
    return [...this.targets];
  }

  /**
   * Adds a backend pool with its HTTP settings and probe. Without `pathPatterns` it is the default
   * route; with them it gets a path rule in the gateway's URL path map.
   */
  public addTarget(name: string, props: LoadBalancerTargetProps = {}): AzureLoadBalancerTarget {
    validateProps(this, `AzureLoadBalancer.addTarget('${name}')`, LOAD_BALANCER_TARGET_RULES, props, targetConflicts(name, props, this.targets.map((t) => ({ name: t.targetName, props: t.props }))));
    if ((props.greenWeight ?? 0) > 0 || props.blueGreenEnabled) {
      Annotations.of(this).addWarning(`Target '${name}': Application Gateway has no weighted routing; blue/green weights are ignored (switch over with web app slots).`);
    }
    const target = new AzureLoadBalancerTarget(this, name, props);
    this.targets.push(target);
    this.render();
    return target;
  }

  /** Rewrites the gateway's pools, settings, probes, path map and rules from the targets. @internal */
  public render(): void {
    const d = LOAD_BALANCER_TARGET_DEFAULTS;
    const pools: ApplicationGatewayBackendAddressPool[] = [];
    const settings: ApplicationGatewayBackendHttpSettings[] = [];
    const probes: ApplicationGatewayProbe[] = [];
    for (const t of this.targets) {
      const p = t.props;
      const webApp = t.targetType === LoadBalancerTargetType.WEB_APP;
      pools.push({ name: t.poolName, fqdns: t.fqdns.length > 0 ? [...t.fqdns] : undefined });
      probes.push({
        name: t.probeName,
        protocol: webApp ? 'Https' : 'Http',
        path: t.healthCheckPath,
        interval: p.healthCheckIntervalSeconds ?? d.healthCheckIntervalSeconds,
        timeout: p.healthCheckTimeoutSeconds ?? d.healthCheckTimeoutSeconds,
        unhealthyThreshold: p.unhealthyThreshold ?? d.unhealthyThreshold,
        pickHostNameFromBackendHttpSettings: webApp,
        host: webApp ? undefined : '127.0.0.1',
        match: { statusCode: [p.healthCheckMatcher ?? d.healthCheckMatcher] },
      });
      settings.push({
        name: t.settingsName,
        cookieBasedAffinity: 'Disabled',
        port: webApp ? 443 : t.port,
        protocol: webApp ? 'Https' : 'Http',
        pickHostNameFromBackendAddress: webApp,
        requestTimeout: 30,
        probeName: t.probeName,
        connectionDraining: { enabled: true, drainTimeoutSec: Math.max(1, p.deregistrationDelaySeconds ?? d.deregistrationDelaySeconds) },
      });
    }
    const defaultTarget = this.targets.find((t) => t.props.pathPatterns === undefined);
    if (!defaultTarget) {
      pools.push({ name: DEFAULT_POOL });
      settings.push({ name: DEFAULT_SETTINGS, cookieBasedAffinity: 'Disabled', port: 80, protocol: 'Http', requestTimeout: 30 });
    }
    const defaultPool = defaultTarget?.poolName ?? DEFAULT_POOL;
    const defaultSettings = defaultTarget?.settingsName ?? DEFAULT_SETTINGS;
    const pathTargets = this.targets.filter((t) => t.props.pathPatterns !== undefined);
    const https = this.protocol === LoadBalancerProtocol.HTTPS;
    const listener = https ? 'https' : 'http';
    const ruleList: ApplicationGatewayRequestRoutingRule[] = [];
    const pathMaps: ApplicationGatewayUrlPathMap[] = [];
    if (pathTargets.length > 0) {
      pathMaps.push({
        name: 'routes',
        defaultBackendAddressPoolName: defaultPool,
        defaultBackendHttpSettingsName: defaultSettings,
        pathRule: pathTargets.map((t) => ({ name: t.targetName, paths: t.props.pathPatterns!, backendAddressPoolName: t.poolName, backendHttpSettingsName: t.settingsName })),
      });
      ruleList.push({ name: 'route', ruleType: 'PathBasedRouting', httpListenerName: listener, urlPathMapName: 'routes', priority: 100 });
    } else {
      ruleList.push({ name: 'route', ruleType: 'Basic', httpListenerName: listener, backendAddressPoolName: defaultPool, backendHttpSettingsName: defaultSettings, priority: 100 });
    }
    if (https) ruleList.push({ name: 'http-to-https', ruleType: 'Basic', httpListenerName: 'http', redirectConfigurationName: 'http-to-https', priority: 200 });
    this.resource.putBackendAddressPool(pools);
    this.resource.putBackendHttpSettings(settings);
    this.resource.putProbe(probes);
    if (pathMaps.length > 0) this.resource.putUrlPathMap(pathMaps);
    else this.resource.resetUrlPathMap();
    this.resource.putRequestRoutingRule(ruleList);
  }
}
