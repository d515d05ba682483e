import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALL_STACK_IDS } from '../../src/app';
import { main, parseArgs, synth } from '../../src/main';
import { ProviderRuleError, rules } from '../../src/review/schema/provider-rules';
import { defaultSynthDir } from '../default-synth';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sb-main-'));
}

/** Every file under a folder with its bytes, for exact comparison. */
function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function quietly<T>(fn: () => T): T {
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return fn();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('synth entry', () => {
  test('with no arguments it synthesizes the six default stacks, byte-identical from run to run', () => {
    const root = tmp();
    dirs.push(root);
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    expect(synth(parseArgs(['--out', a]))).toEqual([...ALL_STACK_IDS]);
    synth(parseArgs(['--out', b]));
    expect(fs.readdirSync(path.join(a, 'stacks')).sort()).toEqual(['refactor-aws', 'refactor-azure', 'rehost-aws', 'rehost-azure', 'replatform-aws', 'replatform-azure']);
    expect(snapshotDir(a)).toEqual(snapshotDir(b));
    const json = fs.readFileSync(path.join(a, 'stacks/refactor-aws/cdk.tf.json'), 'utf8');
    // One app per stack (peak memory) writes what one app holding all six writes (test/default-synth.ts),
    // and the manifest lists every stack.
    const shared = defaultSynthDir();
    for (const id of ALL_STACK_IDS) expect([id, fs.readFileSync(path.join(a, 'stacks', id, 'cdk.tf.json'), 'utf8')]).toEqual([id, fs.readFileSync(path.join(shared, 'stacks', id, 'cdk.tf.json'), 'utf8')]);
    expect(fs.readFileSync(path.join(a, 'manifest.json'), 'utf8')).toBe(fs.readFileSync(path.join(shared, 'manifest.json'), 'utf8'));
    expect(json).not.toMatch(/20\d\d-\d\d-\d\dT/); // no timestamps
    expect(json).not.toContain(os.tmpdir()); // no machine paths
  });

  test('--stacks limits the output to the named stacks', () => {
    const out = path.join(tmp(), 'out');
    dirs.push(path.dirname(out));
    expect(synth(parseArgs(['--out', out, '--stacks', 'refactor-aws,rehost-azure']))).toEqual(['rehost-azure', 'refactor-aws']);
    expect(fs.readdirSync(path.join(out, 'stacks')).sort()).toEqual(['refactor-aws', 'rehost-azure']);
    // Each stack gets its wiring (the edges recorded in cdk.tf.json's `//` block) as wiring.json.
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'stacks/refactor-aws/cdk.tf.json'), 'utf8'));
    const wiring = JSON.parse(fs.readFileSync(path.join(out, 'stacks/refactor-aws/wiring.json'), 'utf8'));
    expect(Array.isArray(doc['//'].wiring)).toBe(true);
    expect(wiring).toEqual(doc['//'].wiring);
  });

  test('a bad config exits non-zero, lists every problem, and leaves an existing output exactly as it was', () => {
    const root = tmp();
    dirs.push(root);
    const out = path.join(root, 'cdktf.out');
    synth(parseArgs(['--out', out, '--stacks', 'rehost-aws']));
    const before = snapshotDir(out);
    const bad = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/shop.json'), 'utf8'));
    bad.tiers.web.capacity.min = 50;
    bad.unknownThing = true;
    bad.$schema = undefined;
    const file = path.join(root, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = main(['--config', file, '--out', out]);
    const printed = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect(code).toBe(1);
    expect(printed).toContain('WorkloadUnknownField');
    expect(printed).toContain('tiers.web.capacity.min');
    expect(printed).toContain('Nothing was written.');
    expect(snapshotDir(out)).toEqual(before);
    expect(fs.readdirSync(root).sort()).toEqual(['bad.json', 'cdktf.out']); // no scratch folder left behind
  });

  test('a provider-rule violation fails the synth with path, argument, value, allowed and source, and writes nothing', () => {
    const root = tmp();
    dirs.push(root);
    const out = path.join(root, 'cdktf.out');
    synth(parseArgs(['--out', out, '--stacks', 'rehost-aws']));
    const before = snapshotDir(out);
    // A rule the default ALB name breaks, to prove the wiring; the real rules are tested in test/review.
    const rule = rules.notPattern('aws_lb', 'name', /^shop-/, 'without the prefix "shop-"', 'internal/service/elbv2/validate.go validName');
    let thrown: unknown;
    try {
      synth({ ...parseArgs(['--out', out, '--stacks', 'rehost-aws']), providerRules: [rule] });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ProviderRuleError);
    expect((thrown as Error).message).toMatch(/rehost-aws\/\S+: name must be without the prefix "shop-", got "shop-prod-rehost-[a-z0-9-]+"\. \(aws_lb rule from internal\/service\/elbv2\/validate\.go validName\)/);
    expect(snapshotDir(out)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['cdktf.out']);
  });

  test('a failure during synthesis also leaves the existing output untouched', () => {
    const root = tmp();
    dirs.push(root);
    const out = path.join(root, 'cdktf.out');
    synth(parseArgs(['--out', out, '--stacks', 'rehost-aws']));
    const before = snapshotDir(out);
    const doc = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/shop.json'), 'utf8'));
    // Valid for the schema, but the network construct rejects a /8 (its own rule table).
    doc.network.cidr = '10.0.0.0/8';
    delete doc.$schema;
    const file = path.join(root, 'w.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    // functions' source folders are relative to the workload file: point them back at the repo.
    for (const f of Object.values<any>(doc.functions)) f.source = path.join(__dirname, '../../handlers', path.basename(f.source));
    fs.writeFileSync(file, JSON.stringify(doc));
    expect(quietly(() => main(['--config', file, '--out', out]))).toBe(1);
    expect(snapshotDir(out)).toEqual(before);
    expect(fs.readdirSync(root).sort()).toEqual(['cdktf.out', 'w.json']);
  });

  test('usage errors name the argument', () => {
    expect(() => parseArgs(['--stacks', 'refactor-gcp'])).toThrow("--stacks must name stacks from rehost-aws, rehost-azure, replatform-aws, replatform-azure, refactor-aws, refactor-azure, got 'refactor-gcp'");
    expect(() => parseArgs(['--bogus'])).toThrow("unknown argument '--bogus'");
    expect(() => parseArgs(['--config'])).toThrow('--config needs a value');
    expect(quietly(() => main(['--bogus']))).toBe(2);
  });

  test('prints every annotation grouped by stack with a summary line, writes them per stack, and --quiet hides them', () => {
    const root = tmp();
    dirs.push(root);
    const capture = (argv: string[]): string[] => {
      const lines: string[] = [];
      const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(...String(chunk).split('\n').filter(Boolean)), true));
      try {
        expect(main(argv)).toBe(0);
      } finally {
        out.mockRestore();
        err.mockRestore();
      }
      return lines;
    };
    // A dev workload without the edge: its public load balancers serve plain HTTP, with a warning.
    const config = path.join(root, 'dev-no-edge.json');
    const examples = path.join(__dirname, '../../examples');
    const w = JSON.parse(fs.readFileSync(path.join(examples, 'shop.json'), 'utf8'));
    for (const f of Object.values<{ source: string }>(w.functions ?? {})) f.source = path.resolve(examples, f.source);
    fs.writeFileSync(config, JSON.stringify({ ...w, $schema: undefined, environment: 'dev', edge: { ...(w.edge ?? {}), enabled: false } }));
    const loud = capture(['--config', config, '--out', path.join(root, 'a'), '--stacks', 'rehost-aws,rehost-azure', '--no-policy']);
    const awsHttp = '  WARN [rehost-aws/LoadBalancer]: The load balancer serves plain HTTP: give certificateArn to serve HTTPS (HTTP is then redirected).';
    const azureHttp = '  WARN [rehost-azure/LoadBalancer]: The application gateway serves plain HTTP: give certificateSecretId (a Key Vault secret) to serve HTTPS (HTTP is then redirected).';
    // Grouped by stack: each stack's header comes before its lines.
    expect(loud.indexOf('rehost-aws:')).toBeLessThan(loud.indexOf(awsHttp));
    expect(loud.indexOf(awsHttp)).toBeLessThan(loud.indexOf('rehost-azure:'));
    expect(loud.indexOf('rehost-azure:')).toBeLessThan(loud.indexOf(azureHttp));
    const warns = loud.filter((l) => l.startsWith('  WARN ')).length;
    const infos = loud.filter((l) => l.startsWith('  INFO ')).length;
    expect(warns).toBeGreaterThanOrEqual(2);
    expect(loud[loud.length - 1]).toBe(`annotations: ${warns} warnings, ${infos} info in 2 stacks`);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'a', 'stacks', 'rehost-aws', 'annotations.json'), 'utf8'))).toContainEqual({
      level: 'warning', path: 'rehost-aws/LoadBalancer', message: 'The load balancer serves plain HTTP: give certificateArn to serve HTTPS (HTTP is then redirected).',
    });
    const quiet = capture(['--config', config, '--out', path.join(root, 'b'), '--stacks', 'rehost-aws', '--no-policy', '--quiet']);
    expect(quiet.filter((l) => /WARN|annotations:/.test(l))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'b', 'stacks', 'rehost-aws', 'annotations.json'))).toBe(true);
  });
});
