import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { AwsKit } from '../constructs/aws/kit';
import { AzureKit } from '../constructs/azure/kit';
import { NAME_PREFIX_CONTEXT } from '../constructs/core/naming';
import { applyStandardTags } from '../constructs/core/tags';
import { LoadedWorkload, Workload } from '../constructs/core/workload';
import { loadWorkload } from '../src/workload';
import { kitPropsOf } from '../stacks/base';
import { Cloud } from '../constructs/core/cloud';

/** The parsed synth output of a stack. */
export interface Synth {
  readonly json: string;
  readonly doc: { resource?: Record<string, Record<string, any>>; data?: Record<string, Record<string, any>>; output?: Record<string, any>; [k: string]: any };
}

/** A fresh test stack with the shop's name prefix and standard tags. */
export function testStack(id = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  stack.node.setContext(NAME_PREFIX_CONTEXT, 'shop-prod');
  applyStandardTags(stack, { project: 'shop', environment: 'prod', owner: 'team', costCenter: 'cc-1' });
  return stack;
}

/** A test stack with an AWS provider. */
export function awsStack(id = 'test'): TerraformStack {
  const stack = testStack(id);
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  return stack;
}

/** A test stack with an azurerm provider and a resource group. */
export function azureStack(id = 'test'): { stack: TerraformStack; resourceGroup: ResourceGroup } {
  const stack = testStack(id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const resourceGroup = new ResourceGroup(stack, 'ResourceGroup', { name: 'rg-test', location: 'westeurope' });
  return { stack, resourceGroup };
}

/** The default workload (the sample shop), loaded and validated. */
export function shop(): LoadedWorkload {
  return loadWorkload();
}

/** The sample shop with changes applied to a deep copy. */
export function shopWith(change: (w: any) => void): LoadedWorkload {
  const loaded = loadWorkload();
  const copy = JSON.parse(JSON.stringify(loaded.workload)) as Workload;
  change(copy);
  return { ...loaded, workload: copy };
}

/** A test stack holding a full kit for a cloud, built from the sample shop (or a given workload). */
export function kitStack(cloud: 'aws' | 'azure', loaded: LoadedWorkload = shop()): { stack: TerraformStack; kit: AwsKit | AzureKit } {
  const stack = testStack(`test-${cloud}`);
  const props = { ...kitPropsOf(loaded.workload, cloud === 'aws' ? Cloud.AWS : Cloud.AZURE), tags: { project: 'shop', environment: 'prod', owner: 'team', costCenter: 'cc-1' } };
  const kit = cloud === 'aws' ? new AwsKit(stack, props) : new AzureKit(stack, props);
  return { stack, kit };
}

export function synth(stack: TerraformStack): Synth {
  const json = Testing.synth(stack);
  return { json, doc: JSON.parse(json) };
}

/** Every resource of a type in a synth, keyed by logical id. */
export function resources(s: Synth, type: string): Record<string, any> {
  return s.doc.resource?.[type] ?? {};
}

/** The only resource of a type; fails the test when there is not exactly one. */
export function onlyResource(s: Synth, type: string): any {
  const all = Object.values(resources(s, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Runs fn and returns the ValidationError codes it threw (fails when it did not throw one). */
export function errorCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    const codes = (err as { codes?: string[] }).codes;
    if (Array.isArray(codes)) return codes;
    throw err;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

export type { Construct };
