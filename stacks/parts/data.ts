/**
 * The data and messaging tier of the migration stacks: workload file → neutral props → kit calls,
 * and the stack outputs. Stacks call these through `this.kit` only.
 */
import { TerraformOutput, TerraformStack } from 'cdktf';
import { ICacheRef } from '../../constructs/core/cache';
import { BlueprintKit } from '../../constructs/core/kit';
import { IMessagingRef } from '../../constructs/core/queue';
import { IShardedDatabaseRef } from '../../constructs/core/sharded-database';
import { Workload } from '../../constructs/core/workload';
import { pascalCase, snakeCase as snake } from '../../constructs/core/private/strings';
import { dataPropsFromWorkload } from '../../constructs/core/workload/data';

/** What the data tier of a stack made: refs for the apps, keyed by workload name. */
export interface DataTier {
  readonly cache?: ICacheRef;
  readonly databases: Record<string, IShardedDatabaseRef>;
  readonly messaging?: IMessagingRef;
}

/** How much of the workload's data tier a stack builds. */
export interface DataTierOptions {
  readonly cache: boolean;
  /** Keep each database to one shard (replatform, rehost). */
  readonly singleShard: boolean;
  readonly messaging: boolean;
}

/** Builds the data tier a stack asks for. */
export function addDataTier(kit: BlueprintKit, w: Workload, opts: DataTierOptions): DataTier {
  const props = dataPropsFromWorkload(w, opts.singleShard);
  const c = opts.cache ? props.cache : undefined;
  const cache = c ? kit.cache('Cache', c) : undefined;
  const databases: Record<string, IShardedDatabaseRef> = {};
  for (const [name, db] of Object.entries(props.databases)) {
    databases[name] = kit.shardedDatabase(`${pascalCase(name)}Database`, db);
  }
  const m = opts.messaging ? props.messaging : undefined;
  const messaging = m ? kit.messageQueue('Messaging', m) : undefined;
  return { cache, databases, messaging };
}

/**
 * The data tier's outputs: `cache_endpoint`, `cache_port`, per database `<db>_shard_map` (the
 * map plus each shard's endpoints and credentials reference) and `<db>_writer_endpoints`, per queue
 * `queue_<name>_id` (and `queue_<name>_url` on AWS), per topic `topic_<name>_id`.
 */
export function addDataOutputs(stack: TerraformStack, data: DataTier): void {
  if (data.cache) {
    new TerraformOutput(stack, 'cache_endpoint', { value: data.cache.cacheEndpoint, description: 'Cache host name (TLS).' });
    new TerraformOutput(stack, 'cache_port', { value: data.cache.cachePort, description: 'Cache port.' });
  }
  for (const [name, db] of Object.entries(data.databases)) {
    const key = snake(name);
    new TerraformOutput(stack, `${key}_shard_map`, {
      description: `Shard map of ${name}: slots → shard, and each shard's endpoints${db.retained ? ' (retained database)' : ''}.`,
      value: {
        ...db.shardMap,
        database: db.databaseName,
        port: db.port,
        retained: db.retained,
        shards: db.shards.map((s) => ({ index: s.index, writer: s.writerEndpoint, reader: s.readerEndpoint, credentials: s.credentialsSecretRef })),
      },
    });
    new TerraformOutput(stack, `${key}_writer_endpoints`, { value: db.shards.map((s) => s.writerEndpoint), description: `Writer endpoint of each ${name} shard, by index.` });
  }
  for (const [name, q] of Object.entries(data.messaging?.queues ?? {})) {
    new TerraformOutput(stack, `queue_${snake(name)}_id`, { value: q.queueId, description: `Queue ${name} (AWS ARN / Azure resource id).` });
    if (q.queueUrl !== undefined) new TerraformOutput(stack, `queue_${snake(name)}_url`, { value: q.queueUrl, description: `Queue ${name} URL.` });
  }
  for (const [name, t] of Object.entries(data.messaging?.topics ?? {})) {
    new TerraformOutput(stack, `topic_${snake(name)}_id`, { value: t.topicId, description: `Topic ${name} (AWS ARN / Azure resource id).` });
  }
}
