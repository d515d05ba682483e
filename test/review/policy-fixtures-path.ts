/** A good and a bad stack for every request-path wiring rule (src/policy/rules-wiring-path.ts). */
import { EdgeKind, WiringEdge } from '../../constructs/core/wiring';
import type { StackFixture } from './policy-fixtures';

type R = { type: string; id: string; config: Record<string, unknown>; data?: boolean };

/** Replaces the config of one resource (by id) in a list. */
function change(list: R[], id: string, config: (c: Record<string, unknown>) => Record<string, unknown>): R[] {
  return list.map((r) => (r.id === id ? { ...r, config: config(r.config) } : r));
}

// ── AWS: CloudFront → VPC origin → internal ALB (HTTP 80) → target group 8080 → Fargate task ────
const AWS_GOOD: R[] = [
  { type: 'aws_cloudfront_distribution', id: 'Dist', config: { origin: [{ origin_id: 'primary', domain_name: '${aws_lb.Lb.dns_name}', vpc_origin_config: { vpc_origin_id: '${aws_cloudfront_vpc_origin.Vo.id}' } }] } },
  { type: 'aws_cloudfront_vpc_origin', id: 'Vo', config: { vpc_origin_endpoint_config: [{ arn: '${aws_lb.Lb.arn}', http_port: 80, https_port: 443, origin_protocol_policy: 'http-only' }] } },
  { type: 'aws_lb', id: 'Lb', config: { internal: true, security_groups: ['${aws_security_group.LbSg.id}'] } },
  { type: 'aws_security_group', id: 'LbSg', config: {} },
  { type: 'aws_ec2_managed_prefix_list', id: 'Pl', data: true, config: { name: 'com.amazonaws.global.cloudfront.origin-facing' } },
  { type: 'aws_vpc_security_group_ingress_rule', id: 'FromEdge', config: { security_group_id: '${aws_security_group.LbSg.id}', prefix_list_id: '${data.aws_ec2_managed_prefix_list.Pl.id}', ip_protocol: 'tcp', from_port: 80, to_port: 80 } },
  { type: 'aws_lb_listener', id: 'L', config: { protocol: 'HTTP', port: 80, default_action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.Tg.arn}' }] } },
  { type: 'aws_lb_target_group', id: 'Tg', config: { port: 8080, protocol: 'HTTP', health_check: { path: '/healthz', port: 'traffic-port' } } },
  { type: 'aws_security_group', id: 'TaskSg', config: {} },
  { type: 'aws_vpc_security_group_ingress_rule', id: 'FromLb', config: { security_group_id: '${aws_security_group.TaskSg.id}', referenced_security_group_id: '${aws_security_group.LbSg.id}', ip_protocol: 'tcp', from_port: 8080, to_port: 8080 } },
  { type: 'aws_ecs_task_definition', id: 'Td', config: { container_definitions: JSON.stringify([{ name: 'app', portMappings: [{ containerPort: 8080 }] }]) } },
  { type: 'aws_ecs_service', id: 'Svc', config: { load_balancer: [{ target_group_arn: '${aws_lb_target_group.Tg.arn}', container_name: 'app', container_port: 8080 }] } },
];
const AWS_WIRING: WiringEdge[] = [
  {
    kind: EdgeKind.EDGE_ORIGIN, from: 's/EdgeCache', to: 's/LoadBalancer', port: 80, protocol: 'http', healthCheckPath: '/healthz',
    pieces: { distribution: '${aws_cloudfront_distribution.Dist.arn}', vpcOrigin: '${aws_cloudfront_vpc_origin.Vo.arn}', loadBalancer: '${aws_lb.Lb.arn}', listener: '${aws_lb_listener.L.arn}', securityGroup: '${aws_security_group.LbSg.id}', ingress: '${aws_vpc_security_group_ingress_rule.FromEdge.arn}' },
  },
  {
    kind: EdgeKind.LOAD_BALANCER_TARGET, from: 's/LoadBalancer', to: 's/WebTier', port: 8080, protocol: 'http', healthCheckPath: '/healthz',
    pieces: { loadBalancer: '${aws_lb.Lb.arn}', listener: '${aws_lb_listener.L.arn}', targetGroup: '${aws_lb_target_group.Tg.arn}', service: '${aws_ecs_service.Svc.id}', taskDefinition: '${aws_ecs_task_definition.Td.arn}', securityGroup: '${aws_security_group.TaskSg.id}', ingress: '${aws_vpc_security_group_ingress_rule.FromLb.arn}' },
  },
];

// ── Azure: Front Door (HttpOnly 80) → gateway (Http listener, FD-only NSG + FDID WAF rule) → web app (Https 443) ──
const AZ_GOOD: R[] = [
  { type: 'azurerm_cdn_frontdoor_profile', id: 'P', config: {} },
  { type: 'azurerm_cdn_frontdoor_origin_group', id: 'G', config: { health_probe: { protocol: 'Http', path: '/healthz' } } },
  { type: 'azurerm_cdn_frontdoor_origin', id: 'O', config: { cdn_frontdoor_origin_group_id: '${azurerm_cdn_frontdoor_origin_group.G.id}', http_port: 80, https_port: 443 } },
  { type: 'azurerm_cdn_frontdoor_route', id: 'Rt', config: { cdn_frontdoor_origin_group_id: '${azurerm_cdn_frontdoor_origin_group.G.id}', forwarding_protocol: 'HttpOnly' } },
  { type: 'azurerm_public_ip', id: 'Pip', config: {} },
  {
    type: 'azurerm_application_gateway', id: 'Gw',
    config: {
      firewall_policy_id: '${azurerm_web_application_firewall_policy.Waf.id}',
      gateway_ip_configuration: [{ name: 'gateway-ip', subnet_id: '${azurerm_subnet.GwSubnet.id}' }],
      frontend_ip_configuration: [{ name: 'public', public_ip_address_id: '${azurerm_public_ip.Pip.id}' }],
      frontend_port: [{ name: 'http', port: 80 }],
      http_listener: [{ name: 'http', frontend_port_name: 'http', protocol: 'Http' }],
      backend_address_pool: [{ name: 'web-pool' }],
      backend_http_settings: [{ name: 'web-settings', port: 443, protocol: 'Https', probe_name: 'web-probe' }],
      probe: [{ name: 'web-probe', protocol: 'Https', path: '/healthz' }],
      request_routing_rule: [{ name: 'route', http_listener_name: 'http', backend_address_pool_name: 'web-pool', backend_http_settings_name: 'web-settings' }],
    },
  },
  { type: 'azurerm_network_security_group', id: 'Nsg', config: { security_rule: [{ name: 'allow-front-door-inbound', direction: 'Inbound', access: 'Allow', source_address_prefix: 'AzureFrontDoor.Backend', destination_port_ranges: ['80'] }] } },
  {
    type: 'azurerm_web_application_firewall_policy', id: 'Waf',
    config: { custom_rules: [{ action: 'Block', rule_type: 'MatchRule', match_conditions: [{ negation_condition: true, operator: 'Equal', match_variables: [{ variable_name: 'RequestHeaders', selector: 'X-Azure-FDID' }], match_values: ['${azurerm_cdn_frontdoor_profile.P.resource_guid}'] }] }] },
  },
  { type: 'azurerm_linux_web_app', id: 'App', config: { site_config: { health_check_path: '/healthz', ip_restriction_default_action: 'Deny', ip_restriction: [{ action: 'Allow', ip_address: '${azurerm_public_ip.Pip.ip_address}/32' }] } } },
];
const AZ_WIRING: WiringEdge[] = [
  {
    kind: EdgeKind.EDGE_ORIGIN, from: 's/EdgeCache', to: 's/LoadBalancer', port: 80, protocol: 'http', healthCheckPath: '/healthz',
    pieces: {
      profile: '${azurerm_cdn_frontdoor_profile.P.id}', origin: '${azurerm_cdn_frontdoor_origin.O.id}', originGroup: '${azurerm_cdn_frontdoor_origin_group.G.id}', route: '${azurerm_cdn_frontdoor_route.Rt.id}',
      gateway: '${azurerm_application_gateway.Gw.id}', securityGroup: '${azurerm_network_security_group.Nsg.id}', wafPolicy: '${azurerm_web_application_firewall_policy.Waf.id}',
    },
  },
  {
    kind: EdgeKind.LOAD_BALANCER_TARGET, from: 's/LoadBalancer', to: 's/WebTier', port: 443, protocol: 'https', healthCheckPath: '/healthz',
    pieces: { gateway: '${azurerm_application_gateway.Gw.id}', webApp: '${azurerm_linux_web_app.App.id}', backendPool: 'web-pool', httpSettings: 'web-settings', probe: 'web-probe' },
  },
];

const gw = (c: Record<string, unknown>, k: string, v: unknown) => ({ ...c, [k]: v });

export const PATH_FIXTURES: Record<string, StackFixture> = {
  // The edge sends HTTPS to a listener that serves HTTP.
  'BP-AWS-PATH-1': { provider: 'aws', wiring: AWS_WIRING, good: AWS_GOOD, bad: change(AWS_GOOD, 'Vo', () => ({ vpc_origin_endpoint_config: [{ arn: '${aws_lb.Lb.arn}', http_port: 80, https_port: 443, origin_protocol_policy: 'https-only' }] })) },
  // The container maps another port than the target group sends to.
  'BP-AWS-PATH-2': { provider: 'aws', wiring: AWS_WIRING, good: AWS_GOOD, bad: change(AWS_GOOD, 'Td', () => ({ container_definitions: JSON.stringify([{ name: 'app', portMappings: [{ containerPort: 8081 }] }]) })) },
  // The health check calls a path the tier does not answer.
  'BP-AWS-PATH-3': { provider: 'aws', wiring: AWS_WIRING, good: AWS_GOOD, bad: change(AWS_GOOD, 'Tg', (c) => ({ ...c, health_check: { path: '/', port: 'traffic-port' } })) },
  // The origin behind the edge is also open to the internet.
  'BP-AWS-PATH-4': {
    provider: 'aws', wiring: AWS_WIRING, good: AWS_GOOD,
    bad: [...AWS_GOOD, { type: 'aws_vpc_security_group_ingress_rule', id: 'Open', config: { security_group_id: '${aws_security_group.LbSg.id}', cidr_ipv4: '0.0.0.0/0', ip_protocol: 'tcp', from_port: 80, to_port: 80 } }],
  },
  // Front Door sends HTTP to a port the gateway does not listen on.
  'BP-AZURE-PATH-1': { provider: 'azurerm', wiring: AZ_WIRING, good: AZ_GOOD, bad: change(AZ_GOOD, 'O', (c) => ({ ...c, http_port: 8080 })) },
  // The backend settings send to port 80 while the web app serves HTTPS on 443.
  'BP-AZURE-PATH-2': { provider: 'azurerm', wiring: AZ_WIRING, good: AZ_GOOD, bad: change(AZ_GOOD, 'Gw', (c) => gw(c, 'backend_http_settings', [{ name: 'web-settings', port: 80, protocol: 'Https', probe_name: 'web-probe' }])) },
  // The probe calls another path than the tier's health path.
  'BP-AZURE-PATH-3': { provider: 'azurerm', wiring: AZ_WIRING, good: AZ_GOOD, bad: change(AZ_GOOD, 'Gw', (c) => gw(c, 'probe', [{ name: 'web-probe', protocol: 'Https', path: '/' }])) },
  // The gateway subnet also admits the internet on the listener port.
  'BP-AZURE-PATH-4': {
    provider: 'azurerm', wiring: AZ_WIRING, good: AZ_GOOD,
    bad: change(AZ_GOOD, 'Nsg', (c) => ({ security_rule: [...(c.security_rule as unknown[]), { name: 'allow-https-inbound', direction: 'Inbound', access: 'Allow', source_address_prefix: 'Internet', destination_port_ranges: ['443', '80'] }] })),
  },
};
