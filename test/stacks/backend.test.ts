import { Testing } from 'cdktf';
import { AwsKitFactory } from '../../constructs/aws/kit';
import { AzureKitFactory } from '../../constructs/azure/kit';
import { StateBackend } from '../../constructs/core/workload';
import { RehostStack } from '../../stacks/rehost';
import { shop, shopWith } from '../helpers';

function backendOf(stack: RehostStack): Record<string, any> {
  return JSON.parse(Testing.synth(stack)).terraform.backend;
}

describe('state backend', () => {
  test('local by default, one state file per stack, so the demo needs no cloud', () => {
    const stack = new RehostStack(Testing.app(), 'rehost-aws', { loaded: shop(), kitFactory: new AwsKitFactory() });
    expect(backendOf(stack)).toEqual({ local: { path: 'terraform.rehost-aws.tfstate' } });
  });

  test('S3 with encryption and S3-native locking, keyed by workload, environment and stack', () => {
    const loaded = shopWith((w) => (w.state = { backend: StateBackend.S3, s3: { bucket: 'shop-tfstate', region: 'eu-west-1', keyPrefix: 'states/', kmsKeyId: 'alias/tfstate' } }));
    const stack = new RehostStack(Testing.app(), 'rehost-aws', { loaded, kitFactory: new AwsKitFactory() });
    expect(backendOf(stack)).toEqual({
      s3: { bucket: 'shop-tfstate', key: 'states/shop-prod/rehost-aws.tfstate', region: 'eu-west-1', encrypt: true, kms_key_id: 'alias/tfstate', use_lockfile: true },
    });
  });

  test('azurerm with Entra ID auth, keyed by workload, environment and stack', () => {
    const loaded = shopWith((w) => (w.state = { backend: StateBackend.AZURERM, azurerm: { resourceGroupName: 'rg-state', storageAccountName: 'ststate', containerName: 'tfstate' } }));
    const stack = new RehostStack(Testing.app(), 'rehost-azure', { loaded, kitFactory: new AzureKitFactory() });
    expect(backendOf(stack)).toEqual({
      azurerm: { resource_group_name: 'rg-state', storage_account_name: 'ststate', container_name: 'tfstate', key: 'shop-prod/rehost-azure.tfstate', use_azuread_auth: true },
    });
  });

  test('no credentials end up in the synthesized backend', () => {
    const loaded = shopWith((w) => (w.state = { backend: StateBackend.AZURERM, azurerm: { resourceGroupName: 'rg', storageAccountName: 'st', containerName: 'c' } }));
    const json = Testing.synth(new RehostStack(Testing.app(), 'rehost-azure', { loaded, kitFactory: new AzureKitFactory() }));
    expect(json).not.toMatch(/\b(access_key|sas_token|client_secret|secret_key)\b/);
  });
});
