import { Testing } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { AwsMessageQueue, AwsMessageQueueProps, AwsQueueEncryption } from '../../../constructs/aws/queue';
import { MessageQueueSpec } from '../../../constructs/core/queue';
import { awsStack, errorCodes, resources, synth } from '../../helpers';
import { resolved } from '../../data-helpers';

const SHOP: AwsMessageQueueProps = {
  queues: [{ name: 'notifications', consumerTimeoutSeconds: 30, maxConsumerConcurrency: 5 }],
  topics: [{ name: 'order-events', subscriptions: ['notifications'] }],
};

function make(props: AwsMessageQueueProps = SHOP) {
  const stack = awsStack();
  const mq = new AwsMessageQueue(stack, 'Messaging', props);
  return { stack, mq, s: synth(stack) };
}

function queueNamed(s: ReturnType<typeof synth>, name: string): any {
  return Object.values(resources(s, 'aws_sqs_queue')).find((q: any) => q.name === name);
}

describe('default properties', () => {
  const { stack, mq, s } = make({ queues: [{ name: 'jobs' }] });
  const json = Testing.synth(stack);

  test('a queue with SQS-managed SSE, 4 days retention, long polling, 6 × 30 s visibility', () => {
    expect(json).toHaveResourceWithProperties(SqsQueue, {
      name: 'shop-prod-messaging-jobs',
      sqs_managed_sse_enabled: true,
      message_retention_seconds: 4 * 86400,
      receive_wait_time_seconds: 20,
      visibility_timeout_seconds: 180,
    });
  });

  test('a dead-letter queue kept 14 days, redrive after 5 receives, redrive allowed only from its queue', () => {
    const dlq = queueNamed(s, 'shop-prod-messaging-jobs-dlq');
    expect(dlq).toMatchObject({ message_retention_seconds: 14 * 86400, sqs_managed_sse_enabled: true });
    const queue = queueNamed(s, 'shop-prod-messaging-jobs');
    expect(queue.redrive_policy).toMatch(/deadLetterTargetArn.*aws_sqs_queue\.Messaging_JobsDeadLetterQueue_[0-9A-F]+\.arn.*maxReceiveCount.*5/);
    const allow = Object.values(resources(s, 'aws_sqs_queue_redrive_allow_policy'))[0] as any;
    expect(allow.redrive_allow_policy).toMatch(/byQueue.*Messaging_JobsQueue_[0-9A-F]+\.arn/);
  });

  test('every queue denies non-TLS access', () => {
    const policy = Object.values(resources(s, 'aws_sqs_queue_policy'))[0] as any;
    expect(policy.policy).toMatch(/DenyInsecureTransport.*aws:SecureTransport.*false/);
    expect(policy.policy).not.toMatch(/TopicsSend/);
  });

  test('the queue ref carries ids, URL, DLQ and the in-flight bounds', () => {
    const q = mq.queues.jobs;
    expect(q).toMatchObject({ queueName: 'shop-prod-messaging-jobs', maxReceiveCount: 5, visibilityTimeoutSeconds: 180, maxConsumerConcurrency: 10, fifo: false });
    expect(resolved(stack, q.queueUrl)).toMatch(/aws_sqs_queue\.Messaging_JobsQueue_[0-9A-F]+\.url/);
    expect(resolved(stack, q.deadLetterQueueId)).toMatch(/Messaging_JobsDeadLetterQueue_[0-9A-F]+\.arn/);
  });

  test('declares oldest-message age and dead-letter depth signals, and usage-priced requests', () => {
    expect(mq.goldenSignals.map((g) => [g.name, g.metric.metricName, g.metric.dimensions?.[0].value])).toEqual([
      ['jobs-oldest-message-age', 'ApproximateAgeOfOldestMessage', 'shop-prod-messaging-jobs'],
      ['jobs-dead-letters', 'ApproximateNumberOfMessagesVisible', 'shop-prod-messaging-jobs-dlq'],
    ]);
    expect(mq.goldenSignals[0].threshold).toBe(900);
    expect(mq.costItems).toEqual([expect.objectContaining({ sku: 'aws:sqs:requests', usageBased: true })]);
  });

  test('no KMS key is created by default', () => {
    expect(resources(s, 'aws_kms_key')).toEqual({});
  });
});

describe('options', () => {
  test('topics are KMS-encrypted and fan out to their queues with raw delivery and a queue policy for the topic', () => {
    const { stack, s, mq } = make();
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(SnsTopic, { name: 'shop-prod-messaging-order-events', kms_master_key_id: 'alias/aws/sns' });
    expect(json).toHaveResourceWithProperties(SnsTopicSubscription, { protocol: 'sqs', raw_message_delivery: true });
    const policy = Object.values(resources(s, 'aws_sqs_queue_policy'))[0] as any;
    expect(policy.policy).toMatch(/sns\.amazonaws\.com.*sqs:SendMessage.*aws:SourceArn.*aws_sns_topic\.Messaging_OrderEventsTopic_[0-9A-F]+\.arn/);
    expect(mq.topics['order-events'].topicName).toBe('shop-prod-messaging-order-events');
    expect(mq.costItems.map((c) => c.sku)).toEqual(['aws:sns:requests', 'aws:sqs:requests']);
  });

  test('FIFO queues get the .fifo suffix on the queue and its DLQ, and content-based deduplication', () => {
    const { s, mq } = make({ queues: [{ name: 'orders', fifo: true }] });
    expect(queueNamed(s, 'shop-prod-messaging-orders.fifo')).toMatchObject({ fifo_queue: true, content_based_deduplication: true });
    expect(queueNamed(s, 'shop-prod-messaging-orders-dlq.fifo')).toMatchObject({ fifo_queue: true });
    expect(mq.queues.orders.fifo).toBe(true);
  });

  test('a FIFO topic feeding a FIFO queue is a .fifo topic', () => {
    const { stack } = make({ queues: [{ name: 'orders', fifo: true }], topics: [{ name: 'events', fifo: true, subscriptions: ['orders'] }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(SnsTopic, { name: 'shop-prod-messaging-events.fifo', fifo_topic: true });
  });

  test('an explicit physical name is used as given', () => {
    const { s } = make({ queues: [{ name: 'orders', fifo: true, physicalName: 'legacy-orders.fifo' }] });
    expect(queueNamed(s, 'legacy-orders.fifo')).toBeDefined();
  });

  test('the visibility timeout follows the consumer timeout, or is taken as given', () => {
    expect(queueNamed(make({ queues: [{ name: 'a', consumerTimeoutSeconds: 120 }] }).s, 'shop-prod-messaging-a').visibility_timeout_seconds).toBe(720);
    expect(queueNamed(make({ queues: [{ name: 'a', consumerTimeoutSeconds: 60, visibilityTimeoutSeconds: 90 }] }).s, 'shop-prod-messaging-a').visibility_timeout_seconds).toBe(90);
  });

  test('retention and maxReceiveCount are passed through', () => {
    const q = queueNamed(make({ queues: [{ name: 'a', retentionDays: 14, maxReceiveCount: 3 }] }).s, 'shop-prod-messaging-a');
    expect(q.message_retention_seconds).toBe(14 * 86400);
    expect(q.redrive_policy).toMatch(/"maxReceiveCount" = 3/);
  });

  test('KMS encryption: one rotated customer key for queues and topics, usable by SNS', () => {
    const { stack, s, mq } = make({ ...SHOP, encryption: AwsQueueEncryption.KMS });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(KmsKey, { enable_key_rotation: true });
    const key = Object.keys(resources(s, 'aws_kms_key'))[0];
    for (const q of Object.values(resources(s, 'aws_sqs_queue')) as any[]) {
      expect(q.kms_master_key_id).toBe(`\${aws_kms_key.${key}.arn}`);
      expect(q.sqs_managed_sse_enabled).toBeUndefined();
    }
    expect((Object.values(resources(s, 'aws_sns_topic'))[0] as any).kms_master_key_id).toBe(`\${aws_kms_key.${key}.arn}`);
    expect((Object.values(resources(s, 'aws_kms_key'))[0] as any).policy).toMatch(/sns\.amazonaws\.com/);
    expect(mq.costItems.map((c) => c.sku)).toContain('aws:kms:key');
  });
});

describe('rules', () => {
  const codes = (props: Partial<AwsMessageQueueProps>, q: Partial<MessageQueueSpec> = {}) =>
    errorCodes(() => new AwsMessageQueue(awsStack(), 'Messaging', { queues: [{ name: 'jobs', ...q }], ...props }));
  test('fails when maxReceiveCount is below 1', () => expect(codes({}, { maxReceiveCount: 0 })).toEqual(['MessageQueueMaxReceiveCountOutOfRange']));
  test('fails when the visibility timeout is shorter than the consumer timeout', () =>
    expect(codes({}, { consumerTimeoutSeconds: 60, visibilityTimeoutSeconds: 30 })).toEqual(['MessageQueueVisibilityBelowConsumerTimeout']));
  test('fails when a FIFO name does not end with .fifo', () => expect(codes({}, { fifo: true, physicalName: 'orders' })).toEqual(['MessageQueueFifoNameWithoutSuffix']));
  test('fails when retention is outside 1-14 days', () => expect(codes({}, { retentionDays: 15 })).toEqual(['MessageQueueRetentionOutOfRange']));
  test('fails when the visibility timeout exceeds 12 hours', () => expect(codes({}, { visibilityTimeoutSeconds: 43201 })).toEqual(['MessageQueueVisibilityTimeoutOutOfRange']));
  test('fails when the consumer timeout is outside 1-900 s', () => expect(codes({}, { consumerTimeoutSeconds: 901 })).toEqual(['MessageQueueConsumerTimeoutOutOfRange']));
  test('fails when the consumer concurrency is not positive', () => expect(codes({}, { maxConsumerConcurrency: 0 })).toEqual(['MessageQueueMaxConsumerConcurrencyOutOfRange']));
  test('fails when a queue name is not kebab-case', () => expect(codes({}, { name: 'Jobs_1' })).toEqual(['MessageQueueNameInvalid']));
  test('fails when there are no queues', () => expect(errorCodes(() => new AwsMessageQueue(awsStack(), 'M', { queues: [] }))).toEqual(['MessageQueueNoQueues']));
  test('fails when two queues share a name', () =>
    expect(errorCodes(() => new AwsMessageQueue(awsStack(), 'M', { queues: [{ name: 'a' }, { name: 'a' }] }))).toEqual(['MessageQueueDuplicateName']));
  test('fails when a topic subscribes an unknown queue', () => expect(codes({ topics: [{ name: 't', subscriptions: ['nope'] }] })).toEqual(['MessageQueueTopicUnknownQueue']));
  test('fails when a FIFO topic feeds a standard queue', () => expect(codes({ topics: [{ name: 't', fifo: true, subscriptions: ['jobs'] }] })).toEqual(['MessageQueueTopicFifoMismatch']));
  test('fails when the tier is unknown', () => expect(codes({ tier: 'basic' as never })).toEqual(['MessageQueueTierInvalid']));
  test('fails when messaging units are not 1, 2, 4, 8 or 16', () => expect(codes({ messagingUnits: 3 })).toEqual(['MessageQueueMessagingUnitsInvalid']));
  test('fails when the encryption is unknown', () => expect(codes({ encryption: 'none' as AwsQueueEncryption })).toEqual(['MessageQueueEncryptionInvalid']));
  test('names the queue in the message', () => {
    expect(() => new AwsMessageQueue(awsStack(), 'M', { queues: [{ name: 'jobs', maxReceiveCount: 0 }] })).toThrow(/queues\[\]\.maxReceiveCount must be a whole number between 1 and 1000 \(queue 'jobs'\), got 0/);
  });
});
