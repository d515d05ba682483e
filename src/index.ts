/**
 * scaling-blueprints: one workload description, secure autoscaling architectures on AWS or Azure.
 *
 * The public API: the neutral core (props, defaults, rules, value types), the cloud classes and
 * kits, the migration stacks, and the workload-file loader.
 */
// core
export * from '../constructs/core/blueprint';
export * from '../constructs/core/capacity';
export * from '../constructs/core/cloud';
export * from '../constructs/core/kit';
export * from '../constructs/core/naming';
export * from '../constructs/core/network';
export * from '../constructs/core/log-search';
export * from '../constructs/core/refs';
export * from '../constructs/core/schedule';
export * from '../constructs/core/size';
export * from '../constructs/core/tags';
export * from '../constructs/core/validation';
export * from '../constructs/core/workload';
export * from '../constructs/core/prices';
// aws
export * from '../constructs/aws/kit';
export * from '../constructs/aws/network';
export * from '../constructs/aws/log-search';
// azure
export * from '../constructs/azure/kit';
export * from '../constructs/azure/network';
export * from '../constructs/azure/log-search';
// stacks and app
export * from '../stacks';
export { addStacks, ALL_STACK_IDS } from './app';
export { loadWorkload, validateWorkload, DEFAULT_WORKLOAD_FILE } from './workload';
