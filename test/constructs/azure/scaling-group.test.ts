import { AzureLoadBalancer } from '../../../constructs/azure/load-balancer';
import { AZURE_VMSS_IMAGE, AzureScalingGroup, AzureScalingGroupProps } from '../../../constructs/azure/scaling-group';
import { Statistic } from '../../../constructs/core/blueprint';
import { ScalingMetric } from '../../../constructs/core/capacity';
import { SCALING_GROUP_DEFAULTS } from '../../../constructs/core/scaling-group';
import { SIZE_TIERS, SizeTier } from '../../../constructs/core/size';
import { azureStack, errorCodes, onlyResource, synth } from '../../helpers';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample shop';
const QUEUE = { queueName: 'orders', queueId: '/subscriptions/s/queues/orders', namespaceId: '/subscriptions/s/namespaces/shop', namespaceName: 'shop' };

function make(props: Partial<AzureScalingGroupProps> = {}, withLb = false) {
  const { stack, resourceGroup } = azureStack();
  const lb = withLb ? new AzureLoadBalancer(stack, 'LoadBalancer', { resourceGroupName: resourceGroup.name, location: 'westeurope', subnetId: 'gw' }) : undefined;
  const target = lb?.addTarget('web');
  const group = new AzureScalingGroup(stack, 'Group', { resourceGroupName: resourceGroup.name, location: 'westeurope', subnetId: 'app-subnet', adminSshPublicKey: KEY, target, ...props });
  const s = synth(stack);
  return { stack, group, s, vmss: onlyResource(s, 'azurerm_linux_virtual_machine_scale_set'), autoscale: onlyResource(s, 'azurerm_monitor_autoscale_setting') };
}

describe('default properties', () => {
  const { group, vmss, autoscale } = make();

  test('a zone-balanced scale set across zones 1-3 with the size tier SKU and the default capacity', () => {
    expect(vmss).toMatchObject({ sku: SIZE_TIERS[SizeTier.SMALL].azureVmSku, instances: SCALING_GROUP_DEFAULTS.capacity.min, zones: ['1', '2', '3'], zone_balance: true, lifecycle: { ignore_changes: ['instances'] } });
  });

  test('SSH keys only, encryption at host, trusted launch, a managed identity and no public IP', () => {
    expect(vmss).toMatchObject({ disable_password_authentication: true, admin_ssh_key: [{ public_key: KEY, username: 'azureuser' }], encryption_at_host_enabled: true, secure_boot_enabled: true, vtpm_enabled: true, identity: { type: 'SystemAssigned' } });
    expect(vmss.admin_password).toBeUndefined();
    expect(vmss.network_interface[0].ip_configuration[0].public_ip_address).toBeUndefined();
    expect(vmss.source_image_reference).toEqual(AZURE_VMSS_IMAGE);
    expect(vmss.os_disk).toMatchObject({ storage_account_type: 'Premium_LRS', disk_size_gb: SCALING_GROUP_DEFAULTS.rootVolumeGiB });
  });

  test('the application health extension probes the app, and broken instances are repaired', () => {
    expect(vmss.extension).toEqual([expect.objectContaining({ type: 'ApplicationHealthLinux', publisher: 'Microsoft.ManagedServices' })]);
    expect(JSON.parse(vmss.extension[0].settings)).toEqual({ protocol: 'http', port: 8080, requestPath: '/healthz' });
    expect(vmss.automatic_instance_repair).toEqual({ enabled: true, grace_period: 'PT10M', action: 'Replace' });
  });

  test('a rolling upgrade policy keeps the minimum healthy percentage in service', () => {
    expect(vmss.upgrade_mode).toBe('Rolling');
    expect(vmss.rolling_upgrade_policy).toMatchObject({ max_batch_instance_percent: 10, max_unhealthy_instance_percent: 10, pause_time_between_batches: 'PT5M' });
  });

  test('an autoscale setting bound to the scale set: CPU out above the target, in below 70 % of it', () => {
    expect(autoscale.target_resource_id).toContain('azurerm_linux_virtual_machine_scale_set');
    const [profile] = autoscale.profile;
    expect(profile.capacity).toEqual({ minimum: 2, maximum: 6, default: 2 });
    expect(profile.rule.map((r: any) => [r.metric_trigger.metric_name, r.metric_trigger.operator, r.metric_trigger.threshold, r.scale_action.direction])).toEqual([
      ['Percentage CPU', 'GreaterThan', 60, 'Increase'],
      ['Percentage CPU', 'LessThan', 42, 'Decrease'],
    ]);
    expect(profile.rule[0].scale_action.cooldown).toBe('PT5M');
  });

  test('declares CPU and prices VM hours by SKU', () => {
    expect(group.goldenSignals.map((g) => g.name)).toEqual(['cpu-high']);
    expect(group.costItems).toEqual([expect.objectContaining({ sku: 'azure:vm:Standard_D2s_v5', quantityMin: 1460, quantityMax: 4380 })]);
  });
});

describe('options', () => {
  test('behind the gateway: NICs join the backend pool; requests per instance scale on the pool metric', () => {
    const { group, vmss, autoscale } = make({ scalingTargets: [{ metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 1000 }] }, true);
    expect(vmss.network_interface[0].ip_configuration[0].application_gateway_backend_address_pool_ids).toEqual([expect.stringMatching(/backendAddressPools\/web-pool$/)]);
    expect(autoscale.profile[0].rule[0].metric_trigger).toMatchObject({ metric_name: 'AvgRequestCountPerHealthyHost', threshold: 1000, dimensions: [{ name: 'BackendSettingsPool', operator: 'Equals', values: ['web-pool~web-settings'] }] });
    expect(group.goldenSignals.map((g) => g.name)).toEqual(['cpu-high', 'unhealthy-hosts']);
  });

  test('queue backlog: Service Bus ActiveMessages of the queue, divided by instance count', () => {
    const { autoscale } = make({ scalingTargets: [{ metric: ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE, targetValue: 20, queue: QUEUE }] });
    expect(autoscale.profile[0].rule[0].metric_trigger).toMatchObject({
      metric_name: 'ActiveMessages',
      metric_namespace: 'microsoft.servicebus/namespaces',
      metric_resource_id: QUEUE.namespaceId,
      dimensions: [{ name: 'EntityName', operator: 'Equals', values: ['orders'] }],
      divide_by_instance_count: true,
      threshold: 20,
    });
  });

  test('step scaling becomes autoscale rules on the metric, over periods × evaluation periods', () => {
    const { autoscale } = make({ scalingTargets: [], stepScaling: [{ name: 'mem', metric: { namespace: 'azure.vm.linux.guestmetrics', metricName: 'mem_used_percent' }, statistic: Statistic.MAXIMUM, periodSeconds: 120, evaluationPeriods: 5, scaleOutThreshold: 80, scaleOutBy: 2, scaleInThreshold: 30 }] });
    const rules = autoscale.profile[0].rule;
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({ metric_trigger: { metric_name: 'mem_used_percent', statistic: 'Max', time_aggregation: 'Maximum', time_grain: 'PT2M', time_window: 'PT10M', operator: 'GreaterThan', threshold: 80 }, scale_action: { value: 2, direction: 'Increase' } });
    expect(rules[1]).toMatchObject({ metric_trigger: { operator: 'LessThan', threshold: 30 }, scale_action: { value: 1, direction: 'Decrease' } });
    expect(rules[0].metric_trigger.metric_resource_id).toContain('azurerm_linux_virtual_machine_scale_set');
  });

  test('schedules are recurring profiles with the Windows time zone; unset bounds fall back to capacity', () => {
    const { autoscale } = make({ capacity: { min: 2, max: 10 }, schedules: [{ name: 'business-hours', cron: '30 7 * * MON-FRI', timeZone: 'Europe/Berlin', min: 4, desired: 5 }] });
    expect(autoscale.profile[1]).toMatchObject({
      name: 'business-hours',
      capacity: { minimum: 4, maximum: 10, default: 5 },
      recurrence: { timezone: 'W. Europe Standard Time', days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], hours: [7], minutes: [30] },
    });
    expect(autoscale.profile[1].rule).toHaveLength(2);
  });

  test('scale-in protection: autoscale never scales in', () => {
    const { autoscale } = make({ scaleInProtectionEnabled: true });
    expect(autoscale.profile[0].rule.map((r: any) => r.scale_action.direction)).toEqual(['Increase']);
  });

  test('size, capacity, grace, warm-up, cooldown, disk, zones and rollout settings are passed through', () => {
    const { vmss, autoscale } = make({ size: SizeTier.XLARGE, capacity: { min: 1, max: 9, desired: 3 }, healthCheckGraceSeconds: 1800, warmupSeconds: 120, cooldownSeconds: 600, rootVolumeGiB: 64, minHealthyPercent: 75, zones: ['1'], port: 9000, healthCheckPath: '/up' });
    expect(vmss).toMatchObject({ sku: 'Standard_D16s_v5', instances: 3, zones: ['1'], zone_balance: false, automatic_instance_repair: { grace_period: 'PT30M' }, rolling_upgrade_policy: { max_batch_instance_percent: 25, pause_time_between_batches: 'PT2M' }, os_disk: { disk_size_gb: 64 } });
    expect(JSON.parse(vmss.extension[0].settings)).toEqual({ protocol: 'http', port: 9000, requestPath: '/up' });
    expect(autoscale.profile[0]).toMatchObject({ capacity: { minimum: 1, maximum: 9, default: 3 } });
    expect(autoscale.profile[0].rule[0].scale_action.cooldown).toBe('PT10M');
  });
});

describe('fails when', () => {
  test.each([
    ['ScalingGroupMinAboveMax', { capacity: { min: 3, max: 2 } }],
    ['ScalingGroupDesiredOutOfRange', { capacity: { min: 1, max: 2, desired: 3 } }],
    ['ScalingGroupCpuTargetOutOfRange', { scalingTargets: [{ metric: ScalingMetric.CPU, targetValue: 150 }] }],
    ['ScalingGroupSizeUnknown', { size: 'mega' }],
    ['ScalingGroupScheduleCronMalformed', { schedules: [{ name: 'w', cron: '99 7 * * *', min: 1 }] }],
    ['ScalingGroupScheduleTimeZoneUnknown', { schedules: [{ name: 'w', cron: '0 7 * * *', timeZone: 'Europe/Atlantis', min: 1 }] }],
    ['ScalingGroupSshKeyMissing', { adminSshPublicKey: '' }],
  ])('%s', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AzureScalingGroupProps>))).toEqual([code]);
  });
});
