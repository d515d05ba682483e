import { Construct } from 'constructs';
import { AzurermBackend, LocalBackend, S3Backend, TerraformStack } from 'cdktf';
import { Cloud } from '../constructs/core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../constructs/core/kit';
import { NAME_PREFIX_CONTEXT } from '../constructs/core/naming';
import { StandardTagsProps, applyStandardTags } from '../constructs/core/tags';
import { Wiring } from '../constructs/core/wiring';
import { LoadedWorkload, StateBackend, Workload } from '../constructs/core/workload';

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
    const kitProps = kitPropsOf(w, props.kitFactory.cloud);
    applyStandardTags(this, kitProps.tags);
    this.configureBackend(id);
    // Every stack records its edges (app → database, edge → origin, …) and writes wiring.json.
    Wiring.of(this);
    this.kit = props.kitFactory.create(this, kitProps);
  }

  /**
   * Remote state from the workload's `state` section; local state by default, so the demo needs no
   * cloud account. Credentials never come from here: the backends read them from the environment
   * (AWS profile/role, `az login` or workload identity) at `cdktf deploy` time.
   */
  private configureBackend(id: string): void {
    const state = this.workload.state;
    const key = (prefix: string | undefined) => `${prefix ? `${prefix.replace(/\/+$/, '')}/` : ''}${this.workload.name}-${this.workload.environment}/${id}.tfstate`;
    if (state?.backend === StateBackend.S3 && state.s3) {
      const backend = new S3Backend(this, {
        bucket: state.s3.bucket,
        key: key(state.s3.keyPrefix),
        region: state.s3.region,
        encrypt: true,
        kmsKeyId: state.s3.kmsKeyId,
      });
      // S3-native locking (Terraform >= 1.10): no DynamoDB table needed. cdktf 0.21 has no prop for it.
      backend.addOverride('use_lockfile', true);
    } else if (state?.backend === StateBackend.AZURERM && state.azurerm) {
      new AzurermBackend(this, {
        resourceGroupName: state.azurerm.resourceGroupName,
        storageAccountName: state.azurerm.storageAccountName,
        containerName: state.azurerm.containerName,
        key: key(state.azurerm.keyPrefix),
        useAzureadAuth: true,
      });
    } else {
      new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    }
  }
}

/**
 * What a kit reads from the workload file: the cloud's region (`aws.region` or `azure.location`),
 * the standard tags, the network, TLS and the alert e-mails.
 */
export function kitPropsOf(workload: Workload, cloud: Cloud): KitProps {
  const tags: StandardTagsProps = { project: workload.name, environment: workload.environment, owner: workload.owner, costCenter: workload.costCenter };
  return {
    region: cloud === Cloud.AZURE ? workload.azure.location : workload.aws.region,
    tags,
    network: workload.network,
    tls: workload.tls,
    alertEmails: workload.alerts.emails,
    serviceLinkedRolesEnabled: workload.aws.serviceLinkedRolesEnabled,
  };
}

/** The stack id of a strategy on a cloud: `refactor-aws`. */
export function stackId(strategy: Strategy, cloud: string): string {
  return `${strategy}-${cloud}`;
}
