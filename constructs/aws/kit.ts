import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Cloud } from '../core/cloud';
import { BlueprintKit, IKitFactory, KitProps } from '../core/kit';
import { LogSearchProps } from '../core/log-search';
import { AwsLogSearch } from './log-search';
import { CostAlertsProps } from '../core/cost-alerts';
import { MonitoringProps } from '../core/monitoring';
import { AwsCostAlerts } from './cost-alerts';
import { AwsMonitoring } from './monitoring';
import { AwsNetwork } from './network';

/**
 * The AWS kit: the provider, the network, and every blueprint on AWS. Stacks call it through
 * {@link BlueprintKit}; users can also call the AWS-specific members directly.
 */
export class AwsKit implements BlueprintKit {
  public readonly cloud = Cloud.AWS;
  public readonly scope: Construct;
  public readonly region: string;
  public readonly provider: AwsProvider;
  public readonly network: AwsNetwork;
  public readonly props: KitProps;

  constructor(scope: Construct, props: KitProps) {
    this.scope = scope;
    this.props = props;
    const w = props.loaded.workload;
    this.region = w.aws.region;
    this.provider = new AwsProvider(scope, 'aws', { region: this.region });
    this.network = new AwsNetwork(scope, 'Network', { ...(w.network ?? {}), region: this.region });
  }

  // ── compute ──────────────────────────────────────────────────────────────────────────────────

  // ── data and messaging ───────────────────────────────────────────────────────────────────────

  // ── serverless and resilience ────────────────────────────────────────────────────────────────

  // ── observability and cost ───────────────────────────────────────────────────────────────────
  /** Log search: an OpenSearch domain in the data subnets, fed through Firehose, S3 and OpenSearch Ingestion. */
  public logSearch(id: string, props: LogSearchProps): AwsLogSearch {
    return new AwsLogSearch(this.scope, id, { ...props, network: this.network, region: this.region });
  }

  public monitoring(id: string, props: MonitoringProps): AwsMonitoring {
    return new AwsMonitoring(this.scope, id, { ...props, region: this.region });
  }

  public costAlerts(id: string, props: CostAlertsProps): AwsCostAlerts {
    return new AwsCostAlerts(this.scope, id, { ...props, projectTag: this.props.tags.project });
  }
}

/** Makes an {@link AwsKit} for a stack. */
export class AwsKitFactory implements IKitFactory {
  public readonly cloud = Cloud.AWS;

  public create(scope: Construct, props: KitProps): AwsKit {
    return new AwsKit(scope, props);
  }
}
