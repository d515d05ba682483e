/**
 * The cloud-neutral layer: props, `*_DEFAULTS`, rule tables, value types, the `BlueprintKit` interface. Entry point `scaling-blueprints/core`.
 * Every public module of this folder is listed here (`private/` never is); test/src/api.test.ts fails
 * when one is missing.
 * @packageDocumentation
 * @module scaling-blueprints/core
 */
export * from './blueprint';
export * from './cache';
export * from './capacity';
export * from './cloud';
export * from './cost-alerts';
export * from './cost-estimate';
export * from './edge-cache';
export * from './feature-flags';
export * from './function';
export * from './kit';
export * from './load-balancer';
export * from './log-search';
export * from './monitoring';
export * from './naming';
export * from './network';
export * from './policy';
export * from './queue';
export * from './refs';
export * from './sample-app';
export * from './scaling-group';
export * from './schedule';
export * from './shard-map';
export * from './sharded-database';
export * from './size';
export * from './tags';
export * from './throttling';
export * from './validation';
export * from './web-app';
export * from './workload';
export * from './workload/compute';
export * from './workload/data';
export * from './workload/observability';
export * from './workload/serverless';
export * from './prices';
export * from './wiring';
