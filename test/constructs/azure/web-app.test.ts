import { AzureLoadBalancer } from '../../../constructs/azure/load-balancer';
import { AzureWebApp, AzureWebAppProps, splitImage } from '../../../constructs/azure/web-app';
import { ScalingMetric } from '../../../constructs/core/capacity';
import { LoadBalancerTargetType } from '../../../constructs/core/load-balancer';
import { SizeTier } from '../../../constructs/core/size';
import { sampleAppSourceBase64 } from '../../../constructs/core/sample-app';
import { WEB_APP_DEFAULTS } from '../../../constructs/core/web-app';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

function make(props: Partial<AzureWebAppProps> = {}, withLb = false) {
  const { stack, resourceGroup } = azureStack();
  const lb = withLb ? new AzureLoadBalancer(stack, 'LoadBalancer', { resourceGroupName: resourceGroup.name, location: 'westeurope', subnetId: 'gw' }) : undefined;
  const target = lb?.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP });
  const app = new AzureWebApp(stack, 'App', { resourceGroupName: resourceGroup.name, location: 'westeurope', integrationSubnetId: 'integration-subnet', target, ...props });
  const s = synth(stack);
  return { stack, app, s, site: onlyResource(s, 'azurerm_linux_web_app'), plan: onlyResource(s, 'azurerm_service_plan') };
}

describe('default properties', () => {
  const { app, s, site, plan } = make();

  test('a Linux plan of the size tier SKU, zone-balanced with one worker per zone', () => {
    expect(plan).toMatchObject({ os_type: 'Linux', sku_name: 'P0v3', zone_balancing_enabled: true, worker_count: 3 });
  });

  test('the web app is HTTPS only, TLS 1.2, FTPS and basic publishing off, with a health check path', () => {
    expect(site).toMatchObject({
      https_only: true,
      ftp_publish_basic_authentication_enabled: false,
      webdeploy_publish_basic_authentication_enabled: false,
      public_network_access_enabled: true,
      identity: { type: 'SystemAssigned' },
      virtual_network_subnet_id: 'integration-subnet',
      app_settings: { WEBSITES_PORT: '8080', PORT: '8080', HEALTH_CHECK_PATH: '/healthz', SAMPLE_APP_SOURCE: sampleAppSourceBase64() },
    });
    expect(site.site_config).toMatchObject({ minimum_tls_version: '1.2', scm_minimum_tls_version: '1.2', ftps_state: 'Disabled', health_check_path: WEB_APP_DEFAULTS.healthCheckPath, vnet_route_all_enabled: true, application_stack: { docker_registry_url: 'https://public.ecr.aws', docker_image_name: 'docker/library/node:22-alpine' } });
  });

  test('runs the sample shop: its command as the startup command line', () => {
    expect(site.site_config.app_command_line).toBe('node -e eval(atob(process.env.SAMPLE_APP_SOURCE))');
  });

  test('an autoscale setting on the plan; its floor is one worker per zone', () => {
    const autoscale = onlyResource(s, 'azurerm_monitor_autoscale_setting');
    expect(autoscale.target_resource_id).toContain('azurerm_service_plan');
    expect(autoscale.profile[0].capacity).toEqual({ minimum: 3, maximum: 6, default: 3 });
    expect(autoscale.profile[0].rule[0].metric_trigger).toMatchObject({ metric_name: 'CpuPercentage', threshold: 60 });
  });

  test('later applies leave the worker count to the autoscale setting', () => {
    expect(plan.lifecycle).toEqual({ ignore_changes: ['worker_count'] });
  });

  test('no staging slot by default', () => {
    expect(resources(s, 'azurerm_linux_web_app_slot')).toEqual({});
  });

  test('declares CPU and prices plan instance hours by SKU', () => {
    expect(app.goldenSignals.map((g) => g.name)).toEqual(['cpu-high']);
    expect(app.costItems).toEqual([expect.objectContaining({ sku: 'azure:appservice:P0v3', quantityMin: 730 * 3, quantityMax: 730 * 6 })]);
  });
});

describe('options', () => {
  test('behind the gateway: the app host joins the pool and only the gateway address may call it', () => {
    const { app, s, site } = make({ scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 800 }] }, true);
    const gw = onlyResource(s, 'azurerm_application_gateway');
    expect(gw.backend_address_pool[0].fqdns).toEqual([expect.stringContaining('azurerm_linux_web_app.App')]);
    expect(site.site_config.ip_restriction_default_action).toBe('Deny');
    expect(site.site_config.ip_restriction).toEqual([expect.objectContaining({ action: 'Allow', ip_address: expect.stringMatching(/azurerm_public_ip.*\/32$/) })]);
    expect(onlyResource(s, 'azurerm_monitor_autoscale_setting').profile[0].rule[0].metric_trigger).toMatchObject({ metric_name: 'AvgRequestCountPerHealthyHost', threshold: 800 });
    expect(app.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
  });

  test('a staging slot with the same hardening', () => {
    const { s } = make({ stagingSlotEnabled: true });
    expect(onlyResource(s, 'azurerm_linux_web_app_slot')).toMatchObject({ name: 'staging', https_only: true, site_config: { minimum_tls_version: '1.2', ftps_state: 'Disabled' } });
  });

  test('schedules are recurring profiles, never below one worker per zone', () => {
    const { s } = make({ capacity: { min: 3, max: 10 }, schedules: [{ name: 'night', cron: '0 20 * * *', timeZone: 'Europe/Berlin', min: 2, max: 4 }] });
    expect(onlyResource(s, 'azurerm_monitor_autoscale_setting').profile[1]).toMatchObject({ name: 'night', capacity: { minimum: 3, maximum: 4 }, recurrence: { hours: [20], timezone: 'W. Europe Standard Time' } });
  });

  test('without zone redundancy the plan may run below the zone count', () => {
    const { plan } = make({ zoneRedundancyEnabled: false, capacity: { min: 1, max: 3 } });
    expect(plan).toMatchObject({ zone_balancing_enabled: false, worker_count: 1 });
  });

  test('xsmall (Basic B1) without zone redundancy: no autoscale, with a warning', () => {
    const { app, s } = make({ size: SizeTier.XSMALL, zoneRedundancyEnabled: false, capacity: { min: 1, max: 2 } });
    expect(onlyResource(s, 'azurerm_service_plan').sku_name).toBe('B1');
    expect(resources(s, 'azurerm_monitor_autoscale_setting')).toEqual({});
    expect(app.node.metadata.map((m) => String(m.data)).join()).toMatch(/does not autoscale/);
  });

  test('image, port and environment are passed through', () => {
    const { site } = make({ containerImage: 'nginx:1.27', port: 3000, environment: { LOG_LEVEL: 'info' } });
    expect(site.site_config.application_stack).toEqual({ docker_registry_url: 'https://index.docker.io', docker_image_name: 'nginx:1.27' });
    expect(site.app_settings).toEqual({ WEBSITES_PORT: '3000', LOG_LEVEL: 'info' });
    expect(site.site_config.app_command_line).toBeUndefined();
  });

  test('a command of its own is the startup command line', () => {
    const { site } = make({ containerImage: 'nginx:1.27', command: ['nginx', '-g', 'daemon_off;'] });
    expect(site.site_config.app_command_line).toBe('nginx -g daemon_off;');
  });

  test('image references split into registry and name', () => {
    expect(splitImage('myreg.azurecr.io/shop/web:1')).toEqual({ registryUrl: 'https://myreg.azurecr.io', imageName: 'shop/web:1' });
    expect(splitImage('library/nginx:1')).toEqual({ registryUrl: 'https://index.docker.io', imageName: 'library/nginx:1' });
  });
});

describe('fails when', () => {
  test.each([
    ['WebAppMinAboveMax', { capacity: { min: 4, max: 3 } }],
    ['WebAppZoneRedundantMinTooLow', { capacity: { min: 1, max: 3 } }],
    ['WebAppSizeNotZoneRedundant', { size: SizeTier.XSMALL }],
    ['WebAppSizeUnknown', { size: 'xxl' }],
    ['WebAppCommandArgumentInvalid', { command: ['nginx', '-g', 'daemon off;'] }],
    ['WebAppRequestTargetWithoutLoadBalancer', { scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 10 }] }],
    ['WebAppEnvironmentNameInvalid', { environment: { 'a-b': '1' } }],
    ['WebAppScheduleNotWeekly', { schedules: [{ name: 'w', cron: '0 7 1 1 *', min: 2 }] }],
  ])('%s', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AzureWebAppProps>))).toEqual([code]);
  });
});
