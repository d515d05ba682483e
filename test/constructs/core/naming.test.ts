import { NAME_RULES, NameKind, fitName, resourceName, stableHash } from '../../../constructs/core/naming';
import { testStack } from '../../helpers';
import { Construct } from 'constructs';

describe('naming', () => {
  const long = ['shop-prod-refactor', 'orders-database-with-a-very-long-construct-name', 'shard-12', 'reader'];

  test.each(Object.keys(NAME_RULES) as NameKind[])('%s names respect the length and charset of the type', (kind) => {
    const rule = NAME_RULES[kind];
    const name = fitName(long, kind);
    expect(name.length).toBeLessThanOrEqual(rule.maxLength - (rule.reservedSuffix ?? 0));
    expect(name.length).toBeGreaterThanOrEqual(rule.minLength);
    for (const ch of name) expect(rule.allowed.test(ch) || ch === rule.separator).toBe(true);
    if (rule.startsWithLetter) expect(name).toMatch(/^[a-z]/i);
  });

  test('examples from the brief: ALB and target group at most 32, ElastiCache 40, SQS 80', () => {
    expect(fitName(long, 'awsAlb').length).toBeLessThanOrEqual(32);
    expect(fitName(long, 'awsTargetGroup').length).toBeLessThanOrEqual(32);
    expect(fitName(long, 'awsElastiCache').length).toBeLessThanOrEqual(40);
    expect(fitName([...long, ...long, ...long], 'awsSqs').length).toBeLessThanOrEqual(80);
  });

  test('Azure storage accounts are 3-24 lower-case alphanumerics', () => {
    const name = fitName(['Shop-Prod', 'Functions_Storage'], 'azureStorageAccount');
    expect(name).toMatch(/^[a-z0-9]{3,24}$/);
    expect(fitName(['a'], 'azureStorageAccount')).toMatch(/^[a-z0-9]{3,24}$/);
  });

  test('Azure key vault names are 3-24 characters', () => {
    expect(fitName(long, 'azureKeyVault')).toMatch(/^[A-Za-z][A-Za-z0-9-]{2,23}$/);
  });

  test('names that fit are kept readable, without a hash', () => {
    expect(fitName(['shop-prod', 'web'], 'awsAlb')).toBe('shop-prod-web');
  });

  test('truncated names keep a stable hash suffix, so long names that share a prefix stay distinct', () => {
    const a = fitName([...long, 'a'], 'awsAlb');
    const b = fitName([...long, 'b'], 'awsAlb');
    expect(a).not.toBe(b);
    expect(a.slice(0, 20)).toBe(b.slice(0, 20));
    expect(fitName([...long, 'a'], 'awsAlb')).toBe(a);
    expect(a.endsWith(stableHash([...long, 'a'].join('-')))).toBe(true);
  });

  test('FIFO queue names leave room for the .fifo suffix', () => {
    expect(fitName([...long, ...long], 'awsSqsFifo').length).toBeLessThanOrEqual(75);
  });

  test('resource names come from the construct path below the stack, without Resource', () => {
    const stack = testStack('refactor-aws');
    const parent = new Construct(stack, 'Orders');
    const child = new Construct(parent, 'Resource');
    expect(resourceName(child, 'awsGeneric', 'dlq')).toBe('shop-prod-orders-dlq');
  });

  test('invalid characters become separators, never doubled', () => {
    expect(fitName(['Shop__Prod', 'Web  App!'], 'awsGeneric')).toBe('shop-prod-web-app');
  });
});

describe('forbidden endings', () => {
  test('a Service Bus namespace name never ends in -sb or -mgmt: a stable hash replaces the ending', () => {
    const sb = fitName(['shop-prod', 'messaging', 'sb'], 'azureServiceBus');
    const mgmt = fitName(['shop-prod', 'mgmt'], 'azureServiceBus');
    for (const n of [sb, mgmt]) expect(n).not.toMatch(/(-|-sb|-mgmt)$/);
    expect(sb).toMatch(/^shop-prod-messaging-sb-[0-9a-f]{8}$/);
    expect(fitName(['shop-prod', 'messaging', 'sb'], 'azureServiceBus')).toBe(sb);
  });

  test('a name without a forbidden ending is left as it is', () => {
    expect(fitName(['shop-prod', 'messaging', 'bus'], 'azureServiceBus')).toBe('shop-prod-messaging-bus');
  });
});
