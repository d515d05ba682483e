import { ChildProcess, spawn } from 'child_process';
import * as http from 'http';
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
});
