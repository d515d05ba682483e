'use strict';
// The scaling-blueprints sample shop: one dependency-free Node.js server that every hosting runs
// (ECS on Fargate, App Service containers, and the rehost VMs through Docker). It listens on PORT,
// answers HEALTH_CHECK_PATH, and reads the settings the stacks give it:
// - APP_TIER: the tier it serves (web, search, checkout, ...), shown on every page;
// - FEATURE_<NAME>: a feature flag ('true' or 'false'), e.g. FEATURE_RECOMMENDATIONS;
// - FEATURE_FLAGS_URL: optional; a JSON document { "<name>": { "enabled": bool } } polled every
//   FEATURE_FLAGS_POLL_SECONDS (30), e.g. the AWS AppConfig agent; it overrides FEATURE_<NAME>;
// - DATABASE_*, CACHE_*, QUEUE_*: the data tier's endpoints (names only, listed on /settings).
// Keep this file ASCII: the containers receive it base64-encoded and decode it with atob().
const http = require('http');

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

function pollFlags() {
  if (!env.FEATURE_FLAGS_URL) return;
  http
    .get(env.FEATURE_FLAGS_URL, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        try {
          const doc = JSON.parse(body);
          for (const [k, v] of Object.entries(doc)) if (v && typeof v.enabled === 'boolean') remoteFlags[k] = v.enabled;
        } catch (err) {
          log('warn', 'feature flags unreadable', { error: err.message });
        }
      });
    })
    .on('error', (err) => log('warn', 'feature flags unreachable', { error: err.message }));
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

server.listen(port, () => {
  log('info', 'listening', { port, healthPath, settings: settingNames().length });
  pollFlags();
  if (env.FEATURE_FLAGS_URL) setInterval(pollFlags, pollSeconds * 1000).unref();
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
