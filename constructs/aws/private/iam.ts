/**
 * IAM documents the AWS blueprints write more than once. Internal: not part of the public API.
 */

/**
 * The trust policy of a role: `principal` may assume it (`sts:AssumeRole`), under `condition`
 * when given (a confused-deputy guard such as `aws:SourceAccount`). The JSON is the same, byte for
 * byte, as the one each blueprint used to spell out.
 */
export function assumeRolePolicy(principal: { readonly Service: string } | { readonly AWS: string }, condition?: Record<string, unknown>): string {
  const statement = { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition !== undefined ? { Condition: condition } : {}) };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

/** The trust policy of a service role: `<service>.amazonaws.com` may assume it. */
export function serviceAssumeRolePolicy(servicePrincipal: string, condition?: Record<string, unknown>): string {
  return assumeRolePolicy({ Service: servicePrincipal }, condition);
}
