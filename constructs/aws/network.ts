import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { resourceName } from '../core/naming';
import { INetwork, SUBNET_NEW_BITS, NETWORK_DEFAULTS, NETWORK_RULES, NatGatewayMode, NetworkProps, SubnetTier, cidrSubnet, subnetIndex } from '../core/network';
import { awsLogRetention } from './private/log-retention';
import { serviceAssumeRolePolicy } from './private/iam';

export interface AwsNetworkProps extends NetworkProps {
  /** AWS region, used in the flow-log key policy. */
  readonly region: string;
}

/**
 * A VPC over up to three zones: public subnets (load balancers, NAT), private app subnets with
 * egress through NAT, and isolated data subnets with no route to the internet. The default security
 * group is emptied, and VPC flow logs go to a KMS-encrypted log group.
 */
export class AwsNetwork extends Blueprint implements INetwork {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'Network';
  public readonly resource: Vpc;
  public readonly cidr: string;
  public readonly zoneCount: number;
  public readonly zones: string[];
  public readonly publicSubnets: Subnet[] = [];
  public readonly appSubnets: Subnet[] = [];
  public readonly dataSubnets: Subnet[] = [];
  public readonly natGateways: NatGateway[] = [];
  public readonly flowLogGroup: CloudwatchLogGroup;
  public readonly flowLogKey: KmsKey;
  public readonly accountId: string;

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    this.validate('AwsNetwork', NETWORK_RULES, props);
    this.cidr = props.cidr ?? NETWORK_DEFAULTS.cidr;
    this.zoneCount = props.zoneCount ?? NETWORK_DEFAULTS.zoneCount;
    const natMode = props.natGateways ?? NETWORK_DEFAULTS.natGateways;
    const retention = props.flowLogRetentionDays ?? NETWORK_DEFAULTS.flowLogRetentionDays;

    const azs = new DataAwsAvailabilityZones(this, 'Zones', { state: 'available' });
    const caller = new DataAwsCallerIdentity(this, 'Caller', {});
    this.accountId = caller.accountId;
    this.zones = Array.from({ length: this.zoneCount }, (_, i) => Fn.element(azs.names, i));

    this.resource = new Vpc(this, 'Resource', {
      cidrBlock: this.cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: resourceName(this, 'awsGeneric') },
    });
    // CIS AWS 5.4: the default security group allows nothing.
    new DefaultSecurityGroup(this, 'DefaultSecurityGroup', { vpcId: this.resource.id, ingress: [], egress: [] });

    const igw = new InternetGateway(this, 'InternetGateway', { vpcId: this.resource.id });
    const publicRt = new RouteTable(this, 'PublicRouteTable', { vpcId: this.resource.id, tags: { Name: resourceName(this, 'awsGeneric', 'public') } });
    new Route(this, 'PublicDefaultRoute', { routeTableId: publicRt.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id });
    const dataRt = new RouteTable(this, 'DataRouteTable', { vpcId: this.resource.id, tags: { Name: resourceName(this, 'awsGeneric', 'data') } });

    for (let i = 0; i < this.zoneCount; i++) {
      const az = this.zones[i];
      const subnet = (tier: SubnetTier) =>
        new Subnet(this, `${tier[0].toUpperCase()}${tier.slice(1)}Subnet${i + 1}`, {
          vpcId: this.resource.id,
          availabilityZone: az,
          cidrBlock: cidrSubnet(this.cidr, SUBNET_NEW_BITS, subnetIndex(tier, i)),
          mapPublicIpOnLaunch: false,
          tags: { Name: resourceName(this, 'awsGeneric', tier, String(i + 1)), tier },
        });
      const pub = subnet(SubnetTier.PUBLIC);
      const app = subnet(SubnetTier.APP);
      const data = subnet(SubnetTier.DATA);
      this.publicSubnets.push(pub);
      this.appSubnets.push(app);
      this.dataSubnets.push(data);
      new RouteTableAssociation(this, `PublicRouteTableAssociation${i + 1}`, { subnetId: pub.id, routeTableId: publicRt.id });
      new RouteTableAssociation(this, `DataRouteTableAssociation${i + 1}`, { subnetId: data.id, routeTableId: dataRt.id });

      if (i === 0 || natMode === NatGatewayMode.PER_ZONE) {
        const eip = new Eip(this, `NatEip${i + 1}`, { domain: 'vpc', tags: { Name: resourceName(this, 'awsGeneric', 'nat', String(i + 1)) } });
        this.natGateways.push(
          new NatGateway(this, `NatGateway${i + 1}`, { allocationId: eip.id, subnetId: pub.id, dependsOn: [igw], tags: { Name: resourceName(this, 'awsGeneric', 'nat', String(i + 1)) } }),
        );
      }
      const nat = this.natGateways[natMode === NatGatewayMode.PER_ZONE ? i : 0];
      const appRt = new RouteTable(this, `AppRouteTable${i + 1}`, { vpcId: this.resource.id, tags: { Name: resourceName(this, 'awsGeneric', 'app', String(i + 1)) } });
      new Route(this, `AppDefaultRoute${i + 1}`, { routeTableId: appRt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
      new RouteTableAssociation(this, `AppRouteTableAssociation${i + 1}`, { subnetId: app.id, routeTableId: appRt.id });
    }

    // Flow logs: every accepted and rejected flow, to a log group encrypted with its own key.
    this.flowLogKey = new KmsKey(this, 'FlowLogKey', {
      description: `Encrypts VPC flow logs of ${this.node.path}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${this.accountId}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'CloudWatchLogs',
            Effect: 'Allow',
            Principal: { Service: `logs.${props.region}.amazonaws.com` },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${props.region}:${this.accountId}:*` } },
          },
        ],
      }),
    });
    this.flowLogGroup = new CloudwatchLogGroup(this, 'FlowLogGroup', {
      name: `/vpc/${resourceName(this, 'awsLogGroup', 'flow-logs')}`,
      retentionInDays: awsLogRetention(retention),
      kmsKeyId: this.flowLogKey.arn,
    });
    const role = new IamRole(this, 'FlowLogRole', {
      name: resourceName(this, 'awsIamRole', 'flow-logs'),
      assumeRolePolicy: serviceAssumeRolePolicy('vpc-flow-logs.amazonaws.com', { StringEquals: { 'aws:SourceAccount': this.accountId } }),
    });
    new IamRolePolicy(this, 'FlowLogRolePolicy', {
      role: role.id,
      policy: Fn.jsonencode({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: `${this.flowLogGroup.arn}:*` }],
      }),
    });
    new FlowLog(this, 'FlowLog', { vpcId: this.resource.id, trafficType: 'ALL', logDestination: this.flowLogGroup.arn, iamRoleArn: role.arn, maxAggregationInterval: 60 });

    this.natGateways.forEach((nat, i) => {
      this.addGoldenSignal({
        name: `nat-${i + 1}-port-allocation-errors`,
        description: `NAT gateway ${i + 1} could not allocate a source port: egress is failing.`,
        metric: { namespace: 'AWS/NATGateway', metricName: 'ErrorPortAllocation', dimensions: [{ name: 'NatGatewayId', value: nat.id }] },
        statistic: Statistic.SUM,
        comparison: Comparison.GREATER_THAN,
        threshold: 0,
        periodSeconds: 300,
        evaluationPeriods: 1,
        severity: Severity.WARNING,
      });
    });
    this.addCostItem({ sku: 'aws:nat-gateway:hour', description: 'NAT gateways (hours)', quantityMin: this.natGateways.length * 730, quantityMax: this.natGateways.length * 730 });
  }

  /** Subnet ids of a tier, one per zone. */
  public subnetIds(tier: SubnetTier): string[] {
    const list = tier === SubnetTier.PUBLIC ? this.publicSubnets : tier === SubnetTier.APP ? this.appSubnets : this.dataSubnets;
    return list.map((s) => s.id);
  }
}
