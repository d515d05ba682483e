import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { AutoscalingGroup, AutoscalingGroupLaunchTemplate } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { AutoscalingSchedule } from '@cdktf/provider-aws/lib/autoscaling-schedule';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { IWorkloadConsumer, WorkloadIdentity } from '../core/wiring';
import { Blueprint, Statistic } from '../core/blueprint';
import { ScalingMetric, ScalingTarget } from '../core/capacity';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { pascalCase } from '../core/private/strings';
import { IScalingGroup, SCALING_GROUP_DEFAULTS, SCALING_GROUP_RULES, ScalingGroupProps, StepScalingPolicy, computeGoldenSignals, scalingTargetsOf, scheduleIssues, windowCapacity } from '../core/scaling-group';
import { Schedule } from '../core/schedule';
import { sizeSpec } from '../core/size';
import { Rule, rules } from '../core/validation';
import { AwsLoadBalancerTarget } from './load-balancer';
import { serviceAssumeRolePolicy } from './private/iam';

export interface AwsScalingGroupProps extends ScalingGroupProps {
  readonly vpcId: string;
  /**
   * The VPC CIDR: instances may open TCP connections inside it (data stores, internal APIs).
   * @default - outbound HTTPS only
   */
  readonly vpcCidr?: string;
  /** Private app subnets, one per zone. */
  readonly subnetIds: string[];
  /**
   * AMI id.
   * @default - the latest Amazon Linux 2023 (x86_64), read from its public SSM parameter at plan time
   */
  readonly imageId?: string;
  /**
   * Percent of instances above the on-demand base that run on Spot, 0–100. Above 0 turns on a
   * mixed instances policy (price-capacity-optimized) and capacity rebalancing. Spot saves up to
   * ~70 % and can be reclaimed with two minutes' notice.
   * @default 0
   */
  readonly spotPercent?: number;
  /**
   * On-demand instances always kept before Spot is used, 0–1000.
   * @default - capacity.min
   */
  readonly onDemandBaseCapacity?: number;
  /**
   * More instance types of the same size for Spot diversity (`m6i.large`).
   * @default - only the size tier's type
   */
  readonly additionalInstanceTypes?: string[];
  /**
   * Target group ARNs to register with instead of the target's blue group (e.g. the green group
   * during a blue/green switchover).
   * @default - the target's blue target group
   */
  readonly targetGroupArns?: string[];
}

/** SSM parameter of the latest Amazon Linux 2023 AMI. */
export const AL2023_SSM_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/** Group metrics collected every minute (GroupInServiceInstances drives queue-backlog scaling). */
const GROUP_METRICS = ['GroupMinSize', 'GroupMaxSize', 'GroupDesiredCapacity', 'GroupInServiceInstances', 'GroupPendingInstances', 'GroupTerminatingInstances', 'GroupTotalInstances'];

const AWS_RULES: Rule<AwsScalingGroupProps>[] = [
  ...SCALING_GROUP_RULES,
  rules.intRange<AwsScalingGroupProps>('ScalingGroupSpotPercentOutOfRange', 'spotPercent', (p) => p.spotPercent, 0, 100, 'Use 0 to 100 percent.'),
  rules.intRange<AwsScalingGroupProps>('ScalingGroupOnDemandBaseOutOfRange', 'onDemandBaseCapacity', (p) => p.onDemandBaseCapacity, 0, 1000, 'Use 0 to 1000 instances.'),
];

/**
 * An Auto Scaling group of hardened instances: a launch template with IMDSv2 only (hop limit 1), an
 * encrypted gp3 root volume, no public IP, detailed monitoring and an SSM-only instance profile; in
 * the private app subnets; ELB health checks behind a load balancer; rolling instance refresh with
 * auto-rollback; target tracking, step scaling with its alarms, and scheduled load shifting. The
 * desired capacity is set at creation only (later deploys do not reset what autoscaling chose).
 */
export class AwsScalingGroup extends Blueprint implements IScalingGroup, IWorkloadConsumer {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'ScalingGroup';
  public readonly resource: AutoscalingGroup;
  public readonly launchTemplate: LaunchTemplate;
  public readonly securityGroup: SecurityGroup;
  public readonly instanceRole: IamRole;
  public readonly instanceProfile: IamInstanceProfile;
  public readonly instanceType: string;
  public readonly targetTrackingPolicies: AutoscalingPolicy[] = [];
  public readonly stepPolicies: AutoscalingPolicy[] = [];
  public readonly stepAlarms: CloudwatchMetricAlarm[] = [];
  public readonly scheduledActions: AutoscalingSchedule[] = [];

  constructor(scope: Construct, id: string, props: AwsScalingGroupProps) {
    super(scope, id);
    const d = SCALING_GROUP_DEFAULTS;
    const capacity = props.capacity ?? d.capacity;
    this.validate('AwsScalingGroup', AWS_RULES, props, scheduleIssues('ScalingGroup', props.schedules, capacity));
    const size = sizeSpec(props.size ?? d.size);
    this.instanceType = size.awsInstanceType;
    const port = props.port ?? props.target?.port ?? d.port;
    const protectScaleIn = props.scaleInProtectionEnabled ?? d.scaleInProtectionEnabled;
    const warmup = props.warmupSeconds ?? d.warmupSeconds;

    // Least privilege: Session Manager access only, no SSH keys, no inbound SSH.
    this.instanceRole = new IamRole(this, 'InstanceRole', {
      name: resourceName(this, 'awsIamRole', 'instance'),
      assumeRolePolicy: serviceAssumeRolePolicy('ec2.amazonaws.com'),
    });
    new IamRolePolicyAttachment(this, 'InstanceRoleSsm', { role: this.instanceRole.name, policyArn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore' });
    this.instanceProfile = new IamInstanceProfile(this, 'InstanceProfile', { name: resourceName(this, 'awsIamRole', 'instance'), role: this.instanceRole.name });

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: resourceName(this, 'awsSecurityGroup', 'instances'),
      description: `Instances of ${this.node.path}: the application port from the load balancer only`,
      vpcId: props.vpcId,
    });
    new VpcSecurityGroupEgressRule(this, 'EgressHttps', { securityGroupId: this.securityGroup.id, cidrIpv4: '0.0.0.0/0', ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'HTTPS out (SSM, package repositories, AWS APIs)' });
    if (props.vpcCidr) {
      new VpcSecurityGroupEgressRule(this, 'EgressVpc', { securityGroupId: this.securityGroup.id, cidrIpv4: props.vpcCidr, ipProtocol: 'tcp', fromPort: 0, toPort: 65535, description: 'TCP inside the VPC (data stores, internal APIs)' });
    }
    let ingress: VpcSecurityGroupIngressRule | undefined;
    if (props.target instanceof AwsLoadBalancerTarget) {
      const lb = props.target.loadBalancer;
      ingress = new VpcSecurityGroupIngressRule(this, 'IngressFromLoadBalancer', {
        securityGroupId: this.securityGroup.id, referencedSecurityGroupId: lb.securityGroup.id, ipProtocol: 'tcp', fromPort: port, toPort: port, description: 'application port from the load balancer',
      });
    }

    const imageId = props.imageId ?? new DataAwsSsmParameter(this, 'Ami', { name: AL2023_SSM_PARAMETER }).value;
    this.launchTemplate = new LaunchTemplate(this, 'LaunchTemplate', {
      name: resourceName(this, 'awsLaunchTemplate'),
      imageId,
      instanceType: this.instanceType,
      updateDefaultVersion: true,
      iamInstanceProfile: { arn: this.instanceProfile.arn },
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled' },
      monitoring: { enabled: true },
      networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: 'false', deleteOnTermination: 'true', securityGroups: [this.securityGroup.id] }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: props.rootVolumeGiB ?? d.rootVolumeGiB, volumeType: 'gp3', encrypted: 'true', deleteOnTermination: 'true' } }],
      userData: props.userData !== undefined ? Fn.base64encode(props.userData) : undefined,
    });

    const spotPercent = props.spotPercent ?? 0;
    const lt: AutoscalingGroupLaunchTemplate = { id: this.launchTemplate.id, version: Fn.tostring(this.launchTemplate.latestVersion) };
    const targetGroupArns = props.targetGroupArns ?? (props.target ? [props.target.targetId] : undefined);
    this.resource = new AutoscalingGroup(this, 'Resource', {
      name: resourceName(this, 'awsAutoscalingGroup'),
      minSize: capacity.min,
      maxSize: capacity.max,
      desiredCapacity: capacity.desired ?? capacity.min,
      vpcZoneIdentifier: props.subnetIds,
      launchTemplate: spotPercent === 0 ? lt : undefined,
      mixedInstancesPolicy:
        spotPercent === 0
          ? undefined
          : {
              instancesDistribution: {
                onDemandBaseCapacity: props.onDemandBaseCapacity ?? capacity.min,
                onDemandPercentageAboveBaseCapacity: 100 - spotPercent,
                spotAllocationStrategy: 'price-capacity-optimized',
              },
              launchTemplate: {
                launchTemplateSpecification: { launchTemplateId: lt.id, version: lt.version },
                override: [this.instanceType, ...(props.additionalInstanceTypes ?? [])].map((instanceType) => ({ instanceType })),
              },
            },
      capacityRebalance: spotPercent > 0 ? true : undefined,
      targetGroupArns,
      healthCheckType: targetGroupArns ? 'ELB' : 'EC2',
      healthCheckGracePeriod: props.healthCheckGraceSeconds ?? d.healthCheckGraceSeconds,
      defaultCooldown: props.cooldownSeconds ?? d.cooldownSeconds,
      defaultInstanceWarmup: warmup,
      protectFromScaleIn: protectScaleIn,
      enabledMetrics: GROUP_METRICS,
      metricsGranularity: '1Minute',
      instanceRefresh: {
        strategy: 'Rolling',
        preferences: { minHealthyPercentage: props.minHealthyPercent ?? d.minHealthyPercent, autoRollback: true, instanceWarmup: String(warmup) },
      },
      // The drift of aws-cdk #5215: autoscaling owns the desired capacity after the first deploy.
      lifecycle: { ignoreChanges: ['desired_capacity'] },
    });
    if (props.target instanceof AwsLoadBalancerTarget) {
      // The request path: load balancer → target group → instance port, checked on the health path.
      const target = props.target;
      target.recordHost(this, port, props.healthCheckPath ?? target.healthCheckPath, { autoscalingGroup: this.resource.arn, securityGroup: this.securityGroup.id, ingress: ingress!.arn }, 'instances');
    }

    for (const t of scalingTargetsOf(props.scalingTargets)) this.addTargetTracking(t, props, warmup, protectScaleIn);
    for (const s of props.stepScaling ?? []) this.addStepScaling(s, protectScaleIn);
    for (const w of props.schedules ?? []) {
      const c = windowCapacity(w, capacity);
      const { recurrence, timeZone } = Schedule.cron(w.cron, w.timeZone ?? 'UTC').toAwsAutoscaling();
      this.scheduledActions.push(
        new AutoscalingSchedule(this, `Schedule${pascalCase(w.name)}`, {
          scheduledActionName: w.name,
          autoscalingGroupName: this.resource.name,
          recurrence,
          timeZone,
          minSize: c.min,
          maxSize: c.max,
          // -1 leaves the desired capacity alone (the provider's default, 0, would empty the group).
          desiredCapacity: c.desired ?? -1,
        }),
      );
    }

    for (const signal of computeGoldenSignals('group', { namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: [{ name: 'AutoScalingGroupName', value: this.resource.name }] }, props.target?.unhealthyHostMetric, 'Instances fail the load balancer health check')) this.addGoldenSignal(signal);
    this.addCostItem({ sku: `aws:ec2:${this.instanceType}`, description: `${this.node.id} instances (${this.instanceType}, on-demand hours)`, quantityMin: 730 * capacity.min, quantityMax: 730 * capacity.max });
  }

  /** The instance role and the instances' security group: what data blueprints grant access to. */
  public get workloadIdentity(): WorkloadIdentity {
    return { cloud: Cloud.AWS, roleName: this.instanceRole.name, roleArn: this.instanceRole.arn, securityGroupId: this.securityGroup.id };
  }

  public get scalingGroupName(): string {
    return this.resource.name;
  }

  private addTargetTracking(t: ScalingTarget, props: AwsScalingGroupProps, warmup: number, disableScaleIn: boolean): void {
    const base = { autoscalingGroupName: this.resource.name, policyType: 'TargetTrackingScaling', estimatedInstanceWarmup: warmup };
    let policy: AutoscalingPolicy;
    switch (t.metric) {
      case ScalingMetric.CPU:
        policy = new AutoscalingPolicy(this, 'CpuTargetTracking', {
          ...base,
          name: 'cpu-target-tracking',
          targetTrackingConfiguration: { predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' }, targetValue: t.targetValue, disableScaleIn },
        });
        break;
      case ScalingMetric.REQUESTS_PER_INSTANCE: {
        const target = props.target as AwsLoadBalancerTarget;
        policy = new AutoscalingPolicy(this, 'RequestsTargetTracking', {
          ...base,
          name: 'requests-per-instance-target-tracking',
          targetTrackingConfiguration: {
            predefinedMetricSpecification: { predefinedMetricType: 'ALBRequestCountPerTarget', resourceLabel: target.resourceLabel },
            targetValue: t.targetValue,
            disableScaleIn,
          },
        });
        break;
      }
      default: {
        // Backpressure: visible messages per in-service instance, by metric math.
        const queueName = t.queue!.queueName;
        policy = new AutoscalingPolicy(this, 'QueueBacklogTargetTracking', {
          ...base,
          name: 'queue-backlog-per-instance-target-tracking',
          targetTrackingConfiguration: {
            targetValue: t.targetValue,
            disableScaleIn,
            customizedMetricSpecification: {
              metrics: [
                { id: 'visible', returnData: false, metricStat: { stat: 'Sum', metric: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: queueName }] } } },
                { id: 'instances', returnData: false, metricStat: { stat: 'Average', metric: { namespace: 'AWS/AutoScaling', metricName: 'GroupInServiceInstances', dimensions: [{ name: 'AutoScalingGroupName', value: this.resource.name }] } } },
                { id: 'backlog', expression: 'IF(instances > 0, visible / instances, visible)', label: 'Visible messages per in-service instance', returnData: true },
              ],
            },
          },
        });
      }
    }
    this.targetTrackingPolicies.push(policy);
  }

  private addStepScaling(s: StepScalingPolicy, protectScaleIn: boolean): void {
    const d = SCALING_GROUP_DEFAULTS;
    const id = pascalCase(s.name);
    const statistic = s.statistic ?? Statistic.AVERAGE;
    const percentile = statistic === Statistic.P95;
    const dimensions = Object.fromEntries((s.metric.dimensions ?? []).map((x) => [x.name, x.value]));
    const alarmBase = {
      namespace: s.metric.namespace,
      metricName: s.metric.metricName,
      dimensions: Object.keys(dimensions).length > 0 ? dimensions : undefined,
      statistic: percentile ? undefined : statistic,
      extendedStatistic: percentile ? 'p95' : undefined,
      period: s.periodSeconds ?? d.stepPeriodSeconds,
      evaluationPeriods: s.evaluationPeriods ?? d.stepEvaluationPeriods,
      treatMissingData: 'notBreaching',
    };
    const out = new AutoscalingPolicy(this, `${id}ScaleOut`, {
      autoscalingGroupName: this.resource.name,
      name: `${s.name}-scale-out`,
      policyType: 'StepScaling',
      adjustmentType: 'ChangeInCapacity',
      stepAdjustment: [{ metricIntervalLowerBound: '0', scalingAdjustment: s.scaleOutBy ?? d.stepBy }],
    });
    this.stepPolicies.push(out);
    this.stepAlarms.push(
      new CloudwatchMetricAlarm(this, `${id}ScaleOutAlarm`, {
        ...alarmBase,
        alarmName: resourceName(this, 'awsAlarm', s.name, 'scale-out'),
        alarmDescription: `Scale ${this.node.path} out: ${s.metric.metricName} above ${s.scaleOutThreshold}.`,
        comparisonOperator: 'GreaterThanThreshold',
        threshold: s.scaleOutThreshold,
        alarmActions: [out.arn],
      }),
    );
    if (s.scaleInThreshold === undefined || protectScaleIn) return;
    const inPolicy = new AutoscalingPolicy(this, `${id}ScaleIn`, {
      autoscalingGroupName: this.resource.name,
      name: `${s.name}-scale-in`,
      policyType: 'StepScaling',
      adjustmentType: 'ChangeInCapacity',
      stepAdjustment: [{ metricIntervalUpperBound: '0', scalingAdjustment: -(s.scaleInBy ?? d.stepBy) }],
    });
    this.stepPolicies.push(inPolicy);
    this.stepAlarms.push(
      new CloudwatchMetricAlarm(this, `${id}ScaleInAlarm`, {
        ...alarmBase,
        alarmName: resourceName(this, 'awsAlarm', s.name, 'scale-in'),
        alarmDescription: `Scale ${this.node.path} in: ${s.metric.metricName} below ${s.scaleInThreshold}.`,
        comparisonOperator: 'LessThanThreshold',
        threshold: s.scaleInThreshold,
        alarmActions: [inPolicy.arn],
      }),
    );
  }
}

