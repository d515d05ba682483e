import * as path from 'path';
import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { ApplicationInsights } from '@cdktf/provider-azurerm/lib/application-insights';
import { FunctionAppFlexConsumption } from '@cdktf/provider-azurerm/lib/function-app-flex-consumption';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { EdgeKind, IWorkloadConsumer, Wiring, WorkloadIdentity } from '../core/wiring';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { FunctionRuntime, IServerlessFunction, SERVERLESS_FUNCTION_DEFAULTS, SERVERLESS_FUNCTION_RULES, ServerlessFunctionProps, functionScheduleIssues } from '../core/function';
import { resourceName } from '../core/naming';
import { FunctionPackage } from '../core/private/package';
import { functionsV4Files } from './private/functions-v4';
import { FLEX_CODE_DEPLOYMENT, FlexCodeDeployment } from './private/flex-deploy';
import { Schedule } from '../core/schedule';
import { ValidationIssue } from '../core/validation';
import { secureStorageAccount } from './private/storage';

/** Flex Consumption runtime name and version of the neutral runtimes. */
export const FLEX_RUNTIMES: Record<FunctionRuntime, { name: string; version: string }> = {
  [FunctionRuntime.NODE_22]: { name: 'node', version: '22' },
  [FunctionRuntime.NODE_20]: { name: 'node', version: '20' },
  [FunctionRuntime.PYTHON_3_12]: { name: 'python', version: '3.12' },
};

/** Flex Consumption's lowest (historically; see `maximumInstanceCountFloor`) and highest maximum instance count. */
export const FLEX_MIN_MAX_INSTANCES = 40;
export const FLEX_MAX_MAX_INSTANCES = 1000;

/** Flex Consumption instance sizes, MB. */
export const FLEX_INSTANCE_MEMORY_MB = [512, 2048, 4096] as const;

/** The app settings that carry the triggers (Azure declares triggers in code; the handler reads these). */
export const AZURE_TRIGGER_SETTINGS = {
  queueName: 'SERVICEBUS_QUEUE_NAME',
  serviceBusConnection: 'ServiceBusConnection',
  maxConcurrentCalls: 'AzureFunctionsJobHost__extensions__serviceBus__maxConcurrentCalls',
  timerSchedule: 'TIMER_SCHEDULE',
  timerTimeZone: 'TIMER_TIME_ZONE',
  functionTimeout: 'AzureFunctionsJobHost__functionTimeout',
} as const;

/** Seconds as `hh:mm:ss`. */
function hms(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export interface AzureServerlessFunctionProps extends ServerlessFunctionProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** Subnet delegated to Microsoft.App/environments for VNet integration (the kit passes the functions subnet). @default - no VNet integration */
  readonly subnetId?: string;
  /** Connection string of an existing Application Insights (the Monitoring blueprint's). @default - an Application Insights of its own */
  readonly applicationInsightsConnectionString?: string;
  /** Resource id of that Application Insights, for the golden signals and the publisher role. @default - its own */
  readonly applicationInsightsId?: string;
  /** Log Analytics workspace for its own Application Insights. @default - a small workspace of its own */
  readonly logAnalyticsWorkspaceId?: string;
  /**
   * The lowest maximum instance count the region accepts, 1–40. Flex Consumption historically
   * required at least 40; lower values are rolling out region by region (the azurerm provider accepts
   * 1–1000 since late 2025). Set it to 1 where your region allows it, so that `reservedConcurrency`
   * becomes the instance cap as it is.
   * @default 40
   */
  readonly maximumInstanceCountFloor?: number;
  /**
   * Publish the code package during `terraform apply`, through One Deploy with the deployer's Entra
   * ID token (`az functionapp deployment source config-zip`, run by a `terraform_data` resource
   * whenever the package hash changes). Needs the Azure CLI, signed in, where Terraform runs. Set
   * false to publish with `scripts/deploy-azure-functions.sh` after the apply instead (CI without
   * the CLI); the app then runs no code until you do. Without an HTTP trigger the app keeps public
   * network access on for its SCM endpoint only (main site: deny all; SCM: Entra ID auth, basic
   * publishing off); false turns public network access off, and you publish from inside the VNet.
   * @default true
   */
  readonly codeDeploymentEnabled?: boolean;
}

function flexMemory(mib: number): number {
  return FLEX_INSTANCE_MEMORY_MB.find((m) => m >= mib) ?? 4096;
}

/**
 * An Azure Function App on Flex Consumption: the maximum instance count as its throttle, Application
 * Insights with Entra ID ingestion, a storage account (encrypted, ZRS, TLS 1.2, no public blob
 * access, shared keys off) with a deployment container the app reads with its managed identity,
 * VNet integration in the functions subnet, and code deployed from the same deterministic zip as on
 * AWS. Triggers are declared in code on Azure; the blueprint sets the app settings they read
 * (`SERVICEBUS_QUEUE_NAME`, identity-based `ServiceBusConnection__*`, `TIMER_SCHEDULE` as NCRONTAB)
 * and grants the identity what they need (Azure Service Bus Data Receiver on the queue).
 *
 * The identity is user-assigned so that its storage role exists before the app first deploys its
 * package (a system-assigned identity only exists once the app does).
 */
export class AzureServerlessFunction extends Blueprint implements IServerlessFunction, IWorkloadConsumer {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'ServerlessFunction';
  public readonly resource: FunctionAppFlexConsumption;
  public readonly plan: ServicePlan;
  public readonly storageAccount: StorageAccount;
  public readonly deploymentContainer: StorageContainer;
  public readonly identity: UserAssignedIdentity;
  public readonly applicationInsights?: ApplicationInsights;
  public readonly codePackage: FunctionPackage;
  /** The step that publishes `codePackage` (One Deploy), unless `codeDeploymentEnabled` is false. */
  public readonly codeDeployment?: FlexCodeDeployment;
  public readonly functionName: string;
  public readonly functionId: string;
  public readonly endpointHostname?: string;
  /** The maximum instance count set (the throttle). */
  public readonly maximumInstanceCount: number;
  /** The identity, principal and subnet data blueprints grant access to. */
  public readonly workloadIdentity: WorkloadIdentity;

  constructor(scope: Construct, id: string, props: AzureServerlessFunctionProps) {
    super(scope, id);
    const floor = props.maximumInstanceCountFloor ?? FLEX_MIN_MAX_INSTANCES;
    const floorIssues: ValidationIssue[] =
      !Number.isInteger(floor) || floor < 1 || floor > FLEX_MIN_MAX_INSTANCES
        ? [{ code: 'FunctionInstanceFloorOutOfRange', path: '', prop: 'maximumInstanceCountFloor', value: floor, allowed: `a whole number between 1 and ${FLEX_MIN_MAX_INSTANCES}`, fix: 'Use 40, or a lower value your region accepts.' }]
        : [];
    this.validate('AzureServerlessFunction', SERVERLESS_FUNCTION_RULES, props, [...functionScheduleIssues(props), ...floorIssues]);
    const d = SERVERLESS_FUNCTION_DEFAULTS;
    const rg = props.resourceGroupName;
    const location = props.location;
    const reserved = props.reservedConcurrency ?? d.reservedConcurrency;
    const timeout = props.timeoutSeconds ?? d.timeoutSeconds;
    const name = resourceName(this, 'azureFunctionApp');
    this.functionName = name;
    const sourcePath = path.resolve(props.sourcePath);
    const runtimeName = FLEX_RUNTIMES[props.runtime ?? d.runtime].name;
    // Node.js: the v4 programming model around the Lambda handler (host.json, package.json, trigger registrations).
    const v4 =
      runtimeName === 'node'
        ? functionsV4Files(sourcePath, {
            name: this.node.id.replace(/[^A-Za-z0-9_-]/g, '-'),
            handler: props.handler ?? d.handler,
            queue: props.queue ? { connection: AZURE_TRIGGER_SETTINGS.serviceBusConnection, queueNameSetting: AZURE_TRIGGER_SETTINGS.queueName } : undefined,
            timerScheduleSetting: props.schedule ? AZURE_TRIGGER_SETTINGS.timerSchedule : undefined,
            http: props.httpApiEnabled ?? d.httpApiEnabled,
          })
        : [];
    if (runtimeName !== 'node') Annotations.of(this).addWarning(`The ${runtimeName} package is deployed as it is: it must declare its own triggers (function_app.py and host.json for the Python v2 model).`);
    this.codePackage = new FunctionPackage(this, 'Code', sourcePath, v4);

    this.identity = new UserAssignedIdentity(this, 'Identity', { name: resourceName(this, 'azureGeneric', 'id'), location, resourceGroupName: rg });
    this.workloadIdentity = {
      cloud: Cloud.AZURE, principalId: this.identity.principalId, clientId: this.identity.clientId, principalName: this.identity.name,
      subnetId: (props.privateNetworkingEnabled ?? SERVERLESS_FUNCTION_DEFAULTS.privateNetworkingEnabled) ? props.subnetId : undefined,
    };

    this.storageAccount = secureStorageAccount(this, 'Storage', { name: resourceName(this, 'azureStorageAccount', 'fn'), resourceGroupName: rg, location });
    this.deploymentContainer = new StorageContainer(this, 'DeploymentContainer', { name: 'deployment', storageAccountId: this.storageAccount.id, containerAccessType: 'private' });
    const storageRole = new RoleAssignment(this, 'StorageBlobDataOwner', {
      scope: this.storageAccount.id,
      roleDefinitionName: 'Storage Blob Data Owner',
      principalId: this.identity.principalId,
      principalType: 'ServicePrincipal',
    });

    let aiConnection = props.applicationInsightsConnectionString;
    let aiId = props.applicationInsightsId;
    if (!aiConnection) {
      const workspaceId =
        props.logAnalyticsWorkspaceId ??
        new LogAnalyticsWorkspace(this, 'Workspace', { name: resourceName(this, 'azureLogAnalytics', 'logs'), location, resourceGroupName: rg, sku: 'PerGB2018', retentionInDays: Math.max(30, props.logRetentionDays ?? d.logRetentionDays), localAuthenticationEnabled: false }).id;
      this.applicationInsights = new ApplicationInsights(this, 'ApplicationInsights', {
        name: resourceName(this, 'azureGeneric', 'ai'),
        location,
        resourceGroupName: rg,
        applicationType: (props.runtime ?? d.runtime) === FunctionRuntime.PYTHON_3_12 ? 'other' : 'Node.JS',
        workspaceId,
        localAuthenticationDisabled: true,
      });
      aiConnection = this.applicationInsights.connectionString;
      aiId = this.applicationInsights.id;
    }
    const roles: RoleAssignment[] = [storageRole];
    if (aiId) {
      roles.push(new RoleAssignment(this, 'MetricsPublisher', { scope: aiId, roleDefinitionName: 'Monitoring Metrics Publisher', principalId: this.identity.principalId, principalType: 'ServicePrincipal' }));
    }

    const settings: Record<string, string> = {
      AzureWebJobsStorage__accountName: this.storageAccount.name,
      AzureWebJobsStorage__credential: 'managedidentity',
      AzureWebJobsStorage__clientId: this.identity.clientId,
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: `ClientId=${this.identity.clientId};Authorization=AAD`,
      // host.json's functionTimeout, set through the app-setting override.
      [AZURE_TRIGGER_SETTINGS.functionTimeout]: hms(timeout),
    };
    if (props.queue) {
      const q = props.queue;
      if (q.namespaceName) {
        settings[`${AZURE_TRIGGER_SETTINGS.serviceBusConnection}__fullyQualifiedNamespace`] = `${q.namespaceName}.servicebus.windows.net`;
        settings[`${AZURE_TRIGGER_SETTINGS.serviceBusConnection}__credential`] = 'managedidentity';
        settings[`${AZURE_TRIGGER_SETTINGS.serviceBusConnection}__clientId`] = this.identity.clientId;
      }
      settings[AZURE_TRIGGER_SETTINGS.queueName] = q.queueName;
      settings[AZURE_TRIGGER_SETTINGS.maxConcurrentCalls] = String(props.queueMaxConcurrency ?? d.queueMaxConcurrency);
      const receiver = new RoleAssignment(this, 'ServiceBusDataReceiver', { scope: q.queueId, roleDefinitionName: 'Azure Service Bus Data Receiver', principalId: this.identity.principalId, principalType: 'ServicePrincipal' });
      roles.push(receiver);
      Wiring.of(this).add({
        kind: EdgeKind.FUNCTION_QUEUE, from: this.node.path, to: props.queueOwner?.node.path ?? q.queueId, port: 5671, protocol: 'amqps',
        permissions: ['Azure Service Bus Data Receiver'],
        pieces: { identity: this.identity.principalId, roleAssignment: receiver.id, resource: q.queueId, ...(this.workloadIdentity.subnetId ? { consumerSubnet: this.workloadIdentity.subnetId } : {}) },
        settings: Object.keys(settings).filter((k) => k.startsWith(AZURE_TRIGGER_SETTINGS.serviceBusConnection)).concat(AZURE_TRIGGER_SETTINGS.queueName).sort(),
        note: 'Service Bus trigger with the function identity (Azure Service Bus Data Receiver on the queue only).',
      });
    }
    if (props.schedule) {
      const s = Schedule.cron(props.schedule.cron, props.schedule.timeZone ?? 'UTC');
      settings[AZURE_TRIGGER_SETTINGS.timerSchedule] = s.toNcrontab();
      settings[AZURE_TRIGGER_SETTINGS.timerTimeZone] = s.timeZone;
      Wiring.of(this).add({
        kind: EdgeKind.SCHEDULER_FUNCTION, from: `${this.node.path}#timer`, to: this.node.path,
        pieces: { resource: this.identity.id },
        settings: [AZURE_TRIGGER_SETTINGS.timerSchedule, AZURE_TRIGGER_SETTINGS.timerTimeZone],
        note: 'A timer trigger inside the Function App (NCRONTAB in TIMER_SCHEDULE): no identity or network path is involved.',
      });
      if (s.timeZone !== 'UTC' && s.timeZone !== 'Etc/UTC') {
        Annotations.of(this).addWarning(`Flex Consumption (Linux) runs timer triggers in UTC: '${s.expression}' in ${s.timeZone} fires at the same UTC time all year, so it moves by an hour across daylight-saving changes. The handler gets TIMER_TIME_ZONE to correct for it.`);
      }
    }
    for (const [k, v] of Object.entries(props.environment ?? {})) settings[k] = v;

    this.plan = new ServicePlan(this, 'Plan', { name: resourceName(this, 'azureAppServicePlan', 'plan'), location, resourceGroupName: rg, osType: 'Linux', skuName: 'FC1' });
    this.maximumInstanceCount = Math.min(FLEX_MAX_MAX_INSTANCES, Math.max(floor, reserved));
    const runtime = FLEX_RUNTIMES[props.runtime ?? d.runtime];
    const http = props.httpApiEnabled ?? d.httpApiEnabled;
    // One Deploy reaches the app's SCM endpoint from where Terraform runs. Without an HTTP trigger
    // the app serves nothing publicly: its main site denies every address, and only the SCM
    // endpoint (Entra ID authentication; basic publishing credentials are off) stays reachable.
    const deploys = (props.codeDeploymentEnabled ?? FLEX_CODE_DEPLOYMENT.enabledByDefault) && reserved > 0;
    const scmOnly = deploys && !http;
    const sorted = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    this.resource = new FunctionAppFlexConsumption(this, 'Resource', {
      name,
      location,
      resourceGroupName: rg,
      servicePlanId: this.plan.id,
      runtimeName: runtime.name,
      runtimeVersion: runtime.version,
      instanceMemoryInMb: flexMemory(props.memoryMiB ?? d.memoryMiB),
      maximumInstanceCount: this.maximumInstanceCount,
      // Reserved concurrency 0 means stopped, as on Lambda.
      enabled: reserved > 0,
      storageContainerType: 'blobContainer',
      storageContainerEndpoint: `${this.storageAccount.primaryBlobEndpoint}${this.deploymentContainer.name}`,
      storageAuthenticationType: 'UserAssignedIdentity',
      storageUserAssignedIdentityId: this.identity.id,
      identity: { type: 'UserAssigned', identityIds: [this.identity.id] },
      httpsOnly: true,
      publicNetworkAccessEnabled: http || scmOnly,
      webdeployPublishBasicAuthenticationEnabled: false,
      virtualNetworkSubnetId: (props.privateNetworkingEnabled ?? d.privateNetworkingEnabled) ? props.subnetId : undefined,
      // No zip_deploy_file: azurerm 4.55 pushes it to /api/zipdeploy with basic auth, which Flex
      // Consumption does not support. CodeDeployment below publishes through One Deploy instead.
      appSettings: sorted,
      siteConfig: {
        applicationInsightsConnectionString: aiConnection,
        minimumTlsVersion: '1.2',
        scmMinimumTlsVersion: '1.2',
        http2Enabled: true,
        ...(scmOnly ? { ipRestrictionDefaultAction: 'Deny', scmUseMainIpRestriction: false, scmIpRestrictionDefaultAction: 'Allow' } : {}),
      },
      dependsOn: roles,
    });
    this.functionId = this.resource.id;
    // A stopped app (reserved concurrency 0) has no SCM site to publish to.
    if (deploys) {
      this.codeDeployment = new FlexCodeDeployment(this, 'CodeDeployment', { resourceGroupName: rg, functionAppName: this.resource.name, codePackage: this.codePackage, dependsOn: [this.resource] });
    }
    if (http) this.endpointHostname = this.resource.defaultHostname;

    if (aiId) {
      this.addGoldenSignal({
        name: 'errors', description: `Function app ${name} has failed executions.`,
        metric: { namespace: 'microsoft.insights/components', metricName: 'requests/failed', resourceId: aiId },
        statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 1, severity: Severity.WARNING,
      });
      this.addGoldenSignal({
        name: 'duration-p95', description: `Function app ${name} executions take more than 80% of the ${timeout}s timeout.`,
        metric: { namespace: 'microsoft.insights/components', metricName: 'requests/duration', resourceId: aiId },
        statistic: Statistic.P95, comparison: Comparison.GREATER_THAN, threshold: timeout * 1000 * 0.8, periodSeconds: 300, evaluationPeriods: 3, severity: Severity.WARNING,
      });
    }
    this.addGoldenSignal({
      // Microsoft.Web/sites publishes no Http429: the 429s of an app at its maximum instance count
      // are counted in Http4xx (AZURE_METRIC_FACTS).
      name: 'throttles', description: `Function app ${name} answered 4xx, such as 429 when it is at its maximum instance count (${this.maximumInstanceCount}).`,
      metric: { namespace: 'Microsoft.Web/sites', metricName: 'Http4xx', resourceId: this.resource.id },
      statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 3, severity: Severity.WARNING,
    });
    this.addCostItem({ sku: 'azure:functions-flex:executions', description: `Function app ${name} executions`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'azure:functions-flex:gb-second', description: `Function app ${name} on-demand compute (GB-seconds)`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'azure:storage:zrs-hot', description: `Function app ${name} storage`, quantityMin: 1, quantityMax: 1 });
    if (this.applicationInsights) this.addCostItem({ sku: 'azure:app-insights:ingest', description: `Function app ${name} telemetry`, quantityMin: 0, quantityMax: 0, usageBased: true });
  }
}
