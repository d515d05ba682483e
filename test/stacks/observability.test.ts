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

  test.each(stacks.map((s) => [s.node.id, s]))('%s: every golden signal is an alarm with its documented threshold, routed to the channel', (_id, stack) => {
    const mon = Blueprint.allIn(stack).find((b) => b.blueprintKind === 'Monitoring') as AwsMonitoring | AzureMonitoring;
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    const type = mon instanceof AwsMonitoring ? 'aws_cloudwatch_metric_alarm' : 'azurerm_monitor_metric_alert';
    const byPath = new Map<string, any>(Object.values(doc.resource[type] ?? {}).map((r: any) => [r['//'].metadata.path, r]));
    const channel = mon instanceof AwsMonitoring ? '${aws_sns_topic.Monitoring_19FB5217.arn}' : '${azurerm_monitor_action_group.Monitoring_19FB5217.id}';
    expect(mon.plan.alarms.length).toBeGreaterThan(0);
    for (const a of mon.plan.alarms) {
      const path = `${stack.node.id}/Monitoring/${mon instanceof AwsMonitoring ? 'Alarms' : 'Alerts'}/${a.blueprintPath.replace(/\//g, '.')}/${a.signal.name}`;
      const r = byPath.get(path);
      expect([path, r !== undefined]).toEqual([path, true]);
      if (mon instanceof AwsMonitoring) {
        // Alarms on metrics published only in us-east-1 notify the us-east-1 topic (AWS_METRIC_FACTS).
        const topic = r.region === 'us-east-1' ? '${aws_sns_topic.Monitoring_EdgeAlertTopic_14EE4CC4.arn}' : channel;
        expect([path, r.threshold, r.alarm_actions]).toEqual([path, a.threshold, [topic]]);
      } else {
        expect([path, r.criteria[0].threshold, r.action[0].action_group_id]).toEqual([path, a.threshold, channel]);
      }
    }
  });

  test.each(stacks.map((s) => [s.node.id, s]))('%s: outputs the dashboard, the alert channel and the cost estimate', (_id, stack) => {
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(Object.keys(doc.output).sort()).toEqual(expect.arrayContaining(['alert_channel_id', 'budget_id', 'cost_estimate_max_usd', 'cost_estimate_min_usd', 'dashboard_url']));
    expect(doc.output.cost_estimate_max_usd.value).toBeGreaterThanOrEqual(doc.output.cost_estimate_min_usd.value);
  });
});
