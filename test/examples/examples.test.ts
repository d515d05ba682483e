import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkload } from '../../src/workload';
import { parseArgs, synth } from '../../src/main';

const ROOT = path.join(__dirname, '../..');

describe('examples', () => {
  test('the README embeds examples/embed.ts verbatim', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(fs.readFileSync(path.join(ROOT, 'examples/embed.ts'), 'utf8').trim());
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
