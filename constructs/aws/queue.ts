import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { SqsQueueRedriveAllowPolicy } from '@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import {
  IMessageQueueRef,
  IMessagingRef,
  ITopicRef,
  MESSAGE_QUEUE_DEFAULTS,
  MESSAGE_QUEUE_RULES,
  MessageQueueProps,
  MessageQueueSpec,
  queueSettings,
  topicSettings,
  visibilityTimeoutOf,
} from '../core/queue';
import { pascalCase as pascal } from '../core/private/strings';
import { Rule, rules } from '../core/validation';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { GrantStatement, grantPolicy } from './private/grants';

/** How queues and topics are encrypted at rest. */
export enum AwsQueueEncryption {
  /** SSE-SQS on queues and the AWS-managed `alias/aws/sns` key on topics: no key to run or pay for. */
  MANAGED = 'managed',
  /** One customer-managed KMS key (rotated) for queues and topics: auditable key use, $1/month plus requests. */
  KMS = 'kms',
}

export interface AwsMessageQueueProps extends MessageQueueProps {
  /**
   * Encryption at rest.
   * @default AwsQueueEncryption.MANAGED
   */
  readonly encryption?: AwsQueueEncryption;
}

export const AWS_MESSAGE_QUEUE_DEFAULTS = {
  encryption: AwsQueueEncryption.MANAGED,
  /** Long polling: fewer empty receives, lower cost. */
  receiveWaitTimeSeconds: 20,
  snsManagedKey: 'alias/aws/sns',
} as const;

export const AWS_MESSAGE_QUEUE_RULES: ReadonlyArray<Rule<AwsMessageQueueProps>> = [
  ...MESSAGE_QUEUE_RULES,
  rules.oneOf<AwsMessageQueueProps, string>('MessageQueueEncryptionInvalid', 'encryption', (p) => p.encryption, Object.values(AwsQueueEncryption), 'Use managed or kms.'),
];

/** One SQS queue with its dead-letter queue. */
export interface AwsQueuePair {
  readonly queue: SqsQueue;
  readonly deadLetterQueue: SqsQueue;
  readonly queueName: string;
  readonly deadLetterQueueName: string;
}

const DAY = 86400;

/**
 * SQS queues, each with a dead-letter queue (redrive after `maxReceiveCount` deliveries, a redrive
 * allow policy naming only its source queue), server-side encryption, long polling and a visibility
 * timeout no shorter than the consumer's timeout; plus SNS topics, KMS-encrypted, fanning out to
 * the queues with raw delivery, and the queue policies that let only those topics send.
 */
export class AwsMessageQueue extends Blueprint implements IMessagingRef {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'MessageQueue';
  /** The first queue: the primary resource. */
  public readonly resource: SqsQueue;
  public readonly queuePairs: Record<string, AwsQueuePair> = {};
  public readonly snsTopics: Record<string, SnsTopic> = {};
  public readonly queuePolicies: Record<string, SqsQueuePolicy> = {};
  public readonly key?: KmsKey;
  public readonly queues: Record<string, IMessageQueueRef> = {};
  public readonly topics: Record<string, ITopicRef> = {};

  constructor(scope: Construct, id: string, props: AwsMessageQueueProps) {
    super(scope, id);
    this.validate('AwsMessageQueue', AWS_MESSAGE_QUEUE_RULES, props);
    const encryption = props.encryption ?? AWS_MESSAGE_QUEUE_DEFAULTS.encryption;

    if (encryption === AwsQueueEncryption.KMS) {
      const caller = new DataAwsCallerIdentity(this, 'Caller', {});
      this.key = new KmsKey(this, 'Key', {
        description: `Encrypts the queues and topics of ${this.node.path}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: Fn.jsonencode({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${caller.accountId}:root` }, Action: 'kms:*', Resource: '*' },
            {
              Sid: 'SnsDeliversToEncryptedQueues',
              Effect: 'Allow',
              Principal: { Service: 'sns.amazonaws.com' },
              Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
              Resource: '*',
              Condition: { StringEquals: { 'aws:SourceAccount': caller.accountId } },
            },
          ],
        }),
      });
    }

    let first: SqsQueue | undefined;
    for (const spec of props.queues) {
      const pair = this.queuePair(spec);
      first = first ?? pair.queue;
      this.queuePairs[spec.name] = pair;
      this.queues[spec.name] = {
        queueName: pair.queueName,
        queueId: pair.queue.arn,
        queueUrl: pair.queue.url,
        deadLetterQueueId: pair.deadLetterQueue.arn,
        maxReceiveCount: spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount,
        visibilityTimeoutSeconds: visibilityTimeoutOf(spec),
        maxConsumerConcurrency: spec.maxConsumerConcurrency ?? MESSAGE_QUEUE_DEFAULTS.maxConsumerConcurrency,
        fifo: spec.fifo ?? false,
      };
      this.signals(spec, pair);
    }
    this.resource = first as SqsQueue;

    const sendersByQueue: Record<string, string[]> = {};
    for (const t of props.topics ?? []) {
      const fifo = t.fifo ?? false;
      const cid = pascal(t.name);
      const topicName = fifo ? `${resourceName(this, 'awsSnsTopicFifo', t.name)}.fifo` : resourceName(this, 'awsSnsTopic', t.name);
      const topic = new SnsTopic(this, `${cid}Topic`, {
        name: topicName,
        fifoTopic: fifo || undefined,
        contentBasedDeduplication: fifo || undefined,
        kmsMasterKeyId: this.key?.arn ?? AWS_MESSAGE_QUEUE_DEFAULTS.snsManagedKey,
      });
      this.snsTopics[t.name] = topic;
      this.topics[t.name] = { topicName, topicId: topic.arn };
      for (const q of t.subscriptions) {
        new SnsTopicSubscription(this, `${cid}To${pascal(q)}`, {
          topicArn: topic.arn,
          protocol: 'sqs',
          endpoint: this.queuePairs[q].queue.arn,
          rawMessageDelivery: true,
        });
        (sendersByQueue[q] = sendersByQueue[q] ?? []).push(topic.arn);
      }
      this.addCostItem({ sku: 'aws:sns:requests', description: `topic ${t.name} publishes and deliveries`, quantityMin: 0, quantityMax: 0, usageBased: true });
    }
    // Every queue: TLS only; queues fed by topics also accept SendMessage from exactly those topics.
    for (const [q, pair] of Object.entries(this.queuePairs)) {
      const queue = pair.queue;
      const topicArns = sendersByQueue[q] ?? [];
      const statements: object[] = [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 'sqs:*',
          Resource: queue.arn,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ];
      if (topicArns.length > 0) {
        statements.push({
          Sid: 'TopicsSend',
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: queue.arn,
          Condition: { ArnEquals: { 'aws:SourceArn': topicArns } },
        });
      }
      this.queuePolicies[q] = new SqsQueuePolicy(this, `${pascal(q)}QueuePolicy`, {
        queueUrl: queue.url,
        policy: Fn.jsonencode({ Version: '2012-10-17', Statement: statements }),
      });
    }
    this.addCostItem({ sku: 'aws:sqs:requests', description: 'SQS requests (send, receive, delete)', quantityMin: 0, quantityMax: 0, usageBased: true });
    if (this.key) this.addCostItem({ sku: 'aws:kms:key', description: 'messaging KMS key', quantityMin: 1, quantityMax: 1 });
  }

  /** The key statement a sender needs when the queues and topics are KMS-encrypted. */
  private keyStatements(): GrantStatement[] {
    return this.key ? [{ sid: 'MessagingKey', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.key.arn] }] : [];
  }

  /** Lets `consumer` send to queue `queueName`: `sqs:SendMessage` on its ARN (and the key when KMS-encrypted). */
  public grantSendMessages(consumer: IWorkloadConsumer, queueName: string): Record<string, string> {
    const pair = this.queuePairs[queueName];
    if (!pair) throw new Error(`queueName must be one of ${Object.keys(this.queuePairs).join(', ')}, got ${queueName}. Name a queue of ${this.node.path}.`);
    const policy = grantPolicy(this, consumer, [{ sid: 'QueueSend', actions: ['sqs:SendMessage'], resources: [pair.queue.arn] }, ...this.keyStatements()], `Send${pascal(queueName)}`);
    const settings = queueSettings(queueName, this.queues[queueName]);
    Wiring.of(this).add({
      kind: EdgeKind.APP_QUEUE, from: consumer.node.path, to: `${this.node.path}/${queueName}`, protocol: 'https',
      permissions: ['sqs:SendMessage', ...(this.key ? ['kms:GenerateDataKey', 'kms:Decrypt'] : [])],
      pieces: { role: consumer.workloadIdentity.roleArn!, policy: policy.id, resource: pair.queue.arn },
      settings: Object.keys(settings).sort(),
      note: 'SQS API over HTTPS (through the NAT gateway); the queue policy denies non-TLS requests.',
    });
    return settings;
  }

  /** Lets `consumer` publish to topic `topicName`: `sns:Publish` on its ARN (and the key when KMS-encrypted). */
  public grantPublish(consumer: IWorkloadConsumer, topicName: string): Record<string, string> {
    const topic = this.snsTopics[topicName];
    if (!topic) throw new Error(`topicName must be one of ${Object.keys(this.snsTopics).join(', ') || '(none)'}, got ${topicName}. Name a topic of ${this.node.path}.`);
    const policy = grantPolicy(this, consumer, [{ sid: 'TopicPublish', actions: ['sns:Publish'], resources: [topic.arn] }, ...this.keyStatements()], `Publish${pascal(topicName)}`);
    const settings = topicSettings(topicName, this.topics[topicName]);
    Wiring.of(this).add({
      kind: EdgeKind.APP_TOPIC, from: consumer.node.path, to: `${this.node.path}/${topicName}`, protocol: 'https',
      permissions: ['sns:Publish', ...(this.key ? ['kms:GenerateDataKey', 'kms:Decrypt'] : [])],
      pieces: { role: consumer.workloadIdentity.roleArn!, policy: policy.id, resource: topic.arn },
      settings: Object.keys(settings).sort(),
      note: 'SNS API over HTTPS (through the NAT gateway).',
    });
    return settings;
  }

  private queuePair(spec: MessageQueueSpec): AwsQueuePair {
    const fifo = spec.fifo ?? false;
    const cid = pascal(spec.name);
    const sse = this.key ? { kmsMasterKeyId: this.key.arn, kmsDataKeyReusePeriodSeconds: 300 } : { sqsManagedSseEnabled: true };
    const name = (suffix?: string) =>
      fifo ? `${resourceName(this, 'awsSqsFifo', spec.name, ...(suffix ? [suffix] : []))}.fifo` : resourceName(this, 'awsSqs', spec.name, ...(suffix ? [suffix] : []));
    const queueName = spec.physicalName ?? name();
    const deadLetterQueueName = name('dlq');
    const deadLetterQueue = new SqsQueue(this, `${cid}DeadLetterQueue`, {
      name: deadLetterQueueName,
      fifoQueue: fifo || undefined,
      messageRetentionSeconds: MESSAGE_QUEUE_DEFAULTS.deadLetterRetentionDays * DAY,
      ...sse,
    });
    const queue = new SqsQueue(this, `${cid}Queue`, {
      name: queueName,
      fifoQueue: fifo || undefined,
      contentBasedDeduplication: fifo || undefined,
      messageRetentionSeconds: (spec.retentionDays ?? MESSAGE_QUEUE_DEFAULTS.retentionDays) * DAY,
      visibilityTimeoutSeconds: visibilityTimeoutOf(spec),
      receiveWaitTimeSeconds: AWS_MESSAGE_QUEUE_DEFAULTS.receiveWaitTimeSeconds,
      redrivePolicy: Fn.jsonencode({ deadLetterTargetArn: deadLetterQueue.arn, maxReceiveCount: spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount }),
      ...sse,
    });
    // Only this queue may redrive into its DLQ (a separate resource: the two ARNs refer to each other).
    new SqsQueueRedriveAllowPolicy(this, `${cid}DeadLetterRedriveAllowPolicy`, {
      queueUrl: deadLetterQueue.url,
      redriveAllowPolicy: Fn.jsonencode({ redrivePermission: 'byQueue', sourceQueueArns: [queue.arn] }),
    });
    return { queue, deadLetterQueue, queueName, deadLetterQueueName };
  }

  private signals(spec: MessageQueueSpec, pair: AwsQueuePair): void {
    const visibility = visibilityTimeoutOf(spec);
    const maxReceive = spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount;
    this.addGoldenSignal({
      name: `${spec.name}-oldest-message-age`,
      description: `Messages wait too long in ${spec.name}: consumers are behind or failing.`,
      metric: { namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage', dimensions: [{ name: 'QueueName', value: pair.queueName }] },
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN,
      // A message that failed every delivery has waited about maxReceiveCount × visibility: alarm well before.
      threshold: Math.max(300, visibility * maxReceive),
      periodSeconds: 300,
      severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: `${spec.name}-dead-letters`,
      description: `Messages reached the dead-letter queue of ${spec.name}: they failed ${maxReceive} times.`,
      metric: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: pair.deadLetterQueueName }] },
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 0,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.CRITICAL,
    });
  }
}
