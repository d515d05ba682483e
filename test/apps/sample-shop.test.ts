import { ChildProcess, spawn } from 'child_process';
import * as http from 'http';
import { AddressInfo } from 'net';
import { SAMPLE_APP, sampleAppSourceBase64, sampleAppSourceFile } from '../../constructs/core/sample-app';

/** Starts the sample exactly as the containers do (the code from SAMPLE_APP_SOURCE), on a loopback port. */
function start(env: Record<string, string>): Promise<ChildProcess> {
  const [cmd, ...args] = SAMPLE_APP.command;
  const child = spawn(cmd, args, { env: { PATH: process.env.PATH ?? '', [SAMPLE_APP.sourceSetting]: sampleAppSourceBase64(), ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('"msg":"listening"')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`sample exited with ${code}`)));
  });
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('the sample shop', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

  test('is ASCII, so that atob() in the container command decodes it unchanged', () => {
    const text = require('fs').readFileSync(sampleAppSourceFile(), 'utf8') as string;
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
  });

  test('listens on PORT and answers HEALTH_CHECK_PATH; the page shows recommendations while the flag is on', async () => {
    children.push(await start({ PORT: '18461', HEALTH_CHECK_PATH: '/ready', APP_TIER: 'web', FEATURE_RECOMMENDATIONS: 'true', DATABASE_ORDERS_ENDPOINT: 'db' }));
    expect(await get(18461, '/ready')).toEqual({ status: 200, body: JSON.stringify({ status: 'ok', tier: 'web' }) });
    const page = await get(18461, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="recommendations"');
    const settings = JSON.parse((await get(18461, '/settings')).body);
    expect(settings).toEqual({ tier: 'web', port: 18461, healthPath: '/ready', features: { recommendations: true }, settings: ['DATABASE_ORDERS_ENDPOINT'] });
  });

  test('switching the recommendations flag off degrades the page and the API', async () => {
    children.push(await start({ PORT: '18462', APP_TIER: 'search', FEATURE_RECOMMENDATIONS: 'false' }));
    const page = await get(18462, '/');
    expect(page.body).toContain('id="recommendations-off"');
    expect(page.body).not.toContain('id="recommendations"');
    expect(JSON.parse((await get(18462, '/api/search/items')).body)).toEqual({ tier: 'search', path: '/api/search/items', recommendations: [] });
    expect((await get(18462, SAMPLE_APP.healthCheckPath)).status).toBe(200);
  });

  test('signs AWS requests with SigV4: the get-vanilla vector of the AWS test suite', () => {
    const { signV4 } = require(sampleAppSourceFile()) as { signV4: (o: Record<string, unknown>) => string };
    // source: aws-sig-v4-test-suite get-vanilla (as used by awslabs/aws-crt-python test/test_auth.py).
    expect(signV4({
      method: 'GET', url: 'https://example.amazonaws.com/', headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
      region: 'us-east-1', service: 'service', accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', amzDate: '20150830T123600Z',
    })).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
      'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  test('Azure: reads the flag from App Configuration with a managed-identity token; switching it off degrades the page within a poll', async () => {
    const store = { enabled: true };
    const seen: string[] = [];
    const identity = await fake((req, res) => {
      const u = new URL(req.url!, 'http://x');
      seen.push(`identity ${u.searchParams.get('resource')} ${u.searchParams.get('api-version')} ${req.headers['x-identity-header']}`);
      res.end(JSON.stringify({ access_token: 'tok-1', expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: 'https://azconfig.io', token_type: 'Bearer' }));
    });
    const appConfig = await fake((req, res) => {
      seen.push(`kv ${req.url} ${req.headers.authorization}`);
      if (req.headers.authorization !== 'Bearer tok-1') {
        res.statusCode = 401;
        res.end();
        return;
      }
      res.end(JSON.stringify({ key: '.appconfig.featureflag/recommendations', content_type: 'application/vnd.microsoft.appconfig.ff+json;charset=utf-8',
        value: JSON.stringify({ id: 'recommendations', enabled: store.enabled, conditions: { client_filters: [] } }) }));
    });
    children.push(await start({ PORT: '18463', FEATURE_RECOMMENDATIONS: 'false', FEATURE_FLAGS_POLL_SECONDS: '0.2',
      APP_CONFIGURATION_ENDPOINT: `http://127.0.0.1:${appConfig.port}`, IDENTITY_ENDPOINT: `http://127.0.0.1:${identity.port}/msi/token`, IDENTITY_HEADER: 'secret-header' }));
    await until(async () => (await get(18463, '/')).body.includes('id="recommendations"'));
    store.enabled = false;
    await until(async () => (await get(18463, '/')).body.includes('id="recommendations-off"'));
    expect(seen).toContain('identity https://azconfig.io 2019-08-01 secret-header');
    expect(seen).toContain('kv /kv/.appconfig.featureflag%2Frecommendations?api-version=1.0 Bearer tok-1');
    expect(seen.filter((s) => s.startsWith('identity'))).toHaveLength(1); // the token is cached until it expires
  });

  test('AWS: reads the flag from AppConfig Data with signed requests and the task role credentials; switching it off degrades the page within a poll', async () => {
    const store = { enabled: true, version: 1 };
    const calls: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; at?: number }[] = [];
    const creds = await fake((req, res) => {
      calls.push({ method: req.method!, url: `creds ${req.url}`, headers: req.headers, body: '' });
      res.end(JSON.stringify({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', Token: 'session-token', Expiration: new Date(Date.now() + 3600_000).toISOString() }));
    });
    let delivered = 0;
    const appConfigData = await fake((req, res, body) => {
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() });
      if (req.method === 'POST' && req.url === '/configurationsessions') {
        res.statusCode = 201; // source: botocore appconfigdata service-2.json, StartConfigurationSession responseCode
        res.end(JSON.stringify({ InitialConfigurationToken: 'token-0' }));
        return;
      }
      const token = new URL(req.url!, 'http://x').searchParams.get('configuration_token')!;
      const n = Number(token.split('-')[1]);
      res.setHeader('Next-Poll-Configuration-Token', `token-${n + 1}`);
      res.setHeader('Next-Poll-Interval-In-Seconds', '1');
      if (delivered === store.version) {
        res.end(); // unchanged: empty body
        return;
      }
      delivered = store.version;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ recommendations: { enabled: store.enabled } }));
    });
    children.push(await start({ PORT: '18464', FEATURE_RECOMMENDATIONS: 'false', FEATURE_FLAGS_POLL_SECONDS: '0.2',
      APPCONFIG_APPLICATION_ID: 'app1', APPCONFIG_ENVIRONMENT_ID: 'env1', APPCONFIG_PROFILE_ID: 'prof1', APPCONFIG_REGION: 'eu-west-1',
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://127.0.0.1:${creds.port}/v2/credentials/abc`, AWS_ENDPOINT_URL_APPCONFIGDATA: `http://127.0.0.1:${appConfigData.port}` }));
    await until(async () => (await get(18464, '/')).body.includes('id="recommendations"'));
    store.enabled = false;
    store.version = 2;
    await until(async () => (await get(18464, '/')).body.includes('id="recommendations-off"'));

    const session = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(session.body)).toEqual({ ApplicationIdentifier: 'app1', EnvironmentIdentifier: 'env1', ConfigurationProfileIdentifier: 'prof1' });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1); // one session, then the tokens chain
    // An empty body means "unchanged": the flag stays as last read.
    await until(async () => calls.filter((c) => c.method === 'GET' && c.url.startsWith('/configuration?')).length >= 3);
    expect((await get(18464, '/')).body).toContain('id="recommendations-off"');
    const gets = calls.filter((c) => c.method === 'GET' && c.url.startsWith('/configuration?'));
    // The app waits Next-Poll-Interval-In-Seconds (1 s here) between calls, although it polls every 0.2 s.
    for (let i = 1; i < gets.length; i++) expect(gets[i].at! - gets[i - 1].at!).toBeGreaterThanOrEqual(900);
    expect(gets.slice(0, 3).map((c) => c.url)).toEqual(['/configuration?configuration_token=token-0', '/configuration?configuration_token=token-1', '/configuration?configuration_token=token-2']);
    for (const c of [session, ...gets]) {
      expect(c.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE\/\d{8}\/eu-west-1\/appconfig\/aws4_request, SignedHeaders=[a-z0-9;-]*host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/);
      expect(c.headers['x-amz-security-token']).toBe('session-token');
      expect(c.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    }
    expect(session.headers['content-type']).toBe('application/json');
    expect(calls.filter((c) => c.url.startsWith('creds'))).toHaveLength(1); // credentials cached until they expire
  }, 15_000);

  test('keeps FEATURE_<NAME> while the flag store cannot be read', async () => {
    children.push(await start({ PORT: '18465', FEATURE_RECOMMENDATIONS: 'true', FEATURE_FLAGS_POLL_SECONDS: '0.2',
      APP_CONFIGURATION_ENDPOINT: 'http://127.0.0.1:9', IDENTITY_ENDPOINT: 'http://127.0.0.1:9/msi/token', IDENTITY_HEADER: 'h' }));
    await new Promise((r) => setTimeout(r, 600));
    expect((await get(18465, '/')).body).toContain('id="recommendations"');
  });

  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** A local fake endpoint on a free loopback port. */
  function fake(handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void): Promise<{ port: number }> {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => handler(req, res, body));
    });
    servers.push(server);
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port })));
  }
});

/** Polls `check` until it holds, or fails after `ms`. */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}
