import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingScheduledAction } from '@cdktf/provider-aws/lib/appautoscaling-scheduled-action';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
import { EcsService } from '@cdktf/provider-aws/lib/ecs-service';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Blueprint } from '../core/blueprint';
import { ScalingMetric } from '../core/capacity';
import { Cloud } from '../core/cloud';
import { awsLogRetention } from './private/log-retention';
import { resourceName } from '../core/naming';
import { pascalCase } from '../core/private/strings';
import { computeGoldenSignals, scalingTargetsOf, scheduleIssues, windowCapacity } from '../core/scaling-group';
import { Schedule } from '../core/schedule';
import { sizeSpec } from '../core/size';
import { IWebApp, WEB_APP_DEFAULTS, WEB_APP_RULES, WebAppProps, containerLaunch } from '../core/web-app';
import { AwsLoadBalancerTarget } from './load-balancer';
import { IWorkloadConsumer, WorkloadIdentity } from '../core/wiring';
import { serviceAssumeRolePolicy } from './private/iam';

export interface AwsWebAppProps extends WebAppProps {
  readonly vpcId: string;
  /**
   * The VPC CIDR: tasks may open TCP connections inside it (data stores, internal APIs).
   * @default - outbound HTTPS only
   */
  readonly vpcCidr?: string;
  /** Private app subnets, one per zone. */
  readonly subnetIds: string[];
  /** Region, for the awslogs driver. */
  readonly region: string;
  /**
   * Days container logs are kept (rounded up to a CloudWatch retention).
   * @default 30
   */
  readonly logRetentionDays?: number;
}

/** The container's name in the task definition. */
export const WEB_APP_CONTAINER_NAME = 'app';

/**
 * Managed hosting on AWS: an ECS service on Fargate in the private app subnets (awsvpc, no public
 * IP) behind the ALB target, with a deployment circuit breaker that rolls back, Container Insights
 * on its cluster, and Application Auto Scaling (target tracking and scheduled load shifting).
 *
 * Why Fargate and not Elastic Beanstalk: it runs the same container image the workload file names on
 * both clouds (App Service runs it on Azure), it plugs into the ALB target groups and blue/green
 * weights the LoadBalancer blueprint already owns, and its scaling is the same Application Auto
 * Scaling API as the rest of the kit. Beanstalk would bring its own load balancer and scaling.
 */
export class AwsWebApp extends Blueprint implements IWebApp, IWorkloadConsumer {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'WebApp';
  public readonly resource: EcsService;
  public readonly cluster: EcsCluster;
  public readonly taskDefinition: EcsTaskDefinition;
  public readonly securityGroup: SecurityGroup;
  public readonly executionRole: IamRole;
  public readonly taskRole: IamRole;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly scalableTarget: AppautoscalingTarget;
  public readonly scalingPolicies: AppautoscalingPolicy[] = [];
  public readonly scheduledActions: AppautoscalingScheduledAction[] = [];
  private readonly hostname: string;

  constructor(scope: Construct, id: string, props: AwsWebAppProps) {
    super(scope, id);
    const d = WEB_APP_DEFAULTS;
    const capacity = props.capacity ?? d.capacity;
    this.validate('AwsWebApp', WEB_APP_RULES, props, scheduleIssues('WebApp', props.schedules, capacity));
    const size = sizeSpec(props.size ?? d.size);
    const port = props.port ?? props.target?.port ?? d.port;
    if (props.stagingSlotEnabled) {
      Annotations.of(this).addWarning('stagingSlotEnabled has no effect on AWS: switch over with the blue/green weights of the load balancer target.');
    }
    const ecsTasks = serviceAssumeRolePolicy('ecs-tasks.amazonaws.com');

    this.cluster = new EcsCluster(this, 'Cluster', {
      name: resourceName(this, 'awsEcsCluster'),
      setting: [{ name: 'containerInsights', value: 'enabled' }],
    });
    const logGroupName = `/ecs/${resourceName(this, 'awsLogGroup')}`;
    this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', { name: logGroupName, retentionInDays: awsLogRetention(props.logRetentionDays ?? d.logRetentionDays) });
    this.executionRole = new IamRole(this, 'ExecutionRole', { name: resourceName(this, 'awsIamRole', 'execution'), assumeRolePolicy: ecsTasks });
    new IamRolePolicyAttachment(this, 'ExecutionRolePolicy', { role: this.executionRole.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' });
    // The application's own identity: no permissions until a blueprint grants some.
    this.taskRole = new IamRole(this, 'TaskRole', { name: resourceName(this, 'awsIamRole', 'task'), assumeRolePolicy: ecsTasks });

    const launch = containerLaunch(props, port, props.healthCheckPath ?? props.target?.healthCheckPath ?? d.healthCheckPath);
    const environment = Object.keys(launch.environment)
      .sort()
      .map((name) => ({ name, value: launch.environment[name] }));
    this.taskDefinition = new EcsTaskDefinition(this, 'TaskDefinition', {
      family: resourceName(this, 'awsGeneric'),
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: String(size.fargateCpu),
      memory: String(size.fargateMemoryMiB),
      executionRoleArn: this.executionRole.arn,
      taskRoleArn: this.taskRole.arn,
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
      containerDefinitions: JSON.stringify([
        {
          name: WEB_APP_CONTAINER_NAME,
          image: launch.image,
          command: launch.command,
          essential: true,
          portMappings: [{ containerPort: port, protocol: 'tcp' }],
          environment,
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': logGroupName, 'awslogs-region': props.region, 'awslogs-stream-prefix': WEB_APP_CONTAINER_NAME } },
        },
      ]),
    });

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: resourceName(this, 'awsSecurityGroup', 'tasks'),
      description: `Tasks of ${this.node.path}: the container port from the load balancer only`,
      vpcId: props.vpcId,
    });
    new VpcSecurityGroupEgressRule(this, 'EgressHttps', { securityGroupId: this.securityGroup.id, cidrIpv4: '0.0.0.0/0', ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'HTTPS out (image pulls, AWS APIs)' });
    if (props.vpcCidr) {
      new VpcSecurityGroupEgressRule(this, 'EgressVpc', { securityGroupId: this.securityGroup.id, cidrIpv4: props.vpcCidr, ipProtocol: 'tcp', fromPort: 0, toPort: 65535, description: 'TCP inside the VPC (data stores, internal APIs)' });
    }
    const target = props.target instanceof AwsLoadBalancerTarget ? props.target : undefined;
    let ingress: VpcSecurityGroupIngressRule | undefined;
    if (target) {
      const lb = target.loadBalancer;
      ingress = new VpcSecurityGroupIngressRule(this, 'IngressFromLoadBalancer', {
        securityGroupId: this.securityGroup.id, referencedSecurityGroupId: lb.securityGroup.id, ipProtocol: 'tcp', fromPort: port, toPort: port, description: 'container port from the load balancer',
      });
    }
    this.hostname = target ? target.loadBalancer.endpointHostname : '';

    const zoneRedundant = props.zoneRedundancyEnabled ?? d.zoneRedundancyEnabled;
    this.resource = new EcsService(this, 'Resource', {
      name: resourceName(this, 'awsEcsService'),
      cluster: this.cluster.arn,
      taskDefinition: this.taskDefinition.arn,
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      desiredCount: capacity.desired ?? capacity.min,
      networkConfiguration: { subnets: zoneRedundant ? props.subnetIds : props.subnetIds.slice(0, 1), securityGroups: [this.securityGroup.id], assignPublicIp: false },
      loadBalancer: props.target ? [{ targetGroupArn: props.target.targetId, containerName: WEB_APP_CONTAINER_NAME, containerPort: port }] : undefined,
      healthCheckGracePeriodSeconds: props.target ? 60 : undefined,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      deploymentMinimumHealthyPercent: 100,
      deploymentMaximumPercent: 200,
      availabilityZoneRebalancing: zoneRedundant ? 'ENABLED' : 'DISABLED',
      enableEcsManagedTags: true,
      propagateTags: 'SERVICE',
      dependsOn: target ? [target.routing] : undefined,
      // Autoscaling owns the task count after the first deploy.
      lifecycle: { ignoreChanges: ['desired_count'] },
    });

    if (target) {
      // The request path: load balancer → target group → task port, checked on the health path.
      target.recordHost(this, port, props.healthCheckPath ?? target.healthCheckPath, { service: this.resource.id, taskDefinition: this.taskDefinition.arn, securityGroup: this.securityGroup.id, ingress: ingress!.arn }, 'Fargate tasks');
    }

    const resourceId = `service/${this.cluster.name}/${this.resource.name}`;
    this.scalableTarget = new AppautoscalingTarget(this, 'ScalableTarget', {
      serviceNamespace: 'ecs',
      resourceId,
      scalableDimension: 'ecs:service:DesiredCount',
      minCapacity: capacity.min,
      maxCapacity: capacity.max,
    });
    const scaling = { serviceNamespace: 'ecs', resourceId: this.scalableTarget.resourceId, scalableDimension: this.scalableTarget.scalableDimension };
    for (const t of scalingTargetsOf(props.scalingTargets)) {
      const cpu = t.metric === ScalingMetric.CPU;
      this.scalingPolicies.push(
        new AppautoscalingPolicy(this, cpu ? 'CpuTargetTracking' : 'RequestsTargetTracking', {
          ...scaling,
          name: cpu ? 'cpu-target-tracking' : 'requests-per-instance-target-tracking',
          policyType: 'TargetTrackingScaling',
          targetTrackingScalingPolicyConfiguration: {
            targetValue: t.targetValue,
            scaleInCooldown: d.cooldownSeconds,
            scaleOutCooldown: 60,
            predefinedMetricSpecification: cpu
              ? { predefinedMetricType: 'ECSServiceAverageCPUUtilization' }
              : { predefinedMetricType: 'ALBRequestCountPerTarget', resourceLabel: (props.target as AwsLoadBalancerTarget).resourceLabel },
          },
        }),
      );
    }
    for (const w of props.schedules ?? []) {
      const c = windowCapacity(w, capacity);
      const eb = Schedule.cron(w.cron, w.timeZone ?? 'UTC').toEventBridge();
      this.scheduledActions.push(
        new AppautoscalingScheduledAction(this, `Schedule${pascalCase(w.name)}`, {
          ...scaling,
          name: resourceName(this, 'awsGeneric', w.name),
          schedule: eb.expression,
          timezone: eb.timeZone,
          // Application Auto Scaling has no desired count in a scheduled action: min carries it.
          scalableTargetAction: { minCapacity: String(c.min), maxCapacity: String(c.max) },
        }),
      );
    }

    const dims = [
      { name: 'ClusterName', value: this.cluster.name },
      { name: 'ServiceName', value: this.resource.name },
    ];
    for (const signal of computeGoldenSignals('service', { namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: dims }, props.target?.unhealthyHostMetric, 'Tasks fail the load balancer health check')) this.addGoldenSignal(signal);
    const vcpu = size.fargateCpu / 1024;
    const gib = size.fargateMemoryMiB / 1024;
    this.addCostItem({ sku: 'aws:fargate:vcpu-hour', description: `${this.node.id} tasks (${vcpu} vCPU each, vCPU-hours)`, quantityMin: 730 * vcpu * capacity.min, quantityMax: 730 * vcpu * capacity.max });
    this.addCostItem({ sku: 'aws:fargate:gb-hour', description: `${this.node.id} tasks (${gib} GB each, GB-hours)`, quantityMin: 730 * gib * capacity.min, quantityMax: 730 * gib * capacity.max });
  }

  /** The task role and the tasks' security group: what data blueprints grant access to. */
  public get workloadIdentity(): WorkloadIdentity {
    return { cloud: Cloud.AWS, roleName: this.taskRole.name, roleArn: this.taskRole.arn, securityGroupId: this.securityGroup.id };
  }

  public get webAppName(): string {
    return this.resource.name;
  }

  /** The load balancer's host name ('' without a target): Fargate tasks have no public endpoint of their own. */
  public get endpointHostname(): string {
    return this.hostname;
  }
}
