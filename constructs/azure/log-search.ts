import { Construct, IConstruct } from 'constructs';
import { Annotations, Aspects, IAspect, TerraformStack } from 'cdktf';
import { ElasticCloudElasticsearch } from '@cdktf/provider-azurerm/lib/elastic-cloud-elasticsearch';
import { MonitorActivityLogAlert } from '@cdktf/provider-azurerm/lib/monitor-activity-log-alert';
import { MonitorDiagnosticSetting, MonitorDiagnosticSettingEnabledLog } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { ILogSearch, LOG_SEARCH_RULES, LogSearchProps, LogSearchSettings, logSearchSettings } from '../core/log-search';
import { IDeliversOwnAlerts } from '../core/monitoring';
import { resourceName, stableHash } from '../core/naming';
import { Rule, rules } from '../core/validation';
import { AlarmOverride } from '../core/workload';
import { EdgeKind, Wiring, constructPathOfRef } from '../core/wiring';

/**
 * The ILM policy (Elasticsearch Index Lifecycle Management) with the same effect: roll over daily
 * or at 50 GB per primary shard, delete `retentionDays` after rollover.
 */
export function ilmPolicy(retentionDays: number): object {
  return {
    policy: {
      _meta: { description: `Delete log indices ${retentionDays} days after rollover (scaling-blueprints LogSearch).` },
      phases: {
        hot: { actions: { rollover: { max_age: '1d', max_primary_shard_size: '50gb' } } },
        delete: { min_age: `${retentionDays}d`, actions: { delete: {} } },
      },
    },
  };
}

/** Name of the diagnostic setting LogSearch adds to a resource (unique per resource, so fixed). */
export const ELASTIC_DIAGNOSTIC_SETTING_NAME = 'to-elastic-log-search';

export interface AzureLogSearchProps extends LogSearchProps {
  readonly resourceGroup: ResourceGroup;
  readonly location: string;
  /**
   * The e-mail address of the Elastic Cloud account the deployment belongs to (Elastic signs the
   * owner in with it through Entra ID single sign-on; no password is set here).
   */
  readonly elasticCloudEmailAddress: string;
  /**
   * Elastic on Azure plan (Azure Marketplace SKU): pay-as-you-go consumption, billed through Azure.
   * @default 'ess-consumption-2024_Monthly'
   */
  readonly sku?: string;
  /**
   * Also ship the subscription's activity log (who changed what) to Elastic. The Entra ID sign-in
   * logs need tenant-wide rights and stay off.
   * @default true
   */
  readonly activityLogsEnabled?: boolean;
  /**
   * Resources whose resource logs go to Elastic besides the discovered ones (resource ids).
   * @default []
   */
  readonly sourceResourceIds?: string[];
}

export const AZURE_LOG_SEARCH_DEFAULTS = {
  sku: 'ess-consumption-2024_Monthly',
  activityLogsEnabled: true,
  /** Every log category a resource offers, through the category group. */
  categoryGroup: 'allLogs',
} as const;

const AZURE_LOG_SEARCH_RULES: ReadonlyArray<Rule<AzureLogSearchProps>> = [
  rules.pattern<AzureLogSearchProps>('LogSearchEmailInvalid', 'elasticCloudEmailAddress', (p) => p.elasticCloudEmailAddress, /^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an e-mail address', 'Give the e-mail of the Elastic Cloud account owner (the alert e-mail works).'),
  rules.pattern<AzureLogSearchProps>('LogSearchSkuInvalid', 'sku', (p) => p.sku, /^ess-[a-z0-9-]+_[A-Za-z]+$/, 'an Elastic on Azure plan such as "ess-consumption-2024_Monthly"', 'Use a plan id from the Azure Marketplace offer.'),
];

/**
 * Centralized log search on Azure: Elastic on Azure (`azurerm_elastic_cloud_elasticsearch`, an
 * Elastic Cloud deployment billed through Azure) fed by diagnostic settings that use the partner
 * solution destination, so every resource log reaches Elasticsearch with Terraform alone: no Event
 * Hub, no Logstash to run.
 *
 * - Sources: every resource of the stack that has a diagnostic setting (found at synth, so settings
 *   made after LogSearch count too) and `sourceResourceIds` get a second diagnostic setting,
 *   `to-elastic-log-search`, with the same log categories (a resource allows five settings).
 * - Subscription activity logs go through the Elastic resource's own log rules.
 * - Retention: the ILM policy in `retentionPolicyJson` (the azurerm provider cannot reach into the
 *   deployment). Sizing (`instanceCount`, `storageGiB`, `zoneCount`, dedicated masters) is set
 *   in Elastic Cloud, not by azurerm: the neutral props are validated and reported, not applied.
 */
/** The name of the Resource Health signal (its override key). */
export const RESOURCE_HEALTH_SIGNAL = 'resource-health';

export class AzureLogSearch extends Blueprint implements ILogSearch, IDeliversOwnAlerts {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'LogSearch';
  public readonly resource: ElasticCloudElasticsearch;
  public readonly settings: LogSearchSettings;
  /** Diagnostic settings sending to Elastic, in the order they were added. */
  public readonly diagnosticSettings: MonitorDiagnosticSetting[] = [];
  public readonly logSearchEndpoint: string;
  public readonly dashboardsUrl: string;
  public readonly retentionPolicyJson: string;

  private readonly fed = new Set<string>();

  constructor(scope: Construct, id: string, props: AzureLogSearchProps) {
    super(scope, id);
    this.validate('AzureLogSearch', [...LOG_SEARCH_RULES, ...AZURE_LOG_SEARCH_RULES], props);
    const s = logSearchSettings(props);
    this.settings = s;
    const activity = props.activityLogsEnabled ?? AZURE_LOG_SEARCH_DEFAULTS.activityLogsEnabled;
    const sku = props.sku ?? AZURE_LOG_SEARCH_DEFAULTS.sku;

    this.resource = new ElasticCloudElasticsearch(this, 'Resource', {
      name: resourceName(this, 'azureElasticMonitor'),
      resourceGroupName: props.resourceGroup.name,
      location: props.location,
      skuName: sku,
      elasticCloudEmailAddress: props.elasticCloudEmailAddress,
      monitoringEnabled: true,
      logs: { sendActivityLogs: activity, sendSubscriptionLogs: activity, sendAzureadLogs: false },
    });
    this.logSearchEndpoint = this.resource.elasticsearchServiceUrl;
    this.dashboardsUrl = this.resource.kibanaServiceUrl;
    this.retentionPolicyJson = JSON.stringify(ilmPolicy(s.retentionDays));

    const sized = (['instanceCount', 'storageGiB', 'zoneCount', 'dedicatedMastersEnabled'] as const).filter((k) => props[k] !== undefined);
    if (sized.length > 0) {
      Annotations.of(this).addInfo(
        `AzureLogSearch: ${sized.join(', ')} size the Elastic deployment, which Elastic Cloud manages (console or the 'ec' Terraform provider); azurerm cannot set them. Apply them there (docs/logsearch.md).`,
      );
    }

    for (const [i, rid] of (props.sourceResourceIds ?? []).entries()) this.addLogSource(`Source${i + 1}`, rid);
    if (s.discoverLogSourcesEnabled) Aspects.of(TerraformStack.of(this)).add(new DiagnosticSettingDiscovery(this));

    // Azure Monitor has no platform metrics for Microsoft.Elastic/monitors: cluster health, disk
    // and JVM memory pressure are watched inside Elastic (Stack Monitoring, on by
    // `monitoring_enabled`) with its own alert rules (docs/logsearch.md). What Azure does see is the
    // resource's health: a Resource Health activity-log alert, routed to the alert channel by
    // Monitoring through routeAlertsTo.
    this.addGoldenSignal({
      name: RESOURCE_HEALTH_SIGNAL,
      description: 'The Elastic resource is degraded or unavailable (Azure Resource Health).',
      metric: { namespace: 'Microsoft.Elastic/monitors', metricName: 'ResourceHealth', resourceId: this.resource.id },
      statistic: Statistic.MAXIMUM,
      comparison: Comparison.GREATER_THAN_OR_EQUAL,
      threshold: 1,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.CRITICAL,
      deliveredByBlueprint: true,
    });
    this.resourceGroupName = props.resourceGroup.name;
    this.addCostItem({ sku: `azure:elastic:${sku.replace(/_Monthly$/, '').toLowerCase()}`, description: 'Elastic on Azure consumption (Elastic Consumption Units)', quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  /** The Resource Health alert, once Monitoring routed it to the alert channel. */
  public healthAlert?: MonitorActivityLogAlert;
  private readonly resourceGroupName: string;

  /** Creates the Resource Health alert on the alert channel (called by Monitoring). */
  public routeAlertsTo(alertChannelId: string, overrides: Record<string, AlarmOverride>): void {
    if (overrides[RESOURCE_HEALTH_SIGNAL]?.enabled === false || this.healthAlert) return;
    this.healthAlert = new MonitorActivityLogAlert(this, 'HealthAlert', {
      name: resourceName(this, 'azureMetricAlert', RESOURCE_HEALTH_SIGNAL),
      resourceGroupName: this.resourceGroupName,
      location: 'global',
      scopes: [this.resource.id],
      description: 'Elastic log search is degraded or unavailable.',
      criteria: { category: 'ResourceHealth', resourceId: this.resource.id, resourceHealth: { current: ['Degraded', 'Unavailable'] } },
      action: [{ actionGroupId: alertChannelId }],
    });
  }

  /**
   * Sends a resource's logs to Elastic: a diagnostic setting with the Elastic partner destination.
   * Monitoring calls it for every resource it watches; `categories` defaults to every log
   * category (`allLogs`).
   */
  public addLogSource(id: string, resourceId: string, categories?: MonitorDiagnosticSettingEnabledLog[]): MonitorDiagnosticSetting | undefined {
    if (this.fed.has(resourceId)) return undefined;
    this.fed.add(resourceId);
    const setting = new MonitorDiagnosticSetting(this, `Diagnostics${id}`, {
      name: ELASTIC_DIAGNOSTIC_SETTING_NAME,
      targetResourceId: resourceId,
      partnerSolutionId: this.resource.id,
      enabledLog: categories && categories.length > 0 ? categories : [{ categoryGroup: AZURE_LOG_SEARCH_DEFAULTS.categoryGroup }],
    });
    this.diagnosticSettings.push(setting);
    // The edge starts at the resource whose logs go out (its construct path when it is in the stack).
    Wiring.of(this).add({
      kind: EdgeKind.LOG_SOURCE_LOG_SEARCH,
      from: constructPathOfRef(this, resourceId) ?? resourceId,
      to: this.node.path,
      pieces: { resource: resourceId, diagnosticSetting: setting.id, destination: this.resource.id },
      note: `A diagnostic setting on the resource sends its logs to the Elastic partner destination ${this.node.path} (Azure Monitor delivers them; no identity of the stack is involved).`,
    });
    return setting;
  }

  /** Whether the discovery aspect copies this diagnostic setting to Elastic. */
  public shouldDiscover(setting: MonitorDiagnosticSetting): boolean {
    if (setting.partnerSolutionIdInput !== undefined) return false; // already a partner setting (ours or another)
    if (this.diagnosticSettings.includes(setting)) return false;
    return setting.targetResourceIdInput !== undefined;
  }
}

/**
 * Finds every diagnostic setting of the stack when it is synthesized and adds a twin that sends
 * the same log categories to Elastic. Settings with no log categories (metrics only) are skipped.
 */
class DiagnosticSettingDiscovery implements IAspect {
  private readonly seen = new Set<IConstruct>();

  constructor(private readonly logSearch: AzureLogSearch) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof MonitorDiagnosticSetting) || this.seen.has(node)) return;
    this.seen.add(node);
    if (!this.logSearch.shouldDiscover(node)) return;
    const logs = node.enabledLogInput;
    if (!Array.isArray(logs) || logs.length === 0) return;
    const below = node.node.scopes.slice(2).map((c) => c.node.id).join('/');
    const pretty = below.replace(/[^A-Za-z0-9]+/g, '');
    this.logSearch.addLogSource(`${pretty.slice(0, 60)}${stableHash(below, 6)}`, node.targetResourceIdInput as string, logs as MonitorDiagnosticSettingEnabledLog[]);
  }
}
