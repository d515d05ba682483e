import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { ServicebusNamespace } from '@cdktf/provider-azurerm/lib/servicebus-namespace';
import { ServicebusQueue } from '@cdktf/provider-azurerm/lib/servicebus-queue';
import { ServicebusSubscription } from '@cdktf/provider-azurerm/lib/servicebus-subscription';
import { ServicebusTopic } from '@cdktf/provider-azurerm/lib/servicebus-topic';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { pascalCase as pascal } from '../core/private/strings';
import {
  IMessageQueueRef,
  IMessagingRef,
  ITopicRef,
  MESSAGE_QUEUE_DEFAULTS,
  MESSAGE_QUEUE_RULES,
  MessageQueueProps,
  MessageQueueSpec,
  MessagingTier,
  queueSettings,
  topicSettings,
  visibilityTimeoutOf,
} from '../core/queue';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { AZURE_GRANT_FACTS, IAzureSubnetAccess, allowConsumerSubnet, grantRole } from './private/grants';
import { privateLink } from './private/private-link';

export interface AzureMessageQueueProps extends MessageQueueProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The network's DATA subnet: Premium namespaces get a private endpoint there. */
  readonly privateEndpointSubnetId: string;
  /** The VNet the private DNS zone is linked to. */
  readonly virtualNetworkId: string;
  /** Opens the private endpoint's subnet to each sender's subnet (the kit passes the network). @default - no NSG rules are added */
  readonly network?: IAzureSubnetAccess;
}

export const AZURE_MESSAGE_QUEUE_DEFAULTS = {
  /**
   * The DNS suffix of a namespace in the Azure public cloud: clients connect to
   * `<namespace>.servicebus.windows.net`. source: azurerm 4.55 `servicebus_namespace` attribute
   * `endpoint` (`https://<name>.servicebus.windows.net:443/`), and
   * learn.microsoft.com/azure/service-bus-messaging/service-bus-messaging-overview.
   */
  namespaceHostSuffix: 'servicebus.windows.net',
  minimumTlsVersion: '1.2',
  /** Service Bus caps a peek-lock at 5 minutes; longer consumers renew the lock. */
  maxLockDurationSeconds: 300,
  premiumMessagingPartitions: 1,
  duplicateDetectionWindow: 'PT10M',
  privateDnsZone: 'privatelink.servicebus.windows.net',
} as const;

/** Seconds as an ISO 8601 duration the Service Bus API keeps as written (`PT5M`, `PT45S`). */
export function isoSeconds(seconds: number): string {
  return seconds % 60 === 0 ? `PT${seconds / 60}M` : `PT${seconds}S`;
}

/**
 * A Service Bus namespace (Premium by default: dedicated messaging units, zone-redundant in zone
 * regions, reached through a private endpoint in the DATA subnet; Standard as the cheaper opt-out)
 * with local SAS auth off (Entra ID only) and TLS 1.2+. Queues dead-letter on expiry and after
 * `maxReceiveCount` deliveries; topics fan out through subscriptions forwarding to the queues.
 */
export class AzureMessageQueue extends Blueprint implements IMessagingRef {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'MessageQueue';
  /** The namespace: the primary resource. */
  public readonly resource: ServicebusNamespace;
  public readonly serviceBusQueues: Record<string, ServicebusQueue> = {};
  public readonly serviceBusTopics: Record<string, ServicebusTopic> = {};
  public readonly subscriptions: Record<string, ServicebusSubscription> = {};
  public readonly privateEndpoint?: PrivateEndpoint;
  public readonly queues: Record<string, IMessageQueueRef> = {};
  public readonly topics: Record<string, ITopicRef> = {};
  /** The namespace host the Service Bus SDKs take with a token credential (`<ns>.servicebus.windows.net`). */
  public readonly fullyQualifiedNamespace: string;
  private readonly props: AzureMessageQueueProps;

  constructor(scope: Construct, id: string, props: AzureMessageQueueProps) {
    super(scope, id);
    this.validate('AzureMessageQueue', MESSAGE_QUEUE_RULES, props);
    this.props = props;
    const tier = props.tier ?? MESSAGE_QUEUE_DEFAULTS.tier;
    const premium = tier === MessagingTier.PREMIUM;
    const units = props.messagingUnits ?? MESSAGE_QUEUE_DEFAULTS.messagingUnits;
    if (!premium) {
      Annotations.of(this).addWarning('Service Bus Standard: no zone redundancy and no private endpoint (public endpoint, Entra ID auth only).');
    }

    // azurerm 4.x has no zone_redundant argument: Premium namespaces are zone-redundant wherever the
    // region has availability zones.
    this.resource = new ServicebusNamespace(this, 'Resource', {
      name: resourceName(this, 'azureServiceBus', 'bus'),
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: premium ? 'Premium' : 'Standard',
      capacity: premium ? units : undefined,
      premiumMessagingPartitions: premium ? AZURE_MESSAGE_QUEUE_DEFAULTS.premiumMessagingPartitions : undefined,
      localAuthEnabled: false,
      minimumTlsVersion: AZURE_MESSAGE_QUEUE_DEFAULTS.minimumTlsVersion,
      publicNetworkAccessEnabled: !premium,
    });
    this.fullyQualifiedNamespace = `${this.resource.name}.${AZURE_MESSAGE_QUEUE_DEFAULTS.namespaceHostSuffix}`;
    if (premium) {
      this.privateEndpoint = privateLink(this, 'PrivateEndpoint', {
        resourceGroupName: props.resourceGroupName,
        location: props.location,
        subnetId: props.privateEndpointSubnetId,
        virtualNetworkId: props.virtualNetworkId,
        resourceId: this.resource.id,
        subresource: 'namespace',
        zoneName: AZURE_MESSAGE_QUEUE_DEFAULTS.privateDnsZone,
      }).endpoint;
    }

    for (const spec of props.queues) {
      const queue = this.queue(spec);
      this.serviceBusQueues[spec.name] = queue;
      this.queues[spec.name] = {
        queueName: queue.name,
        queueId: queue.id,
        namespaceId: this.resource.id,
        namespaceName: this.resource.name,
        maxReceiveCount: spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount,
        visibilityTimeoutSeconds: visibilityTimeoutOf(spec),
        maxConsumerConcurrency: spec.maxConsumerConcurrency ?? MESSAGE_QUEUE_DEFAULTS.maxConsumerConcurrency,
        fifo: spec.fifo ?? false,
        fullyQualifiedNamespace: this.fullyQualifiedNamespace,
      };
      this.signals(spec);
    }

    for (const t of props.topics ?? []) {
      const cid = pascal(t.name);
      const topic = new ServicebusTopic(this, `${cid}Topic`, {
        name: t.name,
        namespaceId: this.resource.id,
        supportOrdering: t.fifo ?? false,
        partitioningEnabled: false,
      });
      this.serviceBusTopics[t.name] = topic;
      this.topics[t.name] = { topicName: topic.name, topicId: topic.id, fullyQualifiedNamespace: this.fullyQualifiedNamespace };
      for (const q of t.subscriptions) {
        const spec = props.queues.find((x) => x.name === q) as MessageQueueSpec;
        this.subscriptions[`${t.name}/${q}`] = new ServicebusSubscription(this, `${cid}To${pascal(q)}`, {
          name: q,
          topicId: topic.id,
          forwardTo: this.serviceBusQueues[q].name,
          maxDeliveryCount: spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount,
          deadLetteringOnMessageExpiration: true,
          deadLetteringOnFilterEvaluationError: true,
          requiresSession: spec.fifo ?? false,
        });
      }
    }

    if (premium) {
      this.addGoldenSignal({
        name: 'namespace-cpu-high',
        description: 'The namespace CPU is high: add messaging units.',
        metric: { namespace: 'Microsoft.ServiceBus/namespaces', metricName: 'NamespaceCpuUsage', resourceId: this.resource.id },
        statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 70, periodSeconds: 300, severity: Severity.WARNING,
      });
      this.addCostItem({ sku: 'azure:servicebus:premium-mu', description: `Service Bus Premium messaging units (${units})`, quantityMin: units * 730, quantityMax: units * 730 });
      this.addCostItem({ sku: 'azure:private-endpoint:hour', description: 'Service Bus private endpoint', quantityMin: 730, quantityMax: 730 });
    } else {
      this.addCostItem({ sku: 'azure:servicebus:standard-base', description: 'Service Bus Standard base charge', quantityMin: 730, quantityMax: 730 });
      this.addCostItem({ sku: 'azure:servicebus:standard-operations', description: 'Service Bus Standard operations', quantityMin: 0, quantityMax: 0, usageBased: true });
    }
  }

  /** Sender-side wiring shared by queues and topics: the role on the entity, the NSG path, the edge. */
  private grantSender(consumer: IWorkloadConsumer, kind: EdgeKind, name: string, entityId: string, suffix: string, settings: Record<string, string>): Record<string, string> {
    const role = grantRole(this, consumer, entityId, AZURE_GRANT_FACTS.serviceBusSender, suffix);
    if (this.privateEndpoint) allowConsumerSubnet(this.props.network, this.props.privateEndpointSubnetId, consumer, [...AZURE_GRANT_FACTS.serviceBusPorts]);
    const id = consumer.workloadIdentity;
    Wiring.of(this).add({
      kind, from: consumer.node.path, to: `${this.node.path}/${name}`, port: AZURE_GRANT_FACTS.serviceBusPorts[0], protocol: 'amqps',
      permissions: [AZURE_GRANT_FACTS.serviceBusSender],
      pieces: {
        identity: id.principalId!, roleAssignment: role.id, resource: entityId, namespace: this.resource.id,
        ...(this.privateEndpoint ? { privateEndpoint: this.privateEndpoint.id } : {}), ...(id.subnetId ? { consumerSubnet: id.subnetId } : {}),
      },
      settings: Object.keys(settings).sort(),
      note: this.privateEndpoint ? 'AMQP over TLS through the private endpoint; Entra ID token (local SAS auth is off).' : 'AMQP over TLS to the public endpoint (Standard has no private endpoint); Entra ID token (local SAS auth is off).',
    });
    return settings;
  }

  /** Opens the private endpoint's subnet to `consumer`'s subnet on the Service Bus ports (Premium only). */
  public allowConnectionsFrom(consumer: IWorkloadConsumer): void {
    if (this.privateEndpoint) allowConsumerSubnet(this.props.network, this.props.privateEndpointSubnetId, consumer, [...AZURE_GRANT_FACTS.serviceBusPorts]);
  }

  /** Lets `consumer` send to queue `queueName`: `Azure Service Bus Data Sender` on that queue only. */
  public grantSendMessages(consumer: IWorkloadConsumer, queueName: string): Record<string, string> {
    const q = this.serviceBusQueues[queueName];
    if (!q) throw new Error(`queueName must be one of ${Object.keys(this.serviceBusQueues).join(', ')}, got ${queueName}. Name a queue of ${this.node.path}.`);
    return this.grantSender(consumer, EdgeKind.APP_QUEUE, queueName, q.id, `Send${pascal(queueName)}`, queueSettings(queueName, this.queues[queueName]));
  }

  /** Lets `consumer` publish to topic `topicName`: `Azure Service Bus Data Sender` on that topic only. */
  public grantPublish(consumer: IWorkloadConsumer, topicName: string): Record<string, string> {
    const t = this.serviceBusTopics[topicName];
    if (!t) throw new Error(`topicName must be one of ${Object.keys(this.serviceBusTopics).join(', ') || '(none)'}, got ${topicName}. Name a topic of ${this.node.path}.`);
    return this.grantSender(consumer, EdgeKind.APP_TOPIC, topicName, t.id, `Publish${pascal(topicName)}`, topicSettings(topicName, this.topics[topicName]));
  }

  private queue(spec: MessageQueueSpec): ServicebusQueue {
    const fifo = spec.fifo ?? false;
    const lock = Math.min(visibilityTimeoutOf(spec), AZURE_MESSAGE_QUEUE_DEFAULTS.maxLockDurationSeconds);
    return new ServicebusQueue(this, `${pascal(spec.name)}Queue`, {
      name: spec.physicalName ?? spec.name,
      namespaceId: this.resource.id,
      maxDeliveryCount: spec.maxReceiveCount ?? MESSAGE_QUEUE_DEFAULTS.maxReceiveCount,
      deadLetteringOnMessageExpiration: true,
      defaultMessageTtl: `P${spec.retentionDays ?? MESSAGE_QUEUE_DEFAULTS.retentionDays}D`,
      lockDuration: isoSeconds(Math.max(5, lock)),
      requiresSession: fifo,
      requiresDuplicateDetection: fifo,
      duplicateDetectionHistoryTimeWindow: fifo ? AZURE_MESSAGE_QUEUE_DEFAULTS.duplicateDetectionWindow : undefined,
      partitioningEnabled: false,
    });
  }

  private signals(spec: MessageQueueSpec): void {
    const name = spec.physicalName ?? spec.name;
    const metric = (metricName: string) => ({ namespace: 'Microsoft.ServiceBus/namespaces', metricName, dimensions: [{ name: 'EntityName', value: name }], resourceId: this.resource.id });
    // Azure Monitor has no age-of-oldest-message metric: the active backlog stands in for it.
    this.addGoldenSignal({
      name: `${spec.name}-backlog`,
      description: `Messages pile up in ${spec.name}: consumers are behind or failing.`,
      metric: metric('ActiveMessages'),
      statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 1000, periodSeconds: 300, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: `${spec.name}-dead-letters`,
      description: `Messages were dead-lettered in ${spec.name}.`,
      metric: metric('DeadletteredMessages'),
      statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 1, severity: Severity.CRITICAL,
    });
  }
}
