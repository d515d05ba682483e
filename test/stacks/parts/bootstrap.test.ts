import { Testing } from 'cdktf';
import { SAMPLE_APP, sampleAppSourceBase64 } from '../../../constructs/core/sample-app';
import { TierKind, WorkloadTier } from '../../../constructs/core/workload';
import { addStacks } from '../../../src/app';
import { VM_APP, tierAppSettings, vmBootstrap } from '../../../stacks/parts/bootstrap';
import { resources, shop, Synth } from '../../helpers';

/** The cloud-init text inside `${base64encode("...")}`, as the VM decodes it (Terraform references left as they are). */
function decodeUserData(expr: string): string {
  const m = /^\$\{base64encode\((".*")\)\}$/s.exec(expr);
  if (!m) throw new Error(`not a base64encode expression: ${expr.slice(0, 80)}`);
  return JSON.parse(m[1]);
}

/** The `KEY=value` lines of the settings file in a cloud-init text. */
function envFile(cloudInit: string): Record<string, string> {
  const lines = cloudInit.split('\n');
  const start = lines.indexOf(`  - path: ${VM_APP.envFile}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const l of lines.slice(start + 3)) {
    if (!l.startsWith('      ')) break;
    const [k, ...v] = l.trim().split('=');
    out[k] = v.join('=');
  }
  return out;
}

const execStart = (cloudInit: string) => cloudInit.split('\n').find((l) => l.trim().startsWith('ExecStart='))!.trim();

const TIER: WorkloadTier = { kind: TierKind.API, size: 'small', capacity: { min: 2, max: 4 }, port: 9000, healthCheckPath: '/ready' };

describe('vmBootstrap', () => {
  const w = shop().workload;
  const text = vmBootstrap(w, 'search', TIER, { DATABASE_ORDERS_ENDPOINT: 'db.internal' });

  test('writes the data tier and tier settings to the settings file', () => {
    expect(text.startsWith('#cloud-config\n')).toBe(true);
    expect(envFile(text)).toEqual({ DATABASE_ORDERS_ENDPOINT: 'db.internal', APP_TIER: 'search', PORT: '9000', HEALTH_CHECK_PATH: '/ready', FEATURE_RECOMMENDATIONS: 'true' });
  });

  test('runs the sample image as a systemd service on the tier port, with the settings file as its environment', () => {
    expect(execStart(text)).toBe(`ExecStart=/usr/bin/docker run --rm --name ${VM_APP.container} --env-file ${VM_APP.envFile} -p 9000:9000 -v ${VM_APP.codeDir}:/app:ro ${SAMPLE_APP.containerImage} node /app/server.js`);
    expect(text).toContain(`  - path: /etc/systemd/system/${VM_APP.unit}`);
    expect(text).toContain('      Restart=always');
    expect(text).toContain(`  - [systemctl, enable, --now, ${VM_APP.unit}]`);
    expect(text).toMatch(/dnf install -y docker; else apt-get update && apt-get install -y docker.io/);
  });

  test("writes the sample's code, byte for byte", () => {
    expect(text).toContain(`    encoding: b64\n    content: ${sampleAppSourceBase64()}\n`);
  });

  test('another image runs as it is: no code file, no command', () => {
    const other = vmBootstrap(w, 'search', { ...TIER, containerImage: 'registry.example.com/shop/search:1.4' }, {});
    expect(execStart(other)).toBe(`ExecStart=/usr/bin/docker run --rm --name ${VM_APP.container} --env-file ${VM_APP.envFile} -p 9000:9000 registry.example.com/shop/search:1.4`);
    expect(other).not.toContain(`${VM_APP.codeDir}/server.js`);
  });

  test('feature flags follow the workload', () => {
    const off = shop().workload;
    (off.features as any).recommendations.enabled = false;
    expect(tierAppSettings(off, 'web', TIER).FEATURE_RECOMMENDATIONS).toBe('false');
  });
});

describe('rehost stacks start the app on every VM', () => {
  const app = Testing.app();
  const stacks: Record<string, Synth> = {};
  for (const stack of addStacks(app, shop())) {
    if (stack.node.id.startsWith('rehost')) {
      const json = Testing.synth(stack);
      stacks[stack.node.id] = { json, doc: JSON.parse(json) };
    }
  }
  const tiers = shop().workload.tiers;

  test('AWS: each launch template starts the tier app on the target group port and health path, with the data tier settings', () => {
    const s = stacks['rehost-aws'];
    const groups = Object.values(resources(s, 'aws_lb_target_group')) as any[];
    for (const [name, t] of Object.entries(tiers)) {
      const lt = Object.values(resources(s, 'aws_launch_template')).find((l: any) => l.name.includes(`${name}tier`)) as any;
      const text = decodeUserData(lt.user_data);
      const env = envFile(text);
      expect(env).toMatchObject({ APP_TIER: name, PORT: String(t.port), HEALTH_CHECK_PATH: t.healthCheckPath });
      expect(env.DATABASE_ORDERS_ENDPOINT).toMatch(/^\$\{aws_rds_cluster\..*\.endpoint\}$/);
      expect(execStart(text)).toContain(`-p ${t.port}:${t.port}`);
      const tg = groups.find((g) => g.name.includes(name));
      expect(tg).toMatchObject({ port: t.port, health_check: { path: t.healthCheckPath, port: 'traffic-port' } });
    }
  });

  test('Azure: each scale set starts the tier app; the health extension and the gateway probe ask the same port and path', () => {
    const s = stacks['rehost-azure'];
    const gw = Object.values(resources(s, 'azurerm_application_gateway'))[0] as any;
    for (const [name, t] of Object.entries(tiers)) {
      const vmss = Object.values(resources(s, 'azurerm_linux_virtual_machine_scale_set')).find((v: any) => v.name.includes(`${name}tier`)) as any;
      const text = decodeUserData(vmss.custom_data);
      expect(envFile(text)).toMatchObject({ APP_TIER: name, PORT: String(t.port), HEALTH_CHECK_PATH: t.healthCheckPath });
      expect(execStart(text)).toContain(`-p ${t.port}:${t.port}`);
      expect(JSON.parse(vmss.extension[0].settings)).toEqual({ protocol: 'http', port: t.port, requestPath: t.healthCheckPath });
      const settings = gw.backend_http_settings.find((b: any) => b.name.startsWith(name));
      const probe = gw.probe.find((p: any) => p.name === settings.probe_name);
      expect(settings.port).toBe(t.port);
      expect(probe.path).toBe(t.healthCheckPath);
    }
  });
});
