import { App } from 'cdktf';
import { AwsMonitoring } from '../../constructs/aws/monitoring';
import { AzureMonitoring } from '../../constructs/azure/monitoring';
import { Blueprint } from '../../constructs/core/blueprint';
import { addStacks } from '../../src/app';
import { shop } from '../helpers';
import { Testing } from 'cdktf';

/**
 * The stack guarantee: all six stacks contain Monitoring and CostAlerts, and every blueprint
 * instance in them has at least one alarm routed to the alert channel (or, for CostAlerts, its own
 * notification routed there).
 */
describe('observability in the six stacks', () => {
  const app = new App({ outdir: Testing.app().outdir, stackTraces: false });
  const stacks = addStacks(app, shop());

  test.each(stacks.map((s) => [s.node.id, s]))('%s: Monitoring and CostAlerts, and every blueprint watched', (_id, stack) => {
    const blueprints = Blueprint.allIn(stack);
    const mon = blueprints.find((b) => b.blueprintKind === 'Monitoring') as AwsMonitoring | AzureMonitoring;
    expect(mon).toBeDefined();
    expect(blueprints.some((b) => b.blueprintKind === 'CostAlerts')).toBe(true);
    const covered = new Set([...mon.plan.alarms, ...mon.plan.delivered].map((a) => a.blueprint));
    for (const bp of blueprints) if (bp !== mon) expect([bp.node.path, covered.has(bp)]).toEqual([bp.node.path, true]);
    expect(mon.plan.unwatched).toEqual([]);
  });

  test.each(stacks.map((s) => [s.node.id, s]))('%s: outputs the dashboard, the alert channel and the cost estimate', (_id, stack) => {
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(Object.keys(doc.output).sort()).toEqual(['alert_channel_id', 'budget_id', 'cost_estimate_max_usd', 'cost_estimate_min_usd', 'dashboard_url']);
    expect(doc.output.cost_estimate_max_usd.value).toBeGreaterThanOrEqual(doc.output.cost_estimate_min_usd.value);
  });
});
