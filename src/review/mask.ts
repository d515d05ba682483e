/**
 * Secret masking for everything the review prints: argument values, decoded JSON documents,
 * environment entries. A display copy is masked; the synthesized JSON is never changed.
 *
 * Masked: values under a secret-looking name (`master_password`, `DB_PASSWORD`,
 * `primary_access_key`), `{ name: "DB_PASSWORD", value: "…" }` entries, and literals that look
 * secret wherever they appear (connection strings, PEM private keys, URLs with a password, AWS
 * access key ids). References (`${...}`) are kept: they are code, not secrets.
 */

/** Names ending in a secret noun (`master_password`, `DB_PASSWORD`, `primary_access_key`, `administrator_password_wo`). */
const SECRET_KEY = /(pass(word|wd|phrase)|secret|token|private_?key|access_?key|account_?key|shared_?key|primary_?key|secondary_?key|secret_?key|api_?key|auth_?key|sas(_?(token|key|url))?|key_?material|connection_?string|secret_?(string|value))(_wo)?$/i;
const NOT_SECRET_KEY = /(_id|_ids|_arn|_arns|_name|_names|_version|_validity|_ttl|_enabled|_type|_length|_mode|_policy|_count|_days|_in_days|_hours|_minutes|_seconds|_setting_name|_permissions|_uri|_url|_path|_rotation.*)$/i;
const SECRET_VALUE = /(AccountKey=|SharedAccessKey=|Password=|Pwd=|-----BEGIN [A-Z ]*PRIVATE KEY-----|:\/\/[^/\s:@]+:[^/\s@]+@|AKIA[0-9A-Z]{16})/i;
const HASH_KEY = /(hash|etag|md5|sha(1|256|512)?|checksum)$/i;
const HASH_VALUE = /^[A-Fa-f0-9]{32,128}$|^[A-Za-z0-9+/]{43}=$/;
const ASSET_PATH = /assets\/[^/]+\/([A-Fa-f0-9]{32,64})\//;

export const MASK = '(sensitive)';

/** Argument names that read like secrets but are settings (`http_tokens = "required"`). */
const SECRET_LOOKALIKES = new Set(['http_tokens', 'http_endpoint', 'token_store_path', 'secret_url', 'administrator_login', 'storage_authentication_type']);

/** True for an argument name that reads as a secret (`master_password`, `primary_access_key`). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !NOT_SECRET_KEY.test(key) && !SECRET_LOOKALIKES.has(key);
}

/** True for a literal that looks like a secret wherever it appears (connection strings, keys, PEM). */
export function looksSecret(value: string): boolean {
  return SECRET_VALUE.test(value);
}

/**
 * A display copy of a value: secret-looking literals masked (at any depth, including environment
 * maps and app settings), asset hashes shortened. References (`${...}`) are kept: they are code,
 * not secrets.
 */
export function sanitize(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (value.includes('${') && !looksSecret(value)) return value;
    if (key && isSecretKey(key) && value !== '') return MASK;
    if (looksSecret(value)) return MASK;
    if (key && HASH_KEY.test(key) && HASH_VALUE.test(value)) return `${value.slice(0, 8)}…`;
    const asset = ASSET_PATH.exec(value);
    if (asset) return value.replace(asset[1], `${asset[1].slice(0, 8)}…`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => sanitize(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const obj = value as Record<string, unknown>;
    // `{ name: "DB_PASSWORD", value: "..." }` (ECS environment, app settings as blocks).
    const namedSecret = typeof obj.name === 'string' && isSecretKey(obj.name);
    for (const k of Object.keys(obj).sort()) {
      out[k] = namedSecret && k === 'value' && typeof obj[k] === 'string' && !String(obj[k]).includes('${') ? MASK : sanitize(obj[k], k);
    }
    return out;
  }
  return value;
}

