import { TerraformOutput } from 'cdktf';
import { BlueprintKit } from '../../constructs/core/kit';
import { ILogSearch } from '../../constructs/core/log-search';
import { Workload } from '../../constructs/core/workload';
import { observabilityPropsFromWorkload } from '../../constructs/core/workload/observability';
import { BlueprintStack, Strategy } from '../base';

/**
 * Which stacks build log search: only refactor, and only when the workload enables it.
 *
 * Rehost and replatform move the application as it is and keep the cloud-native logs (CloudWatch
 * Logs, Log Analytics); a managed search cluster is a new platform component with a monthly cost
 * of its own, which is what a refactor takes on (docs/logsearch.md).
 */
export function logSearchEnabled(strategy: Strategy, workload: Workload): boolean {
  return strategy === Strategy.REFACTOR && workload.monitoring?.logSearch?.enabled === true;
}

/**
 * Adds LogSearch to a stack when {@link logSearchEnabled}. Created through the kit; it finds the
 * stack's log sources itself when the stack is synthesized, so the order of creation does not
 * matter (Monitoring's log groups and diagnostic settings count too).
 */
export function addLogSearch(kit: BlueprintKit, w: Workload, strategy: Strategy): ILogSearch | undefined {
  const props = observabilityPropsFromWorkload(w, kit.network.zoneCount).logSearch;
  if (!logSearchEnabled(strategy, w) || !props) return undefined;
  return kit.logSearch('LogSearch', props);
}

/** The stack outputs of log search: endpoint, dashboards URL and the retention policy to apply. */
export function addLogSearchOutputs(stack: BlueprintStack, logSearch: ILogSearch | undefined): void {
  if (!logSearch) return;
  new TerraformOutput(stack, 'log_search_endpoint', { value: logSearch.logSearchEndpoint, description: 'Log search endpoint (private)' });
  new TerraformOutput(stack, 'log_search_dashboards_url', { value: logSearch.dashboardsUrl, description: 'OpenSearch Dashboards / Kibana' });
  new TerraformOutput(stack, 'log_search_retention_policy', { value: logSearch.retentionPolicyJson, description: 'Index lifecycle policy (ISM on AWS, ILM on Azure) to apply once; see docs/logsearch.md' });
}
