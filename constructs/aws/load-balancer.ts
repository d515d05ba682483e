import { Construct, IConstruct } from 'constructs';
import { EdgeKind, Wiring } from '../core/wiring';
import { Annotations } from 'cdktf';
import { DataAwsElbServiceAccount } from '@cdktf/provider-aws/lib/data-aws-elb-service-account';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener, LbListenerDefaultAction } from '@cdktf/provider-aws/lib/lb-listener';
import { LbListenerRule } from '@cdktf/provider-aws/lib/lb-listener-rule';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';
import { Blueprint, Comparison, MetricDimension, MetricRef, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { Policy } from '../core/policy';
import {
  ILoadBalancer,
  ILoadBalancerTarget,
  LOAD_BALANCER_DEFAULTS,
  LOAD_BALANCER_TARGET_DEFAULTS,
  LOAD_BALANCER_TARGET_RULES,
  LoadBalancerProps,
  LoadBalancerProtocol,
  LoadBalancerTargetProps,
  LoadBalancerTargetType,
  effectiveProtocol,
  listenerPortOf,
  loadBalancerRules,
  targetConflicts,
} from '../core/load-balancer';
import { fitName, namePrefix, resourceName } from '../core/naming';
import { Rule, rules, validateProps } from '../core/validation';
import { secureBucket, tlsOnlyBucketPolicy } from './private/secure-bucket';

export interface AwsLoadBalancerProps extends LoadBalancerProps {
  readonly vpcId: string;
  /** The VPC CIDR: the load balancer may reach targets only inside it. */
  readonly vpcCidr: string;
  /** Subnets, one per zone: the public subnets, or the private app subnets when `publicAccessEnabled` is false. */
  readonly subnetIds: string[];
  /**
   * ACM certificate ARN for the HTTPS listener.
   * @default - no certificate: HTTP only, with a warning
   */
  readonly certificateArn?: string;
  /**
   * Write access logs to an S3 bucket of the load balancer's own (SSE-S3, public access blocked,
   * TLS-only). Opting out saves a few cents per GB and loses the request trail.
   * @default true
   */
  readonly accessLogsEnabled?: boolean;
  /**
   * Days access logs are kept, 1–3653.
   * @default 90
   */
  readonly accessLogRetentionDays?: number;
  /**
   * Idle connection timeout, 1–4000 seconds.
   * @default 60
   */
  readonly idleTimeoutSeconds?: number;
}

export const AWS_LOAD_BALANCER_DEFAULTS = {
  ...LOAD_BALANCER_DEFAULTS,
  accessLogsEnabled: true,
  accessLogRetentionDays: 90,
} as const;

const AWS_RULES: Rule<AwsLoadBalancerProps>[] = [
  ...loadBalancerRules<AwsLoadBalancerProps>('certificateArn', (p) => p.certificateArn),
  rules.intRange<AwsLoadBalancerProps>('LoadBalancerIdleTimeoutOutOfRange', 'idleTimeoutSeconds', (p) => p.idleTimeoutSeconds, 1, 4000, 'Use 1 to 4000 seconds.'),
  rules.intRange<AwsLoadBalancerProps>('LoadBalancerAccessLogRetentionOutOfRange', 'accessLogRetentionDays', (p) => p.accessLogRetentionDays, 1, 3653, 'Keep access logs 1 to 3653 days.'),
  {
    code: 'LoadBalancerSubnetsMissing',
    prop: 'subnetIds',
    value: (p: AwsLoadBalancerProps) => p.subnetIds,
    failsWhen: (p: AwsLoadBalancerProps) => !Array.isArray(p.subnetIds) || p.subnetIds.length < 2,
    allowed: 'at least two subnets in different zones',
    fix: 'An ALB needs subnets in two or more zones: pass the public subnets.',
  },
];

/** A target of an {@link AwsLoadBalancer}: a target group, and a green one for blue/green. */
export class AwsLoadBalancerTarget extends Construct implements ILoadBalancerTarget {
  public readonly targetName: string;
  public readonly targetType: LoadBalancerTargetType;
  public readonly port: number;
  public readonly healthCheckPath: string;
  public readonly targetGroup: LbTargetGroup;
  public readonly greenTargetGroup?: LbTargetGroup;
  public readonly listenerRule?: LbListenerRule;
  public readonly requestCountMetric: MetricRef;
  public readonly unhealthyHostMetric: MetricRef;
  public readonly blueWeight: number;
  public readonly greenWeight: number;
  /** The resource the ECS service must wait for (listener or listener rule that routes here). */
  public readonly routing: LbListener | LbListenerRule;

  constructor(lb: AwsLoadBalancer, name: string, props: LoadBalancerTargetProps, vpcId: string, priority: number) {
    super(lb, name);
    const d = LOAD_BALANCER_TARGET_DEFAULTS;
    this.targetName = name;
    this.targetType = props.targetType ?? d.targetType;
    this.port = props.port ?? d.port;
    this.healthCheckPath = props.healthCheckPath ?? d.healthCheckPath;
    this.blueWeight = props.blueWeight ?? d.blueWeight;
    this.greenWeight = props.greenWeight ?? d.greenWeight;
    const group = (id: string, color: string) =>
      new LbTargetGroup(this, id, {
        // Short and readable (`shop-prod-rehost-web`, `…-web-green`); the id of a second load balancer is kept in.
        name: fitName([namePrefix(lb), lb.node.id === 'LoadBalancer' ? '' : lb.node.id, name, color], 'awsTargetGroup'),
        port: this.port,
        protocol: 'HTTP',
        vpcId,
        targetType: this.targetType === LoadBalancerTargetType.WEB_APP ? 'ip' : 'instance',
        deregistrationDelay: String(props.deregistrationDelaySeconds ?? d.deregistrationDelaySeconds),
        healthCheck: {
          enabled: true,
          protocol: 'HTTP',
          port: 'traffic-port',
          path: this.healthCheckPath,
          interval: props.healthCheckIntervalSeconds ?? d.healthCheckIntervalSeconds,
          timeout: props.healthCheckTimeoutSeconds ?? d.healthCheckTimeoutSeconds,
          healthyThreshold: props.healthyThreshold ?? d.healthyThreshold,
          unhealthyThreshold: props.unhealthyThreshold ?? d.unhealthyThreshold,
          matcher: props.healthCheckMatcher ?? d.healthCheckMatcher,
        },
      });
    this.targetGroup = group('TargetGroup', '');
    if (this.greenWeight > 0 || (props.blueGreenEnabled ?? d.blueGreenEnabled)) this.greenTargetGroup = group('GreenTargetGroup', 'green');

    if (props.pathPatterns !== undefined) {
      this.listenerRule = new LbListenerRule(this, 'ListenerRule', {
        listenerArn: lb.listener.arn,
        priority,
        action: [this.forwardAction()],
        condition: [{ pathPattern: { values: props.pathPatterns } }],
      });
      this.routing = this.listenerRule;
    } else {
      this.routing = lb.listener;
    }
    const dims: MetricDimension[] = [
      { name: 'TargetGroup', value: this.targetGroup.arnSuffix },
      { name: 'LoadBalancer', value: lb.resource.arnSuffix },
    ];
    this.requestCountMetric = { namespace: 'AWS/ApplicationELB', metricName: 'RequestCountPerTarget', dimensions: [dims[0]] };
    this.unhealthyHostMetric = { namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', dimensions: dims };
  }

  /** The load balancer this target belongs to. */
  public get loadBalancer(): AwsLoadBalancer {
    return this.node.scope as AwsLoadBalancer;
  }

  /** AWS: the blue target group ARN. */
  public get targetId(): string {
    return this.targetGroup.arn;
  }

  public get greenTargetId(): string | undefined {
    return this.greenTargetGroup?.arn;
  }

  /** `app/<lb>/<id>/targetgroup/<tg>/<id>`: the resource label of ALBRequestCountPerTarget. */
  public get resourceLabel(): string {
    return `${this.loadBalancer.resource.arnSuffix}/${this.targetGroup.arnSuffix}`;
  }

  /** Forward to blue only, or weighted to blue and green. */
  public forwardAction(): LbListenerDefaultAction {
    if (!this.greenTargetGroup) return { type: 'forward', targetGroupArn: this.targetGroup.arn };
    return {
      type: 'forward',
      forward: {
        targetGroup: [
          { arn: this.targetGroup.arn, weight: this.blueWeight },
          { arn: this.greenTargetGroup.arn, weight: this.greenWeight },
        ],
      },
    };
  }

  /**
   * Records the request-path edge from the load balancer to a host of this target (a scaling group
   * or a web app): HTTP on `port`, checked on `healthCheckPath`, with the host's own pieces (its
   * resource, security group and the ingress rule that admits the load balancer).
   */
  public recordHost(host: IConstruct, port: number, healthCheckPath: string, hostPieces: Record<string, string>, hosts: string): void {
    Wiring.of(host).add({
      kind: EdgeKind.LOAD_BALANCER_TARGET,
      from: this.loadBalancer.node.path,
      to: host.node.path,
      port,
      protocol: 'http',
      healthCheckPath,
      pieces: { loadBalancer: this.loadBalancer.resource.arn, listener: this.loadBalancer.listener.arn, targetGroup: this.targetGroup.arn, ...hostPieces },
      note: `Target group ${this.targetName} forwards HTTP to the ${hosts} on port ${port}; their security group admits the load balancer's group on that port.`,
    });
  }
}

/**
 * An Application Load Balancer: HTTPS with a TLS 1.3 policy when a certificate is given (HTTP
 * redirected to it), invalid header fields dropped, deletion protection, access logs to an encrypted
 * private bucket, and a security group that opens only the listener ports. Internet-facing by
 * default; with `publicAccessEnabled: false` it is internal (give it the private subnets) and admits
 * nobody until the edge in front opens its prefix list ({@link allowIngressFromPrefixList}). Targets are
 * added with {@link addTarget}: one default route and path-pattern rules, with weighted blue/green
 * forwarding.
 */
export class AwsLoadBalancer extends Blueprint implements ILoadBalancer {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'LoadBalancer';
  public readonly resource: Lb;
  public readonly securityGroup: SecurityGroup;
  /** The listener that serves traffic (HTTPS, or HTTP without a certificate). */
  public readonly listener: LbListener;
  /** With HTTPS: the port-80 listener that redirects to it. */
  public readonly redirectListener?: LbListener;
  public readonly accessLogBucket?: S3Bucket;
  public readonly webAclAssociation?: Wafv2WebAclAssociation;
  public readonly protocol: LoadBalancerProtocol;
  public readonly publicAccessEnabled: boolean;
  /** Ingress rules that admit clients: 0.0.0.0/0 on the listener ports when public, the edge's prefix list when not. */
  public readonly ingressRules: VpcSecurityGroupIngressRule[] = [];
  /** CloudWatch namespace and dimensions of the load balancer's metrics. */
  public readonly metricNamespace = 'AWS/ApplicationELB';
  public readonly metricDimensions: MetricDimension[];
  private readonly targets: AwsLoadBalancerTarget[] = [];
  private readonly targetProps: Array<{ name: string; props: LoadBalancerTargetProps }> = [];
  private readonly vpcId: string;
  private readonly vpcCidr: string;
  private readonly egressPorts = new Set<number>();

  constructor(scope: Construct, id: string, props: AwsLoadBalancerProps) {
    super(scope, id);
    this.validate('AwsLoadBalancer', AWS_RULES, props);
    const d = AWS_LOAD_BALANCER_DEFAULTS;
    this.vpcId = props.vpcId;
    this.vpcCidr = props.vpcCidr;
    this.protocol = effectiveProtocol(props.protocol, props.certificateArn);
    this.publicAccessEnabled = props.publicAccessEnabled ?? LOAD_BALANCER_DEFAULTS.publicAccessEnabled;
    if (this.protocol === LoadBalancerProtocol.HTTP && this.publicAccessEnabled) {
      Annotations.of(this).addWarning('The load balancer serves plain HTTP: give certificateArn to serve HTTPS (HTTP is then redirected).');
    }

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      name: resourceName(this, 'awsSecurityGroup', 'alb'),
      description: this.publicAccessEnabled
        ? `Load balancer ${this.node.path}: listener ports from the internet, target ports into the VPC`
        : `Load balancer ${this.node.path}: the listener port from the edge only, target ports into the VPC`,
      vpcId: props.vpcId,
    });
    // Internal: no ingress until the edge in front opens its own (allowIngressFromPrefixList).
    const ports = !this.publicAccessEnabled ? [] : this.protocol === LoadBalancerProtocol.HTTPS ? [80, 443] : [80];
    for (const port of ports) {
      this.ingressRules.push(new VpcSecurityGroupIngressRule(this, `Ingress${port}`, { securityGroupId: this.securityGroup.id, cidrIpv4: '0.0.0.0/0', ipProtocol: 'tcp', fromPort: port, toPort: port, description: `listener ${port}` }));
    }

    let accessLogs: { bucket: string; enabled: boolean; prefix: string } | undefined;
    let dependsOn: S3BucketPolicy[] = [];
    if (props.accessLogsEnabled ?? d.accessLogsEnabled) {
      // S3 names are global: a prefix (at most 37 characters) lets S3 add a unique suffix.
      const prefix = `${resourceName(this, 'awsS3Bucket', 'logs').slice(0, 36).replace(/-+$/, '')}-`;
      this.accessLogBucket = secureBucket(this, 'AccessLogBucket', {
        bucketPrefix: prefix,
        forceDestroy: false,
        objectOwnership: 'BucketOwnerEnforced',
        // ALB access logs support SSE-S3 only (not SSE-KMS).
        encryption: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
        lifecycleRules: [{ id: 'expire-access-logs', status: 'Enabled', filter: [{ prefix: '' }], expiration: [{ days: props.accessLogRetentionDays ?? d.accessLogRetentionDays }] }],
      }).bucket;
      const elb = new DataAwsElbServiceAccount(this, 'ElbServiceAccount', {});
      const policy = tlsOnlyBucketPolicy(this, 'AccessLogBucket', this.accessLogBucket, [
        { Sid: 'AllowAlbLogDelivery', Effect: 'Allow', Principal: { AWS: elb.arn }, Action: 's3:PutObject', Resource: `${this.accessLogBucket.arn}/alb/*` },
      ]);
      accessLogs = { bucket: this.accessLogBucket.id, enabled: true, prefix: 'alb' };
      dependsOn = [policy];
    }

    this.resource = new Lb(this, 'Resource', {
      name: resourceName(this, 'awsAlb'),
      loadBalancerType: 'application',
      internal: !this.publicAccessEnabled,
      securityGroups: [this.securityGroup.id],
      subnets: props.subnetIds,
      dropInvalidHeaderFields: true,
      enableDeletionProtection: props.deletionProtectionEnabled ?? d.deletionProtectionEnabled,
      enableCrossZoneLoadBalancing: true,
      idleTimeout: props.idleTimeoutSeconds ?? d.idleTimeoutSeconds,
      accessLogs,
      dependsOn,
    });

    const notFound: LbListenerDefaultAction = { type: 'fixed-response', fixedResponse: { contentType: 'text/plain', messageBody: 'Not found', statusCode: '404' } };
    if (this.protocol === LoadBalancerProtocol.HTTPS) {
      this.listener = new LbListener(this, 'HttpsListener', {
        loadBalancerArn: this.resource.arn,
        port: 443,
        protocol: 'HTTPS',
        sslPolicy: d.awsSslPolicy,
        certificateArn: props.certificateArn,
        defaultAction: [notFound],
      });
      this.redirectListener = new LbListener(this, 'HttpListener', {
        loadBalancerArn: this.resource.arn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
      });
    } else {
      this.listener = new LbListener(this, 'HttpListener', { loadBalancerArn: this.resource.arn, port: 80, protocol: 'HTTP', defaultAction: [notFound] });
      Policy.suppress(
        this.listener,
        'BP-AWS-ELB-1',
        this.publicAccessEnabled
          ? 'No certificate was given (certificateArn, or workload tls.awsCertificateArn): the listener serves HTTP, and synth warns about it. With a certificate HTTP only redirects to HTTPS.'
          : 'Internal load balancer in the private subnets, reached only through the CloudFront VPC origin: TLS ends at the edge and this hop stays inside the VPC.',
      );
    }

    if (props.throttling) {
      this.webAclAssociation = new Wafv2WebAclAssociation(this, 'WebAclAssociation', { resourceArn: this.resource.arn, webAclArn: props.throttling.wafId });
    }

    this.metricDimensions = [{ name: 'LoadBalancer', value: this.resource.arnSuffix }];
    const signal = (name: string, description: string, metricName: string, statistic: Statistic, threshold: number, severity: Severity) =>
      this.addGoldenSignal({
        name,
        description,
        metric: { namespace: this.metricNamespace, metricName, dimensions: this.metricDimensions },
        statistic,
        comparison: Comparison.GREATER_THAN,
        threshold,
        periodSeconds: 300,
        severity,
      });
    signal('lb-5xx', 'The load balancer itself answered 5xx (no healthy target, timeouts).', 'HTTPCode_ELB_5XX_Count', Statistic.SUM, 10, Severity.CRITICAL);
    signal('target-5xx', 'Targets answered 5xx.', 'HTTPCode_Target_5XX_Count', Statistic.SUM, 50, Severity.CRITICAL);
    signal('response-time', 'p95 target response time above 1 second.', 'TargetResponseTime', Statistic.P95, 1, Severity.WARNING);
    signal('rejected-connections', 'Connections rejected because the load balancer reached its connection limit.', 'RejectedConnectionCount', Statistic.SUM, 0, Severity.WARNING);
    this.addCostItem({ sku: 'aws:alb:hour', description: 'Application Load Balancer (hours)', quantityMin: 730, quantityMax: 730 });
    this.addCostItem({ sku: 'aws:alb:lcu-hour', description: 'Application Load Balancer capacity units (LCU-hours)', quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  public get loadBalancerId(): string {
    return this.resource.arn;
  }

  /** The port of the serving listener (443 with HTTPS, 80 with HTTP). */
  public get listenerPort(): number {
    return listenerPortOf(this.protocol);
  }

  /**
   * Admits clients from a managed prefix list (the CloudFront origin-facing list, for an edge in
   * front of an internal load balancer) on the serving listener's port. Returns the rule.
   */
  public allowIngressFromPrefixList(id: string, prefixListId: string, description: string): VpcSecurityGroupIngressRule {
    const rule = new VpcSecurityGroupIngressRule(this, id, {
      securityGroupId: this.securityGroup.id, prefixListId, ipProtocol: 'tcp', fromPort: this.listenerPort, toPort: this.listenerPort, description,
    });
    this.ingressRules.push(rule);
    return rule;
  }

  /** The DNS name clients and the edge cache use. */
  public get endpointHostname(): string {
    return this.resource.dnsName;
  }

  /** Every target added so far. */
  public get allTargets(): AwsLoadBalancerTarget[] {
    return [...this.targets];
  }

  /**
   * Adds a target group. Without `pathPatterns` it becomes the listener's default action; with
   * them it gets a listener rule (priorities 10, 20, … in the order targets are added).
   */
  public addTarget(name: string, props: LoadBalancerTargetProps = {}): AwsLoadBalancerTarget {
    validateProps(this, `AwsLoadBalancer.addTarget('${name}')`, LOAD_BALANCER_TARGET_RULES, props, targetConflicts(name, props, this.targetProps));
    const priority = 10 * (this.targets.filter((t) => t.listenerRule !== undefined).length + 1);
    const target = new AwsLoadBalancerTarget(this, name, props, this.vpcId, priority);
    this.targets.push(target);
    this.targetProps.push({ name, props });
    if (props.pathPatterns === undefined) this.listener.putDefaultAction([target.forwardAction()]);
    if (!this.egressPorts.has(target.port)) {
      this.egressPorts.add(target.port);
      new VpcSecurityGroupEgressRule(this, `EgressToTargets${target.port}`, {
        securityGroupId: this.securityGroup.id, cidrIpv4: this.vpcCidr, ipProtocol: 'tcp', fromPort: target.port, toPort: target.port, description: `targets on ${target.port}`,
      });
    }
    return target;
  }
}
