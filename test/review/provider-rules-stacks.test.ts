import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ThrottlingScope } from '../../constructs/core/throttling';
import { LoadedWorkload } from '../../constructs/core/workload';
import { addStacks } from '../../src/app';
import { coverageReport, parseReviewArgs } from '../../src/review';
import { SynthOutput, readSynthOutput, stackFromDoc } from '../../src/review/model';
import { defaultSynthDir } from '../default-synth';
import { checkOutput, coverage, formatViolation } from '../../src/review/schema/provider-rules';
import { SchemaIssueKind, validateResource } from '../../src/review/schema/validate';
import { kitStack, shopWith, synth } from '../helpers';
import { resource } from './fixtures';

// The Done-when of issue 12: the six default stacks, and each blueprint alone with default props on
// both clouds, synthesize with zero provider-rule violations.
jest.setTimeout(120_000);

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function synthSix(loaded: LoadedWorkload): SynthOutput {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-rules-'));
  made.push(outdir);
  const app = new App({ outdir, stackTraces: false });
  const stacks = addStacks(app, loaded);
  app.synth();
  return { dir: outdir, stacks: stacks.map((s) => stackFromDoc(s.node.id, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', s.node.id, 'cdk.tf.json'), 'utf8')))) };
}

describe('the six default stacks', () => {
  let out: SynthOutput;
  beforeAll(() => {
    out = readSynthOutput(defaultSynthDir());
  });

  test('have no provider-rule violation', () => {
    expect(out.stacks).toHaveLength(6);
    expect(checkOutput(out).map(formatViolation)).toEqual([]);
  });

  test('the Service Bus namespace name is one azurerm accepts (no -sb ending)', () => {
    const names = out.stacks.flatMap((s) => s.resources.filter((r) => r.type === 'azurerm_servicebus_namespace').map((r) => r.config.name as string));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/(-|-sb|-mgmt)$/);
  });

  test('npm run review -- --coverage measures the emitted types and arguments against the totals', () => {
    expect(parseReviewArgs(['--coverage', '--head', out.dir])).toMatchObject({ coverage: true, head: out.dir });
    const c = coverage(out);
    expect(c.types).toBeGreaterThan(100);
    expect(c.typesCovered).toBeGreaterThan(0);
    expect(c.typesCovered + c.uncoveredTypes.length).toBe(c.types);
    const report = coverageReport(out.dir);
    expect(report).toContain(`| resource types (by a rule, or reviewed with no validator to port: ${c.typesReviewed}) | ${c.typesCovered} | ${c.types} |`);
    expect(report).toContain('Provider-rule violations: 0.');
  });

  test('every type they emit, on both clouds, is covered by a sourced rule or a reviewed entry', () => {
    expect(coverage(out).uncoveredTypes).toEqual([]);
    const emitted = new Set(out.stacks.flatMap((s) => s.resources.filter((r) => r.mode === 'resource').map((r) => r.type)));
    expect([...emitted].filter((t) => t.startsWith('azurerm_')).length).toBeGreaterThan(40);
    expect([...emitted].filter((t) => t.startsWith('aws_')).length).toBeGreaterThan(60);
  });
});

describe('AWS blueprints with their optional parts switched on', () => {
  const VARIANTS: Array<[string, (kit: Kit) => unknown]> = [
    ['serverlessFunction with an HTTP API', (kit) => kit.serverlessFunction('Reconcile', { sourcePath: SOURCE, httpApiEnabled: true })],
    ['monitoring with Prometheus and Grafana', (kit) => kit.monitoring('Monitoring', { prometheusEnabled: true })],
  ];
  test.each(VARIANTS)('%s has no provider-rule violation and only covered types', (_name, build) => {
    const { stack, kit } = kitStack('aws');
    build(kit);
    const out = { dir: '', stacks: [stackFromDoc(stack.node.id, synth(stack).doc)] };
    expect(checkOutput(out).map(formatViolation)).toEqual([]);
    expect(coverage(out).uncoveredTypes).toEqual([]);
  });
});

test('a provider-rule violation shows in the schema check of the review', () => {
  const issues = validateResource(resource('azurerm_servicebus_namespace', { name: 'shop-prod-messaging-sb', location: 'westeurope', resource_group_name: 'rg', sku: 'Premium' }));
  expect(issues.filter((i) => i.kind === SchemaIssueKind.PROVIDER_RULE).map((i) => i.argument)).toEqual(['name']);
});

test('a 16-character workload name with hyphens gives valid names in all six stacks', () => {
  const out = synthSix(shopWith((w) => {
    w.name = 'ab1-cd2-ef3-gh4x';
    w.environment = 'staging';
  }));
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
