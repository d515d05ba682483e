import { IConstruct } from 'constructs';
import { IAspect, TerraformResource } from 'cdktf';
import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';

/**
 * Azure resource types that hold data: Azure has no deletion-protection flag for them, so each
 * gets a CanNotDelete management lock. The policy pack's BP-AZURE-LOCK-1 checks the same list.
 */
export const AZURE_LOCKED_TYPES: readonly string[] = [
  'azurerm_postgresql_flexible_server',
  'azurerm_storage_account',
  'azurerm_servicebus_namespace',
  'azurerm_managed_redis',
  'azurerm_key_vault',
];

/**
 * Puts a CanNotDelete lock on every data store of a stack (the AzureKit applies it). The lock
 * depends on its resource, so `terraform destroy` removes the lock first and still works; a delete
 * from the portal or CLI is refused until someone removes the lock on purpose.
 */
export class DataStoreLocks implements IAspect {
  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || !AZURE_LOCKED_TYPES.includes(node.terraformResourceType)) return;
    if (node.node.tryFindChild('DeleteLock')) return;
    new ManagementLock(node, 'DeleteLock', {
      name: 'do-not-delete',
      scope: (node as TerraformResource & { id: string }).id,
      lockLevel: 'CanNotDelete',
      notes: 'Holds data: remove this lock on purpose before deleting (scaling-blueprints).',
    });
  }
}
