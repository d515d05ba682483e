import { TerraformStack, Testing } from 'cdktf';
import {
  PORTABLE_LOG_RETENTION_DAYS,
  planAlarms,
  watchedBlueprints,
} from '../../../constructs/core/monitoring';
import { observabilityWorkloadIssues } from '../../../constructs/core/workload/observability';
import { validateWorkload } from '../../../src/workload';
import { FakeBlueprint, cpuHigh, p95Latency } from '../../fixtures/blueprints';
import { shop, shopWith } from '../../helpers';

function stackWith() {
  const stack = new TerraformStack(Testing.app(), 'test');
  const web = new FakeBlueprint(stack, 'Web', { signals: [cpuHigh(), p95Latency()] });
  const api = new FakeBlueprint(stack, 'Api', { signals: [cpuHigh()] });
  return { stack, web, api };
}

describe('planAlarms', () => {
  test('one alarm per signal with the declared threshold and default evaluation periods', () => {
    const { web } = stackWith();
    const plan = planAlarms([web]);
    expect(plan.alarms.map((a) => [a.key, a.threshold, a.evaluationPeriods])).toEqual([
      ['Web/cpu-high', 80, 3],
      ['Web/p95-response-time', 1, 5],
    ]);
  });

  test('the more specific key wins over the bare signal name', () => {
    const { web, api } = stackWith();
    const plan = planAlarms([web, api], { 'cpu-high': { threshold: 60 }, 'Api/cpu-high': { threshold: 95 } });
    expect(plan.alarms.filter((a) => a.signal.name === 'cpu-high').map((a) => [a.key, a.threshold, a.overriddenBy])).toEqual([
      ['Web/cpu-high', 60, 'cpu-high'],
      ['Api/cpu-high', 95, 'Api/cpu-high'],
    ]);
  });

  test('disabled signals, self-delivered signals, unused keys and unwatched blueprints are reported', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const web = new FakeBlueprint(stack, 'Web', { signals: [cpuHigh()] });
    const budget = new FakeBlueprint(stack, 'Budget', { signals: [cpuHigh({ name: 'forecast-above-budget', deliveredByBlueprint: true })] });
    const silent = new FakeBlueprint(stack, 'Silent');
    const plan = planAlarms([web, budget, silent], { 'Web/cpu-high': { enabled: false }, 'nope': { threshold: 1 } });
    expect(plan.alarms).toEqual([]);
    expect(plan.disabled.map((a) => a.key)).toEqual(['Web/cpu-high']);
    expect(plan.delivered.map((a) => a.key)).toEqual(['Budget/forecast-above-budget']);
    expect(plan.unusedOverrides).toEqual(['nope']);
    expect(plan.unwatched).toEqual([silent]);
  });

  test('watchedBlueprints skips Monitoring blueprints', () => {
    const { stack } = stackWith();
    new FakeBlueprint(stack, 'Monitoring', { kind: 'Monitoring' });
    expect(watchedBlueprints(stack).map((b) => b.node.id)).toEqual(['Web', 'Api']);
  });
});

describe('workload rules', () => {
  test('the sample shop passes', () => {
    const w = shop().workload;
    expect(observabilityWorkloadIssues(w, 'shop.json')).toEqual([]);
  });

  test('retention must suit both clouds', () => {
    expect(PORTABLE_LOG_RETENTION_DAYS).toEqual([30, 60, 90, 120, 150, 180, 365, 400, 545]);
    const issues = observabilityWorkloadIssues(shopWith((x) => (x.monitoring.logRetentionDays = 14)).workload, 'w.json');
    expect(issues.map((i) => [i.code, i.prop])).toEqual([['MonitoringLogRetentionNotAllowed', 'monitoring.logRetentionDays']]);
  });

  test('e-mails are reported by index', () => {
    const issues = observabilityWorkloadIssues(shopWith((x) => (x.alerts.emails = ['ok@x.io', 'bad'])).workload, 'w.json');
    expect(issues.map((i) => [i.code, i.prop])).toEqual([['MonitoringEmailInvalid', 'alerts.emails[1]']]);
  });

  test('budget ≤ 0 and thresholds outside (0, 1000] are reported with their JSON paths', () => {
    const issues = observabilityWorkloadIssues(shopWith((x) => (x.budget = { monthlyUsd: 0, actualThresholdsPercent: [80, 0], forecastThresholdsPercent: [1200] })).workload, 'w.json');
    expect(issues.map((i) => [i.code, i.prop])).toEqual([
      ['CostAlertsBudgetNotPositive', 'budget.monthlyUsd'],
      ['CostAlertsThresholdOutOfRange', 'budget.actualThresholdsPercent[1]'],
      ['CostAlertsThresholdOutOfRange', 'budget.forecastThresholdsPercent[0]'],
    ]);
  });

  test('a workload file fails with the blueprints codes', () => {
    const doc = JSON.parse(JSON.stringify(shop().workload));
    doc.budget.monthlyUsd = -1;
    doc.alerts.emails = ['nobody'];
    doc.monitoring.logRetentionDays = 7;
    let codes: string[] = [];
    try {
      validateWorkload(doc, 'w.json');
    } catch (err) {
      codes = (err as { codes: string[] }).codes;
    }
    expect(codes).toEqual(expect.arrayContaining(['CostAlertsBudgetNotPositive', 'MonitoringEmailInvalid', 'MonitoringLogRetentionNotAllowed']));
  });
});
