import * as fs from 'fs';
import { ALL_STACK_IDS } from '../../src/app';
import { EdgeKind } from '../../constructs/core/wiring';
import { README_FILE, markedStacks, renderStackBlock, rewriteReadme, synthDefaultStacks } from '../../src/review/readme-diagrams';
import { stack } from './fixtures';

jest.setTimeout(120_000);

describe('README diagrams from the recorded edges', () => {
  test('README.md has a diagram for each of the six stacks, and none is stale (fix: npm run docs:diagrams)', () => {
    const text = fs.readFileSync(README_FILE, 'utf8');
    expect([...markedStacks(text)].sort()).toEqual([...ALL_STACK_IDS].sort());
    const stacks = synthDefaultStacks();
    const fresh = rewriteReadme(text, stacks);
    // Compared block by block, so a failure names the stale stack.
    for (const id of ALL_STACK_IDS) {
      const block = (t: string) => t.slice(t.indexOf(`<!-- wiring-diagram:${id} -->`), t.indexOf(`<!-- /wiring-diagram:${id} -->`));
      expect({ id, block: block(text) }).toEqual({ id, block: block(fresh) });
    }
    expect(fresh).toBe(text);
  });

  const s = stack('s', [{ type: 'aws_db_instance', id: 'Db', config: {}, path: 's/Db/Resource' }, { type: 'aws_ecs_service', id: 'Web', config: {}, path: 's/Web/Resource' }], 'aws', [
    { kind: EdgeKind.APP_DATABASE, from: 's/Web', to: 's/Db' },
  ]);

  test('rewrites only what sits between a stack\'s markers', () => {
    const text = 'intro\n<!-- wiring-diagram:s -->\nold hand-drawn diagram\n<!-- /wiring-diagram:s -->\noutro\n';
    const out = rewriteReadme(text, [s]);
    expect(out).toBe(`intro\n<!-- wiring-diagram:s -->\n${renderStackBlock(s)}\n<!-- /wiring-diagram:s -->\noutro\n`);
    expect(out).toContain('  bp_Web -->|database| bp_Db');
    expect(out).not.toContain('old hand-drawn');
    expect(rewriteReadme(out, [s])).toBe(out);
  });

  test('a schedule inside a function is drawn as its own node; a flag rollback at the blueprint holding its alarms', () => {
    const res = [
      { type: 'aws_lambda_function', id: 'Fn', config: {}, path: 't/reconciliation/Resource' },
      { type: 'aws_scheduler_schedule', id: 'Sched', config: {}, path: 't/reconciliation/Schedule' },
      { type: 'aws_appconfig_environment', id: 'Env', config: {}, path: 't/FeatureFlags/Environment' },
      { type: 'aws_cloudwatch_metric_alarm', id: 'A', config: {}, path: 't/Monitoring/WebUnhealthy' },
    ];
    const t = stack('t', res, 'aws', [
      { kind: EdgeKind.SCHEDULER_FUNCTION, from: 't/reconciliation/Schedule', to: 't/reconciliation' },
      { kind: EdgeKind.FLAG_DEPLOYMENT_ROLLBACK, from: 't/FeatureFlags', to: 't/FeatureFlags/Environment', pieces: { environment: '${aws_appconfig_environment.Env.arn}', alarm0: '${aws_cloudwatch_metric_alarm.A.arn}' } },
    ]);
    const block = renderStackBlock(t);
    expect(block).toContain('  bp_reconciliation_schedule -->|function| bp_reconciliation');
    // An Azure timer trigger, recorded as `<function>#timer`, is drawn the same way.
    const timer = stack('t', res, 'azurerm', [{ kind: EdgeKind.SCHEDULER_FUNCTION, from: 't/reconciliation#timer', to: 't/reconciliation' }]);
    expect(renderStackBlock(timer)).toContain('  bp_reconciliation_schedule -->|function| bp_reconciliation');
    expect(block).toContain('  bp_FeatureFlags -->|rollback-alarms| bp_Monitoring');
    // Without alarm pieces the rollback edge has nothing outside its own blueprint to point at.
    const bare = stack('t', res, 'aws', [{ kind: EdgeKind.FLAG_DEPLOYMENT_ROLLBACK, from: 't/FeatureFlags', to: 't/FeatureFlags/Environment' }]);
    expect(renderStackBlock(bare)).not.toContain('rollback-alarms');
  });

  test('fails on a marker without its closing marker, or one naming no synthesized stack', () => {
    expect(() => rewriteReadme('<!-- wiring-diagram:s -->\n', [s])).toThrow("has no closing '<!-- /wiring-diagram:s -->'");
    expect(() => rewriteReadme('<!-- wiring-diagram:nope -->\n<!-- /wiring-diagram:nope -->', [s])).toThrow('names no synthesized stack: use one of s.');
  });
});
