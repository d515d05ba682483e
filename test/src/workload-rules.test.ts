import * as fs from 'fs';
import * as path from 'path';
import { ValidationError } from '../../constructs/core/validation';
import { validateWorkload } from '../../src/workload';

const baseDir = path.join(__dirname, '../../examples');
const shopDoc = () => JSON.parse(fs.readFileSync(path.join(baseDir, 'shop.json'), 'utf8'));

function codesAfter(change: (w: any) => void): string[] {
  const doc = shopDoc();
  change(doc);
  try {
    validateWorkload(doc, 'w.json', baseDir);
  } catch (e) {
    if (e instanceof ValidationError) return e.codes;
    throw e;
  }
  return [];
}

/** Each workload-level rule code, with the smallest change to the sample shop that trips it. */
const CASES: Array<[string, (w: any) => void]> = [
  ['WorkloadUnknownField', (w) => (w.extra = 1)],
  ['WorkloadMissingField', (w) => delete w.budget],
  ['WorkloadWrongType', (w) => (w.tiers.web.port = '80')],
  ['WorkloadValueNotAllowed', (w) => (w.tiers.web.kind = 'frontend')],
  ['WorkloadOutOfRange', (w) => (w.tiers.web.port = 70000)],
  ['WorkloadPatternMismatch', (w) => (w.name = 'Shop!')],
  ['WorkloadNameInvalid', (w) => (w.tiers.Web_Front = w.tiers.web)],
  ['WorkloadNoWebTier', (w) => (w.tiers.web.kind = 'worker')],
  ['WorkloadSeveralWebTiers', (w) => (w.tiers.search.kind = 'web')],
  ['CapacityMinAboveMax', (w) => (w.tiers.web.capacity.min = 20)],
  ['CapacityDesiredOutOfRange', (w) => (w.tiers.web.capacity.desired = 1)],
  ['TierCpuTargetOutOfRange', (w) => (w.tiers.web.cpuTargetPercent = 0)],
  ['TierApiWithoutPaths', (w) => delete w.tiers.search.pathPatterns],
  ['ScheduleCronMalformed', (w) => (w.tiers.web.schedules[0].cron = '0 7 * *')],
  ['ScheduleTimeZoneUnknown', (w) => (w.tiers.web.schedules[0].timeZone = 'Moon/Base')],
  ['ScheduleNotWeekly', (w) => (w.tiers.web.schedules[0].cron = '0 7 1 * *')],
  ['ScheduleDuplicateName', (w) => (w.tiers.web.schedules[1].name = 'business-hours')],
  ['ScheduleChangesNothing', (w) => w.tiers.web.schedules.push({ name: 'noop', cron: '0 9 * * *' })],
  ['ScheduleMinAboveMax', (w) => (w.tiers.web.schedules[1].min = 8)],
  ['FunctionTriggerCount', (w) => (w.functions.reconciliation.trigger.queue = 'notifications')],
  ['FunctionQueueUnknown', (w) => (w.functions['notification-sender'].trigger.queue = 'mail')],
  ['FunctionSourceMissing', (w) => (w.functions.reconciliation.source = './nowhere')],
  ['QueueVisibilityBelowConsumerTimeout', (w) => (w.queues.notifications.visibilityTimeoutSeconds = 5)],
  ['TopicSubscriptionUnknownQueue', (w) => w.topics['order-events'].subscriptions.push('audit')],
  ['DatabaseShardKeyMissing', (w) => delete w.databases.orders.shardKey],
  ['DatabaseShardListEmpty', (w) => (w.databases.orders.shardKey.lists = {})],
  ['DatabaseShardListIndexOutOfRange', (w) => (w.databases.orders.shardKey.lists.eu = 3)],
  ['CostAlertsBudgetNotPositive', (w) => (w.budget.monthlyUsd = -5)],
  ['CostAlertsThresholdOutOfRange', (w) => (w.budget.forecastThresholdsPercent = [0])],
  ['MonitoringEmailInvalid', (w) => (w.alerts.emails = ['oncall'])],
  ['SwitchoverWeightsNot100', (w) => (w.switchover = { blueWeight: 50, greenWeight: 20 })],
  ['StateBackendSettingsMissing', (w) => (w.state = { backend: 'azurerm' })],
  ['NetworkCidrSizeOutOfRange', (w) => (w.network.cidr = '10.0.0.0/12')],
];

describe('workload rules', () => {
  test('the sample shop passes every rule', () => expect(codesAfter(() => undefined)).toEqual([]));
  test('fails when … WorkloadPlaintextEntryPoint: prod without the edge and without certificates, naming tls and the fix', () => {
    const doc = shopDoc();
    doc.edge.enabled = false;
    let err: ValidationError | undefined;
    try {
      validateWorkload(doc, 'w.json', baseDir);
    } catch (e) {
      err = e as ValidationError;
    }
    expect(err?.codes).toEqual(['WorkloadPlaintextEntryPoint', 'WorkloadPlaintextEntryPoint']);
    expect(err?.message).toContain('tls.awsCertificateArn must be set in prod when edge.enabled is false');
    expect(err?.message).toContain('Give tls.azureCertificateSecretId');
    expect(err?.message).toContain('turn the edge back on (edge.enabled: true)');
  });
  test('prod without the edge passes with both certificates; dev without the edge and certificates passes', () => {
    expect(codesAfter((w) => { w.edge.enabled = false; w.tls = { awsCertificateArn: 'arn:aws:acm:eu-west-1:1:certificate/a', azureCertificateSecretId: 'https://kv.vault.azure.net/secrets/agw' }; })).toEqual([]);
    expect(codesAfter((w) => { w.edge.enabled = false; w.tls = { awsCertificateArn: 'arn:aws:acm:eu-west-1:1:certificate/a' }; })).toEqual(['WorkloadPlaintextEntryPoint']);
    expect(codesAfter((w) => { w.edge.enabled = false; w.environment = 'dev'; })).toEqual([]);
  });
  test.each(CASES)('fails when … %s', (code, change) => {
    expect(codesAfter(change)).toContain(code);
  });
});

describe('workload name: valid resource names on both clouds', () => {
  function issuesAfter(name: string) {
    const doc = shopDoc();
    doc.name = name;
    try {
      validateWorkload(doc, 'w.json', baseDir);
    } catch (e) {
      if (e instanceof ValidationError) return e.issues;
      throw e;
    }
    return [];
  }

  test.each([
    ['shop-', 'WorkloadNameTrailingHyphen'],
    ['shop--eu', 'WorkloadNameDoubledHyphen'],
    ['internal', 'WorkloadNameReservedPrefix'],
    ['internal-shop', 'WorkloadNameReservedPrefix'],
  ])('fails when the name is %j (%s), with the JSON path, the value, what is allowed and a fix', (name, code) => {
    const issues = issuesAfter(name);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]).toMatchObject({ prop: 'name', value: name, path: 'w.json' });
    expect(issues[0].allowed).not.toBe('');
    expect(issues[0].fix).not.toBe('');
  });

  test('a trailing hyphen replaces the generic pattern error, and its fix offers the corrected name', () => {
    const [issue] = issuesAfter('shop-');
    expect(issue.fix).toContain("'shop'");
  });

  test.each(['shop', 'shop-eu', 'a1', 'internals', 'my-internal'])('passes when the name is %j', (name) => {
    expect(issuesAfter(name)).toEqual([]);
  });

  test('the JSON Schema rejects a trailing or doubled hyphen on its own', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schema/workload.schema.json'), 'utf8'));
    const re = new RegExp(schema.properties.name.pattern);
    expect(['shop-', 'shop--eu', '-shop'].filter((n) => re.test(n))).toEqual([]);
    expect(['shop', 'shop-eu', 'a1b2'].every((n) => re.test(n))).toBe(true);
  });
});
