import { Construct } from 'constructs';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { resourceName } from '../../core/naming';

/** Where a data store accepts connections from: the app tier, never the internet. */
export interface DataAccessProps {
  readonly vpcId: string;
  readonly port: number;
  /** App-tier CIDRs (the network's APP subnets). */
  readonly allowedCidrs?: string[];
  /** App-tier security groups. */
  readonly allowedSecurityGroupIds?: string[];
  readonly description: string;
}

/**
 * A security group for a data store: one ingress rule per app-tier CIDR or security group, on the
 * store's port only, and no egress (Terraform drops AWS's default allow-all egress rule).
 */
export function dataSecurityGroup(scope: Construct, id: string, props: DataAccessProps): SecurityGroup {
  const sg = new SecurityGroup(scope, id, {
    name: resourceName(scope, 'awsSecurityGroup', 'sg'),
    description: props.description,
    vpcId: props.vpcId,
  });
  (props.allowedCidrs ?? []).forEach((cidr, i) => {
    new VpcSecurityGroupIngressRule(scope, `${id}IngressCidr${i + 1}`, {
      securityGroupId: sg.id,
      cidrIpv4: cidr,
      ipProtocol: 'tcp',
      fromPort: props.port,
      toPort: props.port,
      description: `app tier ${cidr}`,
    });
  });
  (props.allowedSecurityGroupIds ?? []).forEach((source, i) => {
    new VpcSecurityGroupIngressRule(scope, `${id}IngressGroup${i + 1}`, {
      securityGroupId: sg.id,
      referencedSecurityGroupId: source,
      ipProtocol: 'tcp',
      fromPort: props.port,
      toPort: props.port,
      description: 'app tier security group',
    });
  });
  return sg;
}
