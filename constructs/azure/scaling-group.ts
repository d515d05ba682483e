import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { LinuxVirtualMachineScaleSet } from '@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set';
import { MonitorAutoscaleSetting } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { IWorkloadConsumer, WorkloadIdentity } from '../core/wiring';
import { Blueprint } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { IScalingGroup, SCALING_GROUP_DEFAULTS, SCALING_GROUP_RULES, ScalingGroupProps, computeGoldenSignals, scalingTargetsOf, scheduleIssues } from '../core/scaling-group';
import { sizeSpec } from '../core/size';
import { Rule } from '../core/validation';
import { EdgeKind, Wiring } from '../core/wiring';
import { AzureLoadBalancerTarget } from './load-balancer';
import { autoscaleProfiles, autoscaleRules, isoDuration } from './private/autoscale';

export interface AzureScalingGroupProps extends ScalingGroupProps {
  readonly resourceGroupName: string;
  readonly location: string;
  /** The app subnet. */
  readonly subnetId: string;
  /** OpenSSH public key of the admin user: password authentication is always off. */
  readonly adminSshPublicKey: string;
  /** @default 'azureuser' */
  readonly adminUsername?: string;
  /**
   * Zones to spread across (zone balancing on).
   * @default ['1', '2', '3']
   */
  readonly zones?: string[];
}

/** Ubuntu 24.04 LTS, Gen2 (trusted launch). */
export const AZURE_VMSS_IMAGE = { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' } as const;

const AZURE_RULES: Rule<AzureScalingGroupProps>[] = [
  ...SCALING_GROUP_RULES,
  {
    code: 'ScalingGroupSshKeyMissing',
    prop: 'adminSshPublicKey',
    value: (p) => (p.adminSshPublicKey ? '(set)' : p.adminSshPublicKey),
    failsWhen: (p) => typeof p.adminSshPublicKey !== 'string' || p.adminSshPublicKey.length === 0,
    allowed: 'an OpenSSH public key',
    fix: 'Pass the admin public key; passwords are never enabled.',
  },
];

/**
 * A Linux VM scale set across zones 1–3 (zone-balanced): SSH keys only, encryption at host, trusted
 * launch, a system-assigned identity, no public IP, the application health extension with
 * automatic instance repair, and a rolling upgrade policy (a size change rolls through it). An
 * `azurerm_monitor_autoscale_setting` carries the target, step and scheduled policies.
 */
export class AzureScalingGroup extends Blueprint implements IScalingGroup, IWorkloadConsumer {
  public readonly cloud = Cloud.AZURE;
  public readonly blueprintKind = 'ScalingGroup';
  public readonly resource: LinuxVirtualMachineScaleSet;
  public readonly autoscale: MonitorAutoscaleSetting;
  public readonly vmSku: string;
  private readonly subnetId: string;

  constructor(scope: Construct, id: string, props: AzureScalingGroupProps) {
    super(scope, id);
    this.subnetId = props.subnetId;
    const d = SCALING_GROUP_DEFAULTS;
    const capacity = props.capacity ?? d.capacity;
    this.validate('AzureScalingGroup', AZURE_RULES, props, scheduleIssues('ScalingGroup', props.schedules, capacity));
    this.vmSku = sizeSpec(props.size ?? d.size).azureVmSku;
    const port = props.port ?? props.target?.port ?? d.port;
    const healthPath = props.healthCheckPath ?? props.target?.healthCheckPath ?? d.healthCheckPath;
    const zones = props.zones ?? ['1', '2', '3'];
    const maxUnhealthy = Math.max(5, 100 - (props.minHealthyPercent ?? d.minHealthyPercent));
    const adminUsername = props.adminUsername ?? 'azureuser';
    const base = { resourceGroupName: props.resourceGroupName, location: props.location };

    this.resource = new LinuxVirtualMachineScaleSet(this, 'Resource', {
      ...base,
      name: resourceName(this, 'azureVmss'),
      sku: this.vmSku,
      instances: capacity.desired ?? capacity.min,
      zones,
      zoneBalance: zones.length > 1,
      adminUsername,
      disablePasswordAuthentication: true,
      adminSshKey: [{ username: adminUsername, publicKey: props.adminSshPublicKey }],
      sourceImageReference: { ...AZURE_VMSS_IMAGE },
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS', diskSizeGb: props.rootVolumeGiB ?? d.rootVolumeGiB },
      encryptionAtHostEnabled: true,
      secureBootEnabled: true,
      vtpmEnabled: true,
      identity: { type: 'SystemAssigned' },
      bootDiagnostics: {},
      customData: props.userData !== undefined ? Fn.base64encode(props.userData) : undefined,
      networkInterface: [
        {
          name: 'primary',
          primary: true,
          ipConfiguration: [
            {
              name: 'internal',
              primary: true,
              subnetId: props.subnetId,
              applicationGatewayBackendAddressPoolIds: props.target ? [props.target.targetId] : undefined,
            },
          ],
        },
      ],
      extension: [
        {
          name: 'health',
          publisher: 'Microsoft.ManagedServices',
          type: 'ApplicationHealthLinux',
          typeHandlerVersion: '2.0',
          autoUpgradeMinorVersion: true,
          settings: JSON.stringify({ protocol: 'http', port, requestPath: healthPath }),
        },
      ],
      automaticInstanceRepair: { enabled: true, gracePeriod: isoDuration(props.healthCheckGraceSeconds ?? d.healthCheckGraceSeconds), action: 'Replace' },
      upgradeMode: 'Rolling',
      rollingUpgradePolicy: {
        maxBatchInstancePercent: maxUnhealthy,
        maxUnhealthyInstancePercent: maxUnhealthy,
        maxUnhealthyUpgradedInstancePercent: maxUnhealthy,
        pauseTimeBetweenBatches: isoDuration(props.warmupSeconds ?? d.warmupSeconds),
      },
      // Autoscale owns the instance count after the first deploy.
      lifecycle: { ignoreChanges: ['instances'] },
    });
    if (props.target instanceof AzureLoadBalancerTarget) {
      // The request path: gateway → backend pool (HTTP settings, probe) → instance port and health path.
      const t = props.target;
      Wiring.of(this).add({
        kind: EdgeKind.LOAD_BALANCER_TARGET,
        from: t.loadBalancer.node.path,
        to: this.node.path,
        port,
        protocol: 'http',
        healthCheckPath: healthPath,
        pieces: { gateway: t.loadBalancer.resource.id, scaleSet: this.resource.id, backendPool: t.poolName, httpSettings: t.settingsName, probe: t.probeName },
        note: `Backend pool ${t.poolName} sends HTTP to the instances on port ${port} and probes ${healthPath}; the app subnet admits the gateway subnet.`,
      });
    }

    const rules = autoscaleRules(scalingTargetsOf(props.scalingTargets), props.stepScaling ?? [], {
      resourceId: this.resource.id,
      cpuMetric: { namespace: 'microsoft.compute/virtualmachinescalesets', name: 'Percentage CPU' },
      target: props.target,
      cooldownSeconds: props.cooldownSeconds ?? d.cooldownSeconds,
      scaleInDisabled: props.scaleInProtectionEnabled ?? d.scaleInProtectionEnabled,
    });
    this.autoscale = new MonitorAutoscaleSetting(this, 'Autoscale', {
      ...base,
      name: resourceName(this, 'azureGeneric', 'autoscale'),
      targetResourceId: this.resource.id,
      enabled: true,
      profile: autoscaleProfiles(capacity, props.schedules ?? [], rules),
    });

    for (const signal of computeGoldenSignals('scale set', { namespace: 'Microsoft.Compute/virtualMachineScaleSets', metricName: 'Percentage CPU', resourceId: this.resource.id }, props.target?.unhealthyHostMetric, 'Instances fail the gateway health probe')) this.addGoldenSignal(signal);
    this.addCostItem({ sku: `azure:vm:${this.vmSku}`, description: `${this.node.id} VMs (${this.vmSku}, hours)`, quantityMin: 730 * capacity.min, quantityMax: 730 * capacity.max });
  }

  /** The scale set's system-assigned identity and its subnet: what data blueprints grant access to. */
  public get workloadIdentity(): WorkloadIdentity {
    return { cloud: Cloud.AZURE, principalId: this.resource.identity.principalId, principalName: this.resource.name, subnetId: this.subnetId };
  }

  public get scalingGroupName(): string {
    return this.resource.name;
  }
}
