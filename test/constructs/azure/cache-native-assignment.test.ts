/**
 * AzureCache.grantConnect when the loaded provider package has `azurerm_managed_redis_access_policy_assignment`
 * (azurerm 4.60+: @cdktn/provider-azurerm 16.1.0 under the README's "Using cdktn" overrides). The pinned
 * @cdktf/provider-azurerm 14.23.1 has no such module, so the module is a virtual mock here, shaped like
 * the generated binding (managed_redis_id, object_id). The case without it (the ARM template deployment)
 * is in cache.test.ts and test/constructs/contract/grants.test.ts; scripts/cdktn-check.js runs the real class.
 */
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AzureKit } from '../../../constructs/azure/kit';
import { EdgeKind, Wiring } from '../../../constructs/core/wiring';
import { stackFromDoc } from '../../../src/review/model';
import { checkStack } from '../../../src/policy/engine';
import { WIRING_RULES } from '../../../src/policy/rules-wiring';
import { kitStack, resources, synth } from '../../helpers';
import { resolved } from '../../data-helpers';

/** What the virtual module does on load: export the class, export something else, or fail. */
const mockModule = { mode: 'present' as 'present' | 'wrong-type' | 'broken' };

jest.mock(
  '@cdktf/provider-azurerm/lib/managed-redis-access-policy-assignment',
  () => {
    if (mockModule.mode === 'broken') throw new Error('a broken provider install');
    const { TerraformResource: Base } = jest.requireActual('cdktf');
    class ManagedRedisAccessPolicyAssignment extends Base {
      static readonly tfResourceType: string = 'azurerm_managed_redis_access_policy_assignment';
      private readonly config: { managedRedisId: string; objectId: string };
      constructor(scope: any, id: string, config: { managedRedisId: string; objectId: string }) {
        super(scope, id, { terraformResourceType: 'azurerm_managed_redis_access_policy_assignment', terraformGeneratorMetadata: { providerName: 'azurerm', providerVersion: '4.73.0' } });
        this.config = config;
      }
      protected synthesizeAttributes() {
        return { managed_redis_id: this.config.managedRedisId, object_id: this.config.objectId };
      }
    }
    class SomethingElse extends ManagedRedisAccessPolicyAssignment {
      static readonly tfResourceType: string = 'azurerm_something_else';
    }
    // A getter, so one load serves every mode below.
    return {
      get ManagedRedisAccessPolicyAssignment() {
        return mockModule.mode === 'wrong-type' ? SomethingElse : ManagedRedisAccessPolicyAssignment;
      },
    };
  },
  { virtual: true },
);

function grantWeb() {
  const { stack, kit } = kitStack('azure') as { stack: any; kit: AzureKit };
  const cache = kit.cache('Cache', {});
  const app = kit.webApp('Web', {});
  cache.grantConnect!(app);
  return { stack, cache, s: synth(stack) };
}

afterEach(() => {
  mockModule.mode = 'present';
});

// Runs first: jest keeps a mock module once its factory has returned, and calls a factory that threw again.
test('a provider module that fails to load for another reason than being absent fails the grant (no silent switch of the deployed resource)', () => {
  mockModule.mode = 'broken';
  expect(() => grantWeb()).toThrow('a broken provider install');
});

test('the native class present: the provider\'s access-policy assignment for the app identity on the cache, and no ARM template deployment', () => {
  const { s } = grantWeb();
  const native = Object.entries<any>(resources(s, 'azurerm_managed_redis_access_policy_assignment'));
  expect(native).toHaveLength(1);
  const [logicalId, assignment] = native[0];
  // The same construct id as the template deployment it replaces.
  expect(logicalId).toMatch(/^Cache_AccessPolicyWeb_[0-9A-F]+$/);
  expect(assignment).toEqual({
    managed_redis_id: expect.stringMatching(/^\$\{azurerm_managed_redis\.Cache_[0-9A-F]+\.id\}$/),
    object_id: expect.stringMatching(/^\$\{azurerm_linux_web_app\.Web_[0-9A-F]+\.identity\[0\]\.principal_id\}$/),
  });
  expect(resources(s, 'azurerm_resource_group_template_deployment')).toEqual({});
});

test('the edge names the native assignment, and the wiring check accepts it', () => {
  const { stack, s } = grantWeb();
  const [edge] = Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.APP_CACHE);
  expect(resolved(stack, edge.pieces?.accessPolicyAssignment)).toMatch(/^\$\{azurerm_managed_redis_access_policy_assignment\.Cache_AccessPolicyWeb_[0-9A-F]+\.id\}$/);
  const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
  expect(Object.keys(resources(s, 'azurerm_managed_redis_access_policy_assignment'))).toHaveLength(1);
  expect(checkStack(stackFromDoc('test-azure', doc), WIRING_RULES).filter((f) => /app->cache/.test(f.detail ?? ''))).toEqual([]);
});

test('a module that exports the class name for another resource type is not used: the ARM template deployment stays', () => {
  mockModule.mode = 'wrong-type';
  const { s } = grantWeb();
  expect(resources(s, 'azurerm_managed_redis_access_policy_assignment')).toEqual({});
  expect(resources(s, 'azurerm_something_else')).toEqual({});
  expect(Object.keys(resources(s, 'azurerm_resource_group_template_deployment'))).toEqual([expect.stringMatching(/^Cache_AccessPolicyWeb_/)]);
});

test('the native resource is a TerraformResource of the stack (the class the kit checked)', () => {
  const { cache } = grantWeb();
  const child = (cache as unknown as Construct).node.tryFindChild('AccessPolicyWeb');
  expect(TerraformResource.isTerraformResource(child)).toBe(true);
  expect((child as TerraformResource).terraformResourceType).toBe('azurerm_managed_redis_access_policy_assignment');
});
