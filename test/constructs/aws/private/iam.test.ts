import { assumeRolePolicy, serviceAssumeRolePolicy } from '../../../../constructs/aws/private/iam';

describe('trust policies', () => {
  test('a service role: the service principal may assume it, nothing else', () => {
    expect(serviceAssumeRolePolicy('lambda.amazonaws.com')).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}');
  });

  test('a condition comes last, as the blueprints wrote it', () => {
    expect(JSON.parse(serviceAssumeRolePolicy('osis-pipelines.amazonaws.com', { StringEquals: { 'aws:SourceAccount': '123' } })).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'osis-pipelines.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '123' } } },
    ]);
    expect(Object.keys(JSON.parse(assumeRolePolicy({ AWS: 'arn:aws:iam::123:root' }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })).Statement[0])).toEqual(['Effect', 'Principal', 'Action', 'Condition']);
  });
});
