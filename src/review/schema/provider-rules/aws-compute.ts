/**
 * AWS provider rules, compute, network, edge and identity (load balancers, Auto Scaling, ECS, launch
 * templates, security groups and routes, WAF, CloudFront, IAM, KMS, Application Auto Scaling).
 * Plan-time validators of hashicorp/terraform-provider-aws v6.25.0 that the `.jsii` schema does not
 * carry, for the resource types the library emits. `source` on each entry names the provider file
 * and the validator (function, or schema field when the validator is inline), read from the stored
 * copy of the repository nearest the tag (commits named per group below).
 */
import { ProviderRule, rules as r } from './rule';
import { AAP, ASG, ASP, CCP, CF, ECS, IPV4_CIDR, LIS, LR, LT, OAC, RT, TD, TG, WAF, elbName } from './aws-common';

export const AWS_COMPUTE_PROVIDER_RULES: readonly ProviderRule[] = [
  // aws_lb / aws_lb_target_group
  ...elbName('aws_lb', 'internal/service/elbv2/validate.go validName', true),
  ...elbName('aws_lb_target_group', 'internal/service/elbv2/validate.go validTargetGroupName', false),

  // aws_iam_role / aws_iam_role_policy, source: internal/service/iam/validate.go validResourceName, validRolePolicyRole (commit 044fb317)
  r.length('aws_iam_role', 'name', 1, 64, 'internal/service/iam/validate.go validResourceName(roleNameMaxLen); internal/service/iam/role.go const roleNameMaxLen = 64'),
  r.pattern('aws_iam_role', 'name', /^[\w+=,.@-]*$/, 'word characters and +=,.@-', 'internal/service/iam/validate.go validResourceName(roleNameMaxLen)'),
  r.length('aws_iam_role_policy', 'role', 1, 128, 'internal/service/iam/validate.go validRolePolicyRole'),
  r.notPattern('aws_iam_role_policy', 'role', /^arn:/, "the role's name, not its ARN", 'internal/service/iam/validate.go validRolePolicyRole'),

  // aws_kms_key, source: internal/service/kms/key.go resourceKey (commit 00a35305)
  r.length('aws_kms_key', 'custom_key_store_id', 1, 22, 'internal/service/kms/key.go resourceKey custom_key_store_id StringLenBetween(1, 22)'),
  r.between('aws_kms_key', 'deletion_window_in_days', 7, 30, 'internal/service/kms/key.go resourceKey deletion_window_in_days IntBetween(7, 30)'),
  r.length('aws_kms_key', 'description', 0, 8192, 'internal/service/kms/key.go resourceKey description StringLenBetween(0, 8192)'),
  r.between('aws_kms_key', 'rotation_period_in_days', 90, 2560, 'internal/service/kms/key.go resourceKey rotation_period_in_days IntBetween(90, 2560)'),
  r.requiredWith('aws_kms_key', 'rotation_period_in_days', ['enable_key_rotation'], 'internal/service/kms/key.go resourceKey rotation_period_in_days RequiredWith'),
  r.requiredWith('aws_kms_key', 'xks_key_id', ['custom_key_store_id'], 'internal/service/kms/key.go resourceKey xks_key_id RequiredWith'),

  // aws_lb_target_group, source: internal/service/elbv2/target_group.go resourceTargetGroup (commit 013cfb4c)
  r.between('aws_lb_target_group', 'deregistration_delay', 0, 3600, `${TG} deregistration_delay ValidateTypeStringNullableIntBetween(0, 3600)`),
  r.between('aws_lb_target_group', 'health_check.healthy_threshold', 2, 10, `${TG} health_check.healthy_threshold IntBetween(2, 10)`),
  r.between('aws_lb_target_group', 'health_check.interval', 5, 300, `${TG} health_check.interval IntBetween(5, 300)`),
  r.length('aws_lb_target_group', 'health_check.path', 1, 1024, `${TG} health_check.path StringLenBetween(1, 1024)`),
  r.pattern('aws_lb_target_group', 'health_check.path', /^\//, 'a path starting with "/"', `${TG} health_check.path StringHasPrefix("/")`),
  r.between('aws_lb_target_group', 'health_check.timeout', 2, 120, `${TG} health_check.timeout IntBetween(2, 120)`),
  r.between('aws_lb_target_group', 'health_check.unhealthy_threshold', 2, 10, `${TG} health_check.unhealthy_threshold IntBetween(2, 10)`),
  r.conflictsWith('aws_lb_target_group', 'name', ['name_prefix'], `${TG} name ConflictsWith`),
  r.between('aws_lb_target_group', 'port', 1, 65535, `${TG} port IntBetween(1, 65535)`),
  r.between('aws_lb_target_group', 'stickiness.cookie_duration', 0, 604800, `${TG} stickiness.cookie_duration IntBetween(0, 604800)`),
  r.oneOf('aws_lb_target_group', 'target_type', ['instance', 'ip', 'lambda', 'alb'], `${TG} target_type enum.Validate[awstypes.TargetTypeEnum]; values from aws-sdk-go-v2 service/elasticloadbalancingv2/types/enums.go TargetTypeEnum.Values (commit 1278f137)`),

  // aws_wafv2_web_acl, source: internal/service/wafv2/web_acl.go resourceWebACL (commit 0073593e)
  r.length('aws_wafv2_web_acl', 'description', 1, 256, `${WAF} description StringLenBetween(1, 256)`),
  r.length('aws_wafv2_web_acl', 'name', 1, 128, `${WAF} name StringLenBetween(1, 128)`),
  r.pattern('aws_wafv2_web_acl', 'name', /^[0-9A-Za-z_-]+$/, 'only alphanumeric, hyphen and underscore characters', `${WAF} name StringMatch`),
  r.conflictsWith('aws_wafv2_web_acl', 'name', ['name_prefix'], `${WAF} name ConflictsWith`),
  r.conflictsWith('aws_wafv2_web_acl', 'rule', ['rule_json'], `${WAF} rule ConflictsWith`),
  r.length('aws_wafv2_web_acl', 'rule.name', 1, 128, `${WAF} rule.name StringLenBetween(1, 128)`),
  r.oneOf('aws_wafv2_web_acl', 'scope', ['CLOUDFRONT', 'REGIONAL'], `${WAF} scope enum.Validate[awstypes.Scope]`),

  // aws_autoscaling_group, source: internal/service/autoscaling/group.go resourceGroup schema (commit 00a919d1)
  r.exactlyOneOf('aws_autoscaling_group', ['launch_configuration', 'launch_template', 'mixed_instances_policy'], `${ASG} launch_template ExactlyOneOf`),
  r.conflictsWith('aws_autoscaling_group', 'launch_template.id', ['name'], `${ASG} launch_template.id ConflictsWith(launch_template.0.name)`),
  r.length('aws_autoscaling_group', 'launch_template.version', 1, 255, `${ASG} launch_template.version StringLenBetween(1, 255)`),
  r.conflictsWith('aws_autoscaling_group', 'load_balancers', ['traffic_source'], `${ASG} load_balancers ConflictsWith`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.instance_warmup', 0, undefined, `${ASG} instance_refresh.preferences.instance_warmup ValidateTypeStringNullableIntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.checkpoint_delay', 0, undefined, `${ASG} instance_refresh.preferences.checkpoint_delay ValidateTypeStringNullableIntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.max_healthy_percentage', 100, 200, `${ASG} instance_refresh.preferences.max_healthy_percentage IntBetween(100, 200)`),
  r.between('aws_autoscaling_group', 'instance_refresh.preferences.min_healthy_percentage', 0, 100, `${ASG} instance_refresh.preferences.min_healthy_percentage IntBetween(0, 100)`),
  r.between('aws_autoscaling_group', 'instance_maintenance_policy.min_healthy_percentage', -1, 100, `${ASG} instance_maintenance_policy.min_healthy_percentage IntBetween(-1, 100)`),
  r.between('aws_autoscaling_group', 'initial_lifecycle_hook.heartbeat_timeout', 30, 7200, `${ASG} initial_lifecycle_hook.heartbeat_timeout IntBetween(30, 7200)`),
  r.length('aws_autoscaling_group', 'initial_lifecycle_hook.name', 1, 255, `${ASG} initial_lifecycle_hook.name StringLenBetween(1, 255)`),
  r.between('aws_autoscaling_group', 'mixed_instances_policy.instances_distribution.on_demand_base_capacity', 0, undefined, `${ASG} mixed_instances_policy.instances_distribution.on_demand_base_capacity IntAtLeast(0)`),
  r.between('aws_autoscaling_group', 'mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity', 0, 100, `${ASG} mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity IntBetween(0, 100)`),

  // aws_iam_service_linked_role, source: internal/service/iam/service_linked_role.go ResourceServiceLinkedRole (stored copy 01c08000, an older SDK-v1 layout of the same schema)
  r.pattern('aws_iam_service_linked_role', 'aws_service_name', /\./, 'a full service hostname (e.g. elasticbeanstalk.amazonaws.com)', 'internal/service/iam/service_linked_role.go ResourceServiceLinkedRole aws_service_name StringMatch(`\\.`)'),

  // aws_ecs_service, source: internal/service/ecs/service.go ResourceService schema (commit 00a919d1)
  r.between('aws_ecs_service', 'capacity_provider_strategy.base', 0, 100000, `${ECS} capacity_provider_strategy.base IntBetween(0, 100000)`),
  r.between('aws_ecs_service', 'capacity_provider_strategy.weight', 0, 1000, `${ECS} capacity_provider_strategy.weight IntBetween(0, 1000)`),
  r.between('aws_ecs_service', 'health_check_grace_period_seconds', 0, 2147483647, `${ECS} health_check_grace_period_seconds IntBetween(0, math.MaxInt32)`),
  r.between('aws_ecs_service', 'load_balancer.container_port', 0, 65536, `${ECS} load_balancer.container_port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_registries.port', 0, 65536, `${ECS} service_registries.port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_registries.container_port', 0, 65536, `${ECS} service_registries.container_port IntBetween(0, 65536)`),
  r.between('aws_ecs_service', 'service_connect_configuration.service.client_alias.port', 0, 65535, `${ECS} service_connect_configuration.service.client_alias.port IntBetween(0, 65535)`),
  r.between('aws_ecs_service', 'service_connect_configuration.service.ingress_port_override', 0, 65535, `${ECS} service_connect_configuration.service.ingress_port_override IntBetween(0, 65535)`),

  // aws_launch_template, source: internal/service/ec2/ec2_launch_template.go ResourceLaunchTemplate schema (stored copy 025e4f81, an older SDK-v1 layout; only checks without SDK enums are ported)
  r.conflictsWith('aws_launch_template', 'default_version', ['update_default_version'], `${LT} default_version ConflictsWith`),
  r.between('aws_launch_template', 'default_version', 1, undefined, `${LT} default_version IntAtLeast(1)`),
  r.length('aws_launch_template', 'description', 0, 255, `${LT} description StringLenBetween(0, 255)`),
  r.conflictsWith('aws_launch_template', 'iam_instance_profile.arn', ['name'], `${LT} iam_instance_profile.arn ConflictsWith(iam_instance_profile.0.name)`),

  // aws_lb_listener, source: internal/service/elbv2/listener.go ResourceListener schema (stored copy 01c08000, an older SDK-v1 layout; only checks without SDK enums are ported)
  r.between('aws_lb_listener', 'port', 1, 65535, `${LIS} port IsPortNumber`),
  r.between('aws_lb_listener', 'default_action.order', 1, 50000, `${LIS} default_action.order IntBetween(1, 50000)`),
  r.between('aws_lb_listener', 'default_action.forward.target_group.weight', 0, 999, `${LIS} default_action.forward.target_group.weight IntBetween(0, 999)`),
  r.between('aws_lb_listener', 'default_action.forward.stickiness.duration', 1, 604800, `${LIS} default_action.forward.stickiness.duration IntBetween(1, 604800)`),
  r.oneOf('aws_lb_listener', 'default_action.fixed_response.content_type', ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'], `${LIS} default_action.fixed_response.content_type StringInSlice`),
  r.pattern('aws_lb_listener', 'default_action.fixed_response.status_code', /^[245]\d\d$/, 'a 2XX, 4XX or 5XX status code', `${LIS} default_action.fixed_response.status_code StringMatch`),
  r.oneOf('aws_lb_listener', 'default_action.redirect.protocol', ['#{protocol}', 'HTTP', 'HTTPS'], `${LIS} default_action.redirect.protocol StringInSlice`),

  // aws_ecs_task_definition, source: internal/service/ecs/task_definition.go ResourceTaskDefinition schema (stored copy 04fc21d5, an older SDK-v1 layout;
  // only checks without SDK enums are ported, and not requires_compatibilities, whose list may have grown since)
  r.length('aws_ecs_task_definition', 'family', 1, 255, `${TD} family StringLenBetween(1, 255)`),
  r.pattern('aws_ecs_task_definition', 'family', /^[0-9A-Za-z_-]+$/, 'only letters, digits, hyphens and underscores', `${TD} family StringMatch`),
  r.between('aws_ecs_task_definition', 'ephemeral_storage.size_in_gib', 21, 200, `${TD} ephemeral_storage.size_in_gib IntBetween(21, 200)`),
  r.between('aws_ecs_task_definition', 'volume.efs_volume_configuration.transit_encryption_port', 1, 65535, `${TD} volume.efs_volume_configuration.transit_encryption_port IsPortNumber`),

  // aws_cloudfront_distribution, source: internal/service/cloudfront/distribution.go ResourceDistribution schema (stored copy 023c8e5c, an older SDK-v1 layout;
  // only checks without SDK enums are ported, and not origin_read_timeout, whose upper bound is a raisable quota)
  r.length('aws_cloudfront_distribution', 'comment', 0, 128, `${CF} comment StringLenBetween(0, 128)`),
  r.between('aws_cloudfront_distribution', 'origin.connection_attempts', 1, 3, `${CF} origin.connection_attempts IntBetween(1, 3)`),
  r.between('aws_cloudfront_distribution', 'origin.connection_timeout', 1, 10, `${CF} origin.connection_timeout IntBetween(1, 10)`),
  r.length('aws_cloudfront_distribution', 'origin.domain_name', 1, undefined, `${CF} origin.domain_name NoZeroValues`),
  r.length('aws_cloudfront_distribution', 'origin.origin_id', 1, undefined, `${CF} origin.origin_id NoZeroValues`),
  r.between('aws_cloudfront_distribution', 'origin.custom_origin_config.origin_keepalive_timeout', 1, undefined, `${CF} origin.custom_origin_config.origin_keepalive_timeout IntAtLeast(1)`),
  r.length('aws_cloudfront_distribution', 'origin_group.origin_id', 1, undefined, `${CF} origin_group.origin_id NoZeroValues`),

  // aws_security_group, source: internal/service/ec2/vpc_security_group.go resourceSecurityGroup schema (commit 01606926)
  r.length('aws_security_group', 'description', 0, 255, 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup description StringLenBetween(0, 255)'),
  r.length('aws_security_group', 'name', 0, 255, 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name StringLenBetween(0, 255)'),
  r.notPattern('aws_security_group', 'name', /^sg-/, 'not beginning with "sg-"', 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name StringDoesNotMatch(^sg-)'),
  r.conflictsWith('aws_security_group', 'name', ['name_prefix'], 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name ConflictsWith'),
  r.notPattern('aws_security_group', 'name_prefix', /^sg-/, 'not beginning with "sg-"', 'internal/service/ec2/vpc_security_group.go resourceSecurityGroup name_prefix StringDoesNotMatch(^sg-)'),

  // aws_vpc_security_group_ingress_rule, source: internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators (stored copy 00a32209, an early framework layout; the egress rule's file was not read)
  r.exactlyOneOf('aws_vpc_security_group_ingress_rule', ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], 'internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators ExactlyOneOf'),
  // aws_vpc_security_group_egress_rule: the egress resource embeds resourceSecurityGroupRule (internal/service/ec2/vpc_security_group_egress_rule.go
  // newResourceSecurityGroupEgressRule, stored copy 050ac111), whose ConfigValidators live in vpc_security_group_ingress_rule.go
  r.exactlyOneOf('aws_vpc_security_group_egress_rule', ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'], 'internal/service/ec2/vpc_security_group_ingress_rule.go ConfigValidators ExactlyOneOf (embedded by vpc_security_group_egress_rule.go newResourceSecurityGroupEgressRule)'),

  // aws_appautoscaling_policy, source: internal/service/appautoscaling/policy.go resourcePolicy (stored 2026 layout, index id 11158598336);
  // enum values from aws-sdk-go-v2 service/applicationautoscaling/types/enums.go (commit 023df359)
  r.length('aws_appautoscaling_policy', 'name', 0, 255, `${AAP} name StringLenBetween(0, 255)`),
  r.oneOf('aws_appautoscaling_policy', 'policy_type', ['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'], `${AAP} policy_type enum.Validate[awstypes.PolicyType]; StepScaling and TargetTrackingScaling from the SDK PolicyType.Values, PredictiveScaling from the same file's predictive_scaling_policy_configuration (carried by the pinned .jsii schema)`),
  r.oneOf('aws_appautoscaling_policy', 'step_scaling_policy_configuration.adjustment_type', ['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'], `${AAP} step_scaling_policy_configuration.adjustment_type enum.Validate[awstypes.AdjustmentType]`),
  r.oneOf('aws_appautoscaling_policy', 'step_scaling_policy_configuration.metric_aggregation_type', ['Average', 'Minimum', 'Maximum'], `${AAP} step_scaling_policy_configuration.metric_aggregation_type enum.Validate[awstypes.MetricAggregationType]`),
  r.conflictsWith('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.customized_metric_specification', ['predefined_metric_specification'], `${AAP} target_tracking_scaling_policy_configuration.customized_metric_specification ConflictsWith`),
  r.oneOf('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.customized_metric_specification.statistic', ['Average', 'Minimum', 'Maximum', 'SampleCount', 'Sum'], `${AAP} customized_metric_specification.statistic enum.Validate[awstypes.MetricStatistic]`),
  r.length('aws_appautoscaling_policy', 'target_tracking_scaling_policy_configuration.predefined_metric_specification.resource_label', 0, 1023, `${AAP} predefined_metric_specification.resource_label StringLenBetween(0, 1023)`),

  // aws_appautoscaling_scheduled_action, source: internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction (stored copy 048320e8, an older SDK-v1 layout)
  r.atLeastOneOf('aws_appautoscaling_scheduled_action', ['scalable_target_action.max_capacity', 'min_capacity'], 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.max_capacity AtLeastOneOf'),
  r.between('aws_appautoscaling_scheduled_action', 'scalable_target_action.max_capacity', 0, undefined, 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.max_capacity ValidateTypeStringNullableIntAtLeast(0)'),
  r.between('aws_appautoscaling_scheduled_action', 'scalable_target_action.min_capacity', 0, undefined, 'internal/service/appautoscaling/scheduled_action.go ResourceScheduledAction scalable_target_action.min_capacity ValidateTypeStringNullableIntAtLeast(0)'),

  // aws_autoscaling_policy, source: internal/service/autoscaling/policy.go resourcePolicy (commit 007ce0a8); policy_type values from
  // internal/service/autoscaling/consts.go policyType.Values (stored copy, index id 1482348908)
  r.oneOf('aws_autoscaling_policy', 'policy_type', ['PredictiveScaling', 'SimpleScaling', 'StepScaling', 'TargetTrackingScaling'], `${ASP} policy_type enum.Validate[policyType]; values from consts.go policyType.Values`),
  r.between('aws_autoscaling_policy', 'min_adjustment_magnitude', 1, undefined, `${ASP} min_adjustment_magnitude IntAtLeast(1)`),
  r.conflictsWith('aws_autoscaling_policy', 'scaling_adjustment', ['step_adjustment'], `${ASP} scaling_adjustment ConflictsWith`),
  r.conflictsWith('aws_autoscaling_policy', 'target_tracking_configuration.customized_metric_specification', ['predefined_metric_specification'], `${ASP} target_tracking_configuration.customized_metric_specification ConflictsWith`),

  // aws_cloudfront_cache_policy / aws_cloudfront_origin_access_control, source: internal/service/cloudfront/cache_policy.go ResourceCachePolicy and
  // origin_access_control.go ResourceOriginAccessControl (stored copies 01c08000, SDK-v1 layout); enum values from website/docs/r/cloudfront_cache_policy.html.markdown
  // (0f132cc3) and cloudfront_origin_access_control.html.markdown (1bf14ce2). The cache policy schema has no TTL range validator.
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.cookies_config.cookie_behavior', ['none', 'whitelist', 'allExcept', 'all'], `${CCP} cookies_config.cookie_behavior StringInSlice(CachePolicyCookieBehavior_Values()); values from the resource docs`),
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.headers_config.header_behavior', ['none', 'whitelist'], `${CCP} headers_config.header_behavior StringInSlice(CachePolicyHeaderBehavior_Values()); values from the resource docs`),
  r.oneOf('aws_cloudfront_cache_policy', 'parameters_in_cache_key_and_forwarded_to_origin.query_strings_config.query_string_behavior', ['none', 'whitelist', 'allExcept', 'all'], `${CCP} query_strings_config.query_string_behavior StringInSlice(CachePolicyQueryStringBehavior_Values()); values from the resource docs`),
  r.length('aws_cloudfront_origin_access_control', 'description', 0, 256, `${OAC} description StringLenBetween(0, 256)`),
  r.length('aws_cloudfront_origin_access_control', 'name', 1, 64, `${OAC} name StringLenBetween(1, 64)`),
  r.oneOf('aws_cloudfront_origin_access_control', 'origin_access_control_origin_type', ['lambda', 'mediapackagev2', 'mediastore', 's3'], `${OAC} origin_access_control_origin_type StringInSlice; values from the resource docs`),
  r.oneOf('aws_cloudfront_origin_access_control', 'signing_behavior', ['always', 'never', 'no-override'], `${OAC} signing_behavior StringInSlice; values from the resource docs`),
  r.oneOf('aws_cloudfront_origin_access_control', 'signing_protocol', ['sigv4'], `${OAC} signing_protocol StringInSlice; values from the resource docs`),

  // aws_cloudfront_vpc_origin, source: internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema (stored copy 01a702b4)
  r.between('aws_cloudfront_vpc_origin', 'vpc_origin_endpoint_config.http_port', 1, 65535, 'internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema vpc_origin_endpoint_config.http_port Between(1, 65535)'),
  r.between('aws_cloudfront_vpc_origin', 'vpc_origin_endpoint_config.https_port', 1, 65535, 'internal/service/cloudfront/vpc_origin.go cloudfrontVPCOriginResource.Schema vpc_origin_endpoint_config.https_port Between(1, 65535)'),

  // aws_ecs_cluster, source: internal/service/ecs/cluster.go resourceCluster (00a35305) and validate.go validateClusterName (0413c661)
  r.length('aws_ecs_cluster', 'name', 1, 255, 'internal/service/ecs/validate.go validateClusterName'),
  r.pattern('aws_ecs_cluster', 'name', /^[0-9A-Za-z_-]+$/, 'alphanumerics, hyphens and underscores', 'internal/service/ecs/validate.go validateClusterName'),

  // aws_eip, source: internal/service/ec2/ec2_eip.go resourceEIP domain enum.Validate[awstypes.DomainType] (01606926); values from the EC2 API
  // model (DomainType = "standard" | "vpc", stored SDK model index id 2801751284)
  r.oneOf('aws_eip', 'domain', ['standard', 'vpc'], 'internal/service/ec2/ec2_eip.go resourceEIP domain enum.Validate[awstypes.DomainType]; values from the EC2 API model'),

  // aws_iam_instance_profile, source: internal/service/iam/instance_profile.go resourceInstanceProfile (013f1736) with iam/validate.go validResourceName
  r.length('aws_iam_instance_profile', 'name', 1, 128, 'internal/service/iam/validate.go validResourceName(instanceProfileNameMaxLen); instance_profile.go const instanceProfileNameMaxLen = 128'),
  r.pattern('aws_iam_instance_profile', 'name', /^[\w+=,.@-]*$/, 'word characters and +=,.@-', 'internal/service/iam/validate.go validResourceName(instanceProfileNameMaxLen)'),
  r.conflictsWith('aws_iam_instance_profile', 'name', ['name_prefix'], 'internal/service/iam/instance_profile.go resourceInstanceProfile name ConflictsWith'),

  // aws_lb_listener_rule, source: internal/service/elbv2/listener_rule.go resourceListenerRule (commit 032c4f07); priority's validListenerRulePriority was not read
  r.between('aws_lb_listener_rule', 'action.order', 1, 50000, `${LR} action.order IntBetween(listenerActionOrderMin, listenerActionOrderMax)`),
  r.between('aws_lb_listener_rule', 'action.forward.stickiness.duration', 1, 604800, `${LR} action.forward.stickiness.duration IntBetween(1, 604800)`),
  r.between('aws_lb_listener_rule', 'action.forward.target_group.weight', 0, 999, `${LR} action.forward.target_group.weight IntBetween(0, 999)`),
  r.oneOf('aws_lb_listener_rule', 'action.fixed_response.content_type', ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'], `${LR} action.fixed_response.content_type StringInSlice`),
  r.pattern('aws_lb_listener_rule', 'action.fixed_response.status_code', /^[245]\d\d$/, 'a 2XX, 4XX or 5XX status code', `${LR} action.fixed_response.status_code StringMatch`),
  r.oneOf('aws_lb_listener_rule', 'action.redirect.protocol', ['#{protocol}', 'HTTP', 'HTTPS'], `${LR} action.redirect.protocol StringInSlice`),
  r.length('aws_lb_listener_rule', 'condition.path_pattern.values', 1, 128, `${LR} condition.path_pattern.values StringLenBetween(1, 128)`),
  r.length('aws_lb_listener_rule', 'condition.host_header.values', 1, 128, `${LR} condition.host_header.values StringLenBetween(1, 128)`),

  // aws_nat_gateway, source: internal/service/ec2/vpc_nat_gateway.go resourceNATGateway (04088eaa); subnet_id and allocation_id carry no validator
  r.conflictsWith('aws_nat_gateway', 'secondary_private_ip_address_count', ['secondary_private_ip_addresses'], 'internal/service/ec2/vpc_nat_gateway.go resourceNATGateway secondary_private_ip_address_count ConflictsWith'),

  // aws_route / aws_route_table_association, source: internal/service/ec2/vpc_route.go ResourceRoute (stored copy 0128541e) and
  // vpc_route_table_association.go ResourceRouteTableAssociation (0be71beb). ValidIPv4CIDRNetworkAddress is ported as its a.b.c.d/n form only.
  r.exactlyOneOf('aws_route', ['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id'], `${RT} routeValidDestinations ExactlyOneOf`),
  r.exactlyOneOf('aws_route', ['gateway_id', 'carrier_gateway_id', 'core_network_arn', 'egress_only_gateway_id', 'instance_id', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'], `${RT} routeValidTargets ExactlyOneOf`),
  r.conflictsWith('aws_route', 'carrier_gateway_id', ['destination_ipv6_cidr_block'], `${RT} carrier_gateway_id ConflictsWith`),
  r.conflictsWith('aws_route', 'egress_only_gateway_id', ['destination_cidr_block'], `${RT} egress_only_gateway_id ConflictsWith`),
  r.conflictsWith('aws_route', 'vpc_endpoint_id', ['destination_prefix_list_id'], `${RT} vpc_endpoint_id ConflictsWith`),
  r.pattern('aws_route', 'destination_cidr_block', IPV4_CIDR, 'an IPv4 CIDR block (a.b.c.d/n)', `${RT} destination_cidr_block ValidIPv4CIDRNetworkAddress`),
  r.exactlyOneOf('aws_route_table_association', ['subnet_id', 'gateway_id'], 'internal/service/ec2/vpc_route_table_association.go ResourceRouteTableAssociation subnet_id ExactlyOneOf'),

  // aws_subnet / aws_vpc, source: internal/service/ec2/vpc_subnet.go resourceSubnet (stored 2026 layout 00cda125) and vpc_.go ResourceVPC (00081ce4).
  // IsCIDRNetwork(16, 28) and ValidIPv4CIDRNetworkAddress are ported as the a.b.c.d/n form and prefix range (the host-bits check is not ported).
  r.pattern('aws_subnet', 'cidr_block', IPV4_CIDR, 'an IPv4 CIDR block (a.b.c.d/n)', 'internal/service/ec2/vpc_subnet.go resourceSubnet cidr_block ValidIPv4CIDRNetworkAddress'),
  r.conflictsWith('aws_subnet', 'availability_zone', ['availability_zone_id'], 'internal/service/ec2/vpc_subnet.go resourceSubnet availability_zone ConflictsWith'),
  r.conflictsWith('aws_subnet', 'ipv4_netmask_length', ['cidr_block', 'customer_owned_ipv4_pool'], 'internal/service/ec2/vpc_subnet.go resourceSubnet ipv4_netmask_length ConflictsWith'),
  r.requiredWith('aws_subnet', 'ipv4_netmask_length', ['ipv4_ipam_pool_id'], 'internal/service/ec2/vpc_subnet.go resourceSubnet ipv4_netmask_length RequiredWith'),
  r.requiredWith('aws_subnet', 'customer_owned_ipv4_pool', ['map_customer_owned_ip_on_launch', 'outpost_arn'], 'internal/service/ec2/vpc_subnet.go resourceSubnet customer_owned_ipv4_pool RequiredWith'),
  r.pattern('aws_vpc', 'cidr_block', /^\d{1,3}(\.\d{1,3}){3}\/(1[6-9]|2[0-8])$/, 'an IPv4 CIDR block with a /16 to /28 prefix', 'internal/service/ec2/vpc_.go ResourceVPC cidr_block IsCIDRNetwork(VPCCIDRMinIPv4, VPCCIDRMaxIPv4)'),
  r.conflictsWith('aws_vpc', 'cidr_block', ['ipv4_netmask_length'], 'internal/service/ec2/vpc_.go ResourceVPC cidr_block ConflictsWith'),
  r.between('aws_vpc', 'ipv4_netmask_length', 16, 28, 'internal/service/ec2/vpc_.go ResourceVPC ipv4_netmask_length IntBetween(VPCCIDRMinIPv4, VPCCIDRMaxIPv4)'),
  r.oneOf('aws_vpc', 'instance_tenancy', ['default', 'dedicated'], 'internal/service/ec2/vpc_.go ResourceVPC instance_tenancy StringInSlice(enum.Slice(types.TenancyDefault, types.TenancyDedicated))'),

  // aws_wafv2_web_acl_logging_configuration, source: internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration (012f18cf)
  r.length('aws_wafv2_web_acl_logging_configuration', 'redacted_fields.single_header.name', 1, 64, 'internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration redacted_fields.single_header.name StringLenBetween(1, 64)'),
  r.pattern('aws_wafv2_web_acl_logging_configuration', 'redacted_fields.single_header.name', /^.*\S.*$/, 'at least one non-whitespace character', 'internal/service/wafv2/web_acl_logging_configuration.go resourceWebACLLoggingConfiguration redacted_fields.single_header.name StringMatch'),
];
