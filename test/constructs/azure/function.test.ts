import * as path from 'path';
import { Testing } from 'cdktf';
import { ServicebusNamespace } from '@cdktf/provider-azurerm/lib/servicebus-namespace';
import { ServicebusQueue } from '@cdktf/provider-azurerm/lib/servicebus-queue';
import { AZURE_TRIGGER_SETTINGS, AzureServerlessFunction, AzureServerlessFunctionProps } from '../../../constructs/azure/function';
import { FunctionRuntime, SERVERLESS_FUNCTION_DEFAULTS } from '../../../constructs/core/function';
import { IQueueRef } from '../../../constructs/core/refs';
import { azureStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const SOURCE = path.join(__dirname, '../../../handlers/notification-sender');

function make(extra: Partial<AzureServerlessFunctionProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const fn = new AzureServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, resourceGroupName: resourceGroup.name, location: 'westeurope', ...extra });
  return { stack, fn, resourceGroup };
}

function roles(s: ReturnType<typeof synth>): string[] {
  return Object.values(resources(s, 'azurerm_role_assignment')).map((r: any) => r.role_definition_name).sort();
}

describe('AzureServerlessFunction', () => {
  describe('default properties', () => {
    const { stack, fn } = make();
    const s = synth(stack);
    const app = onlyResource(s, 'azurerm_function_app_flex_consumption');

    test('Flex Consumption, Node.js 22, the 40-instance floor as its throttle, 512 MB instances', () => {
      expect(onlyResource(s, 'azurerm_service_plan')).toMatchObject({ sku_name: 'FC1', os_type: 'Linux' });
      expect(app).toMatchObject({ runtime_name: 'node', runtime_version: '22', maximum_instance_count: 40, instance_memory_in_mb: 512, enabled: true });
      expect(fn.maximumInstanceCount).toBe(40);
      expect(SERVERLESS_FUNCTION_DEFAULTS.reservedConcurrency).toBeLessThan(40);
    });

    test('HTTPS only, TLS 1.2, no basic-auth publishing; without an HTTP trigger only the SCM endpoint is reachable (for One Deploy)', () => {
      expect(app).toMatchObject({ https_only: true, public_network_access_enabled: true, webdeploy_publish_basic_authentication_enabled: false });
      expect(app.site_config).toMatchObject({ minimum_tls_version: '1.2', scm_minimum_tls_version: '1.2', ip_restriction_default_action: 'Deny', scm_use_main_ip_restriction: false, scm_ip_restriction_default_action: 'Allow' });
    });

    test('codeDeploymentEnabled false: no public network access at all', () => {
      const off = onlyResource(synth(make({ codeDeploymentEnabled: false }).stack), 'azurerm_function_app_flex_consumption');
      expect(off.public_network_access_enabled).toBe(false);
      expect(off.site_config.ip_restriction_default_action).toBeUndefined();
    });

    test('a storage account: ZRS, TLS 1.2, no public blobs, shared keys off, infrastructure encryption', () => {
      expect(onlyResource(s, 'azurerm_storage_account')).toMatchObject({
        account_replication_type: 'ZRS',
        min_tls_version: 'TLS1_2',
        https_traffic_only_enabled: true,
        allow_nested_items_to_be_public: false,
        shared_access_key_enabled: false,
        infrastructure_encryption_enabled: true,
      });
    });

    test('the deployment container is read with the managed identity, which has its role before the app', () => {
      expect(app).toMatchObject({ storage_container_type: 'blobContainer', storage_authentication_type: 'UserAssignedIdentity' });
      expect(app.storage_container_endpoint).toMatch(/primary_blob_endpoint\}\$\{azurerm_storage_container\..*\.name\}$/);
      expect(app.depends_on.some((d: string) => d.includes('StorageBlobDataOwner'))).toBe(true);
      expect(app.identity.type).toBe('UserAssigned');
      expect(roles(s)).toEqual(['Monitoring Metrics Publisher', 'Storage Blob Data Owner']);
    });

    test('its own Application Insights, workspace-based, with local auth off and Entra ID ingestion', () => {
      expect(onlyResource(s, 'azurerm_application_insights')).toMatchObject({ local_authentication_disabled: true, application_type: 'Node.JS' });
      expect(onlyResource(s, 'azurerm_log_analytics_workspace').retention_in_days).toBe(30);
      expect(app.app_settings.APPLICATIONINSIGHTS_AUTHENTICATION_STRING).toMatch(/Authorization=AAD$/);
      expect(app.site_config.application_insights_connection_string).toMatch(/azurerm_application_insights/);
    });

    test('AzureWebJobsStorage uses the identity, not a key', () => {
      expect(app.app_settings).toMatchObject({ AzureWebJobsStorage__credential: 'managedidentity' });
      expect(app.app_settings.AzureWebJobsStorage).toBeUndefined();
    });

    test('code is published with One Deploy from the deterministic package, not zip_deploy_file', () => {
      expect(app.zip_deploy_file).toBeUndefined();
      expect(onlyResource(s, 'terraform_data').provisioner[0]['local-exec'].command).toMatch(/ --src assets\/Fn_Code_Asset_[A-F0-9]+\/[A-F0-9]{32}\/archive\.zip$/);
    });

    test('declares errors, p95 duration and throttles, and its usage-based costs', () => {
      expect(fn.goldenSignals.map((g) => g.name).sort()).toEqual(['duration-p95', 'errors', 'throttles']);
      expect(fn.costItems.map((c) => c.sku)).toEqual(['azure:functions-flex:executions', 'azure:functions-flex:gb-second', 'azure:storage:zrs-hot', 'azure:app-insights:ingest']);
    });
  });

  test('memory rounds up to a Flex instance size', () => {
    expect(onlyResource(synth(make({ memoryMiB: 1024 }).stack), 'azurerm_function_app_flex_consumption').instance_memory_in_mb).toBe(2048);
    expect(onlyResource(synth(make({ memoryMiB: 3000 }).stack), 'azurerm_function_app_flex_consumption').instance_memory_in_mb).toBe(4096);
  });

  test('reserved concurrency above 40 is the maximum instance count; 0 stops the app', () => {
    expect(onlyResource(synth(make({ reservedConcurrency: 200 }).stack), 'azurerm_function_app_flex_consumption').maximum_instance_count).toBe(200);
    expect(onlyResource(synth(make({ reservedConcurrency: 0 }).stack), 'azurerm_function_app_flex_consumption').enabled).toBe(false);
  });

  test('where the region allows a lower floor, reserved concurrency is the instance cap as it is', () => {
    expect(onlyResource(synth(make({ reservedConcurrency: 5, maximumInstanceCountFloor: 1 }).stack), 'azurerm_function_app_flex_consumption').maximum_instance_count).toBe(5);
  });

  test('fails when FunctionInstanceFloorOutOfRange', () => {
    expect(errorCodes(() => make({ maximumInstanceCountFloor: 41 }))).toEqual(['FunctionInstanceFloorOutOfRange']);
    expect(errorCodes(() => make({ maximumInstanceCountFloor: 0 }))).toEqual(['FunctionInstanceFloorOutOfRange']);
  });

  test('Python runtime', () => {
    expect(onlyResource(synth(make({ runtime: FunctionRuntime.PYTHON_3_12 }).stack), 'azurerm_function_app_flex_consumption')).toMatchObject({ runtime_name: 'python', runtime_version: '3.12' });
  });

  test('an existing Application Insights is used instead of a new one', () => {
    const s = synth(make({ applicationInsightsConnectionString: 'InstrumentationKey=x', applicationInsightsId: '/subscriptions/s/ai' }).stack);
    expect(resources(s, 'azurerm_application_insights')).toEqual({});
    expect(onlyResource(s, 'azurerm_function_app_flex_consumption').site_config.application_insights_connection_string).toBe('InstrumentationKey=x');
  });

  test('VNet integration in the given subnet', () => {
    expect(onlyResource(synth(make({ subnetId: '/subnets/functions' }).stack), 'azurerm_function_app_flex_consumption').virtual_network_subnet_id).toBe('/subnets/functions');
    expect(onlyResource(synth(make({ subnetId: '/subnets/functions', privateNetworkingEnabled: false }).stack), 'azurerm_function_app_flex_consumption').virtual_network_subnet_id).toBeUndefined();
  });

  test('a Service Bus trigger: identity-based connection settings, concurrency per instance, Data Receiver on the queue', () => {
    const { stack, resourceGroup } = azureStack();
    const ns = new ServicebusNamespace(stack, 'Ns', { name: 'shop-sb', location: 'westeurope', resourceGroupName: resourceGroup.name, sku: 'Premium', capacity: 1, premiumMessagingPartitions: 1 });
    const q = new ServicebusQueue(stack, 'Q', { name: 'notifications', namespaceId: ns.id });
    const queue: IQueueRef = { queueName: q.name, queueId: q.id, namespaceId: ns.id, namespaceName: ns.name };
    new AzureServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, resourceGroupName: resourceGroup.name, location: 'westeurope', queue, queueMaxConcurrency: 5 });
    const s = synth(stack);
    const settings = onlyResource(s, 'azurerm_function_app_flex_consumption').app_settings;
    expect(settings[AZURE_TRIGGER_SETTINGS.queueName]).toBe('${azurerm_servicebus_queue.Q.name}');
    expect(settings.ServiceBusConnection__fullyQualifiedNamespace).toBe('${azurerm_servicebus_namespace.Ns.name}.servicebus.windows.net');
    expect(settings.ServiceBusConnection__credential).toBe('managedidentity');
    expect(settings[AZURE_TRIGGER_SETTINGS.maxConcurrentCalls]).toBe('5');
    const receiver = Object.values(resources(s, 'azurerm_role_assignment')).find((r: any) => r.role_definition_name === 'Azure Service Bus Data Receiver') as any;
    expect(receiver.scope).toBe('${azurerm_servicebus_queue.Q.id}');
  });

  test('a timer trigger gets the NCRONTAB and the zone, with a warning that Flex runs timers in UTC', () => {
    const { stack, fn } = make({ schedule: { cron: '0 2 * * *', timeZone: 'Europe/Berlin' } });
    const settings = onlyResource(synth(stack), 'azurerm_function_app_flex_consumption').app_settings;
    expect(settings[AZURE_TRIGGER_SETTINGS.timerSchedule]).toBe('0 0 2 * * *');
    expect(settings[AZURE_TRIGGER_SETTINGS.timerTimeZone]).toBe('Europe/Berlin');
    expect(fn.node.metadata.filter((m) => String(m.data).includes('runs timer triggers in UTC'))).toHaveLength(1);
    const utc = make({ schedule: { cron: '0 2 * * *', timeZone: 'UTC' } }).fn;
    expect(utc.node.metadata.filter((m) => String(m.data).includes('runs timer triggers in UTC'))).toHaveLength(0);
  });

  test('an HTTP trigger opens public network access and exposes the host name', () => {
    const { stack, fn } = make({ httpApiEnabled: true });
    expect(onlyResource(synth(stack), 'azurerm_function_app_flex_consumption').public_network_access_enabled).toBe(true);
    expect(fn.endpointHostname).toBeDefined();
  });

  test('app settings are sorted, user variables included', () => {
    const settings = onlyResource(synth(make({ environment: { ZED: '1', ALPHA: '2' } }).stack), 'azurerm_function_app_flex_consumption').app_settings;
    const keys = Object.keys(settings);
    expect(keys).toEqual([...keys].sort());
    expect(settings).toMatchObject({ ZED: '1', ALPHA: '2' });
  });

  describe('rules', () => {
    test.each([
      ['FunctionSourceMissing', { sourcePath: '/nonexistent/folder' }],
      ['FunctionTimeoutOutOfRange', { timeoutSeconds: 3600 }],
      ['FunctionReservedConcurrencyOutOfRange', { reservedConcurrency: -1 }],
      ['FunctionQueueVisibilityBelowTimeout', { timeoutSeconds: 60, queueVisibilityTimeoutSeconds: 59 }],
      ['FunctionMemoryOutOfRange', { memoryMiB: 20000 }],
      ['FunctionScheduleCronMalformed', { schedule: { cron: 'every night' } }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(() => make(p as Partial<AzureServerlessFunctionProps>))).toEqual([code]);
    });
  });

  test('byte-identical across two synths', () => {
    expect(Testing.synth(make().stack)).toEqual(Testing.synth(make().stack));
  });
});
