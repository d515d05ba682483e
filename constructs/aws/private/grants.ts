import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Cloud } from '../../core/cloud';
import { IWorkloadConsumer, WorkloadIdentity, consumerIdFragment, wrongCloudError } from '../../core/wiring';

/** One IAM statement a grant adds: allow `actions` on exactly `resources` (never `*`). */
export interface GrantStatement {
  readonly sid: string;
  readonly actions: string[];
  readonly resources: string[];
}

/** The consumer's AWS identity; throws for a consumer of another cloud or one without a role. */
export function awsIdentity(what: string, consumer: IWorkloadConsumer): WorkloadIdentity & { roleName: string; roleArn: string } {
  const id = consumer.workloadIdentity;
  if (id.cloud !== Cloud.AWS || id.roleName === undefined || id.roleArn === undefined) throw wrongCloudError(what, 'AWS', consumer);
  return id as WorkloadIdentity & { roleName: string; roleArn: string };
}

/**
 * An inline policy on the consumer's own role with the grant's statements, created in the
 * dependency's scope (`Cache/GrantWebTier`) and named after the dependency (one per role).
 */
export function grantPolicy(dependency: Construct, consumer: IWorkloadConsumer, statements: GrantStatement[], suffix = ''): IamRolePolicy {
  const id = awsIdentity(dependency.node.path, consumer);
  return new IamRolePolicy(dependency, `Grant${consumerIdFragment(consumer)}${suffix}`, {
    name: `uses-${dependency.node.id}${suffix ? `-${suffix.toLowerCase()}` : ''}`,
    role: id.roleName,
    policy: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: statements.map((s) => ({ Sid: s.sid, Effect: 'Allow', Action: s.actions, Resource: s.resources })),
    }),
  });
}

/**
 * The network path of a grant: an ingress rule on the dependency's security group from the
 * consumer's security group, on `port` only. Undefined when the consumer has no security group
 * (a function outside the VPC cannot reach a store in the DATA subnets at all).
 */
export function allowFromConsumer(dependency: Construct, securityGroupId: string, consumer: IWorkloadConsumer, port: number): VpcSecurityGroupIngressRule {
  const source = consumer.workloadIdentity.securityGroupId;
  if (source === undefined) {
    throw new Error(`consumer must run in the VPC to reach ${dependency.node.path}, got no security group at '${consumer.node.path}'. Keep privateNetworkingEnabled on (the default).`);
  }
  return new VpcSecurityGroupIngressRule(dependency, `IngressFrom${consumerIdFragment(consumer)}`, {
    securityGroupId,
    referencedSecurityGroupId: source,
    ipProtocol: 'tcp',
    fromPort: port,
    toPort: port,
    description: `from ${consumer.node.path}`,
  });
}
