import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { LOAD_BALANCER_TARGET_DEFAULTS } from '../../constructs/core/load-balancer';
import { SAMPLE_APP, sampleAppSourceBase64 } from '../../constructs/core/sample-app';
import { SCALING_GROUP_DEFAULTS } from '../../constructs/core/scaling-group';
import { WEB_APP_DEFAULTS } from '../../constructs/core/web-app';
import { addStacks } from '../../src/app';
import { resources, shop, Synth } from '../helpers';

const ROOT = path.join(__dirname, '../..');

describe('the sample app: one image, port and health path everywhere', () => {
  test('the defaults agree with the sample (web app, scaling group, load balancer target, workload schema)', () => {
    expect(WEB_APP_DEFAULTS).toMatchObject({ containerImage: SAMPLE_APP.containerImage, port: SAMPLE_APP.port, healthCheckPath: SAMPLE_APP.healthCheckPath });
    expect(SCALING_GROUP_DEFAULTS).toMatchObject({ port: SAMPLE_APP.port, healthCheckPath: SAMPLE_APP.healthCheckPath });
    expect(LOAD_BALANCER_TARGET_DEFAULTS).toMatchObject({ port: SAMPLE_APP.port, healthCheckPath: SAMPLE_APP.healthCheckPath });
    const tier = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/workload.schema.json'), 'utf8')).properties.tiers.additionalProperties.properties;
    expect({ image: tier.containerImage.default, port: tier.port.default, path: tier.healthCheckPath.default }).toEqual({ image: SAMPLE_APP.containerImage, port: SAMPLE_APP.port, path: SAMPLE_APP.healthCheckPath });
  });

  test.each(['shop.json', 'shop-dev.json', 'shop-prod.json'])('examples/%s runs the sample on its port and health path', (file) => {
    const w = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
    for (const t of Object.values<any>(w.tiers)) {
      expect({ image: t.containerImage ?? SAMPLE_APP.containerImage, port: t.port ?? SAMPLE_APP.port, path: t.healthCheckPath ?? SAMPLE_APP.healthCheckPath }).toEqual({ image: SAMPLE_APP.containerImage, port: SAMPLE_APP.port, path: SAMPLE_APP.healthCheckPath });
    }
  });

  test('docs/compute.md names the image and cites where its facts come from', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/compute.md'), 'utf8');
    expect(doc).toContain(SAMPLE_APP.containerImage);
    expect(doc).toMatch(/source: nodejs\/docker-node 22\/alpine3\.22\/Dockerfile/);
  });

  describe('in the six default stacks', () => {
    const app = Testing.app();
    const stacks: Record<string, Synth> = {};
    for (const stack of addStacks(app, shop())) {
      const json = Testing.synth(stack);
      stacks[stack.node.id] = { json, doc: JSON.parse(json) };
    }
    const tiers = shop().workload.tiers;

    test.each(['replatform-aws', 'refactor-aws'])('%s: every ECS task runs the sample on its target group port and health path', (id) => {
      const s = stacks[id];
      const groups = Object.values<any>(resources(s, 'aws_lb_target_group'));
      for (const [name, t] of Object.entries(tiers)) {
        const task = Object.values<any>(resources(s, 'aws_ecs_task_definition')).find((d) => d.family.includes(`${name}tier`));
        const [c] = JSON.parse(task.container_definitions);
        const env = Object.fromEntries(c.environment.map((e: any) => [e.name, e.value]));
        const tg = groups.find((g) => g.name.includes(name));
        expect(c.image).toBe(SAMPLE_APP.containerImage);
        expect(c.command).toEqual(SAMPLE_APP.command);
        expect(c.portMappings[0].containerPort).toBe(t.port);
        expect(tg).toMatchObject({ port: t.port, health_check: { path: t.healthCheckPath } });
        expect(env).toMatchObject({ PORT: String(t.port), HEALTH_CHECK_PATH: t.healthCheckPath, APP_TIER: name, [SAMPLE_APP.sourceSetting]: sampleAppSourceBase64() });
      }
    });

    test.each(['replatform-azure', 'refactor-azure'])('%s: every App Service runs the sample on its port and health path', (id) => {
      const s = stacks[id];
      for (const [name, t] of Object.entries(tiers)) {
        const site = Object.values<any>(resources(s, 'azurerm_linux_web_app')).find((a) => a.name.includes(`${name}tier`));
        expect(site.site_config).toMatchObject({ health_check_path: t.healthCheckPath, app_command_line: SAMPLE_APP.command.join(' '), application_stack: { docker_registry_url: 'https://public.ecr.aws', docker_image_name: 'docker/library/node:22-alpine' } });
        expect(site.app_settings).toMatchObject({ WEBSITES_PORT: String(t.port), PORT: String(t.port), HEALTH_CHECK_PATH: t.healthCheckPath, APP_TIER: name, [SAMPLE_APP.sourceSetting]: sampleAppSourceBase64() });
      }
    });

    test('refactor-aws: every ECS task gets what the sample needs to poll AppConfig (the ids and the region)', () => {
      const s = stacks['refactor-aws'];
      for (const task of Object.values<any>(resources(s, 'aws_ecs_task_definition'))) {
        const [c] = JSON.parse(task.container_definitions);
        const env = Object.fromEntries(c.environment.map((e: any) => [e.name, e.value]));
        expect(env.APPCONFIG_REGION).toBe(shop().workload.aws.region);
        expect(Object.keys(env).filter((k) => k.startsWith('APPCONFIG_')).sort()).toEqual(['APPCONFIG_APPLICATION_ID', 'APPCONFIG_ENVIRONMENT_ID', 'APPCONFIG_PROFILE_ID', 'APPCONFIG_REGION']);
      }
    });

    test('refactor-azure: every App Service gets the App Configuration endpoint and a system-assigned identity (no client id needed)', () => {
      const s = stacks['refactor-azure'];
      for (const site of Object.values<any>(resources(s, 'azurerm_linux_web_app'))) {
        expect(site.app_settings.APP_CONFIGURATION_ENDPOINT).toMatch(/^\$\{azurerm_app_configuration\.[^.]+\.endpoint\}$/);
        expect(site.identity).toEqual({ type: 'SystemAssigned' });
        expect(site.app_settings.AZURE_CLIENT_ID).toBeUndefined();
      }
    });

    test.each(['rehost-aws', 'rehost-azure'])('%s: every VM runs the sample image (details in parts/bootstrap.test.ts)', (id) => {
      const s = stacks[id];
      const data = Object.values<any>(resources(s, id.endsWith('aws') ? 'aws_launch_template' : 'azurerm_linux_virtual_machine_scale_set')).map((r) => r.user_data ?? r.custom_data);
      expect(data).toHaveLength(Object.keys(tiers).length);
      for (const d of data) expect(d).toContain(`-p ${SAMPLE_APP.port}:${SAMPLE_APP.port} -v /opt/scaling-blueprints/app:/app:ro ${SAMPLE_APP.containerImage} node /app/server.js`);
    });
  });
});
