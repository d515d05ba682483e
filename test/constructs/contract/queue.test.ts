import { IMessagingRef, MessageQueueProps } from '../../../constructs/core/queue';
import { errorCodes, kitStack, synth } from '../../helpers';

interface QueueView {
  readonly maxReceiveCount: number;
  readonly retentionDays: number;
  readonly visibilitySeconds: number;
  readonly fifo: boolean;
  readonly deadLettersOnExpiry: boolean;
  readonly fanOut: number;
}

const ISO = (d: string) => {
  const m = /^PT(?:(\d+)M)?(?:(\d+)S)?$/.exec(d)!;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
};

const CLOUDS = [
  {
    cloud: 'aws' as const,
    view(props: MessageQueueProps): { view: QueueView; ref: IMessagingRef } {
      const { stack, kit } = kitStack('aws');
      const ref = kit.messageQueue('Messaging', props);
      const r = synth(stack).doc.resource!;
      const queues = Object.values(r.aws_sqs_queue) as any[];
      const main = queues.find((q) => q.redrive_policy)!;
      return {
        ref,
        view: {
          maxReceiveCount: Number(/"maxReceiveCount" = (\d+)/.exec(main.redrive_policy)![1]),
          retentionDays: main.message_retention_seconds / 86400,
          visibilitySeconds: main.visibility_timeout_seconds,
          fifo: main.fifo_queue === true,
          // SQS has no expiry dead-lettering; the DLQ keeps 14 days, longer than any queue.
          deadLettersOnExpiry: false,
          fanOut: Object.keys(r.aws_sns_topic_subscription ?? {}).length,
        },
      };
    },
  },
  {
    cloud: 'azure' as const,
    view(props: MessageQueueProps): { view: QueueView; ref: IMessagingRef } {
      const { stack, kit } = kitStack('azure');
      const ref = kit.messageQueue('Messaging', props);
      const r = synth(stack).doc.resource!;
      const q = Object.values(r.azurerm_servicebus_queue)[0] as any;
      return {
        ref,
        view: {
          maxReceiveCount: q.max_delivery_count,
          retentionDays: Number(/^P(\d+)D$/.exec(q.default_message_ttl)![1]),
          visibilitySeconds: ISO(q.lock_duration),
          fifo: q.requires_session === true,
          deadLettersOnExpiry: q.dead_lettering_on_message_expiration === true,
          fanOut: Object.keys(r.azurerm_servicebus_subscription ?? {}).length,
        },
      };
    },
  },
];

const SHOP: MessageQueueProps = {
  queues: [{ name: 'notifications', consumerTimeoutSeconds: 30, maxConsumerConcurrency: 5, maxReceiveCount: 4, retentionDays: 7 }],
  topics: [{ name: 'order-events', subscriptions: ['notifications'] }],
};

describe.each(CLOUDS)('MessageQueue contract on $cloud', ({ cloud, view }) => {
  test('the same neutral props give the same delivery settings', () => {
    const { view: v } = view(SHOP);
    expect(v).toMatchObject({ maxReceiveCount: 4, retentionDays: 7, visibilitySeconds: 180, fifo: false, fanOut: 1 });
    if (cloud === 'azure') expect(v.deadLettersOnExpiry).toBe(true);
  });

  test('FIFO is honoured', () => {
    expect(view({ queues: [{ name: 'orders', fifo: true }] }).view.fifo).toBe(true);
  });

  test('the refs carry the bounds consumers and backpressure scaling need', () => {
    const { ref } = view(SHOP);
    expect(ref.queues.notifications).toMatchObject({ maxReceiveCount: 4, visibilityTimeoutSeconds: 180, maxConsumerConcurrency: 5, fifo: false });
    expect(ref.queues.notifications.queueName).toBeTruthy();
    expect(ref.topics['order-events'].topicId).toBeTruthy();
    if (cloud === 'azure') expect(ref.queues.notifications.namespaceId).toBeTruthy();
    else expect(ref.queues.notifications.queueUrl).toBeTruthy();
  });

  test.each([
    [{ maxReceiveCount: 0 }, ['MessageQueueMaxReceiveCountOutOfRange']],
    [{ consumerTimeoutSeconds: 60, visibilityTimeoutSeconds: 59 }, ['MessageQueueVisibilityBelowConsumerTimeout']],
    [{ fifo: true, physicalName: 'orders' }, ['MessageQueueFifoNameWithoutSuffix']],
    [{ retentionDays: 0 }, ['MessageQueueRetentionOutOfRange']],
  ])('the same rule codes for %j', (q, codes) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.messageQueue('Messaging', { queues: [{ name: 'jobs', ...q }] }))).toEqual(codes);
  });
});
