import { App, Testing } from 'cdktf';
import { addStacks } from '../../src/app';
import { Strategy } from '../../stacks/base';
import { logSearchEnabled } from '../../stacks/parts/log-search';
import { LoadedWorkload } from '../../constructs/core/workload';
import { shop, shopWith } from '../helpers';

/** Log search resources and outputs per stack id, for a workload. */
function logSearchByStack(loaded: LoadedWorkload): Record<string, { aws: number; azure: number; outputs: string[] }> {
  const app = Testing.app() as App;
  const out: Record<string, { aws: number; azure: number; outputs: string[] }> = {};
  for (const stack of addStacks(app, loaded)) {
    const doc = JSON.parse(Testing.synth(stack));
    out[stack.node.id] = {
      aws: Object.keys(doc.resource?.aws_opensearch_domain ?? {}).length,
      azure: Object.keys(doc.resource?.azurerm_elastic_cloud_elasticsearch ?? {}).length,
      outputs: Object.keys(doc.output ?? {}).filter((k) => k.startsWith('log_search_')).sort(),
    };
  }
  return out;
}

const OUTPUTS = ['log_search_dashboards_url', 'log_search_endpoint', 'log_search_retention_policy'];

describe('log search in the migration stacks', () => {
  test('the default workload turns it on in the refactor stacks only', () => {
    expect(shop().workload.monitoring?.logSearch?.enabled).toBe(true);
    expect(logSearchByStack(shop())).toEqual({
      'rehost-aws': { aws: 0, azure: 0, outputs: [] },
      'rehost-azure': { aws: 0, azure: 0, outputs: [] },
      'replatform-aws': { aws: 0, azure: 0, outputs: [] },
      'replatform-azure': { aws: 0, azure: 0, outputs: [] },
      'refactor-aws': { aws: 1, azure: 0, outputs: OUTPUTS },
      'refactor-azure': { aws: 0, azure: 1, outputs: OUTPUTS },
    });
  });

  test('a workload with logSearch disabled gets none, refactor included', () => {
    const off = shopWith((w) => {
      w.monitoring.logSearch.enabled = false;
    });
    for (const s of Object.values(logSearchByStack(off))) expect(s).toEqual({ aws: 0, azure: 0, outputs: [] });
  });

  test('the stack rule: only refactor honours logSearch.enabled', () => {
    const w = shop().workload;
    expect([Strategy.REHOST, Strategy.REPLATFORM, Strategy.REFACTOR].map((s) => logSearchEnabled(s, w))).toEqual([false, false, true]);
  });

  test('the refactor stack sizes the cluster from the workload file', () => {
    const loaded = shopWith((w) => {
      w.monitoring.logSearch = { enabled: true, instanceCount: 6, storageGiB: 200, retentionDays: 14, dedicatedMasters: true };
    });
    const app = Testing.app() as App;
    const [stack] = addStacks(app, loaded, ['refactor-aws']);
    const domain = Object.values(JSON.parse(Testing.synth(stack)).resource.aws_opensearch_domain)[0] as any;
    expect(domain.cluster_config).toMatchObject({ instance_count: 6, dedicated_master_enabled: true, zone_awareness_config: { availability_zone_count: 3 } });
    expect(domain.ebs_options.volume_size).toBe(200);
  });
});
