import { Testing } from 'cdktf';
import { Blueprint } from '../../constructs/core/blueprint';
import { PRICE_TABLE } from '../../constructs/core/prices';
import { SIZE_TIERS } from '../../constructs/core/size';
import { addStacks } from '../../src/app';
import { validateWorkload } from '../../src/workload';
import { BlueprintStack } from '../../stacks/base';
import { rehostCompute } from '../../stacks/parts/compute';
import { computePropsFromWorkload, orderedTiers } from '../../constructs/core/workload/compute';
import { ThrottlingScope } from '../../constructs/core/refs';
import { LoadBalancerTargetType } from '../../constructs/core/load-balancer';
import { ScalingMetric } from '../../constructs/core/capacity';
import { kitStack, resources, shop, shopWith, synth, Synth } from '../helpers';

function build(loaded = shop()): Record<string, { stack: BlueprintStack; s: Synth }> {
  const app = Testing.app();
  const out: Record<string, { stack: BlueprintStack; s: Synth }> = {};
  for (const stack of addStacks(app, loaded)) {
    const json = Testing.synth(stack);
    out[stack.node.id] = { stack, s: { json, doc: JSON.parse(json) } };
  }
  return out;
}

const count = (s: Synth, type: string) => Object.keys(resources(s, type)).length;

describe('compute in the migration stacks (sample shop: web, search, checkout)', () => {
  const stacks = build();

  test('rehost on AWS: one ALB, a target group and an Auto Scaling group per tier, schedules for the web tier', () => {
    const { s } = stacks['rehost-aws'];
    expect(count(s, 'aws_lb')).toBe(1);
    expect(count(s, 'aws_lb_target_group')).toBe(3);
    expect(count(s, 'aws_lb_listener_rule')).toBe(2);
    expect(count(s, 'aws_autoscaling_group')).toBe(3);
    expect(count(s, 'aws_autoscaling_schedule')).toBe(2);
    const web = Object.values(resources(s, 'aws_autoscaling_group')).find((a: any) => a.name.includes('webtier')) as any;
    expect(web).toMatchObject({ min_size: 2, max_size: 12, desired_capacity: 3, health_check_type: 'ELB' });
    const lt = Object.values(resources(s, 'aws_launch_template')).map((l: any) => l.instance_type).sort();
    expect(lt).toEqual([SIZE_TIERS.medium.awsInstanceType, SIZE_TIERS.small.awsInstanceType, SIZE_TIERS.small.awsInstanceType].sort());
    expect(s.doc.output?.load_balancer_endpoint).toBeDefined();
  });

  test('rehost on Azure: one Application Gateway, a scale set and autoscale setting per tier, with an SSH key variable', () => {
    const { s } = stacks['rehost-azure'];
    expect(count(s, 'azurerm_application_gateway')).toBe(1);
    expect(count(s, 'azurerm_linux_virtual_machine_scale_set')).toBe(3);
    expect(count(s, 'azurerm_monitor_autoscale_setting')).toBe(3);
    expect(s.doc.variable?.admin_ssh_public_key).toMatchObject({ type: 'string' });
    const web = Object.values(resources(s, 'azurerm_monitor_autoscale_setting')).find((a: any) => a.name.includes('webtier')) as any;
    expect(web.profile.map((p: any) => p.name)).toEqual(['default', 'business-hours', 'night']);
  });

  test('replatform on AWS: Fargate services behind the ALB, one per tier', () => {
    const { s } = stacks['replatform-aws'];
    expect(count(s, 'aws_ecs_service')).toBe(3);
    expect(Object.values(resources(s, 'aws_appautoscaling_target')).filter((t: any) => t.service_namespace === 'ecs')).toHaveLength(3);
    expect(Object.values(resources(s, 'aws_lb_target_group')).every((g: any) => g.target_type === 'ip')).toBe(true);
    expect(count(s, 'aws_autoscaling_group')).toBe(0);
  });

  test('replatform on Azure: web apps with staging slots behind the Application Gateway', () => {
    const { s } = stacks['replatform-azure'];
    expect(count(s, 'azurerm_linux_web_app')).toBe(3);
    expect(count(s, 'azurerm_linux_web_app_slot')).toBe(3);
    expect(count(s, 'azurerm_service_plan')).toBe(3);
    expect(count(s, 'azurerm_application_gateway')).toBe(1);
  });

  test('refactor hosts the web and API services as web apps', () => {
    expect(count(stacks['refactor-aws'].s, 'aws_ecs_service')).toBe(3);
    expect(count(stacks['refactor-azure'].s, 'azurerm_linux_web_app')).toBe(3);
  });

  test('every compute cost item is in the price table', () => {
    const known = new Set(PRICE_TABLE.map((p) => p.sku));
    for (const { stack } of Object.values(stacks)) {
      for (const bp of Blueprint.allIn(stack).filter((b) => ['ScalingGroup', 'LoadBalancer', 'WebApp'].includes(b.blueprintKind))) {
        for (const item of bp.costItems) expect(known.has(item.sku) ? item.sku : `missing ${item.sku}`).toBe(item.sku);
      }
    }
  });

  test('every size tier SKU is priced on both clouds', () => {
    const known = new Set(PRICE_TABLE.map((p) => p.sku));
    for (const spec of Object.values(SIZE_TIERS)) {
      expect(known.has(`aws:ec2:${spec.awsInstanceType}`)).toBe(true);
      expect(known.has(`azure:vm:${spec.azureVmSku}`)).toBe(true);
      expect(known.has(`azure:appservice:${spec.azureAppServiceSku}`)).toBe(true);
    }
  });

  test('two builds synthesize byte-identical output', () => {
    const again = build();
    for (const id of Object.keys(stacks)) expect(again[id].s.json).toBe(stacks[id].s.json);
  });
});

describe('stack wiring helpers', () => {
  test('load balancer props (the throttling of the resilience area) reach the load balancer', () => {
    const { stack, kit } = kitStack('aws');
    rehostCompute(kit, shop().workload, { throttling: { wafId: 'arn:aws:wafv2:acl', scope: ThrottlingScope.REGIONAL } });
    expect(Object.values(resources(synth(stack), 'aws_wafv2_web_acl_association'))).toEqual([expect.objectContaining({ web_acl_arn: 'arn:aws:wafv2:acl' })]);
  });

  test('the web tier comes first, and carries the switchover weights on instance targets only', () => {
    const w = shopWith((x) => {
      x.switchover = { blueWeight: 80, greenWeight: 20 };
    }).workload;
    expect(orderedTiers(w).map(([n]) => n)).toEqual(['web', 'search', 'checkout']);
    expect(computePropsFromWorkload(w, LoadBalancerTargetType.INSTANCE).web.target).toMatchObject({ blueWeight: 80, greenWeight: 20, pathPatterns: undefined });
    expect(computePropsFromWorkload(w, LoadBalancerTargetType.WEB_APP).web.target!.greenWeight).toBeUndefined();
    expect(computePropsFromWorkload(w, LoadBalancerTargetType.INSTANCE).search.target).toMatchObject({ pathPatterns: ['/api/search/*'], blueWeight: undefined });
  });

  test('a tier scales on CPU, and on requests when it names a target', () => {
    const w = shop().workload;
    expect(computePropsFromWorkload(w, LoadBalancerTargetType.INSTANCE).web.scalingTargets).toEqual([{ metric: ScalingMetric.CPU, targetValue: 60 }, { metric: ScalingMetric.REQUESTS_PER_INSTANCE, targetValue: 1000 }]);
    expect(computePropsFromWorkload(w, LoadBalancerTargetType.INSTANCE).search.scalingTargets).toEqual([{ metric: ScalingMetric.CPU, targetValue: 55 }]);
  });

  test('a green weight in the workload makes the rehost ALB forward by weight', () => {
    const stacks = build(
      shopWith((x) => {
        x.switchover = { blueWeight: 90, greenWeight: 10 };
      }),
    );
    const listener = Object.values(resources(stacks['rehost-aws'].s, 'aws_lb_listener'))[0] as any;
    expect(listener.default_action[0].forward.target_group.map((t: any) => t.weight)).toEqual([90, 10]);
  });
});

describe('workload rules of the compute area', () => {
  const codes = (change: (w: any) => void) => {
    try {
      const w = JSON.parse(JSON.stringify(shop().workload));
      change(w);
      validateWorkload(w, 'test.json');
      return [];
    } catch (err) {
      return (err as { codes?: string[] }).codes ?? [String(err)];
    }
  };

  test('the sample shop passes', () => {
    expect(codes(() => undefined)).toEqual([]);
  });

  test('fails when an api path pattern is malformed', () => {
    expect(codes((w) => (w.tiers.search.pathPatterns = ['/api/*/search']))).toEqual(['LoadBalancerPathPatternInvalid']);
  });

  test('fails when two api tiers route the same path', () => {
    expect(codes((w) => (w.tiers.checkout.pathPatterns = ['/api/search/*']))).toEqual(['LoadBalancerPathPatternDuplicate']);
  });

  test('fails when a worker tier asks for request-based scaling', () => {
    expect(
      codes((w) => {
        w.tiers.jobs = { kind: 'worker', size: 'small', capacity: { min: 1, max: 2 }, requestsPerInstanceTarget: 100 };
      }),
    ).toEqual(['WebAppRequestTargetWithoutLoadBalancer']);
  });

  test('fails when the request target is not positive', () => {
    expect(codes((w) => (w.tiers.web.requestsPerInstanceTarget = 0))).toEqual(['WebAppTargetNotPositive']);
  });

  test('fails when a container image is malformed', () => {
    expect(codes((w) => (w.tiers.web.containerImage = 'not an image'))).toEqual(['WebAppContainerImageInvalid']);
  });

  test('fails when a routed tier name cannot name a target', () => {
    expect(
      codes((w) => {
        w.tiers['a-very-long-tier-name-indeed'] = { kind: 'api', size: 'small', capacity: { min: 2, max: 2 }, pathPatterns: ['/x/*'] };
      }),
    ).toEqual(['LoadBalancerTargetNameInvalid']);
  });

  test('a dev tier (min 1, xsmall) synthesizes web apps without zone redundancy', () => {
    const stacks = build(
      shopWith((w) => {
        w.tiers.web.size = 'xsmall';
        w.tiers.web.capacity = { min: 1, max: 2 };
        delete w.tiers.web.schedules;
      }),
    );
    const plans = Object.values(resources(stacks['replatform-azure'].s, 'azurerm_service_plan')) as any[];
    expect(plans.find((p) => p.sku_name === 'B1')).toMatchObject({ zone_balancing_enabled: false, worker_count: 1 });
  });
});
