import { AwsKit } from '../../../constructs/aws/kit';
import { AzureKit } from '../../../constructs/azure/kit';
import { AwsMonitoring } from '../../../constructs/aws/monitoring';
import { AzureMonitoring } from '../../../constructs/azure/monitoring';
import { Blueprint } from '../../../constructs/core/blueprint';
import { MonitoringProps } from '../../../constructs/core/monitoring';
import { FakeBlueprint, azureCpuHigh, cpuHigh } from '../../fixtures/blueprints';
import { errorCodes, kitStack, resources, synth } from '../../helpers';

const CLOUDS = [
  { cloud: 'aws' as const, alarmType: 'aws_cloudwatch_metric_alarm', threshold: (a: any) => a.threshold, retention: (s: any) => Object.values(resources(s, 'aws_cloudwatch_log_group')).map((g: any) => g.retention_in_days) },
  { cloud: 'azure' as const, alarmType: 'azurerm_monitor_metric_alert', threshold: (a: any) => a.criteria[0].threshold, retention: (s: any) => Object.values(resources(s, 'azurerm_log_analytics_workspace')).map((g: any) => g.retention_in_days) },
];

const props: MonitoringProps = { alertEmails: ['oncall@shop.example.com'], alertWebhooks: ['https://hooks.example.com/x'], logRetentionDays: 90 };

describe.each(CLOUDS)('Monitoring contract on $cloud', ({ cloud, alarmType, threshold, retention }) => {
  test('every blueprint of the stack gets at least one alarm routed to the channel', () => {
    const { stack, kit } = kitStack(cloud);
    new FakeBlueprint(stack, 'Web', { signals: [cloud === 'aws' ? cpuHigh() : azureCpuHigh()] });
    const mon = kit.monitoring('Monitoring', props) as AwsMonitoring | AzureMonitoring;
    const watched = Blueprint.allIn(stack).filter((b) => b.blueprintKind !== 'Monitoring');
    const made = ('alarms' in mon ? mon.alarms : mon.alerts) as Array<{ node: { path: string } }>;
    const alarmPaths = made.map((a) => a.node.path);
    expect(watched.map((b) => b.node.id)).toEqual(['Network', 'Web']);
    for (const bp of watched) expect(alarmPaths.some((p) => new RegExp(`^${stack.node.id}/Monitoring/(Alarms|Alerts)/${bp.node.id}/`).test(p))).toBe(true);
    expect(Object.keys(resources(synth(stack), alarmType))).toHaveLength(mon.alarmCount);
  });

  test('the same override gives the same threshold', () => {
    const { stack, kit } = kitStack(cloud);
    new FakeBlueprint(stack, 'Web', { signals: [cloud === 'aws' ? cpuHigh() : azureCpuHigh()] });
    kit.monitoring('Monitoring', { ...props, alarmOverrides: { 'Web/cpu-high': { threshold: 42 } } });
    const web = Object.values(resources(synth(stack), alarmType)).find((a: any) => a.name === 'shop-prod-web-cpu-high' || a.alarm_name === 'shop-prod-web-cpu-high');
    expect(threshold(web)).toBe(42);
  });

  test('the same retention is applied', () => {
    const { stack, kit } = kitStack(cloud);
    kit.monitoring('Monitoring', props);
    expect(retention(synth(stack))).toContain(90);
  });

  test('the same rules fail with the same codes', () => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.monitoring('Monitoring', { alertEmails: ['x'], alertWebhooks: ['http://x'], traceSamplingPercent: 101 }))).toEqual([
      'MonitoringEmailInvalid',
      'MonitoringWebhookNotHttps',
      'MonitoringTraceSamplingOutOfRange',
    ]);
  });

  test('a retention both clouds accept passes, one only CloudWatch accepts fails on Azure only', () => {
    const { kit } = kitStack(cloud);
    const seven = () => kit.monitoring('Monitoring', { logRetentionDays: 7 });
    if (kit instanceof AzureKit) expect(errorCodes(seven)).toEqual(['MonitoringLogRetentionNotAllowed']);
    else expect(kit).toBeInstanceOf(AwsKit), expect(seven).not.toThrow();
  });
});
