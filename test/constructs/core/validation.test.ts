import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { Rule, ValidationError, checkRules, formatValue, rules, validateProps } from '../../../constructs/core/validation';
import { testStack } from '../../helpers';

interface P {
  readonly count?: number;
  readonly mode?: string;
  readonly name?: string;
}

const TABLE: Rule<P>[] = [
  rules.intRange<P>('ThingCountOutOfRange', 'count', (p) => p.count, 1, 5, 'Use 1 to 5 things.'),
  rules.oneOf<P, string>('ThingModeInvalid', 'mode', (p) => p.mode, ['fast', 'safe'], 'Pick fast or safe.'),
  rules.pattern<P>('ThingNameMalformed', 'name', (p) => p.name, /^[a-z]+$/, 'lower-case letters', 'Rename it.'),
];

describe('validation', () => {
  test('a valid prop set passes every rule', () => {
    expect(checkRules(TABLE, { count: 3, mode: 'safe', name: 'abc' }, 'x')).toEqual([]);
  });

  test('every failed rule is reported at once, with code, path, prop, value, allowed and fix', () => {
    const issues = checkRules(TABLE, { count: 9, mode: 'slow', name: 'A!' }, 'stack/Thing');
    expect(issues.map((i) => i.code)).toEqual(['ThingCountOutOfRange', 'ThingModeInvalid', 'ThingNameMalformed']);
    expect(issues[0]).toEqual({ code: 'ThingCountOutOfRange', path: 'stack/Thing', prop: 'count', value: 9, allowed: 'a whole number between 1 and 5', fix: 'Use 1 to 5 things.' });
  });

  test('the error message names the subject, counts the issues and follows "<prop> must be <allowed>, got <value>. <fix>"', () => {
    const stack = testStack('refactor-aws');
    const scope = new Construct(stack, 'SessionCache');
    let error: ValidationError | undefined;
    try {
      validateProps(scope, 'AwsThing', TABLE, { count: 0, mode: 'slow' });
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe(
      [
        "AwsThing at 'refactor-aws/SessionCache' has 2 invalid props:",
        '  - [ThingCountOutOfRange] count must be a whole number between 1 and 5, got 0. Use 1 to 5 things.',
        '  - [ThingModeInvalid] mode must be one of "fast", "safe", got "slow". Pick fast or safe.',
      ].join('\n'),
    );
    expect(error!.codes).toEqual(['ThingCountOutOfRange', 'ThingModeInvalid']);
  });

  test('unresolved tokens are skipped: the provider judges them at plan time', () => {
    expect(checkRules(TABLE, { count: Token.asNumber({ ref: 'x' }), name: Token.asString({ ref: 'y' }) }, 'x')).toEqual([]);
  });

  test('a path prefix turns props into workload-file paths', () => {
    expect(checkRules(TABLE, { count: 0 }, 'shop.json', 'tiers.web.')[0].prop).toBe('tiers.web.count');
  });

  test('values are rendered so that types are visible', () => {
    expect(formatValue('5')).toBe('"5"');
    expect(formatValue(5)).toBe('5');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });

  test('a range rule rejects NaN and wrong types', () => {
    const r = rules.range<P>('ThingCountOutOfRange', 'count', (p) => p.count, 1, 5, 'fix');
    expect(r.failsWhen({ count: NaN })).toBe(true);
    expect(r.failsWhen({ count: '3' as unknown as number })).toBe(true);
    expect(r.failsWhen({})).toBe(false);
  });
});
