import { AzureThrottling, AzureThrottlingProps } from '../../../constructs/azure/throttling';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

function make(extra: Partial<AzureThrottlingProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const waf = new AzureThrottling(stack, 'Waf', { resourceGroupName: resourceGroup.name, location: 'westeurope', ...extra });
  return { stack, waf, s: synth(stack) };
}

describe('AzureThrottling', () => {
  describe('default properties', () => {
    const { waf, s } = make();
    const policy = onlyResource(s, 'azurerm_web_application_firewall_policy');

    test('an Application Gateway WAF policy in Prevention mode with request body inspection', () => {
      expect(policy.policy_settings).toMatchObject({ enabled: true, mode: 'Prevention', request_body_check: true });
      expect(waf.scope).toBe(ThrottlingScope.REGIONAL);
    });

    test('a RateLimitRule per client address: 100 per one minute, matching every request', () => {
      expect(policy.custom_rules).toEqual([
        expect.objectContaining({
          rule_type: 'RateLimitRule', action: 'Block', rate_limit_duration: 'OneMin', rate_limit_threshold: 100, group_rate_limit_by: 'ClientAddr',
          match_conditions: [expect.objectContaining({ operator: 'IPMatch', negation_condition: true, match_variables: [{ variable_name: 'RemoteAddr' }] })],
        }),
      ]);
    });

    test('the OWASP 3.2 managed rule set', () => {
      expect(policy.managed_rules.managed_rule_set).toEqual([{ type: 'OWASP', version: '3.2' }]);
    });

    test('no golden signal without the gateway it is attached to', () => {
      expect(waf.goldenSignals).toEqual([]);
    });
  });

  test('five-minute windows', () => {
    expect(onlyResource(make({ windowSeconds: 300 }).s, 'azurerm_web_application_firewall_policy').custom_rules[0].rate_limit_duration).toBe('FiveMins');
  });

  test('blockEnabled false is Detection mode', () => {
    expect(onlyResource(make({ blockEnabled: false }).s, 'azurerm_web_application_firewall_policy').policy_settings.mode).toBe('Detection');
  });

  test('with the gateway id, a blocked-request spike signal on the gateway', () => {
    const { waf } = make({ metricResourceId: '/gw' });
    expect(waf.goldenSignals[0]).toMatchObject({ name: 'blocked-requests-spike', metric: { resourceId: '/gw', namespace: 'Microsoft.Network/applicationGateways' } });
  });

  test('scope edge: a Premium Front Door policy with the Default Rule Set 2.1 and the same rate rule', () => {
    const { waf, s } = make({ scope: ThrottlingScope.EDGE, requestsPerWindow: 300, windowSeconds: 300 });
    expect(resources(s, 'azurerm_web_application_firewall_policy')).toEqual({});
    const fd = onlyResource(s, 'azurerm_cdn_frontdoor_firewall_policy');
    expect(fd).toMatchObject({ sku_name: 'Premium_AzureFrontDoor', mode: 'Prevention', enabled: true });
    expect(fd.custom_rule[0]).toMatchObject({ type: 'RateLimitRule', rate_limit_duration_in_minutes: 5, rate_limit_threshold: 300, action: 'Block' });
    expect(fd.managed_rule).toEqual([{ type: 'Microsoft_DefaultRuleSet', version: '2.1', action: 'Block' }]);
    expect(waf.frontDoorSkuName).toBe('Premium_AzureFrontDoor');
  });

  test('scope edge without managed rules runs on Standard, priced per policy and rule', () => {
    const { waf, s } = make({ scope: ThrottlingScope.EDGE, managedRulesEnabled: false });
    expect(onlyResource(s, 'azurerm_cdn_frontdoor_firewall_policy').sku_name).toBe('Standard_AzureFrontDoor');
    expect(waf.costItems.map((c) => c.sku)).toEqual(['azure:waf:frontdoor-standard-policy', 'azure:waf:frontdoor-standard-rule']);
  });

  describe('rules', () => {
    test.each([
      ['ThrottlingRequestsBelowMinimum', { requestsPerWindow: 5 }],
      ['ThrottlingWindowNotAllowed', { windowSeconds: 600 }],
      ['ThrottlingScopeInvalid', { scope: 'global' }],
      ['ThrottlingRequestsOutOfRange', { requestsPerWindow: 3_000_000_000 }],
      ['ThrottlingLogRetentionOutOfRange', { logRetentionDays: 0 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => make(p as Partial<AzureThrottlingProps>))).toEqual([code]);
    });
  });
});

describe('AzureThrottling on its target', () => {
  test('declares no signal until attached: Azure reports WAF blocks on the gateway, not the policy', () => {
    expect(make().waf.goldenSignals).toEqual([]);
  });

  test('attached to an Application Gateway, it watches the gateway for blocked-request spikes, once', () => {
    const { waf } = make();
    waf.watchTarget('/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw');
    waf.watchTarget('/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw');
    expect(waf.goldenSignals).toEqual([
      expect.objectContaining({
        name: 'blocked-requests-spike',
        metric: expect.objectContaining({ namespace: 'Microsoft.Network/applicationGateways', metricName: 'AzwafTotalRequests', dimensions: [{ name: 'Action', value: 'Block' }] }),
      }),
    ]);
  });
});
