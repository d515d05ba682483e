import { APP_CONFIGURATION_DATA_OWNER, AzureFeatureFlags, AzureFeatureFlagsProps } from '../../../constructs/azure/feature-flags';
import { FeatureFlag } from '../../../constructs/core/feature-flags';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const FLAGS: FeatureFlag[] = [
  { name: 'recommendations', enabled: true, degradable: true, description: 'Product recommendations' },
  { name: 'new_checkout', enabled: false },
];

function make(extra: Partial<AzureFeatureFlagsProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const flags = new AzureFeatureFlags(stack, 'Flags', { flags: FLAGS, resourceGroupName: resourceGroup.name, location: 'westeurope', ...extra });
  return { stack, flags, s: synth(stack) };
}

describe('AzureFeatureFlags', () => {
  describe('default properties', () => {
    const { flags, s } = make();

    test('a Standard store: local auth off, purge protection, no public network access', () => {
      expect(onlyResource(s, 'azurerm_app_configuration')).toMatchObject({ sku: 'standard', local_auth_enabled: false, purge_protection_enabled: true, public_network_access: 'Disabled' });
    });

    test('one feature per flag, in name order, degradable ones tagged', () => {
      const features = Object.values(resources(s, 'azurerm_app_configuration_feature')) as any[];
      expect(features.map((f) => [f.name, f.enabled])).toEqual([['new_checkout', false], ['recommendations', true]]);
      expect(features[1].tags).toMatchObject({ degradable: 'true' });
      expect(features[1].description).toBe('Product recommendations');
    });

    test('the deploying identity gets App Configuration Data Owner before the flags are written', () => {
      const ra = onlyResource(s, 'azurerm_role_assignment');
      expect(ra.role_definition_name).toBe(APP_CONFIGURATION_DATA_OWNER);
      expect(ra.principal_id).toMatch(/data\.azurerm_client_config\..*\.object_id/);
      const features = Object.values(resources(s, 'azurerm_app_configuration_feature')) as any[];
      for (const f of features) expect(f.depends_on).toEqual([expect.stringMatching(/^azurerm_role_assignment\./)]);
    });

    test('no private endpoint without a subnet; the store is priced per month', () => {
      expect(resources(s, 'azurerm_private_endpoint')).toEqual({});
      expect(flags.costItems.map((c) => [c.sku, c.quantityMax])).toEqual([['azure:appconfig:standard', 1]]);
    });
  });

  test('a private endpoint in the given subnet, with DNS zones', () => {
    const pe = onlyResource(make({ privateEndpointSubnetId: '/subnets/data', privateDnsZoneIds: ['/zones/privatelink.azconfig.io'] }).s, 'azurerm_private_endpoint');
    expect(pe).toMatchObject({ subnet_id: '/subnets/data', private_service_connection: { subresource_names: ['configurationStores'], is_manual_connection: false }, private_dns_zone_group: { private_dns_zone_ids: ['/zones/privatelink.azconfig.io'] } });
  });

  test('the deployer role can be left to a platform team', () => {
    const { s } = make({ deployerRoleAssignmentEnabled: false });
    expect(resources(s, 'azurerm_role_assignment')).toEqual({});
    expect(s.doc.data?.azurerm_client_config).toBeUndefined();
  });

  describe('rules', () => {
    test.each([
      ['FeatureFlagsEmpty', { flags: [] }],
      ['FeatureFlagsNameInvalid', { flags: [{ name: 'has:colon', enabled: true }] }],
      ['FeatureFlagsDuplicateName', { flags: [{ name: 'beta', enabled: true }, { name: 'beta', enabled: true }] }],
      ['FeatureFlagsDeploymentDurationOutOfRange', { deploymentDurationMinutes: -1 }],
      ['FeatureFlagsBakeTimeOutOfRange', { bakeTimeMinutes: 2000 }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => make(p as Partial<AzureFeatureFlagsProps>))).toEqual([code]);
    });
  });
});

describe('AzureFeatureFlags alerts', () => {
  test('watches throttled requests on the App Configuration store', () => {
    const { flags } = make();
    expect(flags.goldenSignals).toEqual([
      expect.objectContaining({ name: 'throttled-requests', metric: expect.objectContaining({ namespace: 'Microsoft.AppConfiguration/configurationStores', metricName: 'ThrottledHttpRequestCount' }) }),
    ]);
  });
});
