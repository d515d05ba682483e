import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbListenerRule } from '@cdktf/provider-aws/lib/lb-listener-rule';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';
import { TerraformOutput, Testing } from 'cdktf';
import { AwsLoadBalancer, AwsLoadBalancerProps } from '../../../constructs/aws/load-balancer';
import { LOAD_BALANCER_DEFAULTS, LOAD_BALANCER_TARGET_DEFAULTS, LoadBalancerProtocol, LoadBalancerTargetType } from '../../../constructs/core/load-balancer';
import { ThrottlingScope } from '../../../constructs/core/refs';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const NET = { vpcId: 'vpc-1', vpcCidr: '10.0.0.0/16', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/abc';

function make(props: Partial<AwsLoadBalancerProps> = {}) {
  const stack = awsStack();
  const lb = new AwsLoadBalancer(stack, 'LoadBalancer', { ...NET, ...props });
  return { stack, lb };
}

function warnings(lb: AwsLoadBalancer): string[] {
  return lb.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

describe('default properties', () => {
  const { stack, lb } = make();
  lb.addTarget('web');
  const s = synth(stack);

  test('an internet-facing ALB that drops invalid headers, is deletion protected and cross-zone', () => {
    expect(onlyResource(s, 'aws_lb')).toMatchObject({
      load_balancer_type: 'application',
      internal: false,
      drop_invalid_header_fields: true,
      enable_deletion_protection: LOAD_BALANCER_DEFAULTS.deletionProtectionEnabled,
      enable_cross_zone_load_balancing: true,
      idle_timeout: LOAD_BALANCER_DEFAULTS.idleTimeoutSeconds,
      subnets: NET.subnetIds,
      access_logs: { enabled: true, prefix: 'alb' },
    });
  });

  test('access logs go to an SSE-S3 bucket with public access blocked and a TLS-only policy', () => {
    expect(Testing.toHaveResourceWithProperties(s.json, S3BucketPublicAccessBlock.tfResourceType, { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true })).toBe(true);
    expect(onlyResource(s, 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
    expect(onlyResource(s, 'aws_s3_bucket')).toMatchObject({ bucket_prefix: 'shop-prod-loadbalancer-logs-', force_destroy: false });
    const policy = onlyResource(s, 'aws_s3_bucket_policy').policy as string;
    expect(policy).toContain('aws:SecureTransport');
    expect(policy).toContain('data.aws_elb_service_account');
  });

  test('without a certificate there is one HTTP listener, and a warning says so', () => {
    const listener = onlyResource(s, 'aws_lb_listener');
    expect(listener).toMatchObject({ port: 80, protocol: 'HTTP' });
    expect(warnings(lb).join()).toMatch(/plain HTTP/);
  });

  test('the security group opens only the listener port, and reaches targets only inside the VPC', () => {
    const ingress = Object.values(resources(s, 'aws_vpc_security_group_ingress_rule'));
    expect(ingress.map((r: any) => r.from_port)).toEqual([80]);
    const egress = Object.values(resources(s, 'aws_vpc_security_group_egress_rule'));
    expect(egress).toEqual([expect.objectContaining({ cidr_ipv4: NET.vpcCidr, from_port: LOAD_BALANCER_TARGET_DEFAULTS.port, to_port: LOAD_BALANCER_TARGET_DEFAULTS.port })]);
  });

  test('the target group checks health with the default path, interval, timeout and thresholds', () => {
    expect(onlyResource(s, 'aws_lb_target_group')).toMatchObject({
      name: 'shop-prod-web',
      port: LOAD_BALANCER_TARGET_DEFAULTS.port,
      protocol: 'HTTP',
      target_type: 'instance',
      deregistration_delay: String(LOAD_BALANCER_TARGET_DEFAULTS.deregistrationDelaySeconds),
      health_check: {
        path: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckPath,
        interval: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckIntervalSeconds,
        timeout: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckTimeoutSeconds,
        healthy_threshold: LOAD_BALANCER_TARGET_DEFAULTS.healthyThreshold,
        unhealthy_threshold: LOAD_BALANCER_TARGET_DEFAULTS.unhealthyThreshold,
        matcher: LOAD_BALANCER_TARGET_DEFAULTS.healthCheckMatcher,
      },
    });
  });

  test('declares 5xx, response time and rejected-connection signals, and prices hours and LCUs', () => {
    expect(lb.goldenSignals.map((g) => g.name)).toEqual(['lb-5xx', 'target-5xx', 'response-time', 'rejected-connections']);
    expect(lb.goldenSignals.find((g) => g.name === 'response-time')?.statistic).toBe('p95');
    expect(lb.costItems).toEqual([
      expect.objectContaining({ sku: 'aws:alb:hour', quantityMin: 730, quantityMax: 730 }),
      expect.objectContaining({ sku: 'aws:alb:lcu-hour', usageBased: true }),
    ]);
    expect(lb.metricDimensions[0].name).toBe('LoadBalancer');
  });
});

describe('listeners', () => {
  test('with a certificate: HTTPS on 443 with a TLS 1.3 policy, and HTTP redirected to it', () => {
    const { stack, lb } = make({ certificateArn: CERT });
    lb.addTarget('web');
    const s = synth(stack);
    expect(Testing.toHaveResourceWithProperties(s.json, LbListener.tfResourceType, { port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificate_arn: CERT })).toBe(true);
    const http = Object.values(resources(s, 'aws_lb_listener')).find((l: any) => l.port === 80);
    expect(http).toMatchObject({ protocol: 'HTTP', default_action: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } }] });
    expect(lb.protocol).toBe(LoadBalancerProtocol.HTTPS);
    expect(Object.values(resources(s, 'aws_vpc_security_group_ingress_rule')).map((r: any) => r.from_port).sort()).toEqual([443, 80]);
    expect(warnings(lb)).toEqual([]);
  });

  test('protocol http with a certificate still serves HTTP only', () => {
    const { stack, lb } = make({ certificateArn: CERT, protocol: LoadBalancerProtocol.HTTP });
    expect(onlyResource(synth(stack), 'aws_lb_listener').protocol).toBe('HTTP');
    expect(lb.redirectListener).toBeUndefined();
  });

  test('no target yet: the listener answers 404', () => {
    const { stack } = make();
    expect(onlyResource(synth(stack), 'aws_lb_listener').default_action[0]).toMatchObject({ type: 'fixed-response', fixed_response: { status_code: '404' } });
  });
});

describe('targets and routing', () => {
  test('the default target is the listener default action; api targets get path rules in order', () => {
    const { stack, lb } = make();
    const web = lb.addTarget('web');
    lb.addTarget('search', { pathPatterns: ['/api/search/*'], port: 9000 });
    lb.addTarget('checkout', { pathPatterns: ['/api/checkout/*'] });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_lb_listener').default_action).toEqual([{ type: 'forward', target_group_arn: expect.stringContaining(web.targetGroup.friendlyUniqueId) }]);
    expect(Testing.toHaveResourceWithProperties(s.json, LbListenerRule.tfResourceType, { priority: 10, condition: [{ path_pattern: { values: ['/api/search/*'] } }] })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(s.json, LbListenerRule.tfResourceType, { priority: 20, condition: [{ path_pattern: { values: ['/api/checkout/*'] } }] })).toBe(true);
    // One egress rule per distinct target port.
    expect(Object.values(resources(s, 'aws_vpc_security_group_egress_rule')).map((r: any) => r.from_port)).toEqual([8080, 9000]);
  });

  test('web app targets are IP target groups (Fargate awsvpc)', () => {
    const { stack, lb } = make();
    lb.addTarget('web', { targetType: LoadBalancerTargetType.WEB_APP });
    expect(onlyResource(synth(stack), 'aws_lb_target_group').target_type).toBe('ip');
  });

  test('health check settings are passed through', () => {
    const { stack, lb } = make();
    lb.addTarget('web', { healthCheckPath: '/ready', healthCheckIntervalSeconds: 30, healthCheckTimeoutSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 5, healthCheckMatcher: '200', deregistrationDelaySeconds: 0 });
    expect(onlyResource(synth(stack), 'aws_lb_target_group')).toMatchObject({
      deregistration_delay: '0',
      health_check: { path: '/ready', interval: 30, timeout: 10, healthy_threshold: 2, unhealthy_threshold: 5, matcher: '200' },
    });
  });

  test('blue/green: a green weight creates the green group and weights the default action', () => {
    const { stack, lb } = make();
    const web = lb.addTarget('web', { blueWeight: 90, greenWeight: 10 });
    const s = synth(stack);
    expect(Object.keys(resources(s, 'aws_lb_target_group'))).toHaveLength(2);
    expect(Testing.toHaveResourceWithProperties(s.json, LbTargetGroup.tfResourceType, { name: 'shop-prod-web-green' })).toBe(true);
    const action = onlyResource(s, 'aws_lb_listener').default_action[0];
    expect(action.type).toBe('forward');
    expect(action.forward.target_group.map((t: any) => t.weight)).toEqual([90, 10]);
    expect(web.greenTargetId).toBeDefined();
  });

  test('blue/green: blueGreenEnabled creates the green group at weight 0; path rules are weighted too', () => {
    const { stack, lb } = make();
    lb.addTarget('web');
    lb.addTarget('search', { pathPatterns: ['/api/*'], blueGreenEnabled: true });
    const s = synth(stack);
    expect(Object.keys(resources(s, 'aws_lb_target_group'))).toHaveLength(3);
    const rule = onlyResource(s, 'aws_lb_listener_rule');
    expect(rule.action[0].forward.target_group.map((t: any) => t.weight)).toEqual([100, 0]);
  });

  test('without green weight or flag there is no green group', () => {
    const { lb } = make();
    expect(lb.addTarget('web').greenTargetGroup).toBeUndefined();
  });

  test('requests-per-target metric and resource label name the target group', () => {
    const { lb } = make();
    const web = lb.addTarget('web');
    expect(web.requestCountMetric).toMatchObject({ namespace: 'AWS/ApplicationELB', metricName: 'RequestCountPerTarget' });
    expect(web.unhealthyHostMetric.metricName).toBe('UnHealthyHostCount');
    expect(web.resourceLabel).toContain('/');
  });
});

describe('options', () => {
  test('throttling attaches the web ACL', () => {
    const { stack } = make({ throttling: { wafId: 'arn:aws:wafv2:eu-west-1:1:regional/webacl/x/1', scope: ThrottlingScope.REGIONAL } });
    expect(Testing.toHaveResourceWithProperties(synth(stack).json, Wafv2WebAclAssociation.tfResourceType, { web_acl_arn: 'arn:aws:wafv2:eu-west-1:1:regional/webacl/x/1' })).toBe(true);
  });

  test('no throttling: no web ACL association', () => {
    const { stack } = make();
    expect(resources(synth(stack), 'aws_wafv2_web_acl_association')).toEqual({});
  });

  test('deletion protection and access logs can be opted out of', () => {
    const { stack } = make({ deletionProtectionEnabled: false, accessLogsEnabled: false, idleTimeoutSeconds: 120 });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_lb')).toMatchObject({ enable_deletion_protection: false, idle_timeout: 120 });
    expect(onlyResource(s, 'aws_lb').access_logs).toBeUndefined();
    expect(resources(s, 'aws_s3_bucket')).toEqual({});
  });

  test('access log retention sets the bucket lifecycle', () => {
    const { stack } = make({ accessLogRetentionDays: 30 });
    expect(onlyResource(synth(stack), 'aws_s3_bucket_lifecycle_configuration').rule[0].expiration).toEqual([{ days: 30 }]);
  });

  test('the endpoint is the ALB DNS name', () => {
    const { stack, lb } = make();
    new TerraformOutput(stack, 'endpoint', { value: lb.endpointHostname });
    expect(synth(stack).doc.output?.endpoint.value).toMatch(/^\$\{aws_lb\.LoadBalancer_.*\.dns_name\}$/);
  });
});

describe('fails when', () => {
  test.each([
    ['LoadBalancerHttpsWithoutCertificate', { protocol: LoadBalancerProtocol.HTTPS }],
    ['LoadBalancerProtocolInvalid', { protocol: 'ftp' as LoadBalancerProtocol }],
    ['LoadBalancerIdleTimeoutOutOfRange', { idleTimeoutSeconds: 0 }],
    ['LoadBalancerAccessLogRetentionOutOfRange', { accessLogRetentionDays: 0 }],
    ['LoadBalancerSubnetsMissing', { subnetIds: ['subnet-a'] }],
    ['LoadBalancerThrottlingScopeInvalid', { throttling: { wafId: 'arn:edge', scope: ThrottlingScope.EDGE } }],
  ])('%s', (code, props) => {
    expect(errorCodes(() => make(props as Partial<AwsLoadBalancerProps>))).toEqual([code]);
  });

  test.each([
    ['LoadBalancerTargetTypeInvalid', { targetType: 'lambda' }],
    ['LoadBalancerTargetPortOutOfRange', { port: 70000 }],
    ['LoadBalancerHealthCheckIntervalOutOfRange', { healthCheckIntervalSeconds: 301, healthCheckTimeoutSeconds: 5 }],
    ['LoadBalancerHealthCheckTimeoutOutOfRange', { healthCheckTimeoutSeconds: 1 }],
    ['LoadBalancerHealthCheckTimeoutNotBelowInterval', { healthCheckTimeoutSeconds: 15, healthCheckIntervalSeconds: 15 }],
    ['LoadBalancerHealthyThresholdOutOfRange', { healthyThreshold: 11 }],
    ['LoadBalancerUnhealthyThresholdOutOfRange', { unhealthyThreshold: 1 }],
    ['LoadBalancerHealthCheckPathInvalid', { healthCheckPath: 'healthz' }],
    ['LoadBalancerDeregistrationDelayOutOfRange', { deregistrationDelaySeconds: 3601 }],
    ['LoadBalancerPathPatternInvalid', { pathPatterns: ['/api/*/x'] }],
    ['LoadBalancerBlueWeightOutOfRange', { blueWeight: 1000 }],
    ['LoadBalancerGreenWeightOutOfRange', { greenWeight: -1 }],
    ['LoadBalancerWeightsZero', { blueWeight: 0, greenWeight: 0 }],
  ])('addTarget: %s', (code, props) => {
    const { lb } = make();
    expect(errorCodes(() => lb.addTarget('web', props as never))).toEqual([code]);
  });

  test('addTarget: LoadBalancerSecondDefaultTarget', () => {
    const { lb } = make();
    lb.addTarget('web');
    expect(errorCodes(() => lb.addTarget('other'))).toEqual(['LoadBalancerSecondDefaultTarget']);
  });

  test('addTarget: LoadBalancerTargetDuplicate', () => {
    const { lb } = make();
    lb.addTarget('api', { pathPatterns: ['/a/*'] });
    expect(errorCodes(() => lb.addTarget('api', { pathPatterns: ['/b/*'] }))).toEqual(['LoadBalancerTargetDuplicate']);
  });

  test('addTarget: LoadBalancerTargetNameInvalid', () => {
    const { lb } = make();
    expect(errorCodes(() => lb.addTarget('Web_Tier'))).toEqual(['LoadBalancerTargetNameInvalid']);
  });
});

describe('behind an edge (publicAccessEnabled false)', () => {
  const { stack, lb } = make({ publicAccessEnabled: false });
  lb.addTarget('web');
  const rule = lb.allowIngressFromPrefixList('IngressFromEdge', 'pl-123', 'from the edge');
  const s = synth(stack);

  test('the ALB is internal and admits nobody until the edge opens its prefix list on the listener port', () => {
    expect(onlyResource(s, 'aws_lb').internal).toBe(true);
    const ingress = Object.values<any>(resources(s, 'aws_vpc_security_group_ingress_rule'));
    expect(ingress.map((r) => [r.prefix_list_id, r.cidr_ipv4, r.from_port, r.to_port])).toEqual([['pl-123', undefined, 80, 80]]);
    expect(lb.ingressRules).toEqual([rule]);
    expect([lb.publicAccessEnabled, lb.listenerPort]).toEqual([false, 80]);
  });

  test('no plaintext warning: TLS ends at the edge', () => {
    expect(warnings(lb)).toEqual([]);
  });
});
