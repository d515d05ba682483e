/**
 * Under CDK Terrain (README, "Using cdktn") the library's `cdktf` is an npm alias of `cdktn`, while
 * the provider packages require `cdktn` itself: two copies of the same code, so a provider resource
 * is not an `instanceof` the library's `TerraformResource`. cdktf and cdktn mark their classes with
 * `Symbol.for` (`isTerraformResource`), which holds across copies; the wiring check must use it.
 */
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { constructPathOfRef } from '../../../constructs/core/wiring';

/** TerraformResource from a second, separately loaded copy of cdktf. */
function secondCopyOfTerraformResource(): typeof TerraformResource {
  let other: typeof TerraformResource | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    other = (require('cdktf') as typeof import('cdktf')).TerraformResource;
  });
  return other!;
}

describe('constructPathOfRef with two copies of cdktf', () => {
  test('the second copy is a different class: instanceof does not hold across copies', () => {
    const Other = secondCopyOfTerraformResource();
    const stack = new TerraformStack(Testing.app(), 'copies');
    const resource = new Other(stack, 'Thing', { terraformResourceType: 'null_resource' });
    expect(Other).not.toBe(TerraformResource);
    expect(resource instanceof TerraformResource).toBe(false);
    expect(TerraformResource.isTerraformResource(resource)).toBe(true);
  });

  test('finds the construct path of a resource whose class comes from the other copy', () => {
    const Other = secondCopyOfTerraformResource();
    const stack = new TerraformStack(Testing.app(), 'copies');
    const resource = new Other(stack, 'Thing', { terraformResourceType: 'null_resource' });
    expect(constructPathOfRef(stack, `\${null_resource.${resource.friendlyUniqueId}.id}`)).toBe('copies/Thing');
  });

  test('a reference to no resource of the stack stays unresolved', () => {
    const stack = new TerraformStack(Testing.app(), 'copies');
    new TerraformResource(stack, 'Thing', { terraformResourceType: 'null_resource' });
    expect(constructPathOfRef(stack, '${null_resource.Missing.id}')).toBeUndefined();
  });
});
