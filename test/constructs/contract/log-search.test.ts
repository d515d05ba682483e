import { TerraformStack } from 'cdktf';
import { AwsKit } from '../../../constructs/aws/kit';
import { AwsLogSearch } from '../../../constructs/aws/log-search';
import { AzureKit } from '../../../constructs/azure/kit';
import { AzureLogSearch } from '../../../constructs/azure/log-search';
import { LOG_SEARCH_DEFAULTS, LogSearchProps } from '../../../constructs/core/log-search';
import { PRICE_TABLE } from '../../../constructs/core/prices';
import { errorCodes, kitStack } from '../../helpers';

type Kit = AwsKit | AzureKit;

/** The retention days a synthesized lifecycle policy enforces, whatever its dialect (ISM or ILM). */
function policyDays(json: string): number {
  const p = JSON.parse(json).policy;
  const age: string = p.states ? p.states[0].transitions[0].conditions.min_index_age : p.phases.delete.min_age;
  return Number(age.replace(/d$/, ''));
}

describe.each([['aws'], ['azure']] as const)('LogSearch contract on %s', (cloud) => {
  function make(props: LogSearchProps): { stack: TerraformStack; logSearch: AwsLogSearch | AzureLogSearch } {
    const { stack, kit } = kitStack(cloud) as { stack: TerraformStack; kit: Kit };
    return { stack, logSearch: kit.logSearch('LogSearch', props) as AwsLogSearch | AzureLogSearch };
  }

  test('the kit builds a LogSearch blueprint for the cloud', () => {
    const { logSearch } = make({});
    expect(logSearch.blueprintKind).toBe('LogSearch');
    expect(logSearch.cloud).toBe(cloud);
  });

  test('defaults resolve to the same settings', () => {
    expect(make({}).logSearch.settings).toEqual({
      instanceCount: LOG_SEARCH_DEFAULTS.instanceCount,
      storageGiB: LOG_SEARCH_DEFAULTS.storageGiB,
      retentionDays: LOG_SEARCH_DEFAULTS.retentionDays,
      zoneCount: 3,
      zoneAwarenessEnabled: true,
      dedicatedMastersEnabled: false,
      discoverLogSourcesEnabled: true,
    });
  });

  test('the same neutral props give the same settings', () => {
    const props: LogSearchProps = { instanceCount: 6, storageGiB: 250, retentionDays: 90, zoneCount: 3, dedicatedMastersEnabled: true, discoverLogSourcesEnabled: false };
    expect(make(props).logSearch.settings).toEqual({ ...props, zoneAwarenessEnabled: true });
  });

  test.each([1, 30, 365, 3653])('the lifecycle policy keeps indices %i days', (days) => {
    expect(policyDays(make({ retentionDays: days }).logSearch.retentionPolicyJson)).toBe(days);
  });

  test('every cost item is in the price table, and priced per month or marked usage-based', () => {
    const skus = new Set(PRICE_TABLE.map((p) => p.sku));
    for (const props of [{}, { dedicatedMastersEnabled: true }] as LogSearchProps[]) {
      for (const item of make(props).logSearch.costItems) {
        expect(item.sku.startsWith(`${cloud}:`)).toBe(true);
        expect(skus.has(item.sku) ? item.sku : `missing price: ${item.sku}`).toBe(item.sku);
        expect(item.usageBased === true || item.quantityMax > 0).toBe(true);
      }
    }
  });

  test.each<[string, LogSearchProps, string[]]>([
    ['instance count not a multiple of the zones', { instanceCount: 5 }, ['LogSearchInstanceCountNotMultipleOfZones']],
    ['storage below the provider minimum', { storageGiB: 8 }, ['LogSearchStorageBelowMinimum']],
    ['retention out of range', { retentionDays: 0 }, ['LogSearchRetentionOutOfRange']],
    ['instance count out of range', { instanceCount: 81, zoneCount: 1 }, ['LogSearchInstanceCountOutOfRange']],
    ['all at once', { instanceCount: 4, storageGiB: 1, retentionDays: 9999 }, ['LogSearchInstanceCountNotMultipleOfZones', 'LogSearchStorageBelowMinimum', 'LogSearchRetentionOutOfRange']],
  ])('fails when %s, with the same codes', (_, props, codes) => {
    expect(errorCodes(() => make(props))).toEqual(codes);
  });
});
