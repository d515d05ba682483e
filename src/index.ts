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
export * from '../constructs/core/cache';
export * from '../constructs/core/queue';
export * from '../constructs/core/sharded-database';
export * from '../constructs/core/shard-map';
export * from '../constructs/core/monitoring';
export * from '../constructs/core/cost-alerts';
export * from '../constructs/core/cost-estimate';
export * from '../constructs/core/refs';
export * from '../constructs/core/schedule';
export * from '../constructs/core/size';
export * from '../constructs/core/tags';
export * from '../constructs/core/validation';
export * from '../constructs/core/workload';
export * from '../constructs/core/prices';
export * from '../constructs/core/wiring';
// aws
export * from '../constructs/aws/kit';
export * from '../constructs/aws/network';
export * from '../constructs/aws/log-search';
export * from '../constructs/aws/cache';
export * from '../constructs/aws/queue';
export * from '../constructs/aws/sharded-database';
export * from '../constructs/aws/monitoring';
export * from '../constructs/aws/cost-alerts';
// azure
export * from '../constructs/azure/kit';
export * from '../constructs/azure/network';
export * from '../constructs/azure/log-search';
export * from '../constructs/azure/cache';
export * from '../constructs/azure/queue';
export * from '../constructs/azure/sharded-database';
export * from '../constructs/azure/monitoring';
export * from '../constructs/azure/cost-alerts';
// stacks and app
export * from '../stacks';
export { addStacks, ALL_STACK_IDS } from './app';
export { loadWorkload, validateWorkload, DEFAULT_WORKLOAD_FILE } from './workload';
