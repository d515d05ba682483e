import { Testing, TerraformStack } from 'cdktf';
import { AwsKit } from '../../../constructs/aws/kit';
import { AzureKit } from '../../../constructs/azure/kit';
import { Cloud } from '../../../constructs/core/cloud';
import { BlueprintKit, KitProps } from '../../../constructs/core/kit';
import { kitPropsOf } from '../../../stacks/base';
import { shop } from '../../helpers';

/** true when A and B are the same type (not merely assignable). */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type KitMethod = { [K in keyof BlueprintKit]: BlueprintKit[K] extends (...args: never[]) => unknown ? K : never }[keyof BlueprintKit];
/** `true` only when every kit method has exactly the interface's signature (checked by `tsc` in `npm test`). */
type SameSignatures<Kit> = Exact<{ [K in KitMethod]: Exact<Kit[K & keyof Kit], BlueprintKit[K]> }[KitMethod], true>;
const AWS_EXACT: SameSignatures<AwsKit> = true;
const AZURE_EXACT: SameSignatures<AzureKit> = true;

const KIT_METHODS: readonly KitMethod[] = [
  'loadBalancer', 'scalingGroup', 'webApp', 'cache', 'shardedDatabase', 'messageQueue', 'serverlessFunction',
  'throttling', 'featureFlags', 'edgeCache', 'logSearch', 'monitoring', 'costAlerts',
];

describe('the kit seam', () => {
  test('the kit classes keep BlueprintKit\'s exact signatures (a type check) and implement every method', () => {
    expect([AWS_EXACT, AZURE_EXACT]).toEqual([true, true]);
    for (const kit of [AwsKit, AzureKit]) expect(KIT_METHODS.filter((m) => typeof kit.prototype[m] !== 'function')).toEqual([]);
  });

  test('the Exact check tells a narrowed return from the interface\'s', () => {
    type Narrowed = Exact<(id: string) => AwsKit, (id: string) => BlueprintKit>;
    const narrowed: Narrowed = false;
    expect(narrowed).toBe(false);
  });

  test.each([[Cloud.AWS, 'eu-west-1'], [Cloud.AZURE, 'westeurope']])('kitPropsOf takes the %s region from the workload, and only what kits read', (cloud, region) => {
    const w = shop().workload;
    const props = kitPropsOf(w, cloud);
    expect(props).toEqual({ region, tags: { project: 'shop', environment: w.environment, owner: w.owner, costCenter: w.costCenter }, network: w.network, tls: w.tls, alertEmails: w.alerts.emails });
  });

  test.each([['aws'], ['azure']] as const)('a %s kit builds from hand-written KitProps, without a workload file, with every optional-props method defaulting to {}', (cloud) => {
    const stack = new TerraformStack(Testing.app(), `kit-${cloud}`);
    const props: KitProps = { region: cloud === 'aws' ? 'eu-west-1' : 'westeurope', tags: { project: 'p', environment: 'dev', owner: 'o', costCenter: 'c' }, network: { zoneCount: 2 }, alertEmails: ['oncall@example.com'] };
    const kit: BlueprintKit = cloud === 'aws' ? new AwsKit(stack, props) : new AzureKit(stack, props);
    kit.loadBalancer('LoadBalancer');
    kit.cache('Cache');
    kit.throttling('Waf');
    kit.monitoring('Monitoring');
    expect(kit.network.zoneCount).toBe(2);
    const doc = JSON.parse(Testing.synth(stack));
    expect(Object.keys(doc.provider)).toEqual([cloud === 'aws' ? 'aws' : 'azurerm']);
  });
});
