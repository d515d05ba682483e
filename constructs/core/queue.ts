import { IConstruct } from 'constructs';
import { MetricRef } from './blueprint';
import { IQueueRef } from './refs';
import { IWorkloadConsumer } from './wiring';
import { Rule, formatValue, rules } from './validation';

/** One queue of a MessageQueue, with its dead-letter queue. */
export interface MessageQueueSpec {
  /** Logical name, kebab-case, unique in the MessageQueue (`notifications`). */
  readonly name: string;
  /**
   * Physical name. A FIFO queue's name must end with `.fifo`.
   * @default - generated from the construct path; FIFO names get `.fifo` appended
   */
  readonly physicalName?: string;
  /**
   * Ordered, exactly-once delivery: SQS FIFO (with content-based deduplication) or Service Bus
   * sessions with duplicate detection. Lower throughput than standard queues.
   * @default false
   */
  readonly fifo?: boolean;
  /**
   * Deliveries before a message moves to the dead-letter queue, 1–1000 (SQS maxReceiveCount;
   * Service Bus max delivery count).
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * Days an unconsumed message is kept, 1–14. Dead-letter queues keep messages 14 days.
   * @default 4
   */
  readonly retentionDays?: number;
  /**
   * The longest a consumer works on one message, 1–900 seconds (a function's timeout, a worker's
   * job limit). Drives the visibility timeout / lock duration.
   * @default 30
   */
  readonly consumerTimeoutSeconds?: number;
  /**
   * How long a received message stays hidden from other consumers, 0–43200 seconds; must be at
   * least `consumerTimeoutSeconds`. On Azure the lock duration is capped at 300 s: longer
   * consumers renew the lock.
   * @default - 6 × consumerTimeoutSeconds, at most 43200
   */
  readonly visibilityTimeoutSeconds?: number;
  /**
   * The most messages processed at once across all consumers, 1–1000: the bound on in-flight work
   * (backpressure). Consumers size their pools or `maxConcurrency` from it.
   * @default 10
   */
  readonly maxConsumerConcurrency?: number;
}

/** A topic that fans messages out to queues. */
export interface MessageTopicSpec {
  /** Logical name, kebab-case (`order-events`). */
  readonly name: string;
  /** Logical names of the queues subscribed (each gets a copy of every message). */
  readonly subscriptions: string[];
  /** Ordered topic (SNS FIFO; Service Bus ordering). Its queues must be FIFO too. @default false */
  readonly fifo?: boolean;
}

/** The Service Bus tier (Azure). AWS has no tiers; the setting is ignored there. */
export enum MessagingTier {
  /** Premium: dedicated messaging units, zone-redundant, private endpoints. */
  PREMIUM = 'premium',
  /** Standard: shared, pay per operation, no private endpoint or zone redundancy. About $10/month base vs ~$680 per premium unit. */
  STANDARD = 'standard',
}

/** Neutral MessageQueue props (seed §6.4). */
export interface MessageQueueProps {
  /** The queues; each gets a dead-letter queue. */
  readonly queues: MessageQueueSpec[];
  /** @default - no topics */
  readonly topics?: MessageTopicSpec[];
  /**
   * Azure Service Bus tier. Standard is the cheaper opt-out: no zone redundancy, no private
   * endpoint (public endpoint with Entra-only auth).
   * @default MessagingTier.PREMIUM
   */
  readonly tier?: MessagingTier;
  /**
   * Premium messaging units: 1, 2, 4, 8 or 16.
   * @default 1
   */
  readonly messagingUnits?: number;
}

export const MESSAGE_QUEUE_DEFAULTS = {
  maxReceiveCount: 5,
  retentionDays: 4,
  consumerTimeoutSeconds: 30,
  visibilityFactor: 6,
  maxVisibilityTimeoutSeconds: 43200,
  maxConsumerConcurrency: 10,
  deadLetterRetentionDays: 14,
  tier: MessagingTier.PREMIUM,
  messagingUnits: 1,
  fifo: false,
} as const;

/** The visibility timeout in force for a queue spec. */
export function visibilityTimeoutOf(q: MessageQueueSpec): number {
  return q.visibilityTimeoutSeconds ?? Math.min(MESSAGE_QUEUE_DEFAULTS.maxVisibilityTimeoutSeconds, MESSAGE_QUEUE_DEFAULTS.visibilityFactor * (q.consumerTimeoutSeconds ?? MESSAGE_QUEUE_DEFAULTS.consumerTimeoutSeconds));
}

const NAME_RE = /^[a-z][a-z0-9-]*$/;

/** Rules over each queue, reported with the queue's index (`queues[0].maxReceiveCount`). */
function eachQueue(code: string, field: string, bad: (q: MessageQueueSpec) => boolean, allowed: (q: MessageQueueSpec) => string, fix: string): Rule<MessageQueueProps> {
  const first = (p: MessageQueueProps) => (p.queues ?? []).findIndex(bad);
  return {
    code,
    prop: field,
    value: (p) => {
      const i = first(p);
      return i < 0 ? undefined : (p.queues[i] as unknown as Record<string, unknown>)[field.split('.').pop() as string];
    },
    failsWhen: (p) => first(p) >= 0,
    allowed: (p) => {
      const i = first(p);
      return `${allowed(p.queues[i])} (queue '${p.queues[i].name}')`;
    },
    fix,
  };
}

function notInt(v: number | undefined, min: number, max: number): boolean {
  return v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max);
}

export const MESSAGE_QUEUE_RULES: ReadonlyArray<Rule<MessageQueueProps>> = [
  {
    code: 'MessageQueueNoQueues',
    prop: 'queues',
    value: (p) => p.queues,
    failsWhen: (p) => !Array.isArray(p.queues) || p.queues.length === 0,
    allowed: 'at least one queue',
    fix: 'Declare the queues the consumers read.',
  },
  eachQueue('MessageQueueNameInvalid', 'queues[].name', (q) => typeof q.name !== 'string' || !NAME_RE.test(q.name), () => 'kebab-case, starting with a letter', 'Rename it, e.g. "notifications".'),
  {
    code: 'MessageQueueDuplicateName',
    prop: 'queues[].name',
    value: (p) => (p.queues ?? []).map((q) => q.name),
    failsWhen: (p) => new Set((p.queues ?? []).map((q) => q.name)).size !== (p.queues ?? []).length,
    allowed: 'unique names',
    fix: 'Give each queue its own name.',
  },
  eachQueue('MessageQueueMaxReceiveCountOutOfRange', 'queues[].maxReceiveCount', (q) => notInt(q.maxReceiveCount, 1, 1000), () => 'a whole number between 1 and 1000', 'A message needs at least one delivery before it is dead-lettered; 3 to 10 is usual.'),
  eachQueue('MessageQueueRetentionOutOfRange', 'queues[].retentionDays', (q) => notInt(q.retentionDays, 1, 14), () => 'a whole number of days between 1 and 14', 'SQS keeps messages at most 14 days.'),
  eachQueue('MessageQueueConsumerTimeoutOutOfRange', 'queues[].consumerTimeoutSeconds', (q) => notInt(q.consumerTimeoutSeconds, 1, 900), () => 'a whole number of seconds between 1 and 900', 'Use the consumer\'s own timeout (a function allows at most 900 s).'),
  eachQueue('MessageQueueVisibilityTimeoutOutOfRange', 'queues[].visibilityTimeoutSeconds', (q) => notInt(q.visibilityTimeoutSeconds, 0, 43200), () => 'a whole number of seconds between 0 and 43200', 'SQS allows up to 12 hours.'),
  eachQueue(
    'MessageQueueVisibilityBelowConsumerTimeout',
    'queues[].visibilityTimeoutSeconds',
    (q) => q.visibilityTimeoutSeconds !== undefined && q.visibilityTimeoutSeconds < (q.consumerTimeoutSeconds ?? MESSAGE_QUEUE_DEFAULTS.consumerTimeoutSeconds),
    (q) => `at least the consumer timeout (${q.consumerTimeoutSeconds ?? MESSAGE_QUEUE_DEFAULTS.consumerTimeoutSeconds} s)`,
    'A message would reappear while still being processed and run twice; raise it (6 × the consumer timeout is the usual advice) or leave it out.',
  ),
  eachQueue(
    'MessageQueueFifoNameWithoutSuffix',
    'queues[].physicalName',
    (q) => q.fifo === true && q.physicalName !== undefined && !q.physicalName.endsWith('.fifo'),
    () => 'a name ending with ".fifo" for a FIFO queue',
    'Append ".fifo", or leave physicalName out to have it generated with the suffix.',
  ),
  eachQueue('MessageQueueMaxConsumerConcurrencyOutOfRange', 'queues[].maxConsumerConcurrency', (q) => notInt(q.maxConsumerConcurrency, 1, 1000), () => 'a whole number between 1 and 1000', 'Bound in-flight work with a positive consumer count.'),
  {
    code: 'MessageQueueTopicUnknownQueue',
    prop: 'topics[].subscriptions',
    value: (p) => (p.topics ?? []).flatMap((t) => t.subscriptions ?? []).find((s) => !(p.queues ?? []).some((q) => q.name === s)),
    failsWhen: (p) => (p.topics ?? []).some((t) => (t.subscriptions ?? []).some((s) => !(p.queues ?? []).some((q) => q.name === s))),
    allowed: (p) => `a queue of this MessageQueue (${(p.queues ?? []).map((q) => formatValue(q.name)).join(', ')})`,
    fix: 'Declare the queue, or fix the subscription name.',
  },
  {
    code: 'MessageQueueTopicFifoMismatch',
    prop: 'topics[].fifo',
    value: (p) => (p.topics ?? []).find((t) => (t.subscriptions ?? []).some((s) => (p.queues ?? []).some((q) => q.name === s && (q.fifo ?? false) !== (t.fifo ?? false))))?.name,
    failsWhen: (p) => (p.topics ?? []).some((t) => (t.subscriptions ?? []).some((s) => (p.queues ?? []).some((q) => q.name === s && (q.fifo ?? false) !== (t.fifo ?? false)))),
    allowed: 'the same FIFO setting as the queues it feeds',
    fix: 'SNS FIFO topics deliver only to FIFO queues and standard topics only to standard queues: align them.',
  },
  rules.oneOf<MessageQueueProps, string>('MessageQueueTierInvalid', 'tier', (p) => p.tier, Object.values(MessagingTier), 'Use premium (default) or standard.'),
  rules.oneOf<MessageQueueProps, number>('MessageQueueMessagingUnitsInvalid', 'messagingUnits', (p) => p.messagingUnits, [1, 2, 4, 8, 16], 'Premium namespaces come in 1, 2, 4, 8 or 16 messaging units.'),
];

/**
 * A queue as consumers see it: the neutral {@link IQueueRef} plus the bounds of in-flight work.
 */
export interface IMessageQueueRef extends IQueueRef {
  /** Deliveries before dead-lettering. */
  readonly maxReceiveCount: number;
  /** Visibility timeout (AWS) or lock duration before capping (Azure), seconds. */
  readonly visibilityTimeoutSeconds: number;
  /** The documented cap on concurrent processing across consumers. */
  readonly maxConsumerConcurrency: number;
  readonly fifo: boolean;
  /** Azure: the namespace host (`<ns>.servicebus.windows.net`). @default - not on AWS */
  readonly fullyQualifiedNamespace?: string;
}

/** `order-events` → `ORDER_EVENTS`. */
function envKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The settings a sender needs for one queue (docs/wiring.md): AWS `QUEUE_<NAME>_URL`; Azure
 * `QUEUE_<NAME>_NAME` and `SERVICEBUS_FULLY_QUALIFIED_NAMESPACE` (`<ns>.servicebus.windows.net`,
 * what the Service Bus SDKs take with a token credential).
 */
export function queueSettings(name: string, q: IQueueRef & { fullyQualifiedNamespace?: string }): Record<string, string> {
  if (q.queueUrl !== undefined) return { [`QUEUE_${envKey(name)}_URL`]: q.queueUrl };
  const env: Record<string, string> = { [`QUEUE_${envKey(name)}_NAME`]: q.queueName };
  if (q.fullyQualifiedNamespace !== undefined) env.SERVICEBUS_FULLY_QUALIFIED_NAMESPACE = q.fullyQualifiedNamespace;
  return env;
}

/** The settings a publisher needs for one topic: AWS `TOPIC_<NAME>_ARN`; Azure `TOPIC_<NAME>_NAME` and the namespace. */
export function topicSettings(name: string, t: ITopicRef): Record<string, string> {
  if (t.fullyQualifiedNamespace === undefined) return { [`TOPIC_${envKey(name)}_ARN`]: t.topicId };
  return { [`TOPIC_${envKey(name)}_NAME`]: t.topicName, SERVICEBUS_FULLY_QUALIFIED_NAMESPACE: t.fullyQualifiedNamespace };
}

/** A topic publishers send to. */
export interface ITopicRef {
  readonly topicName: string;
  /** AWS: the SNS topic ARN. Azure: the Service Bus topic id. */
  readonly topicId: string;
  /** Azure: the namespace host (`<ns>.servicebus.windows.net`). @default - not on AWS */
  readonly fullyQualifiedNamespace?: string;
}

/** What a MessageQueue hands to stacks and consumers, keyed by logical name. */
export interface IMessagingRef extends IConstruct {
  readonly queues: Record<string, IMessageQueueRef>;
  readonly topics: Record<string, ITopicRef>;
  /**
   * Lets `consumer` send to one queue: AWS `sqs:SendMessage` on its ARN (plus the key when
   * KMS-encrypted); Azure `Azure Service Bus Data Sender` on the queue. Records `app->queue`.
   * @returns the settings the consumer needs to send with that identity
   */
  grantSendMessages?(consumer: IWorkloadConsumer, queueName: string): Record<string, string>;
  /**
   * Lets `consumer` publish to one topic: AWS `sns:Publish` on its ARN (plus the key when
   * KMS-encrypted); Azure `Azure Service Bus Data Sender` on the topic. Records `app->topic`.
   * @returns the settings the consumer needs to publish with that identity
   */
  grantPublish?(consumer: IWorkloadConsumer, topicName: string): Record<string, string>;
  /**
   * Opens the network path from `consumer` to the messaging endpoint, for a consumer whose
   * permission is granted elsewhere (a queue-triggered function). Azure Premium: an NSG rule from
   * its subnet to the private endpoint's; a no-op where the path is public.
   */
  allowConnectionsFrom?(consumer: IWorkloadConsumer): void;
}

/**
 * The queue-depth metric a consumer group scales on (backpressure, seed §4.3), for either cloud:
 * AWS `AWS/SQS ApproximateNumberOfMessagesVisible` by `QueueName`; Azure Service Bus
 * `ActiveMessages` by `EntityName` on the namespace. The compute blueprints divide it by the
 * running instances (backlog per instance) and track a target.
 */
export function queueBacklogMetric(queue: IQueueRef): MetricRef {
  if (queue.namespaceId !== undefined) {
    return { namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'ActiveMessages', dimensions: [{ name: 'EntityName', value: queue.queueName }], resourceId: queue.namespaceId };
  }
  return { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: queue.queueName }] };
}

/**
 * The backlog each consumer instance may hold so that a message waits at most `latencySeconds`:
 * `floor(latency / processing time per message × concurrency per instance)`, at least 1. The
 * target value for `ScalingMetric.QUEUE_BACKLOG_PER_INSTANCE` (AWS's documented method).
 */
export function backlogPerInstanceTarget(latencySeconds: number, processingSecondsPerMessage: number, concurrencyPerInstance = 1): number {
  if (!(latencySeconds > 0) || !(processingSecondsPerMessage > 0) || !(concurrencyPerInstance > 0)) {
    throw new Error('backlogPerInstanceTarget: latency, processing time and concurrency must be positive.');
  }
  return Math.max(1, Math.floor((latencySeconds / processingSecondsPerMessage) * concurrencyPerInstance));
}

/**
 * The most consumer instances a queue's concurrency bound allows: `ceil(maxConsumerConcurrency /
 * concurrency per instance)`. Use it as the consumer group's `capacity.max`, so that scaling on
 * backlog never exceeds the in-flight bound.
 */
export function maxConsumerInstances(queue: IMessageQueueRef, concurrencyPerInstance = 1): number {
  if (!(concurrencyPerInstance >= 1)) throw new Error('maxConsumerInstances: concurrencyPerInstance must be at least 1.');
  return Math.max(1, Math.ceil(queue.maxConsumerConcurrency / concurrencyPerInstance));
}
