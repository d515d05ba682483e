import { cacheSettings } from '../../constructs/core/cache';
import { IFeatureFlags } from '../../constructs/core/feature-flags';
import { queueSettings, topicSettings } from '../../constructs/core/queue';
import { databaseSettings } from '../../constructs/core/sharded-database';
import { DataTier } from './data';

/**
 * The PostgreSQL role every app logs in as on AWS (IAM database authentication): the grants map
 * each app's role to it with `rds-db:connect`; the database's bootstrap function creates it on
 * every shard at apply with `GRANT rds_iam` (docs/wiring.md). On Azure each app logs in as its own managed identity instead.
 */
export const APP_DATABASE_USER = 'app';

/**
 * What the apps need to reach the data tier and the flags with their own identity, as environment
 * variables: exactly the keys the grants of stacks/parts/wiring.ts return (docs/wiring.md has the
 * table per cloud). A retained database (seed §5.5) appears like a new one, with the reference to
 * its credentials (only a retained one: apps log in to a created database with their identity).
 * No secret values, only references.
 *
 * - `DATABASE_<NAME>_ENDPOINT`, `_ENDPOINTS`, `_READER_ENDPOINTS`, `_PORT`, `_NAME`, `_AUTH`,
 *   `_RETAINED`, on AWS `_USER`, and for a retained database `_CREDENTIALS_REF`;
 * - `CACHE_ENDPOINT`, `CACHE_PORT`, `CACHE_AUTH`, and on AWS `CACHE_USER`, `CACHE_NAME`;
 * - AWS `QUEUE_<NAME>_URL`, `TOPIC_<NAME>_ARN`; Azure `QUEUE_<NAME>_NAME`, `TOPIC_<NAME>_NAME`,
 *   `SERVICEBUS_FULLY_QUALIFIED_NAMESPACE`;
 * - the flags: AWS `APPCONFIG_APPLICATION_ID`, `APPCONFIG_ENVIRONMENT_ID`, `APPCONFIG_PROFILE_ID`, `APPCONFIG_REGION`;
 *   Azure `APP_CONFIGURATION_ENDPOINT`.
 */
export function appSettings(data: DataTier, flags?: IFeatureFlags): Record<string, string> {
  const env: Record<string, string> = {};
  for (const db of Object.values(data.databases)) Object.assign(env, databaseSettings(db, APP_DATABASE_USER));
  if (data.cache) Object.assign(env, cacheSettings(data.cache));
  for (const [name, q] of Object.entries(data.messaging?.queues ?? {})) Object.assign(env, queueSettings(name, q));
  for (const [name, t] of Object.entries(data.messaging?.topics ?? {})) Object.assign(env, topicSettings(name, t));
  if (flags?.flagSettings) Object.assign(env, flags.flagSettings);
  return env;
}
