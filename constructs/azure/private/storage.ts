/**
 * The hardened storage account the Azure blueprints keep files in (the edge cache's fallback page,
 * a function's deployment package): StorageV2, zone-redundant, TLS 1.2, no public blobs, no shared
 * keys (Entra ID only), infrastructure encryption, no cross-tenant replication. Internal: not part
 * of the public API. The account is the child `id` of the blueprint, as before the helper.
 */
import { Construct } from 'constructs';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';

export interface SecureStorageAccountProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /**
   * HTTPS only. Off only for an account whose content is public anyway and reached over HTTP (a
   * static website behind an edge that ends TLS).
   * @default true
   */
  readonly httpsTrafficOnlyEnabled?: boolean;
}

/** A StorageV2 account with the hardening above. */
export function secureStorageAccount(scope: Construct, id: string, props: SecureStorageAccountProps): StorageAccount {
  return new StorageAccount(scope, id, {
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: props.location,
    accountKind: 'StorageV2',
    accountTier: 'Standard',
    accountReplicationType: 'ZRS',
    minTlsVersion: 'TLS1_2',
    httpsTrafficOnlyEnabled: props.httpsTrafficOnlyEnabled ?? true,
    allowNestedItemsToBePublic: false,
    sharedAccessKeyEnabled: false,
    defaultToOauthAuthentication: true,
    infrastructureEncryptionEnabled: true,
    crossTenantReplicationEnabled: false,
  });
}
