/**
 * scaling-blueprints: one workload description, secure autoscaling architectures on AWS or Azure.
 *
 * The package root is the whole public API: the neutral core (props, defaults, rules, value
 * types, the kit interface), the AWS and Azure blueprints and kits, the migration stacks, the
 * workload-file loader and the policy pack. The subpath entry points `scaling-blueprints/core`,
 * `scaling-blueprints/aws` and `scaling-blueprints/azure` hold one layer each.
 * test/src/api.test.ts fails when an export of a public module is reachable from none of them.
 * @packageDocumentation
 * @module scaling-blueprints
 */
export * from '../constructs/core';
export * from '../constructs/aws';
export * from '../constructs/azure';
// stacks and app
export * from '../stacks';
export * from './app';
export * from './workload';
// the policy pack: the rules, the engine, the suppression API
export * from './policy';
