import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ValidationError } from '../../constructs/core/validation';
import { loadWorkload, validateWorkload } from '../../src/workload';

const shopDoc = () => JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/shop.json'), 'utf8'));
const baseDir = path.join(__dirname, '../../examples');

function issues(doc: unknown) {
  try {
    validateWorkload(doc, 'w.json', baseDir);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  return [];
}

describe('workload file', () => {
  test('the built-in default (the sample shop) loads and validates', () => {
    const loaded = loadWorkload();
    expect(loaded.workload.name).toBe('shop');
    expect(Object.keys(loaded.workload.tiers)).toEqual(['web', 'search', 'checkout']);
    expect(loaded.workload.features?.recommendations.degradable).toBe(true);
    expect(loaded.workload.databases?.orders.shardKey?.column).toBe('customer_region');
  });

  test('an unknown field is an error that names its path and suggests the closest field', () => {
    const doc = shopDoc();
    doc.tiers.web.capacty = 3;
    const [issue] = issues(doc);
    expect(issue).toMatchObject({ code: 'WorkloadUnknownField', prop: 'tiers.web.capacty', value: 3 });
    expect(issue.fix).toContain("'capacity'");
  });

  test('a wrong type names the path, the value and the type wanted', () => {
    const doc = shopDoc();
    doc.tiers.web.capacity.max = 'ten';
    expect(issues(doc)).toEqual([expect.objectContaining({ code: 'WorkloadWrongType', prop: 'tiers.web.capacity.max', value: 'ten', allowed: expect.stringContaining('of type integer') })]);
  });

  test('out of range names the limit', () => {
    const doc = shopDoc();
    doc.network.zoneCount = 5;
    expect(issues(doc)).toEqual([expect.objectContaining({ code: 'WorkloadOutOfRange', prop: 'network.zoneCount', value: 5, allowed: expect.stringContaining('at most 3') })]);
  });

  test('several problems are reported at once, each with its path', () => {
    const doc = shopDoc();
    doc.colour = 'blue';
    doc.environment = 'production';
    delete doc.owner;
    doc.tiers.web.capacity = { min: 5, max: 2 };
    doc.tiers.search.size = 'huge';
    doc.alerts.emails = ['not-an-address'];
    const found = issues(doc).map((i) => `${i.code} ${i.prop}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'WorkloadUnknownField colour',
        'WorkloadValueNotAllowed environment',
        'WorkloadMissingField owner',
        'CapacityMinAboveMax tiers.web.capacity.min',
        'WorkloadValueNotAllowed tiers.search.size',
        'MonitoringEmailInvalid alerts.emails[0]',
      ]),
    );
    expect(found).toHaveLength(6);
  });

  test('the error message lists every issue with path, value, what is allowed and the fix', () => {
    const doc = shopDoc();
    doc.tiers.web.capacity.desired = 40;
    expect(() => validateWorkload(doc, 'w.json', baseDir)).toThrow(
      "workload file 'w.json' has 1 invalid field:\n  - [CapacityDesiredOutOfRange] tiers.web.capacity.desired must be a whole number between min (2) and max (12), got 40. Set desired inside [min, max], or leave it out to start at min.",
    );
  });

  test('schedules are checked: cron, time zone and weekly form', () => {
    const doc = shopDoc();
    doc.tiers.web.schedules[0].cron = '0 25 * * *';
    doc.tiers.web.schedules[1].timeZone = 'Europe/Atlantis';
    doc.functions.reconciliation.trigger.schedule.cron = 'nightly';
    expect(issues(doc).map((i) => `${i.code} ${i.prop}`)).toEqual([
      'ScheduleCronMalformed tiers.web.schedules[0].cron',
      'ScheduleTimeZoneUnknown tiers.web.schedules[1].timeZone',
      'ScheduleCronMalformed functions.reconciliation.trigger.schedule.cron',
    ]);
  });

  test('references between sections are checked', () => {
    const doc = shopDoc();
    doc.functions['notification-sender'].trigger.queue = 'emails';
    doc.topics['order-events'].subscriptions = ['nowhere'];
    doc.databases.orders.shardKey.lists.apac = 7;
    expect(issues(doc).map((i) => i.code)).toEqual(['FunctionQueueUnknown', 'TopicSubscriptionUnknownQueue', 'DatabaseShardListIndexOutOfRange']);
  });

  test('a queue visibility timeout shorter than its consumer timeout is an error', () => {
    const doc = shopDoc();
    doc.queues.notifications.visibilityTimeoutSeconds = 10;
    expect(issues(doc)).toEqual([expect.objectContaining({ code: 'QueueVisibilityBelowConsumerTimeout', prop: 'queues.notifications.visibilityTimeoutSeconds' })]);
  });

  test('a function source folder must exist', () => {
    const doc = shopDoc();
    doc.functions.reconciliation.source = '../handlers/missing';
    expect(issues(doc).map((i) => i.code)).toEqual(['FunctionSourceMissing']);
  });

  test('budget, thresholds, switchover weights and the state backend are checked', () => {
    const doc = shopDoc();
    doc.budget.monthlyUsd = 0;
    doc.budget.actualThresholdsPercent = [80, 1200];
    doc.switchover.greenWeight = 10;
    doc.state = { backend: 's3' };
    expect(issues(doc).map((i) => i.code)).toEqual(['CostAlertsBudgetNotPositive', 'CostAlertsThresholdOutOfRange', 'SwitchoverWeightsNot100', 'StateBackendSettingsMissing']);
  });

  test('a file that is not JSON is reported, not thrown raw', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sb-')), 'bad.json');
    fs.writeFileSync(file, '{ "name": ');
    expect(() => loadWorkload(file)).toThrow(/WorkloadNotJson/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('a missing file is reported with the path', () => {
    expect(() => loadWorkload('/nonexistent/w.json')).toThrow(/WorkloadFileUnreadable/);
  });
});
