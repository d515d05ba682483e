import { Blueprint } from '../../../constructs/core/blueprint';
import { FeatureFlag } from '../../../constructs/core/feature-flags';
import { errorCodes, kitStack, onlyResource, resources, synth } from '../../helpers';

const FLAGS: FeatureFlag[] = [
  { name: 'recommendations', enabled: true, degradable: true },
  { name: 'reviews', enabled: false },
];

/** The flags' names and states as each cloud stores them. */
const read = {
  aws: (s: ReturnType<typeof synth>) => {
    const doc = JSON.parse(onlyResource(s, 'aws_appconfig_hosted_configuration_version').content);
    return Object.fromEntries(Object.entries(doc.values).map(([k, v]: [string, any]) => [k, v.enabled]));
  },
  azure: (s: ReturnType<typeof synth>) => Object.fromEntries((Object.values(resources(s, 'azurerm_app_configuration_feature')) as any[]).map((f) => [f.name, f.enabled])),
};

describe.each(['aws', 'azure'] as const)('FeatureFlags contract on %s', (cloud) => {
  test('the same flags in the same states', () => {
    const { stack, kit } = kitStack(cloud);
    const flags = kit.featureFlags('Flags', { flags: FLAGS }) as unknown as Blueprint;
    expect(flags.blueprintKind).toBe('FeatureFlags');
    expect(read[cloud](synth(stack))).toEqual({ recommendations: true, reviews: false });
  });

  test.each([
    ['FeatureFlagsNameInvalid', [{ name: 'no spaces', enabled: true }]],
    ['FeatureFlagsDuplicateName', [{ name: 'x', enabled: true }, { name: 'X', enabled: true }]],
  ])('fails with the same code when %s', (code, flags) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.featureFlags('Flags', { flags }))).toEqual([code]);
  });
});
