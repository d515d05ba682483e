import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ThrottlingScope } from '../../constructs/core/throttling';
import { addStacks } from '../../src/app';
import { stackFromDoc } from '../../src/review/model';
import { checkOutput, formatViolation } from '../../src/review/schema/provider-rules';
import { kitStack, shop, synth } from '../helpers';

// The Done-when of issue 12: the six default stacks, and each blueprint alone with default props on
// both clouds, synthesize with zero provider-rule violations.
jest.setTimeout(120_000);

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test('the six default stacks have no provider-rule violation', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-rules-'));
  made.push(outdir);
  const app = new App({ outdir, stackTraces: false });
  const stacks = addStacks(app, shop());
  app.synth();
  const out = { dir: outdir, stacks: stacks.map((s) => stackFromDoc(s.node.id, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', s.node.id, 'cdk.tf.json'), 'utf8')))) };
  expect(out.stacks).toHaveLength(6);
  expect(checkOutput(out).map(formatViolation)).toEqual([]);
});

const SOURCE = path.join(__dirname, '../../handlers/reconciliation');
type Kit = ReturnType<typeof kitStack>['kit'];
const BLUEPRINTS: Array<[string, (kit: Kit) => unknown]> = [
  ['loadBalancer', (kit) => kit.loadBalancer('Lb')],
  ['scalingGroup', (kit) => kit.scalingGroup('Web')],
  ['webApp', (kit) => kit.webApp('App')],
  ['cache', (kit) => kit.cache('Cache', {})],
  ['shardedDatabase', (kit) => kit.shardedDatabase('Orders', {})],
  ['messageQueue', (kit) => kit.messageQueue('Messaging', { queues: [{ name: 'jobs' }] })],
  ['serverlessFunction', (kit) => kit.serverlessFunction('Reconcile', { sourcePath: SOURCE })],
  ['throttling', (kit) => kit.throttling('Waf', { scope: ThrottlingScope.REGIONAL })],
  ['featureFlags', (kit) => kit.featureFlags('Flags', { flags: [{ name: 'new-checkout', enabled: true }] })],
  ['edgeCache', (kit) => kit.edgeCache('Edge', { originHostname: 'shop-web.example.com' })],
  ['logSearch', (kit) => kit.logSearch('LogSearch', {})],
  ['monitoring', (kit) => kit.monitoring('Monitoring', {})],
  ['costAlerts', (kit) => kit.costAlerts('CostAlerts', { monthlyBudgetUsd: 100, alertEmails: ['a@b.co'] })],
];

describe.each(['aws', 'azure'] as const)('each blueprint alone with default props on %s', (cloud) => {
  test.each(BLUEPRINTS)('%s has no provider-rule violation', (_name, build) => {
    const { stack, kit } = kitStack(cloud);
    build(kit);
    const doc = synth(stack).doc;
    const out = { dir: '', stacks: [stackFromDoc(stack.node.id, doc)] };
    expect(Object.keys(doc.resource ?? {}).length).toBeGreaterThan(0);
    expect(checkOutput(out).map(formatViolation)).toEqual([]);
  });
});
