import { Construct } from 'constructs';
import { AppConfiguration } from '@cdktf/provider-azurerm/lib/app-configuration';
import { AppConfigurationFeature } from '@cdktf/provider-azurerm/lib/app-configuration-feature';
import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { FEATURE_FLAGS_RULES, FeatureFlagsProps, IFeatureFlags } from '../core/feature-flags';
import { resourceName } from '../core/naming';
import { EdgeKind, IWorkloadConsumer, Wiring } from '../core/wiring';
import { AZURE_GRANT_FACTS, IAzureSubnetAccess, allowConsumerSubnet, grantRole } from './private/grants';

export interface AzureFeatureFlagsProps extends FeatureFlagsProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** Subnet for the store's private endpoint (the kit passes the data subnet). @default - no private endpoint */
  readonly privateEndpointSubnetId?: string;
  /** Private DNS zone ids (`privatelink.azconfig.io`) for the endpoint. @default - none (DNS managed elsewhere) */
  readonly privateDnsZoneIds?: string[];
  /**
   * Grant the identity running Terraform "App Configuration Data Owner" on the store, which it needs
   * to write the flags (local auth is off). Turn off when a platform team grants it.
   * @default true
   */
  readonly deployerRoleAssignmentEnabled?: boolean;
  /** Opens the private endpoint's subnet to each reader's subnet on 443 (the kit passes the network). @default - no NSG rules are added */
  readonly network?: IAzureSubnetAccess;
}

/**
 * How a flag change is rolled back on Azure: App Configuration has no deployment monitors (AWS
 * AppConfig's environment monitors have no Azure counterpart), so the edge records the procedure.
 */
export const AZURE_FLAG_ROLLBACK_PROCEDURE =
  'App Configuration has no deployment monitors: a bad flag change is rolled back by switching the flag back ' +
  '(az appconfig feature disable/enable, or terraform apply of the previous workload file); the alerts named here tell operations when to do it.';

/** The data-plane role that writes flags when local (key) auth is off. */
export const APP_CONFIGURATION_DATA_OWNER = 'App Configuration Data Owner';

/**
 * Feature flags in Azure App Configuration: a Standard store with local (access-key) auth off,
 * purge protection, public network access off and an optional private endpoint, and one
 * `azurerm_app_configuration_feature` per flag. The deploying identity gets App Configuration Data
 * Owner on the store, since flags are written through the data plane with Entra ID.
 */
export class AzureFeatureFlags extends Blueprint implements IFeatureFlags {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'FeatureFlags';
  public readonly resource: AppConfiguration;
  public readonly features: AppConfigurationFeature[] = [];
  public readonly privateEndpoint?: PrivateEndpoint;
  public readonly flagStoreId: string;
  public readonly flagEnvironment: string;
  public readonly flagSettings: Record<string, string>;
  private readonly props: AzureFeatureFlagsProps;

  constructor(scope: Construct, id: string, props: AzureFeatureFlagsProps) {
    super(scope, id);
    this.validate('AzureFeatureFlags', FEATURE_FLAGS_RULES, props);
    this.props = props;
    const name = resourceName(this, 'azureAppConfig');
    this.resource = new AppConfiguration(this, 'Resource', {
      name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: 'standard',
      localAuthEnabled: false,
      publicNetworkAccess: 'Disabled',
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 7,
    });
    this.addGoldenSignal({
      name: 'throttled-requests',
      description: 'App Configuration throttled requests: apps may read stale flags. Cache flags in the app, or raise the SKU.',
      metric: { namespace: 'Microsoft.AppConfiguration/configurationStores', metricName: 'ThrottledHttpRequestCount', resourceId: this.resource.id },
      statistic: Statistic.SUM,
      comparison: Comparison.GREATER_THAN,
      threshold: 0,
      periodSeconds: 300,
      evaluationPeriods: 1,
      severity: Severity.WARNING,
    });
    if (props.privateEndpointSubnetId) {
      this.privateEndpoint = new PrivateEndpoint(this, 'PrivateEndpoint', {
        name: resourceName(this, 'azureGeneric', 'pe'),
        resourceGroupName: props.resourceGroupName,
        location: props.location,
        subnetId: props.privateEndpointSubnetId,
        privateServiceConnection: { name: 'configurationStores', privateConnectionResourceId: this.resource.id, subresourceNames: ['configurationStores'], isManualConnection: false },
        privateDnsZoneGroup: props.privateDnsZoneIds && props.privateDnsZoneIds.length > 0 ? { name: 'default', privateDnsZoneIds: props.privateDnsZoneIds } : undefined,
      });
    }
    const dependsOn: RoleAssignment[] = [];
    if (props.deployerRoleAssignmentEnabled ?? true) {
      const client = new DataAzurermClientConfig(this, 'Deployer', {});
      dependsOn.push(new RoleAssignment(this, 'DeployerDataOwner', { scope: this.resource.id, roleDefinitionName: APP_CONFIGURATION_DATA_OWNER, principalId: client.objectId }));
    }
    const sorted = [...props.flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const f of sorted) {
      this.features.push(
        new AppConfigurationFeature(this, `Flag-${f.name}`, {
          configurationStoreId: this.resource.id,
          name: f.name,
          enabled: f.enabled,
          description: f.description,
          tags: f.degradable ? { degradable: 'true' } : undefined,
          dependsOn,
        }),
      );
    }
    this.flagStoreId = this.resource.id;
    this.flagEnvironment = this.resource.endpoint;
    this.flagSettings = { APP_CONFIGURATION_ENDPOINT: this.resource.endpoint };
    this.addCostItem({ sku: 'azure:appconfig:standard', description: `App Configuration store ${name}`, quantityMin: 1, quantityMax: 1 });
  }

  /** Lets `consumer` read the flags: `App Configuration Data Reader` on this store only, and the private endpoint path on 443. */
  public grantRead(consumer: IWorkloadConsumer): Record<string, string> {
    const role = grantRole(this, consumer, this.resource.id, AZURE_GRANT_FACTS.appConfigurationReader);
    if (this.privateEndpoint) allowConsumerSubnet(this.props.network, this.props.privateEndpointSubnetId, consumer, [AZURE_GRANT_FACTS.appConfigurationPort]);
    const settings = { ...this.flagSettings };
    const id = consumer.workloadIdentity;
    Wiring.of(this).add({
      kind: EdgeKind.APP_FEATURE_FLAGS, from: consumer.node.path, to: this.node.path, port: AZURE_GRANT_FACTS.appConfigurationPort, protocol: 'https',
      permissions: [AZURE_GRANT_FACTS.appConfigurationReader],
      pieces: {
        identity: id.principalId!, roleAssignment: role.id, resource: this.resource.id,
        ...(this.privateEndpoint ? { privateEndpoint: this.privateEndpoint.id } : {}), ...(id.subnetId ? { consumerSubnet: id.subnetId } : {}),
      },
      settings: Object.keys(settings),
      note: 'HTTPS through the private endpoint; Entra ID token (local auth is off).',
    });
    return settings;
  }

  /** Records the `flag-deployment->rollback-alarms` edge: on Azure, the alerts and the manual rollback procedure. */
  public addRollbackAlarms(alarmIds: string[]): void {
    if (alarmIds.length === 0) return;
    Wiring.of(this).add({
      kind: EdgeKind.FLAG_DEPLOYMENT_ROLLBACK, from: this.node.path, to: this.node.path,
      pieces: Object.fromEntries(alarmIds.map((a, i) => [`alert${i}`, a])),
      note: AZURE_FLAG_ROLLBACK_PROCEDURE,
    });
  }
}
