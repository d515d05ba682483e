/** The validators and source labels the AWS provider rule tables share. */
import { ProviderRule, rules as r } from './rule';

// source: internal/service/rds/validate.go validIdentifier (commit 03e17e19)
export const RDS_IDENTIFIER: Array<[RegExp, string, 'match' | 'not']> = [
  [/^[0-9a-z-]+$/, 'only lowercase alphanumeric characters and hyphens', 'match'],
  [/^[a-z]/, 'starting with a letter', 'match'],
  [/--/, 'without two consecutive hyphens', 'not'],
  [/-$/, 'without a trailing hyphen', 'not'],
];
export function rdsIdentifier(type: string, argument: string, source: string): ProviderRule[] {
  return RDS_IDENTIFIER.map(([re, text, how]) => (how === 'match' ? r.pattern : r.notPattern)(type, argument, re, text, source));
}

// source: internal/service/elbv2/validate.go validName / validTargetGroupName (commit 013f1736)
export function elbName(type: string, source: string, internalPrefix: boolean): ProviderRule[] {
  return [
    r.length(type, 'name', undefined, 32, source),
    r.pattern(type, 'name', /^[0-9A-Za-z-]+$/, 'only alphanumeric characters and hyphens', source),
    r.notPattern(type, 'name', /^-/, 'without a leading hyphen', source),
    r.notPattern(type, 'name', /-$/, 'without a trailing hyphen', source),
    ...(internalPrefix ? [r.notPattern(type, 'name', /^internal-/, 'without the prefix "internal-"', source)] : []),
  ];
}

export const CW = 'internal/service/cloudwatch/metric_alarm.go resourceMetricAlarm';

export const XR = 'internal/service/xray/sampling_rule.go resourceSamplingRule';
export const ADS = 'internal/service/appconfig/deployment_strategy.go resourceDeploymentStrategy';
export const SCH = 'internal/service/scheduler/schedule.go resourceSchedule';
export const WAF = 'internal/service/wafv2/web_acl.go resourceWebACL';
export const TG = 'internal/service/elbv2/target_group.go resourceTargetGroup';
export const SQS = 'internal/service/sqs/queue.go';
export const ASG = 'internal/service/autoscaling/group.go resourceGroup';
export const ECS = 'internal/service/ecs/service.go ResourceService';
export const RCI = 'internal/service/rds/cluster_instance.go resourceClusterInstance';
export const LT = 'internal/service/ec2/ec2_launch_template.go ResourceLaunchTemplate';
export const LIS = 'internal/service/elbv2/listener.go ResourceListener';
export const OS = 'internal/service/opensearch/domain.go ResourceDomain';
export const S3LC = 'internal/service/s3/bucket_lifecycle_configuration.go bucketLifecycleConfigurationResource.Schema';
export const TD = 'internal/service/ecs/task_definition.go ResourceTaskDefinition';
export const CF = 'internal/service/cloudfront/distribution.go ResourceDistribution';
export const FN = 'internal/service/lambda/function.go resourceFunction';
export const AAP = 'internal/service/appautoscaling/policy.go resourcePolicy';
export const ACP = 'internal/service/appconfig/configuration_profile.go ResourceConfigurationProfile';
export const ADP = 'internal/service/appconfig/deployment.go ResourceDeployment';
export const AHV = 'internal/service/appconfig/hosted_configuration_version.go ResourceHostedConfigurationVersion';
export const ASP = 'internal/service/autoscaling/policy.go resourcePolicy';
export const BUD = 'internal/service/budgets/budget.go ResourceBudget';
export const CCP = 'internal/service/cloudfront/cache_policy.go ResourceCachePolicy parameters_in_cache_key_and_forwarded_to_origin';
export const OAC = 'internal/service/cloudfront/origin_access_control.go ResourceOriginAccessControl';
export const EVR = 'internal/service/events/rule.go resourceRule';
export const EVT = 'internal/service/events/target.go resourceTarget';
export const LSF = 'internal/service/logs/subscription_filter.go resourceSubscriptionFilter';
export const FL = 'internal/service/ec2/vpc_flow_log.go resourceFlowLog';
export const ESM = 'internal/service/lambda/event_source_mapping.go resourceEventSourceMapping';
export const EIC = 'internal/service/lambda/function_event_invoke_config.go resourceFunctionEventInvokeConfig';
export const LR = 'internal/service/elbv2/listener_rule.go resourceListenerRule';
export const OSI = 'internal/service/osis/pipeline.go pipelineResource.Schema';
export const RT = 'internal/service/ec2/vpc_route.go ResourceRoute';
export const S3O = 'internal/service/s3/object.go resourceObject';
export const SNS = 'internal/service/sns/topic.go';
export const GW = 'internal/service/grafana/workspace.go resourceWorkspace';

/** The a.b.c.d/n form checked by verify.ValidIPv4CIDRNetworkAddress (its host-bits check is not ported). */
export const IPV4_CIDR = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;
