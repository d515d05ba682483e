import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deterministicZip } from '../../constructs/core/private/package';
import { FLEX_CODE_DEPLOYMENT, oneDeployCommand } from '../../constructs/azure/private/flex-deploy';

const SCRIPT = path.join(__dirname, '../../scripts/deploy-azure-functions.sh');

describe('scripts/deploy-azure-functions.sh', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-deploy-'));
  const bin = path.join(dir, 'bin');
  const calls = path.join(dir, 'az-calls');
  fs.mkdirSync(bin);
  // A stand-in for the Azure CLI that records its arguments.
  fs.writeFileSync(path.join(bin, 'az'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> ${JSON.stringify(calls)}\n`, { mode: 0o755 });
  const project = path.join(dir, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'host.json'), '{"version":"2.0"}');
  fs.writeFileSync(path.join(project, 'index.js'), 'exports.handler = async () => 1;');
  const good = path.join(dir, 'good.zip');
  fs.writeFileSync(good, deterministicZip(project));
  fs.rmSync(path.join(project, 'host.json'));
  const noHost = path.join(dir, 'nohost.zip');
  fs.writeFileSync(noHost, deterministicZip(project));
  const notZip = path.join(dir, 'not.zip');
  fs.writeFileSync(notZip, 'hello host.json');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    if (fs.existsSync(calls)) fs.rmSync(calls);
    const r = spawnSync('bash', [SCRIPT, ...args], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: 'utf8' });
    return { code: r.status, stderr: r.stderr, az: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : '' };
  };

  test('publishes with the same One Deploy command as the stack step', () => {
    const r = run('rg-shop', 'shop-prod-fn', good);
    expect(r.code).toBe(0);
    expect(`az ${r.az.trim()}`).toBe(oneDeployCommand('rg-shop', 'shop-prod-fn', good));
    expect(FLEX_CODE_DEPLOYMENT.command.slice(0, 5)).toEqual(['az', 'functionapp', 'deployment', 'source', 'config-zip']);
  });

  test.each([
    ['too few arguments', ['rg-shop', 'app'], /usage:/],
    ['an empty app name', ['rg-shop', '', good], /non-empty names without spaces/],
    ['a name with a space', ['rg shop', 'app', good], /non-empty names without spaces/],
    ['a missing package', ['rg-shop', 'app', path.join(dir, 'missing.zip')], /existing zip file/],
    ['a file that is not a zip', ['rg-shop', 'app', notZip], /no zip signature/],
    ['a zip without host.json', ['rg-shop', 'app', noHost], /host.json/],
  ])('rejects %s without calling az', (_what, args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.az).toBe('');
  });
});
