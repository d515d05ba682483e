import { Testing } from 'cdktf';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { ServicebusNamespace } from '@cdktf/provider-azurerm/lib/servicebus-namespace';
import { ServicebusQueue } from '@cdktf/provider-azurerm/lib/servicebus-queue';
import { ServicebusSubscription } from '@cdktf/provider-azurerm/lib/servicebus-subscription';
import { ServicebusTopic } from '@cdktf/provider-azurerm/lib/servicebus-topic';
import { AzureMessageQueue, AzureMessageQueueProps, isoSeconds } from '../../../constructs/azure/queue';
import { MessageQueueProps, MessageQueueSpec, MessagingTier } from '../../../constructs/core/queue';
import { azureStack, errorCodes, resources, synth } from '../../helpers';
import { resolved, warnings } from '../../data-helpers';

const SHOP: MessageQueueProps = {
  queues: [{ name: 'notifications', consumerTimeoutSeconds: 30, maxConsumerConcurrency: 5 }],
  topics: [{ name: 'order-events', subscriptions: ['notifications'] }],
};

function make(props: MessageQueueProps = SHOP) {
  const { stack, resourceGroup } = azureStack();
  const full: AzureMessageQueueProps = { ...props, resourceGroupName: resourceGroup.name, location: 'westeurope', privateEndpointSubnetId: '/subnets/data', virtualNetworkId: '/vnets/vnet' };
  const mq = new AzureMessageQueue(stack, 'Messaging', full);
  return { stack, mq, s: synth(stack) };
}

describe('default properties', () => {
  const { stack, mq, s } = make({ queues: [{ name: 'jobs' }] });
  const json = Testing.synth(stack);

  test('a Premium namespace, 1 messaging unit, SAS auth off, TLS 1.2, no public access', () => {
    expect(json).toHaveResourceWithProperties(ServicebusNamespace, {
      sku: 'Premium',
      capacity: 1,
      premium_messaging_partitions: 1,
      local_auth_enabled: false,
      minimum_tls_version: '1.2',
      public_network_access_enabled: false,
    });
  });

  test('a private endpoint in the data subnet with the Service Bus private DNS zone', () => {
    expect(json).toHaveResourceWithProperties(PrivateEndpoint, { subnet_id: '/subnets/data', private_service_connection: expect.objectContaining({ subresource_names: ['namespace'] }) });
    expect(json).toHaveResourceWithProperties(PrivateDnsZone, { name: 'privatelink.servicebus.windows.net' });
  });

  test('a queue dead-lettering on expiry and after 5 deliveries, 4 days TTL, a 3-minute lock', () => {
    expect(json).toHaveResourceWithProperties(ServicebusQueue, {
      name: 'jobs',
      dead_lettering_on_message_expiration: true,
      max_delivery_count: 5,
      default_message_ttl: 'P4D',
      lock_duration: 'PT3M',
      requires_session: false,
    });
  });

  test('the queue ref carries the namespace for scaling rules and the in-flight bounds', () => {
    const q = mq.queues.jobs;
    expect(q).toMatchObject({ maxReceiveCount: 5, visibilityTimeoutSeconds: 180, maxConsumerConcurrency: 10, fifo: false });
    expect(q.queueUrl).toBeUndefined();
    expect(resolved(stack, q.namespaceId)).toMatch(/azurerm_servicebus_namespace\.Messaging_[0-9A-F]+\.id/);
    expect(resolved(stack, q.queueId)).toMatch(/azurerm_servicebus_queue\.Messaging_JobsQueue_[0-9A-F]+\.id/);
  });

  test('declares backlog, dead-letter and namespace CPU signals; premium units and endpoint costs', () => {
    expect(mq.goldenSignals.map((g) => [g.name, g.metric.metricName])).toEqual([
      ['jobs-backlog', 'ActiveMessages'],
      ['jobs-dead-letters', 'DeadletteredMessages'],
      ['namespace-cpu-high', 'NamespaceCpuUsage'],
    ]);
    expect(mq.goldenSignals[0].metric.dimensions).toEqual([{ name: 'EntityName', value: 'jobs' }]);
    expect(mq.costItems).toEqual([
      expect.objectContaining({ sku: 'azure:servicebus:premium-mu', quantityMin: 730 }),
      expect.objectContaining({ sku: 'azure:private-endpoint:hour' }),
    ]);
    expect(resources(s, 'azurerm_servicebus_topic')).toEqual({});
  });
});

describe('options', () => {
  test('topics fan out through subscriptions forwarding to the queues', () => {
    const { stack } = make();
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(ServicebusTopic, { name: 'order-events', support_ordering: false });
    expect(json).toHaveResourceWithProperties(ServicebusSubscription, {
      name: 'notifications',
      max_delivery_count: 5,
      dead_lettering_on_message_expiration: true,
      forward_to: expect.stringMatching(/azurerm_servicebus_queue\.Messaging_NotificationsQueue_[0-9A-F]+\.name/),
    });
  });

  test('Standard tier: no capacity, no private endpoint, public endpoint with a warning, base + usage costs', () => {
    const { stack, s, mq } = make({ ...SHOP, tier: MessagingTier.STANDARD });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicebusNamespace, { sku: 'Standard', local_auth_enabled: false, public_network_access_enabled: true });
    const ns = Object.values(resources(s, 'azurerm_servicebus_namespace'))[0] as any;
    expect(ns.capacity).toBeUndefined();
    expect(resources(s, 'azurerm_private_endpoint')).toEqual({});
    expect(warnings(mq)).toEqual([expect.stringMatching(/Standard/)]);
    expect(mq.costItems.map((c) => c.sku)).toEqual(['azure:servicebus:standard-base', 'azure:servicebus:standard-operations']);
  });

  test('messaging units set the namespace capacity and the cost', () => {
    const { stack, mq } = make({ ...SHOP, messagingUnits: 4 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicebusNamespace, { capacity: 4 });
    expect(mq.costItems[0].quantityMin).toBe(4 * 730);
  });

  test('FIFO queues use sessions with duplicate detection', () => {
    const { stack } = make({ queues: [{ name: 'orders', fifo: true }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicebusQueue, { requires_session: true, requires_duplicate_detection: true, duplicate_detection_history_time_window: 'PT10M' });
  });

  test('the lock duration follows the visibility timeout, capped at 5 minutes', () => {
    expect(Testing.synth(make({ queues: [{ name: 'a', visibilityTimeoutSeconds: 45 }] }).stack)).toHaveResourceWithProperties(ServicebusQueue, { lock_duration: 'PT45S' });
    expect(Testing.synth(make({ queues: [{ name: 'a', consumerTimeoutSeconds: 600 }] }).stack)).toHaveResourceWithProperties(ServicebusQueue, { lock_duration: 'PT5M' });
  });

  test('retention and max delivery count are passed through', () => {
    expect(Testing.synth(make({ queues: [{ name: 'a', retentionDays: 14, maxReceiveCount: 3 }] }).stack)).toHaveResourceWithProperties(ServicebusQueue, { default_message_ttl: 'P14D', max_delivery_count: 3 });
  });

  test('ISO durations stay as the API writes them', () => {
    expect(isoSeconds(300)).toBe('PT5M');
    expect(isoSeconds(90)).toBe('PT90S');
  });
});

describe('rules', () => {
  const codes = (props: Partial<MessageQueueProps>, q: Partial<MessageQueueSpec> = {}) => errorCodes(() => make({ queues: [{ name: 'jobs', ...q }], ...props }));
  test('fails when maxReceiveCount is below 1', () => expect(codes({}, { maxReceiveCount: 0 })).toEqual(['MessageQueueMaxReceiveCountOutOfRange']));
  test('fails when the visibility timeout is shorter than the consumer timeout', () =>
    expect(codes({}, { consumerTimeoutSeconds: 60, visibilityTimeoutSeconds: 30 })).toEqual(['MessageQueueVisibilityBelowConsumerTimeout']));
  test('fails when a FIFO name does not end with .fifo', () => expect(codes({}, { fifo: true, physicalName: 'orders' })).toEqual(['MessageQueueFifoNameWithoutSuffix']));
  test('fails when messaging units are not 1, 2, 4, 8 or 16', () => expect(codes({ messagingUnits: 5 })).toEqual(['MessageQueueMessagingUnitsInvalid']));
  test('fails when the tier is unknown', () => expect(codes({ tier: 'basic' as MessagingTier })).toEqual(['MessageQueueTierInvalid']));
  test('fails when a topic subscribes an unknown queue', () => expect(codes({ topics: [{ name: 't', subscriptions: ['nope'] }] })).toEqual(['MessageQueueTopicUnknownQueue']));
});
