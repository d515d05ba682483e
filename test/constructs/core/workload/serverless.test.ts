import { ThrottlingScope } from '../../../../constructs/core/refs';
import { serverlessPropsFromWorkload, serverlessWorkloadIssues } from '../../../../constructs/core/workload/serverless';
import { shop, shopWith } from '../../../helpers';

describe('workload → serverless props', () => {
  test('every function keeps its source as written (the stacks resolve it), with the workload-wide settings', () => {
    const loaded = shopWith((x) => {
      x.monitoring.logRetentionDays = 60;
    });
    const { functions } = serverlessPropsFromWorkload(loaded.workload);
    const [name, spec] = Object.entries(loaded.workload.functions ?? {})[0];
    expect(functions[name]).toMatchObject({ sourcePath: spec.source, logRetentionDays: 60 });
  });

  test('one throttling per scope, from the same workload settings', () => {
    const p = serverlessPropsFromWorkload(shop().workload);
    expect([p.regionalThrottling.scope, p.edgeThrottling.scope]).toEqual([ThrottlingScope.REGIONAL, ThrottlingScope.EDGE]);
    expect(p.edgeThrottling.requestsPerWindow).toBe(p.regionalThrottling.requestsPerWindow);
  });

  test('feature flags only when the workload declares some', () => {
    expect(serverlessPropsFromWorkload(shop().workload).featureFlags?.flags.length).toBeGreaterThan(0);
    expect(serverlessPropsFromWorkload(shopWith((x) => delete x.features).workload).featureFlags).toBeUndefined();
  });

  test('with the edge on, the load balancer is its private HTTP origin; with it off, public and no edge cache', () => {
    const on = serverlessPropsFromWorkload(shop().workload);
    expect(on.requestPath).toEqual({ publicAccessEnabled: false, protocol: 'http' });
    expect(on.edgeCache?.dynamicPathPatterns).toEqual(['/api/checkout/*', '/api/search/*']);
    const off = serverlessPropsFromWorkload(shopWith((x) => (x.edge = { ...(x.edge ?? {}), enabled: false })).workload);
    expect([off.requestPath, off.edgeCache]).toEqual([{}, undefined]);
  });

  test('fails when a flag is declared twice ignoring case', () => {
    const w = shopWith((x) => (x.features = { Checkout: { enabled: true }, checkout: { enabled: false } })).workload;
    expect(serverlessWorkloadIssues(w, 'shop.json').map((i) => i.code)).toEqual(['FeatureFlagsDuplicateName']);
  });
});
