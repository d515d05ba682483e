import { PROVIDER_RULES, ProviderRule, ProviderRuleKind, REVIEWED_TYPES, checkOutput, checkResource, coverage, renderCoverage, reviewed, rules } from '../../src/review/schema/provider-rules';
import { output, resource, stack } from './fixtures';
import { RuleFixture } from './provider-rule-fixtures';
import { AWS_PROVIDER_RULE_FIXTURES } from './provider-rule-fixtures-aws';
import { AZURE_PROVIDER_RULE_FIXTURES } from './provider-rule-fixtures-azure';

const PROVIDER_RULE_FIXTURES: readonly RuleFixture[] = [...AWS_PROVIDER_RULE_FIXTURES, ...AZURE_PROVIDER_RULE_FIXTURES];

const keyOf = (r: { type: string; argument: string; allowed: string }) => `${r.type} ${r.argument}: ${r.allowed}`;

/** The config of a fixture: a whole config, or the value placed at the (dotted) argument. */
function configOf(f: RuleFixture, side: 'bad' | 'good'): Record<string, unknown> {
  const v = f[side];
  if (f.config) return v as Record<string, unknown>;
  const segs = f.argument.split('.');
  let cfg: Record<string, unknown> = { [segs[segs.length - 1]]: v };
  for (const seg of segs.slice(0, -1).reverse()) cfg = { [seg]: [cfg] };
  return cfg;
}

describe('provider rule table', () => {
  test('each rule is unique and cites a provider source file', () => {
    const keys = PROVIDER_RULES.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of PROVIDER_RULES) {
      expect(r.source).toMatch(/^internal\/(service|services)\/[a-z0-9_]+\/.+\.go \S+/);
      expect(r.type.startsWith(r.source.startsWith('internal/services/') ? 'azurerm_' : 'aws_')).toBe(true);
    }
  });

  test('every rule has a failing and a passing fixture', () => {
    const covered = new Set(PROVIDER_RULE_FIXTURES.map(keyOf));
    expect(PROVIDER_RULES.map(keyOf).filter((k) => !covered.has(k))).toEqual([]);
    const known = new Set(PROVIDER_RULES.map(keyOf));
    expect(PROVIDER_RULE_FIXTURES.map(keyOf).filter((k) => !known.has(k))).toEqual([]);
  });

  describe.each(PROVIDER_RULE_FIXTURES.map((f) => [keyOf(f), f] as const))('%s', (key, f) => {
    const rule = PROVIDER_RULES.find((r) => keyOf(r) === key) as ProviderRule;
    test('fails on the bad value', () => {
      const fired = checkResource(resource(f.type, configOf(f, 'bad')), [rule]);
      expect(fired.map((v) => keyOf(v.rule))).toEqual([key]);
    });
    test('passes on the good value', () => {
      expect(checkResource(resource(f.type, configOf(f, 'good')), [rule])).toEqual([]);
    });
  });
});

describe('evaluator', () => {
  const name = rules.pattern('aws_x', 'name', /^[a-z]+$/, 'lower-case letters', 'internal/service/x/x.go validX');
  test('a violation names the construct path, argument, value, what is allowed and the source', () => {
    const [v] = checkResource(resource('aws_x', { name: 'Bad-1' }), [name]);
    expect(v.message).toBe('test/Res/Resource: name must be lower-case letters, got "Bad-1". (aws_x rule from internal/service/x/x.go validX)');
    expect([v.argument, v.value, v.path]).toEqual(['name', 'Bad-1', 'test/Res/Resource']);
  });

  test('unresolved tokens are skipped, also inside a longer string', () => {
    expect(checkResource(resource('aws_x', { name: '${aws_s3_bucket.b.id}' }), [name])).toEqual([]);
    expect(checkResource(resource('aws_x', { name: 'Prefix-${var.x}' }), [name])).toEqual([]);
  });

  test('nested blocks are walked, every instance of a list is checked, and each is located', () => {
    const nested = rules.between('aws_x', 'origin.port', 1, 10, 'internal/service/x/x.go validX');
    const fired = checkResource(resource('aws_x', { origin: [{ port: 5 }, { port: 11 }] }), [nested]);
    expect(fired.map((v) => [v.argument, v.value])).toEqual([['origin[1].port', 11]]);
  });

  test('list values are checked element by element', () => {
    const e = rules.oneOf('aws_x', 'architectures', ['x86_64', 'arm64'], 'internal/service/x/x.go validX');
    expect(checkResource(resource('aws_x', { architectures: ['arm64', 'mips'] }), [e]).map((v) => v.value)).toEqual(['mips']);
  });

  test('numbers given as strings are compared as numbers; case-insensitive enums ignore case', () => {
    const range = rules.between('aws_x', 'n', 1, 3, 'internal/service/x/x.go validX');
    expect(checkResource(resource('aws_x', { n: '4' }), [range])).toHaveLength(1);
    const e = rules.oneOf('aws_x', 'engine', ['redis'], 'internal/service/x/x.go validX', true);
    expect(checkResource(resource('aws_x', { engine: 'Redis' }), [e])).toEqual([]);
  });

  test('exactly-one-of fires on none and on two; at-least-one-of only on none', () => {
    const one = rules.exactlyOneOf('aws_x', ['a', 'b'], 'internal/service/x/x.go validX');
    const least = rules.atLeastOneOf('aws_x', ['a', 'b'], 'internal/service/x/x.go validX');
    expect(checkResource(resource('aws_x', {}), [one, least]).map((v) => v.rule.kind)).toEqual([ProviderRuleKind.EXACTLY_ONE_OF, ProviderRuleKind.AT_LEAST_ONE_OF]);
    expect(checkResource(resource('aws_x', { a: 1, b: 2 }), [one, least]).map((v) => v.rule.kind)).toEqual([ProviderRuleKind.EXACTLY_ONE_OF]);
    expect(checkResource(resource('aws_x', { b: '${x.y}' }), [one, least])).toEqual([]);
  });

  test('a conditional rule applies only when its condition holds (onlyIf / skipIf)', () => {
    const base = rules.pattern('aws_x', 'name', /^[a-z]+$/, 'lower-case letters', 'internal/service/x/x.go validX');
    const fifo = rules.when('fifo', base);
    const standard = rules.unless('fifo', base);
    const run = (config: Record<string, unknown>) => checkResource(resource('aws_x', config), [fifo, standard]).map((v) => v.rule.allowed);
    expect(run({ name: 'a.fifo', fifo: true })).toEqual(['lower-case letters when fifo is set']);
    expect(run({ name: 'a.fifo', fifo: false })).toEqual(['lower-case letters unless fifo is true']);
    expect(run({ name: 'a.fifo' })).toEqual(['lower-case letters unless fifo is true']);
  });

  test('data sources are not judged by resource rules', () => {
    const out = output(stack('s', [{ type: 'aws_x', id: 'X', config: { name: 'BAD' } }]));
    expect(checkOutput(out, [name])).toHaveLength(1);
    const data = { ...out.stacks[0], resources: out.stacks[0].resources.map((r) => ({ ...r, mode: 'data' as const })) };
    expect(checkOutput({ ...out, stacks: [data] }, [name])).toEqual([]);
  });
});

describe('coverage', () => {
  test('counts emitted types and argument paths checked by at least one rule', () => {
    const out = output(stack('s', [
      { type: 'aws_lb', id: 'Lb', config: { name: 'web', internal: false, access_logs: [{ bucket: 'b', enabled: true }] } },
      { type: 'aws_vpc', id: 'Vpc', config: { cidr_block: '10.0.0.0/16' } },
    ]));
    const c = coverage(out, [rules.length('aws_lb', 'name', 1, 32, 'internal/service/elbv2/validate.go validName')], []);
    expect(c).toMatchObject({ types: 2, typesCovered: 1, typesReviewed: 0, topArguments: 4, topArgumentsCovered: 1, arguments: 6, argumentsCovered: 1, uncoveredTypes: ['aws_vpc'] });
    expect(renderCoverage(c)).toContain('| resource types (by a rule, or reviewed with no validator to port: 0) | 1 | 2 | 50.0% |');
  });

  test('a type reviewed and found without validators counts as covered, and is reported apart', () => {
    const out = output(stack('s', [{ type: 'aws_internet_gateway', id: 'Igw', config: { vpc_id: 'vpc-1' } }]));
    const c = coverage(out, [], [reviewed('aws_internet_gateway', 'internal/service/ec2/vpc_internet_gateway.go resourceInternetGateway', 'vpc_id and tags only')]);
    expect(c).toMatchObject({ types: 1, typesCovered: 1, typesReviewed: 1, uncoveredTypes: [] });
    expect(coverage(out, [], []).uncoveredTypes).toEqual(['aws_internet_gateway']);
  });
});

describe('reviewed types table', () => {
  test('each entry cites a provider source file, is listed once, and names a type that has no rule', () => {
    const types = REVIEWED_TYPES.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    const ruled = new Set(PROVIDER_RULES.map((r) => r.type));
    for (const r of REVIEWED_TYPES) {
      expect(r.source).toMatch(/^internal\/(service|services)\/[a-z0-9_]+\/.+\.go \S+/);
      expect(r.type.startsWith(r.source.startsWith('internal/services/') ? 'azurerm_' : 'aws_')).toBe(true);
      expect(r.note.length).toBeGreaterThan(0);
      expect(ruled.has(r.type)).toBe(false);
    }
  });
});
