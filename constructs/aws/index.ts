/**
 * The AWS blueprints and `AwsKit`. Entry point `scaling-blueprints/aws`.
 * Every public module of this folder is listed here (`private/` never is); test/src/api.test.ts fails
 * when one is missing.
 * @packageDocumentation
 * @module scaling-blueprints/aws
 */
export * from './cache';
export * from './cost-alerts';
export * from './edge-cache';
export * from './feature-flags';
export * from './function';
export * from './kit';
export * from './load-balancer';
export * from './log-search';
export * from './monitoring';
export * from './network';
export * from './queue';
export * from './scaling-group';
export * from './sharded-database';
export * from './throttling';
export * from './web-app';
export * from './facts';
