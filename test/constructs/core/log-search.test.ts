import { ismPolicy } from '../../../constructs/aws/log-search';
import { ilmPolicy } from '../../../constructs/azure/log-search';
import { LOG_FIELDS } from '../../../constructs/core/log-search';
import { observabilityPropsFromWorkload, observabilityWorkloadIssues } from '../../../constructs/core/workload/observability';
import { validateWorkload } from '../../../src/workload';
import { shopWith } from '../../helpers';

/** The observability issues of the shop with this log search spec and network zone count. */
function logSearchIssues(spec: any, zoneCount: number | undefined, source: string) {
  const w = shopWith((x) => {
    x.monitoring.logSearch = spec;
    x.network = { ...(x.network ?? {}), zoneCount };
  }).workload;
  return observabilityWorkloadIssues(w, source);
}

describe('workload rules for monitoring.logSearch', () => {
  test('the shop passes', () => {
    expect(logSearchIssues({ enabled: true, instanceCount: 3, storageGiB: 100, retentionDays: 30 }, 3, 'shop.json')).toEqual([]);
  });

  test('a disabled logSearch is not judged', () => {
    expect(logSearchIssues({ enabled: false, instanceCount: 4 }, 3, 'shop.json')).toEqual([]);
  });

  test('fails when instanceCount does not divide by network.zoneCount, naming the JSON path', () => {
    const issues = logSearchIssues({ enabled: true, instanceCount: 4 }, 3, 'shop.json');
    expect(issues.map((i: { code: string; prop: string }) => [i.code, i.prop])).toEqual([['LogSearchInstanceCountNotMultipleOfZones', 'monitoring.logSearch.instanceCount']]);
  });

  test('the zone count defaults to 3 when the network does not say', () => {
    expect(logSearchIssues({ enabled: true, instanceCount: 2 }, undefined, 'shop.json').map((i: { code: string }) => i.code)).toEqual(['LogSearchInstanceCountNotMultipleOfZones']);
    expect(logSearchIssues({ enabled: true, instanceCount: 2 }, 2, 'shop.json')).toEqual([]);
  });

  test('validateWorkload reports it with the blueprint code', () => {
    const loaded = shopWith((w) => {
      w.monitoring.logSearch.instanceCount = 5;
    });
    expect(() => validateWorkload(loaded.workload, 'shop.json')).toThrow(/LogSearchInstanceCountNotMultipleOfZones/);
  });

  test('dedicatedMasters maps to dedicatedMastersEnabled', () => {
    expect(observabilityPropsFromWorkload(shopWith((x) => (x.monitoring.logSearch = { enabled: true, dedicatedMasters: true })).workload, 2).logSearch).toMatchObject({ dedicatedMastersEnabled: true, zoneCount: 2 });
  });
});

describe('lifecycle policies', () => {
  test('ISM and ILM delete at the same age', () => {
    expect((ismPolicy(7) as any).policy.states[0].transitions[0].conditions.min_index_age).toBe('7d');
    expect((ilmPolicy(7) as any).policy.phases.delete.min_age).toBe('7d');
  });

  test('the log field conventions include the correlation fields', () => {
    expect(LOG_FIELDS).toEqual(expect.arrayContaining(['@timestamp', 'level', 'message', 'service', 'trace_id', 'span_id']));
  });
});
