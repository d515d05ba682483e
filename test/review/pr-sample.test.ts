/**
 * The pull request of issue 18, end to end: on the sample shop, a fourth `orders` shard (with a
 * new listed region), a 12 GiB cache instead of 6, and web max 20 instead of 12. Both sides are
 * synthesized with `npm run synth`'s own function into two folders, then reviewed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synth } from '../../src/main';
import { reviewDirs } from '../../src/review';
import { packageRoot } from '../../src/workload';

jest.setTimeout(180_000);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'review-pr-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The sample shop as a standalone file (handler paths made absolute), changed by `change`. */
function workloadFile(name: string, change: (w: any) => void = () => undefined): string {
  const w = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'examples/shop.json'), 'utf8'));
  delete w.$schema;
  for (const f of Object.values<{ source: string }>(w.functions ?? {})) f.source = path.join(packageRoot(), 'handlers', path.basename(f.source));
  change(w);
  const file = path.join(root, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(w));
  return file;
}

describe('the pull request of issue 18 (fourth orders shard, 12 GiB cache, web max 20)', () => {
  let report = '';
  let lines: string[] = [];
  let fold = 0;

  beforeAll(() => {
    const stacks = ['refactor-aws', 'refactor-azure'];
    synth({ config: workloadFile('base'), out: path.join(root, 'base'), stacks, policy: false });
    synth({
      config: workloadFile('head', (w) => {
        w.databases.orders.shards = 4;
        w.databases.orders.shardKey.lists.latam = 3;
        w.cache.memoryGiB = 12;
        w.tiers.web.capacity.max = 20;
      }),
      out: path.join(root, 'head'),
      stacks,
      policy: false,
    });
    report = reviewDirs({ base: path.join(root, 'base'), head: path.join(root, 'head') });
    lines = report.split('\n');
    fold = lines.findIndex((l) => l.startsWith('<details>'));
  });

  test('the task-definition row names DATABASE_ORDERS_ENDPOINTS with the endpoint it gains', () => {
    const row = lines.find((l) => l.startsWith('| ~ update | `aws_ecs_task_definition.WebTier_TaskDefinition_'));
    expect(row).toBeDefined();
    expect(row).toContain('`container_definitions[app].environment.DATABASE_ORDERS_ENDPOINTS`:');
    expect(row).toMatch(/→ `"…\$\{aws_rds_cluster\.OrdersDatabase_Shard2_[0-9A-F]+\.endpoint\},\$\{aws_rds_cluster\.OrdersDatabase_Shard3_[0-9A-F]+\.endpoint\}"`/);
  });

  test('the shard-map change is flagged above the fold, with the keys that move and the procedure', () => {
    const i = lines.findIndex((l) => l.startsWith('> :warning: **refactor-aws, refactor-azure: Shard map of `orders` changes: 3 → 4 shards, shard 3 added, shards 0, 1, 2 kept;'));
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(fold);
    expect(lines[i]).toMatch(/256 of 1024 slots move \(0→3: 86, 1→3: 85, 2→3: 85\)/);
    expect(lines[i]).toMatch(/listed keys that move: `latam` \d→3/);
    expect(lines[i]).toContain('[resharding procedure](docs/data.md#resharding-procedure-adding-shard-n-to-n-shards)');
  });

  test('the budget crossing is flagged above the fold with the stack, the maximum and the budget', () => {
    const i = lines.findIndex((l) => /^> :warning: \*\*refactor-aws: Maximum cost crosses the budget: \$14,\d{3}\.\d\d\/month at maximum capacity, budget \$12,000\.00 \(base: \$11,\d{3}\.\d\d\)/.test(l));
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(fold);
  });

  test('the cache resize is in the table of disruptive changes, with its reason', () => {
    const i = lines.findIndex((l) => l.startsWith('| refactor-aws | `refactor-aws/Cache/Resource` | node_type: cache.m7g.large → cache.r7g.large | ElastiCache resizes online'));
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(fold);
  });

  test('the synth warnings are counted in the headline and listed in a collapsed section', () => {
    const counts = lines.find((l) => l.startsWith('Policy:'));
    expect(counts).toMatch(/Synth annotations of the head: \d+ warnings, 1 info in 2 stacks \(\*\*1 new\*\*\)\./);
    expect(report).toMatch(/<details><summary>Synth annotations of the head \(\d+ warnings, 1 info in 2 stacks\)<\/summary>/);
    expect(report).toContain('| refactor-aws | **warning** | `refactor-aws` | The cost estimate at maximum capacity ($14,');
    expect(report).toContain('| refactor-azure | **warning** | `refactor-azure/WebTier` | capacity.min 2 is below the 3 zones: the plan runs at least 3 workers (one per zone). |');
  });
});
