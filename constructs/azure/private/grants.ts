import { Construct } from 'constructs';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Cloud } from '../../core/cloud';
import { IWorkloadConsumer, WorkloadIdentity, consumerIdFragment, wrongCloudError } from '../../core/wiring';

/** What a data blueprint needs of the network to open a path to a consumer: AzureNetwork implements it. */
export interface IAzureSubnetAccess {
  /** Opens `ports` (TCP) on the NSG of `toSubnetId` to the subnet `fromSubnetId` only. */
  allowInbound(toSubnetId: string, fromSubnetId: string, ports: number[]): void;
  /** The subnet delegated to Azure Container Instances where run-once bootstrap container groups run. @default - none: no bootstrap can run */
  readonly bootstrapSubnetId?: string;
}

/**
 * Built-in role and data-plane facts the grants use. Names are the built-in role definition names
 * `azurerm_role_assignment.role_definition_name` takes.
 *
 * source: learn.microsoft.com/azure/azure-app-configuration/concept-enable-rbac ("App Configuration
 * Data Reader": read access to App Configuration data), read 2026-12-02; Azure Service Bus Data
 * Sender (role id 69a216fc-b8fb-44d8-bc22-1f3c2cd27a39): learn.microsoft.com built-in roles, as the
 * Receiver already used by constructs/azure/function.ts;
 * Service Bus ports: learn.microsoft.com/azure/service-bus-messaging/service-bus-amqp-protocol-guide
 * ("AMQP outbound port requirements": 5671, and 443 for AMQP over WebSockets), read 2026-12-02.
 */
export const AZURE_GRANT_FACTS = {
  serviceBusSender: 'Azure Service Bus Data Sender',
  appConfigurationReader: 'App Configuration Data Reader',
  /** AMQP over TLS, and AMQP over WebSockets / HTTPS. */
  serviceBusPorts: [5671, 443],
  appConfigurationPort: 443,
} as const;

/** The consumer's Azure identity; throws for a consumer of another cloud. */
export function azureIdentity(what: string, consumer: IWorkloadConsumer): WorkloadIdentity & { principalId: string } {
  const id = consumer.workloadIdentity;
  if (id.cloud !== Cloud.AZURE || id.principalId === undefined) throw wrongCloudError(what, 'Azure', consumer);
  return id as WorkloadIdentity & { principalId: string };
}

/** A role assignment for the consumer's own identity at `scope`, created in the dependency's scope (`Messaging/GrantWebTierSendOrders`). */
export function grantRole(dependency: Construct, consumer: IWorkloadConsumer, scope: string, roleDefinitionName: string, suffix = ''): RoleAssignment {
  const id = azureIdentity(dependency.node.path, consumer);
  return new RoleAssignment(dependency, `Grant${consumerIdFragment(consumer)}${suffix}`, {
    scope,
    roleDefinitionName,
    principalId: id.principalId,
    principalType: 'ServicePrincipal',
  });
}

/** Opens the consumer's subnet to the dependency's subnet on `ports`, when both are known. */
export function allowConsumerSubnet(network: IAzureSubnetAccess | undefined, toSubnetId: string | undefined, consumer: IWorkloadConsumer, ports: number[]): boolean {
  const from = consumer.workloadIdentity.subnetId;
  if (!network || toSubnetId === undefined || from === undefined) return false;
  network.allowInbound(toSubnetId, from, ports);
  return true;
}
