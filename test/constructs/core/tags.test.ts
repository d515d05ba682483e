import { Construct } from 'constructs';
import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { awsStack, azureStack, kitStack, resources, synth } from '../../helpers';

const STANDARD = { project: 'shop', environment: 'prod', owner: 'team', 'cost-center': 'cc-1', 'managed-by': 'scaling-blueprints' };

describe('standard tags', () => {
  test('AWS resources nested deep inside constructs get every standard tag', () => {
    const stack = awsStack();
    const inner = new Construct(new Construct(stack, 'Outer'), 'Inner');
    new S3Bucket(inner, 'Bucket', { bucket: 'b' });
    const bucket = Object.values(resources(synth(stack), 'aws_s3_bucket'))[0];
    expect(bucket.tags).toEqual(STANDARD);
  });

  test('tags a user sets on a resource win over the standard ones, and are kept', () => {
    const stack = awsStack();
    new S3Bucket(stack, 'Bucket', { bucket: 'b', tags: { owner: 'data-team', purpose: 'logs' } });
    const bucket = Object.values(resources(synth(stack), 'aws_s3_bucket'))[0];
    expect(bucket.tags).toEqual({ ...STANDARD, owner: 'data-team', purpose: 'logs' });
  });

  test('Auto Scaling groups get tag blocks that propagate to instances', () => {
    const stack = awsStack();
    new AutoscalingGroup(stack, 'Asg', { maxSize: 2, minSize: 1, tag: [{ key: 'role', value: 'web', propagateAtLaunch: true }] });
    const asg = Object.values(resources(synth(stack), 'aws_autoscaling_group'))[0];
    expect(asg.tag).toEqual(
      expect.arrayContaining([
        { key: 'role', value: 'web', propagate_at_launch: true },
        { key: 'project', value: 'shop', propagate_at_launch: true },
        { key: 'cost-center', value: 'cc-1', propagate_at_launch: true },
      ]),
    );
    expect(asg.tag).toHaveLength(6);
  });

  test('Azure resources nested inside constructs get every standard tag', () => {
    const { stack, resourceGroup } = azureStack();
    const inner = new Construct(new Construct(stack, 'Outer'), 'Inner');
    new StorageAccount(inner, 'Storage', { name: 'st', resourceGroupName: resourceGroup.name, location: 'westeurope', accountTier: 'Standard', accountReplicationType: 'ZRS' });
    new NetworkInterface(inner, 'Nic', { name: 'nic', resourceGroupName: resourceGroup.name, location: 'westeurope', ipConfiguration: [{ name: 'ip', privateIpAddressAllocation: 'Dynamic' }] });
    const s = synth(stack);
    expect(Object.values(resources(s, 'azurerm_storage_account'))[0].tags).toEqual(STANDARD);
    expect(Object.values(resources(s, 'azurerm_network_interface'))[0].tags).toEqual(STANDARD);
    expect(Object.values(resources(s, 'azurerm_resource_group'))[0].tags).toEqual(STANDARD);
  });

  test.each(['aws', 'azure'] as const)('every taggable resource of a %s kit carries the standard tags', (cloud) => {
    const { stack } = kitStack(cloud);
    const s = synth(stack);
    let tagged = 0;
    for (const [type, byId] of Object.entries(s.doc.resource ?? {})) {
      for (const r of Object.values(byId as Record<string, any>)) {
        if (r.tags === undefined) continue;
        tagged++;
        expect({ type, tags: r.tags }).toEqual({ type, tags: expect.objectContaining(STANDARD) });
      }
    }
    expect(tagged).toBeGreaterThan(5);
  });
});
