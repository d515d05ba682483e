import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkload } from '../../src/workload';
import { parseArgs, synth } from '../../src/main';

const ROOT = path.join(__dirname, '../..');

describe('examples', () => {
  test.each(['embed.ts', 'blueprint.ts', 'kit-stack.ts'])('the README embeds examples/%s verbatim', (file) => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8').trim());
  });

  /** Runs an example in a temp folder; returns the synthesized stacks by id. */
  function runExample(file: string): Record<string, any> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-example-'));
    try {
      process.env.CDKTF_OUTDIR = path.join(dir, 'out');
      jest.isolateModules(() => require(path.join(ROOT, 'examples', file)));
      const stacks = path.join(dir, 'out/stacks');
      return Object.fromEntries(fs.readdirSync(stacks).map((id) => [id, JSON.parse(fs.readFileSync(path.join(stacks, id, 'cdk.tf.json'), 'utf8'))]));
    } finally {
      delete process.env.CDKTF_OUTDIR;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('examples/blueprint.ts synthesizes one blueprint alone in the user\'s stack with the user\'s provider', () => {
    const { sessions } = runExample('blueprint.ts');
    expect(Object.keys(sessions.provider)).toEqual(['aws']);
    expect(Object.keys(sessions.resource.aws_elasticache_replication_group)).toHaveLength(1);
    expect(Object.keys(sessions.resource.aws_subnet)).toHaveLength(6);
  });

  test('examples/kit-stack.ts synthesizes a user-written stack on both kits without a workload file', () => {
    const stacks = runExample('kit-stack.ts');
    expect(Object.keys(stacks).sort()).toEqual(['shop-aws', 'shop-azure']);
    expect(Object.keys(stacks['shop-aws'].resource)).toEqual(expect.arrayContaining(['aws_lb', 'aws_ecs_service', 'aws_elasticache_replication_group', 'aws_budgets_budget']));
    expect(Object.keys(stacks['shop-azure'].resource)).toEqual(expect.arrayContaining(['azurerm_application_gateway', 'azurerm_linux_web_app', 'azurerm_managed_redis', 'azurerm_consumption_budget_resource_group']));
    expect(Object.values<any>(stacks['shop-aws'].resource.aws_lb)[0].tags).toMatchObject({ project: 'shop', environment: 'prod' });
  });

  test('examples/embed.ts synthesizes a refactor stack from a workload file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-embed-'));
    const cwd = process.cwd();
    try {
      const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/shop.json'), 'utf8'));
      delete doc.$schema;
      for (const f of Object.values<any>(doc.functions)) f.source = path.join(ROOT, 'handlers', path.basename(f.source));
      fs.writeFileSync(path.join(dir, 'workload.json'), JSON.stringify(doc));
      process.chdir(dir);
      process.env.CDKTF_OUTDIR = path.join(dir, 'out');
      jest.isolateModules(() => require('../../examples/embed'));
      expect(fs.existsSync(path.join(dir, 'out/stacks/refactor-aws/cdk.tf.json'))).toBe(true);
    } finally {
      process.chdir(cwd);
      delete process.env.CDKTF_OUTDIR;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each(['shop-dev.json', 'shop-prod.json'])('%s validates and synthesizes all six stacks', (file) => {
    const loaded = loadWorkload(path.join(ROOT, 'examples', file));
    expect(loaded.workload.environment).toBe(file.includes('dev') ? 'dev' : 'prod');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-env-'));
    try {
      expect(synth(parseArgs(['--config', path.join(ROOT, 'examples', file), '--out', path.join(out, 'o')]))).toHaveLength(6);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('dev takes the Standard Service Bus tier; prod keeps Premium', () => {
    const { Testing } = require('cdktf');
    const { addStacks } = require('../../src/app');
    const sku = (file: string) => {
      const [stack] = addStacks(Testing.app(), loadWorkload(path.join(ROOT, 'examples', file)), ['refactor-azure']);
      return Object.values<any>(JSON.parse(Testing.synth(stack)).resource.azurerm_servicebus_namespace)[0].sku;
    };
    expect(sku('shop-dev.json')).toBe('Standard');
    expect(sku('shop-prod.json')).toBe('Premium');
  });

  test('dev is smaller and cheaper than prod: single NAT, two zones, xsmall sizes', () => {
    const dev = loadWorkload(path.join(ROOT, 'examples/shop-dev.json')).workload;
    expect(dev.network).toMatchObject({ natGateways: 'single', zoneCount: 2 });
    expect(Object.values(dev.tiers).every((t) => t.size === 'xsmall')).toBe(true);
  });
});
