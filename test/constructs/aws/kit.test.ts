import { AWS_SERVICE_LINKED_ROLES } from '../../../constructs/aws/facts';
import { AWS_KIT_DEFAULTS } from '../../../constructs/aws/kit';
import { kitStack, resources, shopWith, synth } from '../../helpers';

describe('default properties', () => {
  test('the kit creates the service-linked roles of the services it emits', () => {
    expect(AWS_KIT_DEFAULTS.serviceLinkedRolesEnabled).toBe(true);
  });
});

describe('service-linked roles', () => {
  test('one role per service the stack uses, and the resources that need it depend on it', () => {
    const { stack, kit } = kitStack('aws');
    kit.cache('Cache', {});
    kit.webApp('Web');
    const s = synth(stack);
    const roles = resources(s, 'aws_iam_service_linked_role');
    expect(Object.values(roles).map((r: any) => r.aws_service_name).sort()).toEqual(['ecs.amazonaws.com', 'elasticache.amazonaws.com']);
    const [ecsRole] = Object.entries(roles).find(([, r]) => (r as any).aws_service_name === 'ecs.amazonaws.com')!;
    const service = Object.values(resources(s, 'aws_ecs_service'))[0] as any;
    expect(service.depends_on).toContain(`aws_iam_service_linked_role.${ecsRole}`);
    const group = Object.values(resources(s, 'aws_elasticache_replication_group'))[0] as any;
    expect(group.depends_on.some((d: string) => d.startsWith('aws_iam_service_linked_role.'))).toBe(true);
  });

  test('none when the stack emits no resource that needs one', () => {
    const { stack } = kitStack('aws');
    expect(resources(synth(stack), 'aws_iam_service_linked_role')).toEqual({});
  });

  test('the workload can turn them off for accounts that have them already', () => {
    const { stack, kit } = kitStack('aws', shopWith((w) => (w.aws.serviceLinkedRolesEnabled = false)));
    kit.cache('Cache', {});
    const s = synth(stack);
    expect(resources(s, 'aws_iam_service_linked_role')).toEqual({});
    expect((Object.values(resources(s, 'aws_elasticache_replication_group'))[0] as any).depends_on ?? []).toEqual([]);
  });

  test('every role in the table names the resource types that need it and its source', () => {
    for (const f of AWS_SERVICE_LINKED_ROLES) {
      expect(f.neededBy.length).toBeGreaterThan(0);
      expect(f.source).toMatch(/^source: /);
    }
  });
});
