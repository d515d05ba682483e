import { MESSAGE_QUEUE_DEFAULTS, backlogPerInstanceTarget, maxConsumerInstances, queueBacklogMetric, visibilityTimeoutOf } from '../../../constructs/core/queue';

const AWS_REF = { queueName: 'shop-notifications', queueId: 'arn:q', queueUrl: 'https://q', maxReceiveCount: 5, visibilityTimeoutSeconds: 180, maxConsumerConcurrency: 10, fifo: false };
const AZURE_REF = { queueName: 'notifications', queueId: '/q', namespaceId: '/ns', namespaceName: 'ns', maxReceiveCount: 5, visibilityTimeoutSeconds: 180, maxConsumerConcurrency: 10, fifo: false };

describe('backpressure helpers', () => {
  test('the backlog metric is SQS visible messages by queue name on AWS', () => {
    expect(queueBacklogMetric(AWS_REF)).toEqual({ namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: 'shop-notifications' }] });
  });

  test('the backlog metric is Service Bus active messages by entity on the namespace on Azure', () => {
    expect(queueBacklogMetric(AZURE_REF)).toEqual({ namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'ActiveMessages', dimensions: [{ name: 'EntityName', value: 'notifications' }], resourceId: '/ns' });
  });

  test('backlog per instance = acceptable latency / processing time × concurrency, at least 1', () => {
    expect(backlogPerInstanceTarget(60, 0.5)).toBe(120);
    expect(backlogPerInstanceTarget(60, 2, 4)).toBe(120);
    expect(backlogPerInstanceTarget(1, 30)).toBe(1);
    expect(() => backlogPerInstanceTarget(0, 1)).toThrow(/positive/);
  });

  test('the consumer count is bounded by the queue concurrency', () => {
    expect(maxConsumerInstances(AWS_REF)).toBe(10);
    expect(maxConsumerInstances(AWS_REF, 4)).toBe(3);
    expect(() => maxConsumerInstances(AWS_REF, 0)).toThrow(/at least 1/);
  });

  test('the visibility timeout defaults to 6 × the consumer timeout, or is taken as given', () => {
    expect(visibilityTimeoutOf({ name: 'q' })).toBe(6 * MESSAGE_QUEUE_DEFAULTS.consumerTimeoutSeconds);
    expect(visibilityTimeoutOf({ name: 'q', consumerTimeoutSeconds: 900 })).toBe(5400);
    expect(visibilityTimeoutOf({ name: 'q', consumerTimeoutSeconds: 10, visibilityTimeoutSeconds: 45 })).toBe(45);
  });
});
