import { Blueprint } from '../../../constructs/core/blueprint';
import { IThrottling, ThrottlingScope } from '../../../constructs/core/refs';
import { errorCodes, kitStack, onlyResource, synth } from '../../helpers';

/** The rate rule as each cloud writes it, in neutral terms. */
const read = {
  aws: (s: ReturnType<typeof synth>) => {
    const acl = onlyResource(s, 'aws_wafv2_web_acl');
    const r = acl.rule[0].statement.rate_based_statement;
    return { limit: r.limit, windowSeconds: r.evaluation_window_sec, perClientIp: r.aggregate_key_type === 'IP', blocking: 'block' in acl.rule[0].action, managed: acl.rule.length > 1 };
  },
  azure: (s: ReturnType<typeof synth>) => {
    const p = onlyResource(s, 'azurerm_web_application_firewall_policy');
    const r = p.custom_rules[0];
    return { limit: r.rate_limit_threshold, windowSeconds: r.rate_limit_duration === 'OneMin' ? 60 : 300, perClientIp: r.group_rate_limit_by === 'ClientAddr', blocking: p.policy_settings.mode === 'Prevention', managed: p.managed_rules.managed_rule_set.length > 0 };
  },
};

describe.each(['aws', 'azure'] as const)('Throttling contract on %s', (cloud) => {
  test.each([
    [100, 60],
    [2000, 300],
  ])('a limit of %i per %is per client IP, blocking, with managed rules', (limit, windowSeconds) => {
    const { stack, kit } = kitStack(cloud);
    const waf: IThrottling = kit.throttling('Waf', { requestsPerWindow: limit, windowSeconds });
    expect((waf as unknown as Blueprint).blueprintKind).toBe('Throttling');
    expect(waf.scope).toBe(ThrottlingScope.REGIONAL);
    expect(read[cloud](synth(stack))).toEqual({ limit, windowSeconds, perClientIp: true, blocking: true, managed: true });
  });

  test.each([
    ['ThrottlingRequestsBelowMinimum', { requestsPerWindow: 9 }],
    ['ThrottlingWindowNotAllowed', { windowSeconds: 120 }],
  ])('fails with the same code when %s', (code, bad) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.throttling('Waf', bad))).toEqual([code]);
  });
});

describe.each(['aws', 'azure'] as const)('Throttling warnings on %s', (cloud) => {
  const warnings = (b: unknown) => (b as Blueprint).node.metadata.filter((m) => String(m.data).includes('blockEnabled is false'));
  test('detection-only mode gets a warning, blocking does not', () => {
    const { kit } = kitStack(cloud);
    expect(warnings(kit.throttling('Counting', { blockEnabled: false }))).toHaveLength(1);
    expect(warnings(kit.throttling('Blocking', {}))).toHaveLength(0);
  });
});
