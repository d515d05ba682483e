import { Construct, IConstruct } from 'constructs';
import { Annotations, TerraformResource, TerraformStack } from 'cdktf';
import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorActionGroup } from '@cdktf/provider-azurerm/lib/monitor-action-group';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { MonitorMetricAlert } from '@cdktf/provider-azurerm/lib/monitor-metric-alert';
import { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { PortalDashboard } from '@cdktf/provider-azurerm/lib/portal-dashboard';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import {
  AZURE_LOG_RETENTION_MAX,
  AZURE_LOG_RETENTION_MIN,
  AlarmPlan,
  IMonitoring,
  MONITORING_DEFAULTS,
  MonitoringProps,
  TelemetrySink,
  alarmDescription,
  connectTelemetry,
  MONITORING_RULES,
  pathBelowStack,
  planAlarms,
  routeDeliveredAlerts,
  watchedBlueprints,
  unusedOverrideWarning,
  widgetTitle,
  AlarmIndex,
} from '../core/monitoring';
import { fitName, namePrefix, resourceName, stableHash } from '../core/naming';
import { Rule, ValidationError, ValidationIssue } from '../core/validation';
import { AZURE_AGGREGATION, AZURE_DIAGNOSTIC_TYPES, azureAggregationFor, azureMetricFact, azureMetricProblems } from './facts';

/** Log Analytics pricing tiers. */
export enum AzureWorkspaceSku {
  /** Pay as you go, per GB ingested: retention 30–730 days. */
  PER_GB_2018 = 'PerGB2018',
  /** The legacy free tier (500 MB/day): retention fixed at 7 days. */
  FREE = 'Free',
}

export interface AzureMonitoringProps extends MonitoringProps {
  readonly location: string;
  readonly resourceGroup: ResourceGroup;
  /**
   * Log Analytics pricing tier.
   * @default AzureWorkspaceSku.PER_GB_2018
   */
  readonly workspaceSku?: AzureWorkspaceSku;
  /**
   * Diagnostic settings on every resource of the stack that supports them, sent to the workspace.
   * Off saves the ingestion of resource logs (per GB) and loses the audit trail.
   * @default true
   */
  readonly diagnosticsEnabled?: boolean;
}

export const AZURE_MONITORING_DEFAULTS = {
  ...MONITORING_DEFAULTS,
  workspaceSku: AzureWorkspaceSku.PER_GB_2018,
  diagnosticsEnabled: true,
} as const;

// ── Azure Monitor translations of the neutral alarm plan ─────────────────────────────────────────

/** Azure adds: retention 30–730 (7 only on the Free tier). */
export function azureMonitoringRules<P extends MonitoringProps>(freeTier: (p: P) => boolean): ReadonlyArray<Rule<P>> {
  return [
    ...(MONITORING_RULES as ReadonlyArray<Rule<P>>),
    {
      code: 'MonitoringLogRetentionNotAllowed',
      prop: 'logRetentionDays',
      value: (p) => p.logRetentionDays,
      failsWhen: (p) => {
        const d = p.logRetentionDays;
        if (d === undefined) return false;
        if (freeTier(p)) return d !== 7;
        return !Number.isInteger(d) || d < AZURE_LOG_RETENTION_MIN || d > AZURE_LOG_RETENTION_MAX;
      },
      allowed: (p) => (freeTier(p) ? '7 on the Free tier' : `a whole number between ${AZURE_LOG_RETENTION_MIN} and ${AZURE_LOG_RETENTION_MAX}`),
      fix: 'Log Analytics keeps data 30 to 730 days (longer retention is archive, not set here).',
    },
  ];
}

/** Azure metric alert `operator`. */
export const AZURE_OPERATOR: Record<Comparison, string> = {
  [Comparison.GREATER_THAN]: 'GreaterThan',
  [Comparison.GREATER_THAN_OR_EQUAL]: 'GreaterThanOrEqual',
  [Comparison.LESS_THAN]: 'LessThan',
  [Comparison.LESS_THAN_OR_EQUAL]: 'LessThanOrEqual',
};

/** Azure alert severity: 0 critical … 4 verbose. */
export const AZURE_SEVERITY: Record<Severity, number> = {
  [Severity.CRITICAL]: 0,
  [Severity.WARNING]: 2,
  [Severity.INFO]: 3,
};

/** Azure metric alert evaluation frequencies, in seconds, with their ISO 8601 form. */
const AZURE_FREQUENCIES: ReadonlyArray<[number, string]> = [[60, 'PT1M'], [300, 'PT5M'], [900, 'PT15M'], [1800, 'PT30M'], [3600, 'PT1H']];
/** Azure metric alert window sizes. */
const AZURE_WINDOWS: ReadonlyArray<[number, string]> = [...AZURE_FREQUENCIES, [21600, 'PT6H'], [43200, 'PT12H'], [86400, 'P1D']];

function snapUp(seconds: number, table: ReadonlyArray<[number, string]>): string {
  return (table.find(([s]) => s >= seconds) ?? table[table.length - 1])[1];
}

/**
 * Azure has no "N periods in breach": a signal's period becomes the evaluation frequency and
 * period × evaluation periods the look-back window, both rounded up to the durations Azure accepts.
 */
export function azureAlertTiming(periodSeconds: number, evaluationPeriods: number): { frequency: string; windowSize: string } {
  const frequency = snapUp(periodSeconds, AZURE_FREQUENCIES);
  const freqSeconds = AZURE_FREQUENCIES.find(([, iso]) => iso === frequency)![0];
  const windowSize = snapUp(Math.max(freqSeconds, periodSeconds * evaluationPeriods), AZURE_WINDOWS);
  return { frequency, windowSize };
}

// The diagnostic categories per resource type are platform facts: constructs/azure/facts.ts.
export { AZURE_DIAGNOSTIC_TYPES } from './facts';
export type { DiagnosticSupport } from './facts';

/** Portal chart aggregation codes. */
const PORTAL_AGGREGATION: Record<string, number> = { Total: 1, Minimum: 2, Maximum: 3, Average: 4, Count: 7 };

/** The portal chart code of a signal's aggregation, as AZURE_METRIC_FACTS resolves it. */
function portalAggregation(s: { metric: { namespace: string; metricName: string }; statistic: Statistic }): number {
  const fact = azureMetricFact(s.metric.namespace, s.metric.metricName);
  const aggregation = fact ? azureAggregationFor(fact, s.statistic) : undefined;
  return PORTAL_AGGREGATION[aggregation ?? AZURE_AGGREGATION[s.statistic]];
}

/**
 * The observability of a stack on Azure. Created last in the stack, it finds every blueprint in it
 * and turns their golden signals into Azure Monitor metric alerts that notify an action group
 * (e-mail and webhook receivers, common alert schema); it keeps logs in a Log Analytics workspace
 * with workspace-based Application Insights for traces, adds a diagnostic setting to every
 * resource that supports one, draws a portal dashboard with one tile per blueprint, and optionally
 * runs an Azure Monitor workspace (managed Prometheus).
 */
export class AzureMonitoring extends Blueprint implements IMonitoring {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'Monitoring';
  /** The action group: the alert channel. */
  public readonly resource: MonitorActionGroup;
  public readonly actionGroup: MonitorActionGroup;
  public readonly workspace: LogAnalyticsWorkspace;
  public readonly appInsights: ApplicationInsights;
  /** One per golden signal that is not disabled, in construct-tree order. */
  public readonly alerts: MonitorMetricAlert[] = [];
  public readonly diagnosticSettings: MonitorDiagnosticSetting[] = [];
  public readonly dashboard?: PortalDashboard;
  public readonly prometheusWorkspace?: MonitorWorkspace;
  public readonly plan: AlarmPlan;
  public readonly alertChannelId: string;
  public readonly dashboardUrl?: string;
  /** The Log Analytics workspace id, for blueprints that send logs (container apps, functions). */
  public readonly workspaceId: string;
  /** The Application Insights connection string: apps export OpenTelemetry with it. */
  public readonly appInsightsConnectionString: string;
  /** What Monitoring handed to the blueprints that take telemetry. */
  public readonly telemetry: TelemetrySink;

  constructor(scope: Construct, id: string, props: AzureMonitoringProps) {
    super(scope, id);
    const d = AZURE_MONITORING_DEFAULTS;
    this.validate('AzureMonitoring', azureMonitoringRules<AzureMonitoringProps>((p) => p.workspaceSku === AzureWorkspaceSku.FREE), props);
    const sku = props.workspaceSku ?? d.workspaceSku;
    const rg = props.resourceGroup.name;
    const location = props.location;
    const overrides = props.alarmOverrides ?? {};

    this.workspace = new LogAnalyticsWorkspace(this, 'Workspace', {
      name: resourceName(this, 'azureLogAnalytics', 'log'),
      location,
      resourceGroupName: rg,
      sku,
      retentionInDays: props.logRetentionDays ?? (sku === AzureWorkspaceSku.FREE ? 7 : d.logRetentionDays),
      // Entra ID only: workspace keys are shared secrets.
      localAuthenticationEnabled: false,
    });
    this.workspaceId = this.workspace.id;
    this.appInsights = new ApplicationInsights(this, 'AppInsights', {
      name: resourceName(this, 'azureApplicationInsights', 'appi'),
      location,
      resourceGroupName: rg,
      applicationType: 'web',
      workspaceId: this.workspace.id,
      samplingPercentage: props.traceSamplingPercent ?? d.traceSamplingPercent,
    });
    this.appInsightsConnectionString = this.appInsights.connectionString;

    const emails = props.alertEmails ?? [];
    const webhooks = props.alertWebhooks ?? [];
    this.resource = new MonitorActionGroup(this, 'Resource', {
      name: resourceName(this, 'azureGeneric', 'alerts'),
      shortName: fitName([namePrefix(this)], 'azureActionGroupShort'),
      resourceGroupName: rg,
      location: 'global',
      emailReceiver: emails.map((emailAddress) => ({ name: `email-${stableHash(emailAddress)}`, emailAddress, useCommonAlertSchema: true })),
      webhookReceiver: webhooks.map((serviceUri) => ({ name: `webhook-${stableHash(serviceUri)}`, serviceUri, useCommonAlertSchema: true })),
    });
    this.actionGroup = this.resource;
    this.alertChannelId = this.resource.id;
    if (emails.length + webhooks.length === 0) Annotations.of(this).addWarning('No alert e-mail or webhook: alerts fire into an action group that notifies nobody.');

    const stack = TerraformStack.of(this);
    const blueprints = watchedBlueprints(stack, this);
    this.plan = planAlarms(blueprints, overrides);
    // Each metric must be a fact of AZURE_METRIC_FACTS; the aggregation is read from it.
    const factIssues: ValidationIssue[] = this.plan.alarms.flatMap((a) =>
      azureMetricProblems(a.signal.metric, a.signal.statistic).map((problem) => ({
        code: 'MonitoringMetricNotInFacts', path: this.node.path, prop: `${a.key}.metric`, value: `${a.signal.metric.namespace}/${a.signal.metric.metricName} (${a.signal.statistic})`,
        allowed: 'a metric, aggregation and dimensions listed in AZURE_METRIC_FACTS (constructs/azure/facts.ts)', fix: `${problem}: add the fact with its source, or fix the signal.`,
      })),
    );
    if (factIssues.length > 0) throw new ValidationError(`AzureMonitoring at '${this.node.path}'`, factIssues, 'golden signals');
    const alertScope = new Construct(this, 'Alerts');
    const groups = new Map<string, Construct>();
    for (const a of this.plan.alarms) {
      const resourceId = a.signal.metric.resourceId;
      if (resourceId === undefined) {
        Annotations.of(this).addWarning(`${a.key} has no metric resourceId: no Azure alert made for it.`);
        continue;
      }
      const groupId = a.blueprintPath.replace(/\//g, '.');
      const group = groups.get(groupId) ?? new Construct(alertScope, groupId);
      groups.set(groupId, group);
      const timing = azureAlertTiming(a.signal.periodSeconds, a.evaluationPeriods);
      this.alerts.push(
        new MonitorMetricAlert(group, a.signal.name, {
          name: fitName([namePrefix(this), a.blueprintPath, a.signal.name], 'azureMetricAlert'),
          resourceGroupName: rg,
          scopes: [resourceId],
          description: alarmDescription(a),
          severity: AZURE_SEVERITY[a.signal.severity],
          frequency: timing.frequency,
          windowSize: timing.windowSize,
          autoMitigate: true,
          criteria: [
            {
              metricNamespace: a.signal.metric.namespace,
              metricName: a.signal.metric.metricName,
              aggregation: azureAggregationFor(azureMetricFact(a.signal.metric.namespace, a.signal.metric.metricName)!, a.signal.statistic)!,
              operator: AZURE_OPERATOR[a.signal.comparison],
              threshold: a.threshold,
              dimension: (a.signal.metric.dimensions ?? []).map((dm) => ({ name: dm.name, operator: 'Include', values: [dm.value] })),
            },
          ],
          action: [{ actionGroupId: this.resource.id }],
        }),
      );
    }
    // Which alert belongs to which blueprint (alarms without a resource id made none).
    let made = 0;
    for (const a of this.plan.alarms) if (a.signal.metric.resourceId !== undefined) this.alarmIndex.remember(a.blueprint, a.blueprintPath, a.signal.name, this.alerts[made++].id, this.resource.id);
    routeDeliveredAlerts(this.plan, this.alertChannelId, overrides);
    this.telemetry = {
      logWorkspaceId: this.workspace.id,
      appInsightsConnectionString: this.appInsights.connectionString,
      logRetentionDays: props.logRetentionDays ?? (sku === AzureWorkspaceSku.FREE ? 7 : d.logRetentionDays),
      traceSamplingPercent: props.traceSamplingPercent ?? d.traceSamplingPercent,
    };
    connectTelemetry(blueprints, this.telemetry);
    for (const key of this.plan.unusedOverrides) Annotations.of(this).addWarning(unusedOverrideWarning(key, this.plan));
    for (const bp of this.plan.unwatched) Annotations.of(this).addWarning(`${bp.blueprintKind} at '${pathBelowStack(bp)}' declares no golden signals: nothing watches it.`);

    if (props.diagnosticsEnabled ?? d.diagnosticsEnabled) this.addDiagnosticSettings(stack);

    if (props.dashboardEnabled ?? d.dashboardEnabled) {
      this.dashboard = new PortalDashboard(this, 'Dashboard', {
        name: resourceName(this, 'azurePortalDashboard', 'dashboard'),
        resourceGroupName: rg,
        location,
        dashboardProperties: AzureMonitoring.dashboardProperties(blueprints),
      });
      this.dashboardUrl = `https://portal.azure.com/#@/dashboard/arm${this.dashboard.id}`;
    }

    if (props.prometheusEnabled ?? d.prometheusEnabled) {
      this.prometheusWorkspace = new MonitorWorkspace(this, 'PrometheusWorkspace', { name: resourceName(this, 'azureMonitorWorkspace', 'prom'), location, resourceGroupName: rg });
    }

    this.addCostItem({ sku: 'azure:monitor:metric-alert', description: `metric alerts (${this.alerts.length})`, quantityMin: this.alerts.length, quantityMax: this.alerts.length });
    this.addCostItem({ sku: 'azure:monitor:log-analytics-ingest', description: 'log, trace and diagnostics ingestion', quantityMin: 0, quantityMax: 0, usageBased: true });
    if (this.dashboard) this.addCostItem({ sku: 'azure:portal:dashboard', description: 'portal dashboard (free)', quantityMin: 1, quantityMax: 1 });
    if (emails.length > 0) this.addCostItem({ sku: 'azure:monitor:action-group-email', description: 'alert e-mails', quantityMin: 0, quantityMax: 0, usageBased: true });
    if (webhooks.length > 0) this.addCostItem({ sku: 'azure:monitor:action-group-webhook', description: 'alert webhook calls', quantityMin: 0, quantityMax: 0, usageBased: true });
    if (this.prometheusWorkspace) this.addCostItem({ sku: 'azure:monitor:prometheus-samples', description: 'Prometheus samples (per 10 million)', quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  /** How many alerts the golden signals became. */
  public get alarmCount(): number {
    return this.alerts.length;
  }

  /**
   * Sends every resource of the stack whose type is in {@link AZURE_DIAGNOSTIC_TYPES} to the
   * workspace. Resources made after Monitoring are not seen: create Monitoring last.
   */
  private addDiagnosticSettings(stack: IConstruct): void {
    const scope = new Construct(this, 'Diagnostics');
    const mine = new Set<IConstruct>(this.node.findAll());
    for (const node of stack.node.findAll()) {
      if (!TerraformResource.isTerraformResource(node) || mine.has(node)) continue;
      const support = AZURE_DIAGNOSTIC_TYPES[node.terraformResourceType];
      if (!support) continue;
      this.diagnosticSettings.push(
        new MonitorDiagnosticSetting(scope, pathBelowStack(node).replace(/\//g, '.'), {
          name: 'to-log-analytics',
          targetResourceId: node.getStringAttribute('id'),
          logAnalyticsWorkspaceId: this.workspace.id,
          enabledLog: support.logCategories ? support.logCategories.map((category) => ({ category })) : support.logCategoryGroup ? [{ categoryGroup: support.logCategoryGroup }] : undefined,
          enabledMetric: support.metricCategories.length > 0 ? support.metricCategories.map((category) => ({ category })) : undefined,
        }),
      );
    }
  }

  /**
   * The portal dashboard: one tile per blueprint, in construct-tree order, two per row. A chart tile
   * plots the blueprint's signal metrics; a blueprint whose signals it delivers itself (a budget) or
   * that has none gets a markdown tile. Keys in a fixed order so the JSON is byte-stable.
   */
  public static dashboardProperties(blueprints: Blueprint[]): string {
    const parts: Record<string, unknown> = {};
    blueprints.forEach((bp, i) => {
      const position = { x: (i % 2) * 6, y: Math.floor(i / 2) * 4, colSpan: 6, rowSpan: 4 };
      const signals = bp.goldenSignals.filter((s) => !s.deliveredByBlueprint && s.metric.resourceId !== undefined);
      if (signals.length === 0) {
        const lines = bp.goldenSignals.map((s) => `- **${s.name}**: ${s.description}`);
        parts[String(i)] = {
          position,
          metadata: {
            inputs: [],
            type: 'Extension/HubsExtension/PartType/MarkdownPart',
            settings: { content: { settings: { content: [`### ${widgetTitle(bp)}`, '', ...(lines.length > 0 ? lines : ['No golden signals declared.'])].join('\n'), title: widgetTitle(bp), subtitle: '' } } },
          },
        };
        return;
      }
      parts[String(i)] = {
        position,
        metadata: {
          inputs: [{ name: 'options', isOptional: true }, { name: 'sharedTimeRange', isOptional: true }],
          type: 'Extension/HubsExtension/PartType/MonitorChartPart',
          settings: {
            content: {
              options: {
                chart: {
                  metrics: signals.map((s) => ({
                    resourceMetadata: { id: s.metric.resourceId },
                    name: s.metric.metricName,
                    aggregationType: portalAggregation(s),
                    namespace: s.metric.namespace,
                    metricVisualization: { displayName: s.name },
                  })),
                  title: widgetTitle(bp),
                  titleKind: 2,
                  visualization: { chartType: 2 },
                },
              },
            },
          },
        },
      };
    });
    return JSON.stringify({
      lenses: { '0': { order: 0, parts } },
      metadata: {
        model: {
          timeRange: { value: { relative: { duration: 24, timeUnit: 1 } }, type: 'MsPortalFx.Composition.Configuration.ValueTypes.TimeRange' },
        },
      },
    });
  }

  private readonly alarmIndex = new AlarmIndex(this);

  /** The ids of the alarms made for `blueprint`'s golden signals (only `signalName`'s when given). */
  public alarmIdsOf(blueprint: IConstruct, signalName?: string): string[] {
    return this.alarmIndex.idsOf(blueprint, signalName);
  }
}
