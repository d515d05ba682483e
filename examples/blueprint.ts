// One blueprint alone, in your own stack with your own provider: no workload file, no kit.
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AwsCache, AwsNetwork } from 'scaling-blueprints/aws';
import { SubnetTier } from 'scaling-blueprints/core';

const app = new App();
const stack = new TerraformStack(app, 'sessions');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
const network = new AwsNetwork(stack, 'Network', { region: 'eu-west-1', zoneCount: 2 });
new AwsCache(stack, 'Sessions', {
  vpcId: network.resource.id,
  subnetIds: network.subnetIds(SubnetTier.DATA),
  allowedCidrs: [network.cidr],
  memoryGiB: 1,
});
app.synth();
