import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { LinuxWebApp, LinuxWebAppSiteConfig } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { LinuxWebAppSlot } from '@cdktf/provider-azurerm/lib/linux-web-app-slot';
import { MonitorAutoscaleSetting } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { IWorkloadConsumer, WorkloadIdentity } from '../core/wiring';
import { Blueprint } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { computeGoldenSignals, scalingTargetsOf, scheduleIssues } from '../core/scaling-group';
import { sizeSpec } from '../core/size';
import { IWebApp, WEB_APP_DEFAULTS, WEB_APP_RULES, WebAppProps, containerLaunch } from '../core/web-app';
import { EdgeKind, Wiring } from '../core/wiring';
import { AzureLoadBalancerTarget } from './load-balancer';
import { autoscaleProfiles, autoscaleRules } from './private/autoscale';

/**
 * What App Service serves on its default host name: HTTPS on 443, forwarded to the container's
 * WEBSITES_PORT. source: Microsoft Learn, "Configure a custom container for Azure App Service"
 * (WEBSITES_PORT), read 2026-12.
 */
export const AZURE_WEB_APP_FRONT_END = { port: 443, protocol: 'https' } as const;

export interface AzureWebAppProps extends WebAppProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The subnet delegated to Microsoft.Web/serverFarms (the network's INTEGRATION subnet). */
  readonly integrationSubnetId: string;
  /**
   * Zones of the region: with zone redundancy the plan runs at least one worker per zone.
   * @default 3
   */
  readonly zoneCount?: number;
}

/** Splits an image reference into the registry URL and the image name App Service expects. */
export function splitImage(image: string): { registryUrl: string; imageName: string } {
  const [first, ...rest] = image.split('/');
  if (rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) return { registryUrl: `https://${first}`, imageName: rest.join('/') };
  return { registryUrl: 'https://index.docker.io', imageName: image };
}

/**
 * Managed hosting on Azure: an App Service plan (Linux, zone balancing on, at least one worker per
 * zone) and a Linux web app running the container: HTTPS only, TLS 1.2 minimum, FTP(S) and basic
 * publishing credentials off, a health check path, a system-assigned identity, outbound traffic
 * through VNet integration in the INTEGRATION subnet. Inbound stays public (the Application Gateway
 * reaches it over HTTPS), restricted to the gateway's address when behind one. An autoscale setting
 * on the plan carries the target and scheduled policies; a staging slot is optional.
 */
export class AzureWebApp extends Blueprint implements IWebApp, IWorkloadConsumer {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'WebApp';
  public readonly resource: LinuxWebApp;
  public readonly plan: ServicePlan;
  public readonly stagingSlot?: LinuxWebAppSlot;
  public readonly autoscale?: MonitorAutoscaleSetting;
  public readonly sku: string;
  private readonly integrationSubnetId: string;

  constructor(scope: Construct, id: string, props: AzureWebAppProps) {
    super(scope, id);
    this.integrationSubnetId = props.integrationSubnetId;
    const d = WEB_APP_DEFAULTS;
    const capacity = props.capacity ?? d.capacity;
    this.validate('AzureWebApp', WEB_APP_RULES, props, scheduleIssues('WebApp', props.schedules, capacity));
    this.sku = sizeSpec(props.size ?? d.size).azureAppServiceSku;
    const basic = this.sku.startsWith('B');
    const zoneRedundant = props.zoneRedundancyEnabled ?? d.zoneRedundancyEnabled;
    const zoneCount = props.zoneCount ?? 3;
    const workers = zoneRedundant ? Math.max(capacity.min, zoneCount) : capacity.desired ?? capacity.min;
    if (zoneRedundant && capacity.min < zoneCount) {
      Annotations.of(this).addWarning(`capacity.min ${capacity.min} is below the ${zoneCount} zones: the plan runs at least ${zoneCount} workers (one per zone).`);
    }
    const port = props.port ?? props.target?.port ?? d.port;
    const healthCheckPath = props.healthCheckPath ?? props.target?.healthCheckPath ?? d.healthCheckPath;
    const base = { resourceGroupName: props.resourceGroupName, location: props.location };
    const gateway = props.target instanceof AzureLoadBalancerTarget ? props.target : undefined;

    this.plan = new ServicePlan(this, 'Plan', {
      ...base,
      name: resourceName(this, 'azureAppServicePlan', 'plan'),
      osType: 'Linux',
      skuName: this.sku,
      workerCount: workers,
      zoneBalancingEnabled: zoneRedundant,
      // The autoscale setting owns the worker count after the first apply.
      lifecycle: { ignoreChanges: ['worker_count'] },
    });

    const launch = containerLaunch(props, port, healthCheckPath);
    const image = splitImage(launch.image);
    const siteConfig: LinuxWebAppSiteConfig = {
      alwaysOn: true,
      http2Enabled: true,
      minimumTlsVersion: '1.2',
      scmMinimumTlsVersion: '1.2',
      ftpsState: 'Disabled',
      healthCheckPath,
      healthCheckEvictionTimeInMin: 5,
      vnetRouteAllEnabled: true,
      applicationStack: { dockerImageName: image.imageName, dockerRegistryUrl: image.registryUrl },
      appCommandLine: launch.command?.join(' '),
      ipRestrictionDefaultAction: gateway ? 'Deny' : 'Allow',
      ipRestriction: gateway ? [{ name: 'application-gateway', action: 'Allow', priority: 100, ipAddress: `${gateway.sourceIpAddress}/32` }] : undefined,
    };
    const appSettings: Record<string, string> = { WEBSITES_PORT: String(port) };
    for (const k of Object.keys(launch.environment).sort()) appSettings[k] = launch.environment[k];
    const common = {
      httpsOnly: true,
      publicNetworkAccessEnabled: true,
      clientAffinityEnabled: false,
      ftpPublishBasicAuthenticationEnabled: false,
      webdeployPublishBasicAuthenticationEnabled: false,
      virtualNetworkSubnetId: props.integrationSubnetId,
      identity: { type: 'SystemAssigned' },
      appSettings,
      siteConfig,
    };
    this.resource = new LinuxWebApp(this, 'Resource', { ...base, ...common, name: resourceName(this, 'azureWebApp', 'app'), servicePlanId: this.plan.id });
    if (props.stagingSlotEnabled ?? d.stagingSlotEnabled) {
      if (basic) Annotations.of(this).addWarning(`App Service ${this.sku} has no deployment slots: pick size small or larger for stagingSlotEnabled.`);
      this.stagingSlot = new LinuxWebAppSlot(this, 'StagingSlot', { ...common, name: 'staging', appServiceId: this.resource.id });
    }
    gateway?.addBackendFqdn(this.resource.defaultHostname);
    if (gateway) {
      // The request path: gateway → backend pool → the app's HTTPS front end (443) → container port, health path.
      Wiring.of(this).add({
        kind: EdgeKind.LOAD_BALANCER_TARGET,
        from: gateway.loadBalancer.node.path,
        to: this.node.path,
        port: AZURE_WEB_APP_FRONT_END.port,
        protocol: AZURE_WEB_APP_FRONT_END.protocol,
        healthCheckPath,
        pieces: { gateway: gateway.loadBalancer.resource.id, webApp: this.resource.id, backendPool: gateway.poolName, httpSettings: gateway.settingsName, probe: gateway.probeName },
        note: `Backend pool ${gateway.poolName} reaches the app's HTTPS front end on ${AZURE_WEB_APP_FRONT_END.port} (host name from the pool), which forwards to the container on WEBSITES_PORT ${port}; the app admits only the gateway's address.`,
      });
    }

    if (basic) {
      Annotations.of(this).addWarning(`App Service ${this.sku} does not autoscale: the plan stays at ${workers} workers. Pick size small or larger to autoscale.`);
    } else {
      const rules = autoscaleRules(scalingTargetsOf(props.scalingTargets), [], {
        resourceId: this.plan.id,
        cpuMetric: { namespace: 'microsoft.web/serverfarms', name: 'CpuPercentage' },
        target: props.target,
        cooldownSeconds: d.cooldownSeconds,
        scaleInDisabled: false,
      });
      const floor = zoneRedundant ? Math.max(capacity.min, zoneCount) : capacity.min;
      const planCapacity = { min: floor, max: Math.max(floor, capacity.max), desired: capacity.desired !== undefined ? Math.max(floor, capacity.desired) : undefined };
      this.autoscale = new MonitorAutoscaleSetting(this, 'Autoscale', {
        ...base,
        name: resourceName(this, 'azureGeneric', 'autoscale'),
        targetResourceId: this.plan.id,
        enabled: true,
        profile: autoscaleProfiles(planCapacity, props.schedules ?? [], rules, floor),
      });
    }

    for (const signal of computeGoldenSignals('plan', { namespace: 'Microsoft.Web/serverfarms', metricName: 'CpuPercentage', resourceId: this.plan.id }, props.target?.unhealthyHostMetric, 'The web app fails the gateway health probe')) this.addGoldenSignal(signal);
    this.addCostItem({ sku: `azure:appservice:${this.sku}`, description: `${this.node.id} App Service plan (${this.sku}, instance-hours)`, quantityMin: 730 * workers, quantityMax: 730 * Math.max(workers, capacity.max) });
  }

  /**
   * The web app's system-assigned identity and its VNet integration subnet: what data blueprints
   * grant access to. The staging slot has an identity of its own, which holds no grants: warm a
   * swap up on endpoints that need no data access (docs/wiring.md).
   */
  public get workloadIdentity(): WorkloadIdentity {
    return { cloud: Cloud.AZURE, principalId: this.resource.identity.principalId, principalName: this.resource.name, subnetId: this.integrationSubnetId };
  }

  public get webAppName(): string {
    return this.resource.name;
  }

  /** The web app's default host name (`<name>.azurewebsites.net`). */
  public get endpointHostname(): string {
    return this.resource.defaultHostname;
  }
}
