import { Construct } from 'constructs';
import { LocalBackend, TerraformStack } from 'cdktf';
import { BlueprintKit, IKitFactory } from '../constructs/core/kit';
import { NAME_PREFIX_CONTEXT } from '../constructs/core/naming';
import { StandardTagsProps, applyStandardTags } from '../constructs/core/tags';
import { LoadedWorkload, Workload } from '../constructs/core/workload';

/** The seed's migration strategies (§5) that become stacks. */
export enum Strategy {
  REHOST = 'rehost',
  REPLATFORM = 'replatform',
  REFACTOR = 'refactor',
}

export const STRATEGIES: readonly Strategy[] = [Strategy.REHOST, Strategy.REPLATFORM, Strategy.REFACTOR];

export interface BlueprintStackProps {
  readonly loaded: LoadedWorkload;
  /** Which cloud: `new AwsKitFactory()` or `new AzureKitFactory()`. */
  readonly kitFactory: IKitFactory;
}

/**
 * What every migration stack shares: the name prefix (`<name>-<environment>-<strategy>`), the
 * standard tags on every resource, the state backend, and the kit for the chosen cloud.
 */
export abstract class BlueprintStack extends TerraformStack {
  public readonly kit: BlueprintKit;
  public readonly workload: Workload;
  public readonly loaded: LoadedWorkload;
  public readonly strategy: Strategy;

  constructor(scope: Construct, id: string, strategy: Strategy, props: BlueprintStackProps) {
    super(scope, id);
    this.strategy = strategy;
    this.loaded = props.loaded;
    this.workload = props.loaded.workload;
    const w = this.workload;
    this.node.setContext(NAME_PREFIX_CONTEXT, `${w.name}-${w.environment}-${strategy}`);
    const tags: StandardTagsProps = { project: w.name, environment: w.environment, owner: w.owner, costCenter: w.costCenter };
    applyStandardTags(this, tags);
    this.configureBackend(id);
    this.kit = props.kitFactory.create(this, { loaded: props.loaded, tags });
  }

  private configureBackend(id: string): void {
    // Local state by default, so the demo needs no cloud account.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
  }
}

/** The stack id of a strategy on a cloud: `refactor-aws`. */
export function stackId(strategy: Strategy, cloud: string): string {
  return `${strategy}-${cloud}`;
}
