/**
 * Plan-time validators of hashicorp/terraform-provider-aws v6.25.0 that the `.jsii` schema does not
 * carry, for the resource types the library emits. `source` on each entry names the provider file
 * and the validator (function, or schema field when the validator is inline), read from the stored
 * copy of the repository nearest the tag (commits named per group below).
 */
import { AWS_COMPUTE_PROVIDER_RULES } from './aws-compute';
import { AWS_DATA_PROVIDER_RULES } from './aws-data';
import { ProviderRule, ReviewedType, reviewed } from './rule';

/** Every AWS provider rule: compute, network, edge and identity first, then data, messaging, serverless and observability. */
export const AWS_PROVIDER_RULES: readonly ProviderRule[] = [...AWS_COMPUTE_PROVIDER_RULES, ...AWS_DATA_PROVIDER_RULES];

/**
 * Emitted aws types whose provider schema was read and has no plan-time validator on the arguments the
 * library sets. Each cites the file and function read; see ReviewedType.
 */
export const AWS_REVIEWED_TYPES: readonly ReviewedType[] = [
  reviewed('aws_appautoscaling_target', 'internal/service/appautoscaling/target.go resourceTarget', 'commit 0105d219: max_capacity, min_capacity, resource_id, scalable_dimension, service_namespace and role_arn have no ValidateFunc'),
  reviewed('aws_autoscaling_schedule', 'internal/service/autoscaling/schedule.go resourceSchedule', 'commit 1049654f: only start_time and end_time (validScheduleTimestamp) are validated, and the library sets neither; recurrence, time_zone and the sizes are free'),
  reviewed('aws_default_security_group', 'internal/service/ec2/vpc_default_security_group.go resourceDefaultSecurityGroup', 'commit 01f43111: vpc_id has no ValidateFunc; the library sets ingress and egress to empty lists, so securityGroupRuleSetNestedBlock validators never apply'),
  reviewed('aws_elasticache_parameter_group', 'internal/service/elasticache/parameter_group.go resourceParameterGroup', 'commit 0593466d: name, family, description and parameter name/value have no ValidateFunc (name only has a lower-casing StateFunc)'),
  reviewed('aws_elasticache_subnet_group', 'internal/service/elasticache/subnet_group.go ResourceSubnetGroup', 'stored copy 01c08000: name, description and subnet_ids have no ValidateFunc (name only has a lower-casing StateFunc)'),
  reviewed('aws_iam_role_policy_attachment', 'internal/service/iam/role_policy_attachment.go ResourceRolePolicyAttachment', 'stored copy 04c79849 (SDK-v1 layout): role and policy_arn have no ValidateFunc'),
  reviewed('aws_internet_gateway', 'internal/service/ec2/vpc_internet_gateway.go ResourceInternetGateway', 'stored copy 08923b68: vpc_id and tags only, no ValidateFunc'),
  reviewed('aws_prometheus_workspace', 'internal/service/amp/workspace.go resourceWorkspace', 'commit 0620f2a6: alias has no ValidateFunc; kms_key_arn and logging_configuration.log_group_arn (ValidARN) are not set by the library'),
  reviewed('aws_route_table', 'internal/service/ec2/vpc_route_table.go ResourceRouteTable', 'stored copy 02209241: vpc_id has no ValidateFunc; the library sets no inline route block (the route validators apply only there)'),
  reviewed('aws_s3_bucket_notification', 'internal/service/s3/bucket_notification.go resourceBucketNotification', 'commit 033c721b: bucket, queue/topic/lambda_function events, filter_prefix/filter_suffix and the target ARNs have no ValidateFunc'),
  reviewed('aws_s3_bucket_policy', 'internal/service/s3/bucket_policy.go resourceBucketPolicy', 'commit 0073593e: bucket has no ValidateFunc; policy is an IAM policy document (JSON validity, not a value rule)'),
  reviewed('aws_s3_bucket_public_access_block', 'internal/service/s3/bucket_public_access_block.go resourceBucketPublicAccessBlock', 'commit 01606926: bucket and the four booleans have no ValidateFunc'),
  reviewed('aws_sns_topic_policy', 'internal/service/sns/topic_policy.go resourceTopicPolicy', 'commit 00a35305: arn has only ValidARN (the library passes a topic reference) and policy is an IAM policy document (JSON validity)'),
  reviewed('aws_sqs_queue_policy', 'internal/service/sqs/queue_policy.go ResourceQueuePolicy', 'stored copy 0148137d: queue_url has no ValidateFunc; policy has only StringIsJSON'),
  reviewed('aws_sqs_queue_redrive_allow_policy', 'internal/service/sqs/queue_redrive_allow_policy.go resourceQueueRedriveAllowPolicy', 'commit 0389eecf: queue_url has no ValidateFunc; redrive_allow_policy has only StringIsJSON'),
  reviewed('aws_wafv2_web_acl_association', 'internal/service/wafv2/web_acl_association.go resourceWebACLAssociation', 'commit 011a8eed: resource_arn and web_acl_arn have only ValidARN (the library passes resource references)'),
];
