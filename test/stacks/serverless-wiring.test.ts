import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { AwsServerlessFunction, FunctionArchitecture } from '../../constructs/aws/function';
import { Blueprint } from '../../constructs/core/blueprint';
import { PRICE_TABLE } from '../../constructs/core/prices';
import { ThrottlingScope } from '../../constructs/core/refs';
import { EdgeKind, Wiring } from '../../constructs/core/wiring';
import { addStacks } from '../../src/app';
import { addEdgeCache, addFeatureFlags, addFunctions, addThrottling, functionId } from '../../stacks/parts/serverless';
import { kitStack, onlyResource, resources, shop, shopWith, synth } from '../helpers';
import { validateWorkload } from '../../src/workload';
import { resolved } from '../data-helpers';

function synthAll(outdir: string): void {
  const app = new App({ outdir, stackTraces: false });
  addStacks(app, shop());
  app.synth();
}

function read(dir: string, stack: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}

describe('serverless wiring in the stacks', () => {
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'sb-stacks-')), fs.mkdtempSync(path.join(os.tmpdir(), 'sb-stacks-'))];
  beforeAll(() => {
    synthAll(dirs[0]);
    // Touch the handlers between the runs, as a fresh clone would.
    for (const h of ['notification-sender', 'reconciliation']) {
      const f = path.join(__dirname, '../../handlers', h, 'index.js');
      fs.utimesSync(f, new Date(), new Date());
    }
    synthAll(dirs[1]);
  });
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test.each(['aws', 'azure'])('refactor-%s holds real function packages, byte-identical across runs', (cloud) => {
    const doc = read(dirs[0], `refactor-${cloud}`);
    const fns = Object.values<any>(doc.resource[cloud === 'aws' ? 'aws_lambda_function' : 'terraform_data']);
    // AWS: the workload's two functions and the database's role bootstrap.
    expect(fns).toHaveLength(cloud === 'aws' ? 3 : 2);
    for (const fn of fns) {
      // Azure: the package the One Deploy step publishes (`--src <asset>`).
      const rel = cloud === 'aws' ? fn.filename : / --src (\S+)$/.exec(fn.provisioner[0]['local-exec'].command)![1];
      const a = fs.readFileSync(path.join(dirs[0], 'stacks', `refactor-${cloud}`, rel));
      const b = fs.readFileSync(path.join(dirs[1], 'stacks', `refactor-${cloud}`, rel));
      expect(a.readUInt32LE(0)).toBe(0x04034b50);
      expect(a.equals(b)).toBe(true);
    }
    expect(JSON.stringify(read(dirs[1], `refactor-${cloud}`))).toBe(JSON.stringify(doc));
  });

  test('refactor: the nightly reconciliation on its schedule, the notification sender on its queue, the edge WAF and the flags', () => {
    const doc = read(dirs[0], 'refactor-aws');
    expect(Object.values<any>(doc.resource.aws_lambda_function).map((f) => f.function_name).sort()).toEqual(['shop-prod-refactor-notification-sender', 'shop-prod-refactor-ordersdatabase-bootstrap-function', 'shop-prod-refactor-reconciliation']);
    expect(onlyOf(doc, 'aws_lambda_event_source_mapping')).toMatchObject({ scaling_config: { maximum_concurrency: 5 }, function_response_types: ['ReportBatchItemFailures'] });
    expect(onlyOf(doc, 'aws_scheduler_schedule')).toMatchObject({ schedule_expression: 'cron(0 2 * * ? *)', schedule_expression_timezone: 'Europe/Berlin' });
    expect(onlyOf(doc, 'aws_wafv2_web_acl')).toMatchObject({ scope: 'CLOUDFRONT' });
    expect(onlyOf(doc, 'aws_wafv2_web_acl').rule[0].statement.rate_based_statement).toMatchObject({ limit: 100, evaluation_window_sec: 60 });
    expect(JSON.parse(onlyOf(doc, 'aws_appconfig_hosted_configuration_version').content).values.recommendations).toEqual({ enabled: true, degradable: true });
    const az = read(dirs[0], 'refactor-azure');
    const azFns = Object.values<any>(az.resource.azurerm_function_app_flex_consumption);
    expect(azFns.find((f) => f.app_settings.TIMER_SCHEDULE)?.app_settings.TIMER_SCHEDULE).toBe('0 0 2 * * *');
    expect(onlyOf(az, 'azurerm_app_configuration_feature').name).toBe('recommendations');
  });

  test('the WAF sits where TLS ends: at the edge in every stack while the edge is on', () => {
    expect(onlyOf(read(dirs[0], 'rehost-aws'), 'aws_wafv2_web_acl').scope).toBe('CLOUDFRONT');
    expect(onlyOf(read(dirs[0], 'rehost-azure'), 'azurerm_cdn_frontdoor_firewall_policy').sku_name).toBe('Premium_AzureFrontDoor');
    expect(onlyOf(read(dirs[0], 'replatform-aws'), 'aws_wafv2_web_acl').scope).toBe('CLOUDFRONT');
    expect(onlyOf(read(dirs[0], 'replatform-azure'), 'azurerm_cdn_frontdoor_firewall_policy').sku_name).toBe('Premium_AzureFrontDoor');
  });

  test('with its queue passed, the notification sender consumes it with the workload concurrency', () => {
    const { stack, kit } = kitStack('aws');
    const q = new SqsQueue(stack, 'Notifications', { name: 'notifications' });
    const fns = addFunctions(kit, shop(), { notifications: { queueName: q.name, queueId: q.arn } });
    expect(fns).toHaveLength(2);
    const s = synth(stack);
    expect(onlyResource(s, 'aws_lambda_event_source_mapping').scaling_config).toEqual({ maximum_concurrency: 5 });
    expect(Object.values(resources(s, 'aws_lambda_function')).map((f: any) => f.function_name).sort()).toEqual(['shop-prod-notification-sender', 'shop-prod-reconciliation']);
    // Without the queue's owner the edge can only name the queue.
    expect(Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.FUNCTION_QUEUE).map((e) => resolved(stack, e.to))).toEqual(['${aws_sqs_queue.Notifications.arn}']);
  });

  test('with the queue\'s owner passed, the function->queue edge points at it', () => {
    const { stack, kit } = kitStack('aws');
    const q = new SqsQueue(stack, 'Notifications', { name: 'notifications' });
    addFunctions(kit, shop(), { notifications: { queueName: q.name, queueId: q.arn } }, q);
    expect(Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.FUNCTION_QUEUE).map((e) => [e.to, resolved(stack, e.pieces!.resource)])).toEqual([[q.node.path, '${aws_sqs_queue.Notifications.arn}']]);
  });

  test('the edge cache helper wires the origin, the edge WAF, the API paths and the fallback path', () => {
    const { stack, kit } = kitStack('aws');
    const w = shop().workload;
    const waf = addThrottling(kit, w, ThrottlingScope.EDGE);
    addEdgeCache(kit, w, { endpointHostname: 'web.example.com' }, waf);
    addFeatureFlags(kit, w);
    const d = onlyResource(synth(stack), 'aws_cloudfront_distribution');
    expect(d.web_acl_id).toBeDefined();
    expect(d.ordered_cache_behavior.map((b: any) => b.path_pattern)).toEqual(['/degraded.html', '/api/checkout/*', '/api/search/*']);
    expect(addEdgeCache(kit, { ...w, edge: { enabled: false } }, { endpointHostname: 'web.example.com' })).toBeUndefined();
  });

  test('function construct ids are the workload names', () => {
    expect(functionId('notification-sender')).toBe('notification-sender');
  });

  describe('workload rules', () => {
    const codes = (change: (w: any) => void) => {
      const w = shopWith(change).workload;
      try {
        validateWorkload(w, 'shop.json', path.join(__dirname, '../../examples'));
        return [];
      } catch (e) {
        return (e as { issues: Array<{ code: string; prop: string }> }).issues.map((i) => `${i.code} ${i.prop}`);
      }
    };
    test('the sample shop passes', () => expect(codes(() => undefined)).toEqual([]));
    test('fails when the rate limit is below the provider minimum', () => {
      expect(codes((w) => (w.throttling.requestsPerWindow = 5))).toEqual(['ThrottlingRequestsBelowMinimum throttling.requestsPerWindow']);
    });
    test('fails when the evaluation window is not allowed', () => {
      expect(codes((w) => (w.throttling.windowSeconds = 120))).toEqual(['ThrottlingWindowNotAllowed throttling.windowSeconds']);
    });
    test('fails when a function timeout is beyond the platform maximum', () => {
      expect(codes((w) => (w.functions.reconciliation.timeoutSeconds = 1200))).toEqual(['FunctionTimeoutOutOfRange functions.reconciliation.timeoutSeconds']);
    });
    test('fails when a schedule restricts both day fields', () => {
      expect(codes((w) => (w.functions.reconciliation.trigger.schedule.cron = '0 2 1 * MON'))).toEqual(['FunctionScheduleDayConflict functions.reconciliation.trigger.schedule.cron']);
    });
    test('fails when two flags differ only in case', () => {
      expect(codes((w) => (w.features.Recommendations = { enabled: false }))).toEqual(['FeatureFlagsDuplicateName features.Recommendations']);
    });
  });
});

function onlyOf(doc: any, type: string): any {
  const all = Object.values(doc.resource?.[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

describe('serverless prices', () => {
  test.each(['aws', 'azure'] as const)('every sku the area emits on %s is in the price table', (cloud) => {
    const { stack, kit } = kitStack(cloud);
    const w = shop().workload;
    const src = path.join(__dirname, '../../handlers/reconciliation');
    kit.serverlessFunction('Http', { sourcePath: src, httpApiEnabled: true, schedule: { cron: '0 2 * * *' } });
    if (cloud === 'aws') new AwsServerlessFunction(stack, 'X86', { sourcePath: src, architecture: FunctionArchitecture.X86_64 });
    addThrottling(kit, w, ThrottlingScope.REGIONAL);
    const waf = addThrottling(kit, w, ThrottlingScope.EDGE);
    kit.throttling('StandardEdgeWaf', { scope: ThrottlingScope.EDGE, managedRulesEnabled: false });
    addFeatureFlags(kit, w);
    addEdgeCache(kit, w, { endpointHostname: 'web.example.com' }, waf);
    const skus = new Set(PRICE_TABLE.map((p) => p.sku));
    const emitted = Blueprint.allIn(stack).flatMap((b) => b.costItems.map((c) => c.sku));
    expect(emitted.length).toBeGreaterThan(5);
    expect(emitted.filter((s) => !skus.has(s))).toEqual([]);
  });
});
