import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { parseArgs, synth as synthApp } from '../../src/main';
import { readSynthOutput } from '../../src/review/model';
import { ALL_RULES, Compliance, Policy, PolicyError, PolicySeverity, ResourceRule, checkOutput, checkPolicies, checkStack } from '../../src/policy';
import { defaultSynthDir } from '../default-synth';
import { stack } from './fixtures';
import { RESOURCE_FIXTURES, STACK_FIXTURES } from './policy-fixtures';

const resourceRules = ALL_RULES.filter((r): r is ResourceRule => r.kind === 'resource');
const ruleById = (id: string) => ALL_RULES.find((r) => r.id === id)!;
const provider = (type: string) => (type.startsWith('azurerm_') ? 'azurerm' : 'aws');

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Synthesizes an app into a temp folder and returns the folder (removed after the file). */
const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function synthToDir(build: (app: App) => void): string {
  const outdir = tmp('review-policy-');
  made.push(outdir);
  const app = new App({ outdir, stackTraces: false });
  build(app);
  app.synth();
  return outdir;
}

describe('the rule table', () => {
  test('ids are unique and follow BP-<CLOUD>-<AREA>-<n>', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^BP-(AWS|AZURE|ALL)-[A-Z0-9]+-\d+$/);
  });

  test('every rule has a title, an explanation and a fix', () => {
    for (const r of ALL_RULES) {
      expect([r.id, r.title.length > 10, r.explanation.length > 20, r.fix.length > 10]).toEqual([r.id, true, true, true]);
    }
  });

  test('the rules cover security, reliability and cost on both clouds', () => {
    const covered = new Set(ALL_RULES.map((r) => `${r.cloud}:${r.category}`));
    for (const c of ['aws', 'azure']) for (const cat of ['security', 'reliability', 'cost']) expect([c, cat, covered.has(`${c}:${cat}`)]).toEqual([c, cat, true]);
  });

  test('every resource rule has a fixture', () => {
    expect(resourceRules.map((r) => r.id).filter((id) => !RESOURCE_FIXTURES[id])).toEqual([]);
  });

  test('every stack rule has a fixture', () => {
    expect(ALL_RULES.filter((r) => r.kind === 'stack').map((r) => r.id).filter((id) => !STACK_FIXTURES[id])).toEqual([]);
  });

  test('every fixture names a rule and a type the rule judges', () => {
    for (const [id, f] of Object.entries(RESOURCE_FIXTURES)) {
      const rule = ruleById(id) as ResourceRule;
      expect([id, rule?.kind]).toEqual([id, 'resource']);
      expect([id, rule.types.includes('*') || rule.types.includes(f.type)]).toEqual([id, true]);
    }
  });
});

describe.each(Object.entries(RESOURCE_FIXTURES))('%s', (id, f) => {
  const rule = ruleById(id);
  test('flags the non-compliant fixture', () => {
    const findings = checkStack(stack('s', [{ type: f.type, id: 'Bad', config: f.bad }], provider(f.type)), [rule]);
    expect(findings.map((x) => [x.ruleId, x.address])).toEqual([[id, `${f.type}.Bad`]]);
  });
  test('passes the compliant fixture', () => {
    const type = f.goodType ?? f.type;
    expect(checkStack(stack('s', [{ type, id: 'Good', config: f.good }], provider(type)), [rule])).toEqual([]);
  });
});

describe.each(Object.entries(STACK_FIXTURES))('%s', (id, f) => {
  const rule = ruleById(id);
  test('flags the non-compliant stack', () => {
    expect(checkStack(stack('s', f.bad, f.provider, f.wiring), [rule]).map((x) => x.ruleId)).toEqual([id]);
  });
  test('passes the compliant stack', () => {
    expect(checkStack(stack('s', f.good, f.provider, f.wiring), [rule])).toEqual([]);
  });
});

describe('stack rules', () => {
  test.each([
    ['BP-AWS-BUDGET-1', 'aws', 'aws_budgets_budget'],
    ['BP-AZURE-BUDGET-1', 'azurerm', 'azurerm_consumption_budget_resource_group'],
  ] as const)('%s flags a stack without a budget and passes one with a budget', (id, p, type) => {
    const rule = ruleById(id);
    expect(checkStack(stack('s', [], p), [rule]).map((x) => [x.ruleId, x.address])).toEqual([[id, 'stack']]);
    expect(checkStack(stack('s', [{ type, id: 'Budget', config: {} }], p), [rule])).toEqual([]);
  });

  test('BP-AWS-S3-5 flags a bucket without a public access block', () => {
    const rule = ruleById('BP-AWS-S3-5');
    const bucket = { type: 'aws_s3_bucket', id: 'Logs', config: { bucket: 'logs' } };
    expect(checkStack(stack('s', [bucket]), [rule]).map((x) => x.address)).toEqual(['aws_s3_bucket.Logs']);
    const pab = { type: 'aws_s3_bucket_public_access_block', id: 'LogsPab', config: { bucket: '${aws_s3_bucket.Logs.id}' } };
    expect(checkStack(stack('s', [bucket, pab]), [rule])).toEqual([]);
  });

  test('BP-AWS-S3-6 flags a bucket without a TLS-only policy', () => {
    const rule = ruleById('BP-AWS-S3-6');
    const bucket = { type: 'aws_s3_bucket', id: 'Logs', config: { bucket: 'logs' } };
    const policy = (cond: string) => ({ type: 'aws_s3_bucket_policy', id: 'LogsPolicy', config: { bucket: '${aws_s3_bucket.Logs.id}', policy: `{"Statement":[{"Effect":"Deny","Condition":{"Bool":{"${cond}":"false"}}}]}` } });
    expect(checkStack(stack('s', [bucket, policy('aws:MultiFactorAuthPresent')]), [rule]).map((x) => x.address)).toEqual(['aws_s3_bucket.Logs']);
    expect(checkStack(stack('s', [bucket, policy('aws:SecureTransport')]), [rule])).toEqual([]);
  });

  test('BP-AWS-S3-4 flags a bucket without a default encryption configuration', () => {
    const rule = ruleById('BP-AWS-S3-4');
    const bucket = { type: 'aws_s3_bucket', id: 'Logs', config: { bucket: 'logs' } };
    const sse = (alg: string) => ({ type: 'aws_s3_bucket_server_side_encryption_configuration', id: 'Sse', config: { bucket: '${aws_s3_bucket.Logs.id}', rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: alg } }] } });
    expect(checkStack(stack('s', [bucket]), [rule]).map((x) => x.address)).toEqual(['aws_s3_bucket.Logs']);
    expect(checkStack(stack('s', [bucket, sse('none')]), [rule])).toHaveLength(1);
    expect(checkStack(stack('s', [bucket, sse('aws:kms')]), [rule])).toEqual([]);
    expect(checkStack(stack('s', [bucket, sse('AES256')]), [rule])).toEqual([]);
  });

  test('BP-AWS-SQS-2 flags a queue without a DLQ but not a queue that is a DLQ', () => {
    const rule = ruleById('BP-AWS-SQS-2');
    const dlq = { type: 'aws_sqs_queue', id: 'Dlq', config: { name: 'orders-dlq' } };
    const main = (redrive?: string) => ({ type: 'aws_sqs_queue', id: 'Main', config: { name: 'orders', ...(redrive ? { redrive_policy: redrive } : {}) } });
    expect(checkStack(stack('s', [main(), dlq]), [rule]).map((x) => x.address)).toEqual(['aws_sqs_queue.Dlq', 'aws_sqs_queue.Main']);
    expect(checkStack(stack('s', [main('${jsonencode({"deadLetterTargetArn" = aws_sqs_queue.Dlq.arn, "maxReceiveCount" = 5})}'), dlq]), [rule])).toEqual([]);
    const invokeConfig = { type: 'aws_lambda_function_event_invoke_config', id: 'Cfg', config: { destination_config: { on_failure: { destination: '${aws_sqs_queue.Dlq.arn}' } } } };
    expect(checkStack(stack('s', [dlq, invokeConfig]), [rule])).toEqual([]);
  });

  test('BP-AWS-LAMBDA-2 flags an asynchronously invoked function without a failure destination', () => {
    const rule = ruleById('BP-AWS-LAMBDA-2');
    const fn = (extra: Record<string, unknown> = {}) => ({ type: 'aws_lambda_function', id: 'Fn', config: { function_name: 'nightly', ...extra } });
    const schedule = { type: 'aws_scheduler_schedule', id: 'Nightly', config: { target: { arn: '${aws_lambda_function.Fn.arn}' } } };
    expect(checkStack(stack('s', [fn(), schedule]), [rule]).map((x) => x.address)).toEqual(['aws_lambda_function.Fn']);
    expect(checkStack(stack('s', [fn({ dead_letter_config: { target_arn: '${aws_sqs_queue.Dlq.arn}' } }), schedule]), [rule])).toEqual([]);
    const invokeConfig = { type: 'aws_lambda_function_event_invoke_config', id: 'Cfg', config: { function_name: '${aws_lambda_function.Fn.function_name}', destination_config: { on_failure: { destination: '${aws_sqs_queue.Dlq.arn}' } } } };
    expect(checkStack(stack('s', [fn(), schedule, invokeConfig]), [rule])).toEqual([]);
    // Queue-triggered and synchronously invoked functions are not judged.
    const mapping = { type: 'aws_lambda_event_source_mapping', id: 'Map', config: { function_name: '${aws_lambda_function.Fn.arn}' } };
    expect(checkStack(stack('s', [fn(), mapping]), [rule])).toEqual([]);
    expect(checkStack(stack('s', [fn()]), [rule])).toEqual([]);
  });

  test('BP-AWS-VPC-1 flags a VPC without flow logs', () => {
    const rule = ruleById('BP-AWS-VPC-1');
    const vpc = { type: 'aws_vpc', id: 'Vpc', config: { cidr_block: '10.0.0.0/16' } };
    expect(checkStack(stack('s', [vpc]), [rule]).map((x) => x.address)).toEqual(['aws_vpc.Vpc']);
    expect(checkStack(stack('s', [vpc, { type: 'aws_flow_log', id: 'Fl', config: { vpc_id: '${aws_vpc.Vpc.id}' } }]), [rule])).toEqual([]);
  });

  test('BP-AWS-RDS-6 flags an Aurora cluster with one instance', () => {
    const rule = ruleById('BP-AWS-RDS-6');
    const cluster = { type: 'aws_rds_cluster', id: 'Db', config: { cluster_identifier: 'orders' } };
    const instance = (id: string) => ({ type: 'aws_rds_cluster_instance', id, config: { cluster_identifier: '${aws_rds_cluster.Db.id}' } });
    expect(checkStack(stack('s', [cluster, instance('Writer')]), [rule]).map((x) => x.address)).toEqual(['aws_rds_cluster.Db']);
    expect(checkStack(stack('s', [cluster, instance('Writer'), instance('Reader')]), [rule])).toEqual([]);
  });

  test('BP-AZURE-DIAG-1 flags a key vault without a diagnostic setting', () => {
    const rule = ruleById('BP-AZURE-DIAG-1');
    const kv = { type: 'azurerm_key_vault', id: 'Kv', config: { name: 'kv' } };
    expect(checkStack(stack('s', [kv], 'azurerm'), [rule]).map((x) => x.address)).toEqual(['azurerm_key_vault.Kv']);
    const diag = { type: 'azurerm_monitor_diagnostic_setting', id: 'KvDiag', config: { target_resource_id: '${azurerm_key_vault.Kv.id}' } };
    expect(checkStack(stack('s', [kv, diag], 'azurerm'), [rule])).toEqual([]);
  });

  test('BP-AZURE-LOCK-1 flags an unlocked data store; a lock on it or its resource group passes', () => {
    const rule = ruleById('BP-AZURE-LOCK-1');
    const pg = { type: 'azurerm_postgresql_flexible_server', id: 'Pg', config: { name: 'pg' } };
    const lock = (scope: string, level = 'CanNotDelete') => ({ type: 'azurerm_management_lock', id: 'Lock', config: { name: 'lock', scope, lock_level: level } });
    expect(checkStack(stack('s', [pg], 'azurerm'), [rule]).map((x) => x.address)).toEqual(['azurerm_postgresql_flexible_server.Pg']);
    expect(checkStack(stack('s', [pg, lock('${azurerm_postgresql_flexible_server.Pg.id}', 'ReadOnly')], 'azurerm'), [rule])).toHaveLength(1);
    expect(checkStack(stack('s', [pg, lock('${azurerm_postgresql_flexible_server.Pg.id}')], 'azurerm'), [rule])).toEqual([]);
    expect(checkStack(stack('s', [pg, lock('${azurerm_resource_group.Rg.id}')], 'azurerm'), [rule])).toEqual([]);
  });

  test('BP-AZURE-APPGW-1 accepts an unset ssl_policy (the service default is TLS 1.2+)', () => {
    expect(checkStack(stack('s', [{ type: 'azurerm_application_gateway', id: 'Gw', config: {} }], 'azurerm'), [ruleById('BP-AZURE-APPGW-1')])).toEqual([]);
  });

  test('AWS rules are not applied to Azure stacks', () => {
    expect(checkStack(stack('s', [], 'azurerm'), [ruleById('BP-AWS-BUDGET-1')])).toEqual([]);
  });
});

describe('judging the resolved JSON', () => {
  test('an escape-hatch override that turns encryption off is caught', () => {
    const dir = synthToDir((app) => {
      const s = new TerraformStack(app, 'escape');
      new AwsProvider(s, 'aws', { region: 'eu-west-1' });
      const cache = new ElasticacheReplicationGroup(s, 'Cache', { replicationGroupId: 'c', description: 'c', atRestEncryptionEnabled: 'true', transitEncryptionEnabled: true });
      cache.addOverride('transit_encryption_enabled', false);
    });
    const ids = checkOutput(readSynthOutput(dir), ALL_RULES).map((f) => f.ruleId);
    expect(ids).toContain('BP-AWS-CACHE-2');
    expect(ids).not.toContain('BP-AWS-CACHE-1');
  });

  test.each([
    ['azurerm_postgresql_flexible_server', { administrator_password_wo: 'Sup3rS3cret!' }, 'administrator_password_wo'],
    ['aws_secretsmanager_secret_version', { secret_string: '{"password":"x"}' }, 'secret_string'],
    ['azurerm_linux_web_app', { app_settings: { STORAGE: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==' } }, 'app_settings.STORAGE'],
    ['azurerm_application_gateway', { ssl_certificate: [{ name: 'c', data: '${filebase64("c.pfx")}', password: 'pfx-pass' }] }, 'ssl_certificate[0].password'],
  ])('a literal secret is caught in %s', (type, config, at) => {
    const f = checkStack(stack('s', [{ type, id: 'R', config }], provider(type)), [ruleById('BP-ALL-SECRET-1')]);
    expect(f.map((x) => x.detail)).toEqual([`literal secret in ${at}`]);
  });

  test('a plaintext secret in a raw resource is caught, with the argument path', () => {
    const findings = checkStack(stack('s', [{ type: 'aws_lambda_function', id: 'Fn', config: { environment: { variables: { DB_PASSWORD: 'hunter22' } } } }]), [ruleById('BP-ALL-SECRET-1')]);
    expect(findings[0].detail).toBe('literal secret in environment.variables.DB_PASSWORD');
  });

  test.each([
    ['aws_launch_template', { metadata_options: { http_tokens: 'required' } }],
    ['azurerm_key_vault', { network_acls: { bypass: 'AzureServices', default_action: 'Deny' }, access_policy: [{ secret_permissions: ['Get', 'List'] }] }],
    ['aws_secretsmanager_secret', { name: 'db', recovery_window_in_days: 30 }],
    ['aws_elasticache_replication_group', { auth_token_update_strategy: 'ROTATE', transit_encryption_mode: 'required' }],
    ['azurerm_function_app_flex_consumption', { app_settings: { AzureWebJobsStorage__credential: 'managedidentity', AzureWebJobsStorage__accountName: 'st' } }],
    ['aws_lambda_function', { tracing_config: { mode: 'PassThrough' }, environment: { variables: { SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:db' } } }],
  ])('settings that only look like secrets are not flagged (%s)', (type, config) => {
    expect(checkStack(stack('s', [{ type, id: 'R', config }], provider(type)), [ruleById('BP-ALL-SECRET-1')])).toEqual([]);
  });

  test('IAM policies written with jsonencode() are judged too', () => {
    const policy = '${jsonencode({"Statement" = [{"Effect" = "Allow", "Action" = "*", "Resource" = "*"}]})}';
    expect(checkStack(stack('s', [{ type: 'aws_iam_role_policy', id: 'P', config: { policy } }]), [ruleById('BP-AWS-IAM-1')])).toHaveLength(1);
  });

  test('a rule verdict is pure: the same resource gives the same verdict', () => {
    const r = stack('s', [{ type: 'aws_kms_key', id: 'K', config: { enable_key_rotation: true } }]).resources[0];
    const rule = ruleById('BP-AWS-KMS-1') as ResourceRule;
    expect([rule.check(r), rule.check(r)]).toEqual([Compliance.COMPLIANT, Compliance.COMPLIANT]);
  });
});

describe('suppressions', () => {
  function queueApp(suppress: (q: SqsQueue, s: TerraformStack) => void): string {
    return synthToDir((app) => {
      const s = new TerraformStack(app, 'sup');
      new AwsProvider(s, 'aws', { region: 'eu-west-1' });
      const q = new SqsQueue(s, 'Queue', { name: 'q', sqsManagedSseEnabled: false });
      suppress(q, s);
    });
  }

  test('Policy.suppress writes the rule and reason into the synthesized JSON', () => {
    const dir = queueApp((q) => Policy.suppress(q, 'BP-AWS-SQS-1', 'Holds public catalogue events only.'));
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'stacks', 'sup', 'cdk.tf.json'), 'utf8'));
    expect(doc.resource.aws_sqs_queue.Queue['//'].suppressions).toEqual([{ id: 'BP-AWS-SQS-1', reason: 'Holds public catalogue events only.' }]);
  });

  test('a suppressed error is reported with its reason and does not fail the check', () => {
    const dir = queueApp((q) => Policy.suppress(q, 'BP-AWS-SQS-1', 'Holds public catalogue events only.'));
    const f = checkPolicies(dir, [ruleById('BP-AWS-SQS-1')]);
    expect(f).toEqual([expect.objectContaining({ ruleId: 'BP-AWS-SQS-1', address: 'aws_sqs_queue.Queue', path: 'sup/Queue', suppressedBecause: 'Holds public catalogue events only.' })]);
  });

  test('an unsuppressed error fails the check with the rule, address and construct path', () => {
    const dir = queueApp(() => undefined);
    expect(() => checkPolicies(dir, [ruleById('BP-AWS-SQS-1')])).toThrow(/\[BP-AWS-SQS-1\] error sup aws_sqs_queue\.Queue \(sup\/Queue\)/);
  });

  test('a suppression on a blueprint scope covers every resource below it', () => {
    const dir = synthToDir((app) => {
      const s = new TerraformStack(app, 'scope');
      new AwsProvider(s, 'aws', { region: 'eu-west-1' });
      const { Construct } = require('constructs');
      const bp = new Construct(s, 'Queues');
      new SqsQueue(bp, 'A', { name: 'a' });
      new SqsQueue(bp, 'B', { name: 'b' });
      Policy.suppress(bp, 'BP-AWS-SQS-2', 'Fire-and-forget telemetry queues.');
    });
    const f = checkPolicies(dir, [ruleById('BP-AWS-SQS-2')]);
    expect(f.map((x) => [x.path, !!x.suppressedBecause])).toEqual([['scope/Queues/A', true], ['scope/Queues/B', true]]);
  });

  test('a stack-level suppression silences a stack rule', () => {
    const dir = queueApp((_q, s) => Policy.suppress(s, 'BP-AWS-BUDGET-1', 'The account-wide budget covers this sandbox.'));
    expect(checkPolicies(dir, [ruleById('BP-AWS-BUDGET-1')])[0].suppressedBecause).toBe('The account-wide budget covers this sandbox.');
  });

  test('a stack-level suppression covers the rule on every resource of the stack', () => {
    const dir = queueApp((_q, s) => Policy.suppress(s, 'BP-AWS-SQS-1', 'Sandbox stack with synthetic data only.'));
    expect(checkPolicies(dir, [ruleById('BP-AWS-SQS-1')]).map((f) => [f.address, f.suppressedBecause])).toEqual([['aws_sqs_queue.Queue', 'Sandbox stack with synthetic data only.']]);
  });

  test('a suppression of another rule does not silence this one', () => {
    const dir = queueApp((q) => Policy.suppress(q, 'BP-AWS-SQS-2', 'Fire-and-forget telemetry queue.'));
    expect(() => checkPolicies(dir, [ruleById('BP-AWS-SQS-1')])).toThrow(PolicyError);
  });

  test('fails when the reason is shorter than 10 characters', () => {
    const s = new TerraformStack(Testing.app(), 'x');
    const q = new SqsQueue(s, 'Q', {});
    expect(() => Policy.suppress(q, 'BP-AWS-SQS-1', 'because')).toThrow(/reason must be at least 10 characters, got "because"/);
  });

  test('fails when the rule id is not a rule id', () => {
    const s = new TerraformStack(Testing.app(), 'x');
    const q = new SqsQueue(s, 'Q', {});
    expect(() => Policy.suppress(q, 'sqs-encryption', 'a good long reason')).toThrow(/ruleId must be a policy rule id/);
  });

  test('a hand-written suppression with a short reason silences nothing and is itself an error', () => {
    const s = stack('s', [{ type: 'aws_sqs_queue', id: 'Q', config: { sqs_managed_sse_enabled: false }, suppressions: [{ id: 'BP-AWS-SQS-1', reason: 'no' }] }]);
    const f = checkStack(s, [ruleById('BP-AWS-SQS-1')]);
    expect(f.map((x) => [x.ruleId, x.severity, x.suppressedBecause])).toEqual([['BP-AWS-SQS-1', PolicySeverity.ERROR, undefined], ['BP-SUPPRESSION-1', PolicySeverity.ERROR, undefined]]);
  });
});

describe('policy at synth', () => {
  test('--no-policy turns the check off; it is on by default', () => {
    expect(parseArgs([]).policy).toBe(true);
    expect(parseArgs(['--no-policy']).policy).toBe(false);
  });

  test('an error-level finding fails the synth and leaves the output untouched', () => {
    const out = path.join(tmp('review-synth-'), 'cdktf.out');
    made.push(path.dirname(out));
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'marker'), 'old');
    const alwaysFails: ResourceRule = { ...(ruleById('BP-AWS-KMS-1') as ResourceRule), id: 'BP-AWS-TEST-1', types: ['aws_vpc'], check: () => Compliance.NON_COMPLIANT };
    expect(() => synthApp({ out, stacks: ['rehost-aws'], rules: [alwaysFails] })).toThrow(PolicyError);
    expect(fs.readdirSync(out)).toEqual(['marker']);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['cdktf.out']);
    // The same synth with the check off writes the stack.
    synthApp({ out, stacks: ['rehost-aws'], rules: [alwaysFails], policy: false });
    expect(fs.existsSync(path.join(out, 'stacks', 'rehost-aws', 'cdk.tf.json'))).toBe(true);
  });

  test('warnings do not fail the synth; they are summarised on the log', () => {
    const out = path.join(tmp('review-synth-'), 'cdktf.out');
    made.push(path.dirname(out));
    const warns: ResourceRule = { ...(ruleById('BP-AWS-KMS-2') as ResourceRule), id: 'BP-AWS-TEST-2', types: ['aws_vpc'], check: () => Compliance.NON_COMPLIANT };
    const lines: string[] = [];
    expect(synthApp({ out, stacks: ['rehost-aws'], rules: [warns], log: (l) => lines.push(l), quiet: true })).toEqual(['rehost-aws']);
    expect(lines).toEqual(['policy: 1 warning(s): BP-AWS-TEST-2 (details: npm run review, RULES.md)']);
  });

  test('the six default stacks have no unsuppressed findings, and every suppression has a reason', () => {
    const findings = checkOutput(readSynthOutput(defaultSynthDir()), ALL_RULES);
    expect(findings.filter((f) => !f.suppressedBecause)).toEqual([]);
    for (const f of findings) expect(f.suppressedBecause!.length).toBeGreaterThanOrEqual(10);
  });
});
