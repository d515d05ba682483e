/**
 * A user's file, compiled and run by test/package/artifact.test.ts against the installed package:
 * every blueprint on its own, each in the user's own TerraformStack with the user's own provider
 * (deep-imported from the user's own provider package), ids and names given by hand. The stack id
 * is the class name; the test checks that every blueprint class the package exports has a stack.
 * It imports only the package and its peers, as a user's project would (no node types needed).
 */
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import {
  AwsCache, AwsCostAlerts, AwsEdgeCache, AwsFeatureFlags, AwsLoadBalancer, AwsLogSearch, AwsMessageQueue, AwsMonitoring,
  AwsNetwork, AwsScalingGroup, AwsServerlessFunction, AwsShardedDatabase, AwsThrottling, AwsWebApp,
} from 'scaling-blueprints/aws';
import {
  AzureCache, AzureCostAlerts, AzureEdgeCache, AzureFeatureFlags, AzureLoadBalancer, AzureLogSearch, AzureMessageQueue,
  AzureMonitoring, AzureNetwork, AzureScalingGroup, AzureServerlessFunction, AzureShardedDatabase, AzureThrottling, AzureWebApp,
} from 'scaling-blueprints/azure';
import { SizeTier } from 'scaling-blueprints/core';

const app = new App();
const VPC = { vpcId: 'vpc-0a1b2c3d', vpcCidr: '10.20.0.0/16', subnetIds: ['subnet-0a', 'subnet-0b'] };
const FLAGS = [{ name: 'recommendations', enabled: true }];
const EMAIL = ['oncall@example.com'];
/** The user's function code: a folder next to where the app runs. */
const SOURCE = 'handler';

function aws(id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  return stack;
}

function azure(id: string): { stack: TerraformStack; rg: ResourceGroup; at: { resourceGroupName: string; location: string } } {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const rg = new ResourceGroup(stack, 'Rg', { name: 'rg-user', location: 'westeurope' });
  return { stack, rg, at: { resourceGroupName: rg.name, location: 'westeurope' } };
}

// ── AWS ──────────────────────────────────────────────────────────────────────────────────────
new AwsNetwork(aws('AwsNetwork'), 'Network', { region: 'eu-west-1', zoneCount: 2 });
new AwsLoadBalancer(aws('AwsLoadBalancer'), 'LoadBalancer', VPC);
{
  const stack = aws('AwsScalingGroup');
  new AwsScalingGroup(stack, 'Web', { ...VPC, size: SizeTier.SMALL, target: new AwsLoadBalancer(stack, 'LoadBalancer', VPC).addTarget('web') });
}
new AwsWebApp(aws('AwsWebApp'), 'Web', { ...VPC, region: 'eu-west-1' });
new AwsCache(aws('AwsCache'), 'Cache', { ...VPC, allowedCidrs: ['10.20.16.0/20'] });
new AwsShardedDatabase(aws('AwsShardedDatabase'), 'Orders', {
  ...VPC, availabilityZones: ['eu-west-1a', 'eu-west-1b'], allowedCidrs: ['10.20.16.0/20'],
  shardCount: 2, shardKeyColumn: 'customer_id',
});
new AwsMessageQueue(aws('AwsMessageQueue'), 'Bus', { queues: [{ name: 'orders' }] });
new AwsServerlessFunction(aws('AwsServerlessFunction'), 'Fn', { sourcePath: SOURCE });
new AwsThrottling(aws('AwsThrottling'), 'Waf', {});
new AwsFeatureFlags(aws('AwsFeatureFlags'), 'Flags', { flags: FLAGS });
new AwsEdgeCache(aws('AwsEdgeCache'), 'Edge', { originHostname: 'origin.example.com' });
{
  const stack = aws('AwsLogSearch');
  const network = new AwsNetwork(stack, 'Network', { region: 'eu-west-1' });
  new AwsLogSearch(stack, 'LogSearch', { network, region: 'eu-west-1' });
}
new AwsMonitoring(aws('AwsMonitoring'), 'Monitoring', { region: 'eu-west-1', alertEmails: EMAIL });
new AwsCostAlerts(aws('AwsCostAlerts'), 'CostAlerts', { monthlyBudgetUsd: 500, projectTag: 'user', alertEmails: EMAIL });

// ── Azure ────────────────────────────────────────────────────────────────────────────────────
{
  const { stack, rg } = azure('AzureNetwork');
  new AzureNetwork(stack, 'Network', { location: 'westeurope', resourceGroup: rg, zoneCount: 2 });
}
{
  const { stack, at } = azure('AzureLoadBalancer');
  new AzureLoadBalancer(stack, 'LoadBalancer', { ...at, subnetId: 'gateway-subnet-id' });
}
{
  const { stack, at } = azure('AzureScalingGroup');
  const target = new AzureLoadBalancer(stack, 'LoadBalancer', { ...at, subnetId: 'gateway-subnet-id' }).addTarget('web');
  new AzureScalingGroup(stack, 'Web', { ...at, subnetId: 'app-subnet-id', adminSshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ7 user@example.com', target });
}
{
  const { stack, at } = azure('AzureWebApp');
  new AzureWebApp(stack, 'Web', { ...at, integrationSubnetId: 'integration-subnet-id' });
}
{
  const { stack, at } = azure('AzureCache');
  new AzureCache(stack, 'Cache', { ...at, privateEndpointSubnetId: 'data-subnet-id', virtualNetworkId: 'vnet-id' });
}
{
  const { stack, at } = azure('AzureShardedDatabase');
  new AzureShardedDatabase(stack, 'Orders', {
    ...at, delegatedSubnetId: 'postgres-subnet-id', virtualNetworkId: 'vnet-id',
    shardCount: 2, shardKeyColumn: 'customer_id',
  });
}
{
  const { stack, at } = azure('AzureMessageQueue');
  new AzureMessageQueue(stack, 'Bus', { ...at, privateEndpointSubnetId: 'data-subnet-id', virtualNetworkId: 'vnet-id', queues: [{ name: 'orders' }] });
}
{
  const { stack, at } = azure('AzureServerlessFunction');
  new AzureServerlessFunction(stack, 'Fn', { ...at, sourcePath: SOURCE });
}
{
  const { stack, at } = azure('AzureThrottling');
  new AzureThrottling(stack, 'Waf', at);
}
{
  const { stack, at } = azure('AzureFeatureFlags');
  new AzureFeatureFlags(stack, 'Flags', { ...at, flags: FLAGS });
}
{
  const { stack, at } = azure('AzureEdgeCache');
  new AzureEdgeCache(stack, 'Edge', { ...at, originHostname: 'origin.example.com' });
}
{
  const { stack, rg } = azure('AzureLogSearch');
  new AzureLogSearch(stack, 'LogSearch', { resourceGroup: rg, location: 'westeurope', elasticCloudEmailAddress: EMAIL[0] });
}
{
  const { stack, rg } = azure('AzureMonitoring');
  new AzureMonitoring(stack, 'Monitoring', { resourceGroup: rg, location: 'westeurope', alertEmails: EMAIL });
}
{
  const { stack, rg } = azure('AzureCostAlerts');
  new AzureCostAlerts(stack, 'CostAlerts', { resourceGroup: rg, monthlyBudgetUsd: 500, alertEmails: EMAIL });
}

app.synth();
