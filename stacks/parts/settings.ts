import { DataTier } from './data';

/** `orders-db` → `ORDERS_DB`. */
function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * What the apps need to reach the data tier, as environment variables. A retained database
 * (seed §5.5) appears here exactly like a new one: its endpoint and the reference to its
 * credentials, which is how the stacks wire a component they do not create. No secret values, only
 * references: apps read credentials from the secret store or use their managed identity.
 *
 * - `DATABASE_<NAME>_ENDPOINT`: the writer of shard 0; `DATABASE_<NAME>_ENDPOINTS`: every shard's
 *   writer, by shard index, comma-separated (the shard map says which key lives where);
 * - `DATABASE_<NAME>_PORT`, `DATABASE_<NAME>_CREDENTIALS_REF`, `DATABASE_<NAME>_RETAINED`;
 * - `CACHE_ENDPOINT`, `CACHE_PORT`;
 * - `QUEUE_<NAME>_URL` (AWS) or `QUEUE_<NAME>_ID`.
 */
export function appSettings(data: DataTier): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, db] of Object.entries(data.databases)) {
    const key = `DATABASE_${envName(name)}`;
    env[`${key}_ENDPOINT`] = db.shards[0].writerEndpoint;
    env[`${key}_ENDPOINTS`] = db.shards.map((s) => s.writerEndpoint).join(',');
    env[`${key}_PORT`] = String(db.port);
    env[`${key}_CREDENTIALS_REF`] = db.shards[0].credentialsSecretRef;
    env[`${key}_RETAINED`] = String(db.retained);
  }
  if (data.cache) {
    env.CACHE_ENDPOINT = data.cache.cacheEndpoint;
    env.CACHE_PORT = String(data.cache.cachePort);
  }
  for (const [name, q] of Object.entries(data.messaging?.queues ?? {})) {
    if (q.queueUrl !== undefined) env[`QUEUE_${envName(name)}_URL`] = q.queueUrl;
    else env[`QUEUE_${envName(name)}_ID`] = q.queueId;
  }
  return env;
}

/** Cloud-init that writes the settings to `/etc/scaling-blueprints/app.env` for VM-hosted apps. */
export function envFileUserData(env: Record<string, string>): string | undefined {
  const keys = Object.keys(env).sort();
  if (keys.length === 0) return undefined;
  const lines = keys.map((k) => `      ${k}=${env[k]}`);
  return ['#cloud-config', 'write_files:', '  - path: /etc/scaling-blueprints/app.env', "    permissions: '0640'", '    content: |', ...lines, ''].join('\n');
}
