import { Testing } from 'cdktf';
import { ALL_STACK_IDS, addStacks } from '../../src/app';
import { shop, shopWith } from '../helpers';
import { defaultStackJson } from '../default-synth';

function build(id: string, loaded?: ReturnType<typeof shop>): any {
  if (loaded === undefined) return JSON.parse(defaultStackJson(id));
  const app = Testing.app();
  const [stack] = addStacks(app, loaded, [id]);
  return JSON.parse(Testing.synth(stack));
}

const has = (doc: any, type: string) => Object.keys(doc.resource?.[type] ?? {}).length;

/** What each migration stack must contain, per cloud (issue: migration stacks). */
const EXPECTED: Record<string, string[]> = {
  'rehost-aws': ['aws_vpc', 'aws_autoscaling_group', 'aws_launch_template', 'aws_autoscaling_schedule', 'aws_lb', 'aws_wafv2_web_acl', 'aws_cloudfront_distribution', 'aws_cloudfront_vpc_origin', 'aws_rds_cluster', 'aws_sns_topic', 'aws_cloudwatch_metric_alarm', 'aws_cloudwatch_dashboard', 'aws_budgets_budget'],
  'rehost-azure': ['azurerm_virtual_network', 'azurerm_linux_virtual_machine_scale_set', 'azurerm_monitor_autoscale_setting', 'azurerm_application_gateway', 'azurerm_web_application_firewall_policy', 'azurerm_cdn_frontdoor_profile', 'azurerm_cdn_frontdoor_firewall_policy', 'azurerm_postgresql_flexible_server', 'azurerm_monitor_action_group', 'azurerm_monitor_metric_alert', 'azurerm_portal_dashboard', 'azurerm_consumption_budget_resource_group'],
  'replatform-aws': ['aws_ecs_service', 'aws_appautoscaling_policy', 'aws_lb', 'aws_rds_cluster', 'aws_elasticache_replication_group', 'aws_cloudfront_distribution', 'aws_wafv2_web_acl', 'aws_cloudwatch_metric_alarm', 'aws_budgets_budget'],
  'replatform-azure': ['azurerm_linux_web_app', 'azurerm_linux_web_app_slot', 'azurerm_service_plan', 'azurerm_postgresql_flexible_server', 'azurerm_managed_redis', 'azurerm_cdn_frontdoor_profile', 'azurerm_cdn_frontdoor_firewall_policy', 'azurerm_monitor_metric_alert', 'azurerm_consumption_budget_resource_group'],
  'refactor-aws': ['aws_ecs_service', 'aws_lambda_function', 'aws_lambda_event_source_mapping', 'aws_scheduler_schedule', 'aws_sqs_queue', 'aws_sns_topic', 'aws_elasticache_replication_group', 'aws_rds_cluster', 'aws_appconfig_hosted_configuration_version', 'aws_wafv2_web_acl', 'aws_cloudfront_distribution', 'aws_opensearch_domain', 'aws_cloudwatch_metric_alarm', 'aws_budgets_budget'],
  'refactor-azure': ['azurerm_linux_web_app', 'azurerm_function_app_flex_consumption', 'azurerm_servicebus_namespace', 'azurerm_servicebus_queue', 'azurerm_servicebus_topic', 'azurerm_managed_redis', 'azurerm_postgresql_flexible_server', 'azurerm_app_configuration_feature', 'azurerm_cdn_frontdoor_firewall_policy', 'azurerm_cdn_frontdoor_origin_group', 'azurerm_elastic_cloud_elasticsearch', 'azurerm_monitor_metric_alert', 'azurerm_consumption_budget_resource_group'],
};

describe('migration stacks from the default workload', () => {
  const docs = Object.fromEntries(ALL_STACK_IDS.map((id) => [id, build(id)]));

  test.each(ALL_STACK_IDS)('%s contains every blueprint its migration shape promises', (id) => {
    for (const type of EXPECTED[id]) expect([type, has(docs[id], type) > 0]).toEqual([type, true]);
  });

  test.each(ALL_STACK_IDS)('%s has snake_case outputs for endpoints, dashboard, alert channel and cost', (id) => {
    const keys = Object.keys(docs[id].output);
    for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(keys).toEqual(expect.arrayContaining(['load_balancer_endpoint', 'dashboard_url', 'alert_channel_id', 'cost_estimate_min_usd', 'cost_estimate_max_usd', 'orders_shard_map']));
  });

  test('refactor keeps the orders database sharded three ways by customer region; rehost and replatform move it as one shard', () => {
    expect(docs['refactor-aws'].output.orders_shard_map.value.shardCount).toBe(3);
    expect(has(docs['refactor-aws'], 'aws_rds_cluster')).toBe(3);
    expect(has(docs['rehost-aws'], 'aws_rds_cluster')).toBe(1);
    expect(has(docs['replatform-aws'], 'aws_rds_cluster')).toBe(1);
  });

  test('rehost on AWS forwards by weight to blue and green target groups from the workload switchover', () => {
    const loaded = shopWith((w) => (w.switchover = { blueWeight: 90, greenWeight: 10 }));
    const listener = Object.values<any>(build('rehost-aws', loaded).resource.aws_lb_listener).find((l) => l.default_action?.[0]?.forward);
    expect(listener.default_action[0].forward.target_group.map((g: any) => g.weight)).toEqual([90, 10]);
  });

  test('replatform on Azure gives each web app a staging slot for swap-based cut-over', () => {
    expect(has(docs['replatform-azure'], 'azurerm_linux_web_app_slot')).toBe(has(docs['replatform-azure'], 'azurerm_linux_web_app'));
  });

  test('apps get the data tier as settings: endpoints and credential references, never secret values', () => {
    const task = Object.values<any>(docs['replatform-aws'].resource.aws_ecs_task_definition)[0];
    const env = JSON.parse(task.container_definitions)[0].environment.map((e: any) => e.name);
    expect(env).toEqual(expect.arrayContaining(['DATABASE_ORDERS_ENDPOINT', 'DATABASE_ORDERS_AUTH', 'DATABASE_ORDERS_USER', 'CACHE_ENDPOINT']));
    // IAM database auth: the app never gets the master secret, not even its reference.
    expect(env).not.toContain('DATABASE_ORDERS_CREDENTIALS_REF');
    const app = Object.values<any>(docs['replatform-azure'].resource.azurerm_linux_web_app)[0];
    expect(Object.keys(app.app_settings)).toEqual(expect.arrayContaining(['DATABASE_ORDERS_ENDPOINT', 'CACHE_ENDPOINT']));
  });
});

describe('a retained database (seed §5.5)', () => {
  const retained = shopWith((w) => {
    w.databases.orders = { size: 'medium', retained: { endpoint: 'orders.db.corp.example.com', credentialsSecretRef: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders' } };
  });

  test.each(['rehost-aws', 'replatform-aws', 'refactor-aws'])('%s creates nothing for it and wires its endpoint into the apps', (id) => {
    const doc = build(id, retained);
    expect(has(doc, 'aws_rds_cluster')).toBe(0);
    expect(has(doc, 'aws_rds_cluster_instance')).toBe(0);
    const json = JSON.stringify(doc.resource);
    expect(json).toContain('orders.db.corp.example.com');
    expect(doc.output.orders_shard_map.value).toMatchObject({ retained: true, shards: [{ writer: 'orders.db.corp.example.com' }] });
  });

  test.each(['rehost-azure', 'replatform-azure', 'refactor-azure'])('%s creates no server for it and wires its endpoint into the apps', (id) => {
    const doc = build(id, retained);
    expect(has(doc, 'azurerm_postgresql_flexible_server')).toBe(0);
    expect(JSON.stringify(doc.resource)).toContain('orders.db.corp.example.com');
  });

  test('rehost VMs receive it in their cloud-init environment file', () => {
    const lt = Object.values<any>(build('rehost-aws', retained).resource.aws_launch_template)[0];
    expect(lt.user_data).toContain('DATABASE_ORDERS_ENDPOINT=orders.db.corp.example.com');
    expect(lt.user_data).toContain('DATABASE_ORDERS_CREDENTIALS_REF=arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders');
  });
});
