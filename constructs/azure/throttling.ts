import { Construct } from 'constructs';
import { Annotations, TerraformResource } from 'cdktf';
import { CdnFrontdoorFirewallPolicy } from '@cdktf/provider-azurerm/lib/cdn-frontdoor-firewall-policy';
import { WebApplicationFirewallPolicy } from '@cdktf/provider-azurerm/lib/web-application-firewall-policy';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { IThrottling, ThrottlingScope } from '../core/refs';
import { THROTTLING_DEFAULTS, THROTTLING_RULES, ThrottlingProps } from '../core/throttling';

export interface AzureThrottlingProps extends ThrottlingProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /**
   * The Application Gateway the regional policy is attached to, for the blocked-request golden
   * signal (WAF policies emit no metrics themselves). The edge cache declares the edge one.
   * @default - no golden signal
   */
  readonly metricResourceId?: string;
}

/** The managed rule sets: OWASP CRS on Application Gateway, the Default Rule Set on Front Door. */
export const AZURE_MANAGED_RULE_SETS = {
  applicationGateway: { type: 'OWASP', version: '3.2' },
  frontDoor: { type: 'Microsoft_DefaultRuleSet', version: '2.1' },
} as const;

/** Front Door needs Premium for managed rule sets; Standard takes custom rules only. */
export const FRONT_DOOR_SKU = { standard: 'Standard_AzureFrontDoor', premium: 'Premium_AzureFrontDoor' } as const;

/**
 * An Azure WAF policy that throttles clients. Scope `regional`: an Application Gateway WAF policy;
 * scope `edge`: a Front Door WAF policy (Premium with managed rules, Standard without). Both carry a
 * custom RateLimitRule per client address with the neutral limit and window (1 or 5 minutes), and
 * the managed rule set in Prevention mode. Attach it with `wafId` (the Application Gateway's
 * `firewall_policy_id`, or the Front Door security policy the edge cache creates).
 */
export class AzureThrottling extends Blueprint implements IThrottling {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'Throttling';
  /** The policy: `applicationGatewayPolicy` or `frontDoorPolicy`, by scope. */
  public readonly resource: TerraformResource;
  /** With scope regional: the Application Gateway WAF policy. */
  public readonly applicationGatewayPolicy?: WebApplicationFirewallPolicy;
  /** With scope edge: the Front Door WAF policy. */
  public readonly frontDoorPolicy?: CdnFrontdoorFirewallPolicy;
  public readonly wafId: string;
  public readonly scope: ThrottlingScope;
  /** With scope edge: the Front Door SKU the policy needs (the profile must match). */
  public readonly frontDoorSkuName?: string;

  constructor(scope: Construct, id: string, props: AzureThrottlingProps) {
    super(scope, id);
    this.validate('AzureThrottling', THROTTLING_RULES, props);
    const d = THROTTLING_DEFAULTS;
    this.scope = props.scope ?? d.scope;
    const limit = props.requestsPerWindow ?? d.requestsPerWindow;
    const windowSeconds = props.windowSeconds ?? d.windowSeconds;
    const block = props.blockEnabled ?? d.blockEnabled;
    const managed = props.managedRulesEnabled ?? d.managedRulesEnabled;
    const name = resourceName(this, 'azureWafPolicy');
    if (!block) Annotations.of(this).addWarning('blockEnabled is false: the WAF only counts offending requests (Detection) and throttles nobody. Turn it on after the first rollout.');
    // Match every request: "not from an address that cannot exist".
    const everyRequestIp = ['255.255.255.255/32'];

    if (this.scope === ThrottlingScope.EDGE) {
      this.frontDoorSkuName = managed ? FRONT_DOOR_SKU.premium : FRONT_DOOR_SKU.standard;
      this.frontDoorPolicy = new CdnFrontdoorFirewallPolicy(this, 'Resource', {
        name,
        resourceGroupName: props.resourceGroupName,
        skuName: this.frontDoorSkuName,
        enabled: true,
        mode: block ? 'Prevention' : 'Detection',
        requestBodyCheckEnabled: true,
        customRule: [
          {
            name: 'RateLimitPerClientIp',
            type: 'RateLimitRule',
            priority: 10,
            action: 'Block',
            enabled: true,
            rateLimitDurationInMinutes: windowSeconds / 60,
            rateLimitThreshold: limit,
            matchCondition: [{ matchVariable: 'RemoteAddr', operator: 'IPMatch', negationCondition: true, matchValues: everyRequestIp }],
          },
        ],
        managedRule: managed ? [{ type: AZURE_MANAGED_RULE_SETS.frontDoor.type, version: AZURE_MANAGED_RULE_SETS.frontDoor.version, action: 'Block' }] : undefined,
      });
      if (!managed) {
        this.addCostItem({ sku: 'azure:waf:frontdoor-standard-policy', description: `Front Door WAF policy ${name}`, quantityMin: 1, quantityMax: 1 });
        this.addCostItem({ sku: 'azure:waf:frontdoor-standard-rule', description: `Front Door WAF custom rules of ${name}`, quantityMin: 1, quantityMax: 1 });
      }
    } else {
      this.applicationGatewayPolicy = new WebApplicationFirewallPolicy(this, 'Resource', {
        name,
        resourceGroupName: props.resourceGroupName,
        location: props.location,
        policySettings: { enabled: true, mode: block ? 'Prevention' : 'Detection', requestBodyCheck: true, fileUploadLimitInMb: 100, maxRequestBodySizeInKb: 128 },
        customRules: [
          {
            name: 'RateLimitPerClientIp',
            ruleType: 'RateLimitRule',
            priority: 10,
            action: 'Block',
            enabled: true,
            rateLimitDuration: windowSeconds === 60 ? 'OneMin' : 'FiveMins',
            rateLimitThreshold: limit,
            groupRateLimitBy: 'ClientAddr',
            matchConditions: [{ matchVariables: [{ variableName: 'RemoteAddr' }], operator: 'IPMatch', negationCondition: true, matchValues: everyRequestIp }],
          },
        ],
        // An Application Gateway policy always carries a managed rule set (the API requires one).
        managedRules: { managedRuleSet: [{ type: AZURE_MANAGED_RULE_SETS.applicationGateway.type, version: AZURE_MANAGED_RULE_SETS.applicationGateway.version }] },
      });
    }
    if (props.metricResourceId) this.watchTarget(props.metricResourceId);
    this.resource = (this.frontDoorPolicy ?? this.applicationGatewayPolicy)!;
    this.wafId = this.frontDoorPolicy ? this.frontDoorPolicy.id : this.applicationGatewayPolicy!.id;
  }

  /**
   * Declares the blocked-request spike on the target's metrics: Azure reports WAF blocks on the
   * Application Gateway (`AzwafTotalRequests`) or the Front Door profile
   * (`WebApplicationFirewallRequestCount`), filtered to the Block action. Called by the load
   * balancer or edge cache the policy is attached to.
   */
  public watchTarget(targetResourceId: string): void {
    if (this.goldenSignals.some((g) => g.name === 'blocked-requests-spike')) return;
    const edge = this.scope === ThrottlingScope.EDGE;
    this.addGoldenSignal({
      name: 'blocked-requests-spike',
      description: 'The WAF blocked an unusual number of requests: an attack, or a limit too tight for real traffic.',
      metric: edge
        ? { namespace: 'Microsoft.Cdn/profiles', metricName: 'WebApplicationFirewallRequestCount', dimensions: [{ name: 'Action', value: 'Block' }], resourceId: targetResourceId }
        : { namespace: 'Microsoft.Network/applicationGateways', metricName: 'AzwafTotalRequests', dimensions: [{ name: 'Action', value: 'Block' }], resourceId: targetResourceId },
      statistic: Statistic.SUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 1000,
      periodSeconds: 300,
      evaluationPeriods: 2,
      severity: Severity.WARNING,
    });
  }
}
