import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addStacks } from '../../src/app';
import { ReviewUsageError, main, parseReviewArgs, reviewDirs } from '../../src/review';
import { COST_UNAVAILABLE, CostFileProvider, defaultCostProvider } from '../../src/review/cost';
import { SUMMARISED_KINDS, stackDiagram, summariseKinds } from '../../src/review/mermaid';
import { EdgeKind, WiringEdge } from '../../constructs/core/wiring';
import { REPORT_MARKER, renderReport, review } from '../../src/review/report';
import { shop, shopWith } from '../helpers';
import { output, stack } from './fixtures';

jest.setTimeout(60_000);

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'review-report-'));
  made.push(d);
  return d;
}

const unavailable = { costDelta: () => COST_UNAVAILABLE };

const base = output(
  stack('shop-aws', [
    { type: 'aws_db_instance', id: 'Db', config: { identifier: 'shop', instance_class: 'db.m7g.large', storage_encrypted: true }, path: 'shop-aws/Database/Resource' },
    { type: 'aws_sqs_queue', id: 'Orders', config: { name: 'orders', kms_master_key_id: 'alias/aws/sqs' }, path: 'shop-aws/Orders/Resource' },
    { type: 'aws_lambda_function', id: 'Fn', config: { function_name: 'fn', role: '${aws_iam_role.Role.arn}', environment: { variables: { DB_PASSWORD: '${aws_db_instance.Db.password}' } } }, path: 'shop-aws/Sender/Resource' },
    { type: 'aws_iam_role', id: 'Role', config: { name: 'fn' }, path: 'shop-aws/Sender/Role' },
  ]),
);
const head = output(
  stack('shop-aws', [
    { type: 'aws_db_instance', id: 'Db', config: { identifier: 'shop', instance_class: 'db.m7g.xlarge', storage_encrypted: true, password: 'hunter2hunter2' }, path: 'shop-aws/Database/Resource' },
    { type: 'aws_lambda_function', id: 'Fn', config: { function_name: 'fn', role: '${aws_iam_role.Role.arn}', environment: { variables: { DB_PASSWORD: '${aws_db_instance.Db.password}' } }, reserved_concurrent_executions: 5 }, path: 'shop-aws/Sender/Resource' },
    { type: 'aws_iam_role', id: 'Role', config: { name: 'fn' }, path: 'shop-aws/Sender/Role' },
    { type: 'aws_iam_role_policy', id: 'Read', config: { role: '${aws_iam_role.Role.id}', policy: '{"Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"${aws_db_instance.Db.arn}"}]}' }, path: 'shop-aws/Sender/Read' },
  ]),
);

describe('report', () => {
  const md = renderReport(review({ base, head, cost: unavailable, skipSchema: true }));
  const lines = md.split('\n');

  test('opens with the marker and the headline, one line per stack, above any fold', () => {
    expect(lines[0]).toBe(REPORT_MARKER);
    expect(lines[1]).toBe('## Plan review: 1 stack changed');
    expect(lines[3]).toBe('- **shop-aws**: 1 to create, 2 to update, 1 to destroy');
    const firstFold = lines.findIndex((l) => l.startsWith('<details>'));
    const headlineEnd = lines.findIndex((l) => l.startsWith('Policy:'));
    expect(headlineEnd).toBeGreaterThan(0);
    expect(headlineEnd).toBeLessThan(firstFold);
  });

  test('warns in bold about a destroyed stateful resource, in the headline', () => {
    const warning = lines.findIndex((l) => l.includes('**shop-aws: Stateful resource destroyed: `shop-aws/Orders/Resource` (aws_sqs_queue)'));
    expect(warning).toBeGreaterThan(3);
    expect(warning).toBeLessThan(lines.findIndex((l) => l.startsWith('<details>')));
  });

  test('lists changed resources with their changed arguments, secrets masked', () => {
    expect(md).toContain('| ~ update | `aws_db_instance.Db` | `shop-aws/Database/Resource` | `instance_class`: `"db.m7g.large"` → `"db.m7g.xlarge"`<br>`password`: `(unset)` → `"(sensitive)"` |');
    expect(md).not.toContain('hunter2');
    expect(md).toContain('| - destroy **stateful** | `aws_sqs_queue.Orders` |');
  });

  test('summarises a created resource by its name and size, not every argument', () => {
    expect(md).toContain('| + create | `aws_iam_role_policy.Read` | `shop-aws/Sender/Read` | `policy` = ');
    const q = output(stack('s', [{ type: 'aws_sqs_queue', id: 'Q', config: { name: 'orders', delay_seconds: 0, tags: { project: 'shop' }, visibility_timeout_seconds: 30 } }]));
    const text = renderReport(review({ base: output(), head: q, cost: unavailable, skipSchema: true }));
    expect(text).toContain('| + create | `aws_sqs_queue.Q` | `s/Q/Resource` | `name` = `"orders"`<br>(+3 more arguments) |');
  });

  test('shows new policy findings, with the fix', () => {
    expect(md).toMatch(/\*\*New\*\* \(\d+\)/);
    expect(md).toContain('| BP-ALL-SECRET-1 | **error** | shop-aws | `shop-aws/Database/Resource` | No plaintext secrets in resource arguments (literal secret in password) |');
  });

  test('shows resolved findings', () => {
    expect(md).toMatch(/<summary>Resolved \(\d+\)<\/summary>[\s\S]*BP-AWS-SQS-2 \| warning \| shop-aws \| `shop-aws\/Orders\/Resource`/);
  });

  test('says the cost delta is unavailable until the estimate is in the build', () => {
    expect(md).toContain(`### Cost delta\n\n${COST_UNAVAILABLE}`);
  });

  test('draws a blueprint-level diagram of each changed stack', () => {
    expect(md).toContain('```mermaid\nflowchart LR');
    expect(md).toContain('  bp_Sender["Sender<br/>3 resources: iam_role, iam_role_policy, lambda_function"]');
  });

  test('is deterministic', () => {
    expect(renderReport(review({ base, head, cost: unavailable, skipSchema: true }))).toBe(md);
  });

  test('lists suppressed findings with their reasons', () => {
    const sup = output(stack('s', [{ type: 'aws_sqs_queue', id: 'Q', config: { name: 'q' }, suppressions: [{ id: 'BP-AWS-SQS-2', reason: 'Telemetry only, loss is fine.' }] }]));
    const text = renderReport(review({ base: output(), head: sup, cost: unavailable, skipSchema: true }));
    expect(text).toContain('<summary>Suppressed (1)</summary>');
    expect(text).toContain('| BP-AWS-SQS-2 | warning | s | `s/Q/Resource` | SQS queues have a dead-letter queue (no redrive_policy, and no resource uses it as a dead-letter target) | Telemetry only, loss is fine. |');
  });

  test('summarises assets by content hash, never their content', () => {
    const fn = [{ type: 'aws_lambda_function', id: 'Fn', config: { function_name: 'fn', filename: `assets/sender/${'a'.repeat(32)}/archive.zip` } }];
    const b = { ...stack('s', fn), assets: [`assets/sender/${'a'.repeat(32)}/archive.zip`] };
    const h = { ...stack('s', [{ ...fn[0], config: { ...fn[0].config, filename: `assets/sender/${'b'.repeat(32)}/archive.zip` } }]), assets: [`assets/sender/${'b'.repeat(32)}/archive.zip`] };
    const text = renderReport(review({ base: output(b), head: output(h), cost: unavailable, skipSchema: true }));
    expect(text).toContain('- **s**: 0 to create, 1 to update, 0 to destroy (1 asset changed)');
    expect(text).toContain('- `sender`: `aaaaaaaa…` → `bbbbbbbb…`');
    expect(text).toContain('`filename`: `"assets/sender/aaaaaaaa…/archive.zip"` → `"assets/sender/bbbbbbbb…/archive.zip"`');
    expect(text).not.toContain('a'.repeat(32));
  });

  test('marks a forced replacement with the argument that forces it', () => {
    const q = (name: string) => output(stack('s', [{ type: 'aws_sqs_queue', id: 'Q', config: { name } }]));
    const text = renderReport(review({ base: q('orders'), head: q('orders-v2'), cost: unavailable, skipSchema: true }));
    expect(text).toContain('- **s**: 1 to create, 0 to update, 1 to destroy (1 replacement, counted in both)');
    expect(text).toContain('| ± replace (forced by name) **stateful** | `aws_sqs_queue.Q` |');
    expect(text).toContain('> :warning: **s: Stateful resource replaced: `s/Q/Resource` (aws_sqs_queue).');
  });

  test('says so when nothing changed', () => {
    const text = renderReport(review({ base, head: base, cost: unavailable, skipSchema: true }));
    expect(text.split('\n').slice(0, 4)).toEqual([REPORT_MARKER, '## Plan review: no changes', '', 'No resource changes in any stack.']);
    expect(text).not.toContain('```mermaid');
  });

  test('shows schema issues of the head', () => {
    const bad = output(stack('s', [{ type: 'aws_launch_template', id: 'Lt', config: { instance_typo: 't3.micro' } }]));
    const text = renderReport(review({ base: output(), head: bad, cost: unavailable }));
    expect(text).toContain("| s | `aws_launch_template.Lt` | unknown argument 'instance_typo'; did you mean 'instance_type'? |");
    expect(text).toContain('Schema: **1 issue**.');
  });
});

describe('diagram', () => {
  const wired = (wiring: WiringEdge[]) => stack('shop-aws', [
    { type: 'aws_db_instance', id: 'Db', config: {}, path: 'shop-aws/Database/Resource' },
    { type: 'aws_sqs_queue', id: 'Q', config: {}, path: 'shop-aws/Messaging/Queue' },
    { type: 'aws_lambda_function', id: 'Fn', config: { environment: { variables: { DB: '${aws_db_instance.Db.address}' } } }, path: 'shop-aws/Sender/Resource' },
    { type: 'aws_iam_role', id: 'Role', config: {}, path: 'shop-aws/Sender/Role' },
  ], 'aws', wiring);
  const edge = (kind: EdgeKind, from: string, to: string): WiringEdge => ({ kind, from: `shop-aws/${from}`, to: `shop-aws/${to}` });

  test('draws one node per blueprint and one arrow per recorded pair, labelled by the kinds between them', () => {
    const d = stackDiagram(wired([edge(EdgeKind.APP_QUEUE, 'Sender', 'Messaging'), edge(EdgeKind.APP_TOPIC, 'Sender', 'Messaging'), edge(EdgeKind.APP_DATABASE, 'Sender', 'Database'), edge(EdgeKind.ALARM_ALERT_CHANNEL, 'Sender', 'Sender')]));
    expect(d.split('\n')).toEqual([
      'flowchart LR',
      '  bp_Database["Database<br/>1 resource: db_instance"]',
      '  bp_Messaging["Messaging<br/>1 resource: sqs_queue"]',
      '  bp_Sender["Sender<br/>2 resources: iam_role, lambda_function"]',
      '  bp_Sender -->|database| bp_Database',
      '  bp_Sender -->|queue, topic| bp_Messaging',
    ]);
  });

  test('an edge end recorded as a Terraform reference is drawn at the blueprint of that resource', () => {
    const d = stackDiagram(wired([{ kind: EdgeKind.FUNCTION_QUEUE, from: 'shop-aws/Sender', to: '${aws_sqs_queue.Q.arn}' }]));
    expect(d).toContain('  bp_Sender -->|queue| bp_Messaging');
  });

  test('draws no arrow for a reference that no edge records', () => {
    expect(stackDiagram(wired([]))).not.toContain('-->');
  });

  test('README form: names only, observability kinds left out and summed up, unconnected blueprints dropped', () => {
    const s = wired([edge(EdgeKind.APP_DATABASE, 'Sender', 'Database'), edge(EdgeKind.ALARM_ALERT_CHANNEL, 'Database', 'Monitoring'), edge(EdgeKind.ALARM_ALERT_CHANNEL, 'Sender', 'Monitoring')]);
    expect(stackDiagram(s, undefined, { resourceDetails: false, omitKinds: SUMMARISED_KINDS, connectedOnly: true }).split('\n')).toEqual([
      'flowchart LR',
      '  bp_Database["Database"]',
      '  bp_Sender["Sender"]',
      '  bp_Sender -->|database| bp_Database',
    ]);
    expect(summariseKinds(s)).toEqual(['`alarm->alert-channel`: 2 edges from 2 blueprints (Database, Sender) to Monitoring.']);
  });

  test('outlines changed blueprints and draws removed ones dashed', () => {
    const d = review({ base, head, cost: unavailable, skipSchema: true }).diffs[0];
    const lines = stackDiagram(head.stacks[0], d).split('\n');
    expect(lines).toContain('  bp_Orders["Orders (removed)"]');
    expect(lines).toContain('  class bp_Database,bp_Sender changed');
    expect(lines).toContain('  class bp_Orders removed');
  });
});

describe('cost delta', () => {
  test('reads cost.json next to each stack when the synth wrote one', () => {
    const [b, h] = [tmp(), tmp()];
    for (const [dir, min, max] of [[b, 100, 200], [h, 150, 260]] as const) {
      fs.mkdirSync(path.join(dir, 'stacks', 'shop-aws'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'stacks', 'shop-aws', 'cost.json'), JSON.stringify({ monthlyMinUsd: min, monthlyMaxUsd: max }));
    }
    const delta = new CostFileProvider().costDelta(b, h);
    expect(delta).toEqual({ stacks: [{ stack: 'shop-aws', base: { stack: 'shop-aws', monthlyMinUsd: 100, monthlyMaxUsd: 200 }, head: { stack: 'shop-aws', monthlyMinUsd: 150, monthlyMaxUsd: 260 } }] });
    const text = renderReport(review({ base, head, cost: new CostFileProvider(), skipSchema: true }));
    expect(text).toContain(COST_UNAVAILABLE); // the fixture outputs have no folder: nothing to read
    const withDirs = renderReport(review({ base: { ...base, dir: b }, head: { ...head, dir: h }, cost: new CostFileProvider(), skipSchema: true }));
    expect(withDirs).toContain('| shop-aws | $100.00 – $200.00 | $150.00 – $260.00 | +$50.00 | +$60.00 |');
  });

  test('the default provider is the cost.json reader: a delta from the files, else unavailable', () => {
    const [b, h] = [tmp(), tmp()];
    expect(defaultCostProvider.costDelta(b, h)).toBe(COST_UNAVAILABLE);
    fs.mkdirSync(path.join(h, 'stacks', 'shop-aws'), { recursive: true });
    fs.writeFileSync(path.join(h, 'stacks', 'shop-aws', 'cost.json'), JSON.stringify({ monthlyMinUsd: 10, monthlyMaxUsd: 20 }));
    expect(defaultCostProvider.costDelta(b, h)).toEqual({ stacks: [{ stack: 'shop-aws', base: undefined, head: { stack: 'shop-aws', monthlyMinUsd: 10, monthlyMaxUsd: 20 } }] });
  });
});

describe('npm run review', () => {
  test('needs --base and --head', () => {
    expect(() => parseReviewArgs(['--base', 'a'])).toThrow(ReviewUsageError);
    expect(() => parseReviewArgs(['--base', 'a', '--head', '/nonexistent'])).toThrow(/--head must be a synth output folder/);
    expect(() => parseReviewArgs(['--what'])).toThrow(/unknown argument '--what'/);
  });

  test('reviews the default workload against a modified one end to end', () => {
    const [b, h] = [tmp(), tmp()];
    const synthTo = (outdir: string, loaded = shop()) => {
      const app = new App({ outdir, stackTraces: false });
      addStacks(app, loaded, ['rehost-aws']);
      app.synth();
    };
    synthTo(b);
    synthTo(h, shopWith((w) => {
      w.network = { ...w.network, natGateways: 'single', flowLogRetentionDays: 30 } as any;
    }));
    const out = path.join(tmp(), 'review.md');
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(main(['--base', b, '--head', h, '--out', out])).toBe(0);
    err.mockRestore();
    const text = fs.readFileSync(out, 'utf8');
    expect(text.split('\n')[3]).toBe('- **rehost-aws**: 0 to create, 4 to update, 6 to destroy'); // 2 NAT gateways, 2 EIPs and their 2 alarms go; 2 routes, the flow-log group and the dashboard change
    expect(text).toContain('`retention_in_days`: `90` → `30`');
    expect(text).toContain('Schema: valid.');
    expect(reviewDirs({ base: b, head: h })).toBe(text);
  });
});
