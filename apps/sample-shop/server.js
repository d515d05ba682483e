'use strict';
// The scaling-blueprints sample shop: one dependency-free Node.js server that every hosting runs
// (ECS on Fargate, App Service containers, and the rehost VMs through Docker). It listens on PORT,
// answers HEALTH_CHECK_PATH, and reads the settings the stacks give it:
// - APP_TIER: the tier it serves (web, search, checkout, ...), shown on every page;
// - FEATURE_<NAME>: a feature flag ('true' or 'false'), e.g. FEATURE_RECOMMENDATIONS;
// - the flag store, polled every FEATURE_FLAGS_POLL_SECONDS (30); a value read there overrides
//   FEATURE_<NAME>, which stays the fallback while the store cannot be read:
//   - AWS AppConfig when APPCONFIG_APPLICATION_ID, APPCONFIG_ENVIRONMENT_ID, APPCONFIG_PROFILE_ID
//     and APPCONFIG_REGION are set: the AppConfig Data API, signed with SigV4, with the task role's
//     credentials (ECS) or the instance profile's (EC2, IMDSv2);
//   - Azure App Configuration when APP_CONFIGURATION_ENDPOINT is set: the data-plane REST API with
//     an Entra token of the managed identity (App Service IDENTITY_ENDPOINT, else the VM's IMDS;
//     AZURE_CLIENT_ID picks a user-assigned identity);
//   - else FEATURE_FLAGS_URL: a JSON document { "<name>": { "enabled": bool } }, e.g. the AWS
//     AppConfig agent;
//   AWS_ENDPOINT_URL_APPCONFIGDATA and AWS_CONTAINER_CREDENTIALS_FULL_URI override the AWS endpoints
//   (the AWS SDKs read the same names); the tests point them, and IDENTITY_ENDPOINT, at fakes;
// - DATABASE_*, CACHE_*, QUEUE_*: the data tier's endpoints (names only, listed on /settings).
// Keep this file ASCII: the containers receive it base64-encoded and decode it with atob().
const http = require('http');
const https = require('https');
const crypto = require('crypto');

const env = process.env;
const port = Number(env.PORT || 8080);
const healthPath = env.HEALTH_CHECK_PATH || '/healthz';
const tier = env.APP_TIER || 'web';
const pollSeconds = Number(env.FEATURE_FLAGS_POLL_SECONDS || 30);
const remoteFlags = {};

/** A flag's value: the polled document first, then FEATURE_<NAME>, then off. */
function flag(name) {
  if (typeof remoteFlags[name] === 'boolean') return remoteFlags[name];
  const v = env['FEATURE_' + name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')];
  return v === 'true' || v === '1';
}

// The flags this app reads from the store.
const FLAG_NAMES = ['recommendations'];

/**
 * Cloud facts the poller relies on (checked 2026-12-02):
 * - AppConfig Data: POST /configurationsessions {ApplicationIdentifier, EnvironmentIdentifier,
 *   ConfigurationProfileIdentifier} -> {InitialConfigurationToken}; GET
 *   /configuration?configuration_token=T -> body (empty when unchanged) and header
 *   Next-Poll-Configuration-Token (each token is used once) and Next-Poll-Interval-In-Seconds (wait
 *   that long before the next call). source: AWS AppConfig API Reference,
 *   API_appconfigdata_StartConfigurationSession and GetLatestConfiguration; botocore
 *   data/appconfigdata/2021-11-11/service-2.json (endpointPrefix appconfigdata, signingName appconfig).
 * - Feature-flag profiles are returned in retrieval-time format { "<flag>": { "enabled": bool } }.
 *   source: AWS AppConfig User Guide, appconfig-agent-how-to-use-local-development-samples.
 * - SigV4 service name `appconfig` (same source as above).
 * - ECS task credentials: GET http://169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI ->
 *   {AccessKeyId, SecretAccessKey, Token, Expiration}; EC2: IMDSv2 PUT /latest/api/token, then
 *   /latest/meta-data/iam/security-credentials/<role>. source: Amazon ECS task IAM roles; EC2 IMDSv2.
 * - App Service managed identity: GET $IDENTITY_ENDPOINT?resource=R&api-version=2019-08-01
 *   [&client_id=C] with header X-IDENTITY-HEADER: $IDENTITY_HEADER -> {access_token, expires_on}.
 *   VMs: http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01, Metadata: true.
 *   source: learn.microsoft.com app-service/overview-managed-identity (REST endpoint reference).
 * - App Configuration: token resource https://azconfig.io; GET /kv/<key>?api-version=1.0 ->
 *   { key, value, content_type, ... }; feature flags are keys `.appconfig.featureflag/<name>` whose
 *   value is JSON { id, enabled, conditions }. source: learn.microsoft.com azure-app-configuration
 *   rest-api-key-value and rest-api-versioning; @azure/app-configuration featureFlagPrefix.
 */
const FLAG_STORE = {
  appConfigDataService: 'appconfig',
  ecsCredentialsHost: 'http://169.254.170.2',
  imds: 'http://169.254.169.254',
  appServiceIdentityApiVersion: '2019-08-01',
  vmIdentityApiVersion: '2018-02-01',
  appConfigurationResource: 'https://azconfig.io',
  appConfigurationApiVersion: '1.0',
  featureFlagPrefix: '.appconfig.featureflag/',
};

/** Where the flags come from: 'aws', 'azure', 'url' or 'none'. */
function flagSource() {
  if (env.APPCONFIG_APPLICATION_ID && env.APPCONFIG_ENVIRONMENT_ID && env.APPCONFIG_PROFILE_ID && (env.APPCONFIG_REGION || env.AWS_REGION)) return 'aws';
  if (env.APP_CONFIGURATION_ENDPOINT) return 'azure';
  if (env.FEATURE_FLAGS_URL) return 'url';
  return 'none';
}

/** One HTTP(S) request; resolves { status, headers, body } and rejects on network errors. */
function request(method, url, headers, body) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = (u.protocol === 'https:' ? https : http).request(u, { method, headers: headers || {}, timeout: 5000 }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode || 0, headers: res.headers, body: data }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function requestJson(method, url, headers, body) {
  const res = await request(method, url, headers, body);
  if (res.status < 200 || res.status > 299) throw new Error(method + ' ' + new URL(url).pathname + ' returned ' + res.status);
  return res;
}

/** Records the flags of a retrieval-time document { "<name>": { "enabled": bool } }. */
function applyFlags(doc) {
  for (const [k, v] of Object.entries(doc || {})) if (v && typeof v.enabled === 'boolean') remoteFlags[k] = v.enabled;
}

// ---- AWS: SigV4 (node crypto only) ----

function sha256(s) { return crypto.createHash('sha256').update(s, 'utf8').digest('hex'); }
function hmac(key, s) { return crypto.createHmac('sha256', key).update(s, 'utf8').digest(); }
function rfc3986(s) { return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()); }

/**
 * Signs a request with AWS Signature Version 4 and returns the Authorization header.
 * `headers` must hold every header to sign (lower-case names), including host and x-amz-date.
 */
function signV4(o) {
  const u = new URL(o.url);
  const query = [...u.searchParams.entries()].map(([k, v]) => [rfc3986(k), rfc3986(v)]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)).map(([k, v]) => k + '=' + v).join('&');
  const names = Object.keys(o.headers).map((h) => h.toLowerCase()).sort();
  const lower = {};
  for (const [k, v] of Object.entries(o.headers)) lower[k.toLowerCase()] = String(v).trim().replace(/\s+/g, ' ');
  const signedHeaders = names.join(';');
  const canonical = [o.method, u.pathname.split('/').map((p) => rfc3986(decodeURIComponent(p))).join('/') || '/', query, names.map((n) => n + ':' + lower[n] + '\n').join(''), signedHeaders, sha256(o.body || '')].join('\n');
  const date = o.amzDate.slice(0, 8);
  const scope = date + '/' + o.region + '/' + o.service + '/aws4_request';
  const toSign = ['AWS4-HMAC-SHA256', o.amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac('AWS4' + o.secretAccessKey, date);
  for (const part of [o.region, o.service, 'aws4_request']) key = hmac(key, part);
  const signature = crypto.createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return 'AWS4-HMAC-SHA256 Credential=' + o.accessKeyId + '/' + scope + ', SignedHeaders=' + signedHeaders + ', Signature=' + signature;
}

let awsCredentials;
let awsToken;
let awsNextPollAt = 0;

async function awsCreds() {
  if (awsCredentials && (!awsCredentials.expires || awsCredentials.expires - Date.now() > 300000)) return awsCredentials;
  let doc;
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) {
    const url = env.AWS_CONTAINER_CREDENTIALS_FULL_URI || FLAG_STORE.ecsCredentialsHost + env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
    const headers = env.AWS_CONTAINER_AUTHORIZATION_TOKEN ? { authorization: env.AWS_CONTAINER_AUTHORIZATION_TOKEN } : {};
    doc = JSON.parse((await requestJson('GET', url, headers)).body);
  } else {
    const token = (await requestJson('PUT', FLAG_STORE.imds + '/latest/api/token', { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' })).body;
    const h = { 'x-aws-ec2-metadata-token': token };
    const role = (await requestJson('GET', FLAG_STORE.imds + '/latest/meta-data/iam/security-credentials/', h)).body.split('\n')[0].trim();
    doc = JSON.parse((await requestJson('GET', FLAG_STORE.imds + '/latest/meta-data/iam/security-credentials/' + encodeURIComponent(role), h)).body);
  }
  awsCredentials = { accessKeyId: doc.AccessKeyId, secretAccessKey: doc.SecretAccessKey, token: doc.Token, expires: doc.Expiration ? Date.parse(doc.Expiration) : 0 };
  return awsCredentials;
}

async function awsCall(method, path, body) {
  const region = env.APPCONFIG_REGION || env.AWS_REGION;
  const base = env.AWS_ENDPOINT_URL_APPCONFIGDATA || 'https://appconfigdata.' + region + '.amazonaws.com';
  const url = base.replace(/\/$/, '') + path;
  const c = await awsCreds();
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const headers = { host: new URL(url).host, 'x-amz-date': amzDate };
  if (c.token) headers['x-amz-security-token'] = c.token;
  if (body) headers['content-type'] = 'application/json';
  headers.authorization = signV4({ method, url, headers, body, region, service: FLAG_STORE.appConfigDataService, accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, amzDate });
  return requestJson(method, url, headers, body);
}

async function pollAws() {
  if (Date.now() < awsNextPollAt) return; // AppConfig asked us to wait
  if (!awsToken) {
    const body = JSON.stringify({ ApplicationIdentifier: env.APPCONFIG_APPLICATION_ID, EnvironmentIdentifier: env.APPCONFIG_ENVIRONMENT_ID, ConfigurationProfileIdentifier: env.APPCONFIG_PROFILE_ID });
    awsToken = JSON.parse((await awsCall('POST', '/configurationsessions', body)).body).InitialConfigurationToken;
  }
  const token = awsToken;
  awsToken = undefined; // a token is used once; on failure the next poll starts a new session
  const res = await awsCall('GET', '/configuration?configuration_token=' + encodeURIComponent(token));
  awsToken = res.headers['next-poll-configuration-token'];
  awsNextPollAt = Date.now() + Number(res.headers['next-poll-interval-in-seconds'] || 0) * 1000;
  if (res.body.trim()) applyFlags(JSON.parse(res.body)); // empty: unchanged since the last poll
}

// ---- Azure: managed identity + App Configuration ----

let azureToken;

async function azureAccessToken() {
  if (azureToken && azureToken.expires - Date.now() > 300000) return azureToken.value;
  const q = new URLSearchParams({ resource: FLAG_STORE.appConfigurationResource });
  if (env.AZURE_CLIENT_ID) q.set('client_id', env.AZURE_CLIENT_ID);
  let res;
  if (env.IDENTITY_ENDPOINT && env.IDENTITY_HEADER) {
    q.set('api-version', FLAG_STORE.appServiceIdentityApiVersion);
    res = await requestJson('GET', env.IDENTITY_ENDPOINT + '?' + q.toString(), { 'x-identity-header': env.IDENTITY_HEADER });
  } else {
    q.set('api-version', FLAG_STORE.vmIdentityApiVersion);
    res = await requestJson('GET', FLAG_STORE.imds + '/metadata/identity/oauth2/token?' + q.toString(), { metadata: 'true' });
  }
  const doc = JSON.parse(res.body);
  azureToken = { value: doc.access_token, expires: Number(doc.expires_on) * 1000 || Date.now() + 600000 };
  return azureToken.value;
}

async function pollAzure() {
  const token = await azureAccessToken();
  const base = env.APP_CONFIGURATION_ENDPOINT.replace(/\/$/, '');
  for (const name of FLAG_NAMES) {
    const url = base + '/kv/' + encodeURIComponent(FLAG_STORE.featureFlagPrefix + name) + '?api-version=' + FLAG_STORE.appConfigurationApiVersion;
    const res = await request('GET', url, { authorization: 'Bearer ' + token });
    if (res.status === 404) { delete remoteFlags[name]; continue; }
    if (res.status !== 200) throw new Error('App Configuration returned ' + res.status);
    const value = JSON.parse(JSON.parse(res.body).value);
    if (typeof value.enabled === 'boolean') remoteFlags[name] = value.enabled;
  }
}

async function pollUrl() {
  applyFlags(JSON.parse((await requestJson('GET', env.FEATURE_FLAGS_URL)).body));
}

let polling = false;

function pollFlags() {
  const source = flagSource();
  if (source === 'none' || polling) return;
  polling = true;
  const poll = source === 'aws' ? pollAws : source === 'azure' ? pollAzure : pollUrl;
  poll()
    .catch((err) => log('warn', 'feature flags unreadable', { source, error: err.message }))
    .then(() => (polling = false));
}

function log(level, msg, extra) {
  console.log(JSON.stringify(Object.assign({ level, msg, service: 'sample-shop', tier }, extra || {})));
}

/** Names of the data-tier settings the stacks passed (values stay private). */
function settingNames() {
  return Object.keys(env).filter((k) => /^(DATABASE|CACHE|QUEUE)_/.test(k)).sort();
}

function page() {
  const recommendations = flag('recommendations')
    ? '<section id="recommendations"><h2>Recommended for you</h2><ul><li>Trail shoes</li><li>Rain jacket</li></ul></section>'
    : '<section id="recommendations-off"><p>Recommendations are paused (degraded mode): search and checkout keep their capacity.</p></section>';
  return '<!doctype html><html><head><meta charset="utf-8"><title>Sample shop</title></head><body>' +
    '<h1>Sample shop</h1><p>Served by tier <b>' + tier + '</b>.</p>' +
    '<section id="products"><h2>Products</h2><ul><li>Backpack</li><li>Tent</li><li>Stove</li></ul></section>' +
    recommendations + '</body></html>';
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': status === 200 && type.startsWith('text/html') ? 'max-age=60' : 'no-store' });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const path = (req.url || '/').split('?')[0];
  if (path === healthPath) return send(res, 200, 'application/json', JSON.stringify({ status: 'ok', tier }));
  if (path === '/settings') return send(res, 200, 'application/json', JSON.stringify({ tier, port, healthPath, features: { recommendations: flag('recommendations') }, settings: settingNames() }));
  if (path.startsWith('/api/')) {
    const recs = flag('recommendations');
    log('info', 'api request', { path, recommendations: recs });
    return send(res, 200, 'application/json', JSON.stringify({ tier, path, recommendations: recs ? ['trail-shoes', 'rain-jacket'] : [] }));
  }
  return send(res, 200, 'text/html; charset=utf-8', page());
});

if (module.id === '[eval]' || require.main === module) {
  server.listen(port, () => {
    log('info', 'listening', { port, healthPath, settings: settingNames().length, flagSource: flagSource() });
    if (flagSource() === 'none') return;
    pollFlags();
    setInterval(pollFlags, pollSeconds * 1000).unref();
  });
  for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
} else {
  // Required as a module (the tests): expose the request signer, start nothing.
  module.exports = { signV4 };
}
