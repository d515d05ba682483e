/**
 * Wiring rules of the request path: edge -> origin and load balancer -> target, on both clouds.
 *
 * They read the recorded edges (`"//": { "wiring": [...] }`, constructs/core/wiring.ts) only to
 * know which pieces to look at; every verdict comes from the synthesized resources themselves, so
 * an edge whose port, protocol, health path or bypass guard is missing or wrong is a finding on the
 * resource at fault, with its construct path. The `pieces` each edge kind carries:
 *
 * | edge | cloud | pieces |
 * | --- | --- | --- |
 * | edge->origin | aws | distribution, loadBalancer, listener, securityGroup, vpcOrigin?, ingress? |
 * | edge->origin | azure | profile, origin, originGroup, route, gateway, securityGroup?, wafPolicy? |
 * | load-balancer->target | aws | loadBalancer, listener, targetGroup, securityGroup, ingress, service + taskDefinition or autoscalingGroup |
 * | load-balancer->target | azure | gateway, backendPool, httpSettings, probe (names), webApp or scaleSet |
 */
import { EdgeKind, WiringEdge, addressOfRef } from '../../constructs/core/wiring';
import { SynthResource, SynthStack, isToken } from '../review/model';
import { PolicyCategory, PolicySeverity, StackRule } from './engine';
import { blocks } from './helpers';

type Hit = { address: string; path: string; detail?: string };

/** Internet-wide sources an origin behind an edge must never admit. */
const ANYWHERE_CIDRS = ['0.0.0.0/0', '::/0'];
const ANYWHERE_TAGS = ['*', 'Internet', '0.0.0.0/0', 'Any', '::/0'];
/** source: AWS CloudFront Developer Guide, "Restrict access with VPC origins" (read 2026-12). */
const CLOUDFRONT_ORIGIN_FACING = 'com.amazonaws.global.cloudfront.origin-facing';
/** source: Microsoft Learn, "Azure service tags overview" (read 2026-12). */
const FRONT_DOOR_BACKEND_TAG = 'AzureFrontDoor.Backend';

function edgesOf(stack: SynthStack, kind: EdgeKind): WiringEdge[] {
  return stack.wiring.filter((e) => e.kind === kind);
}

/** The resource a piece of an edge points at (by its Terraform address), if it was synthesized. */
function piece(stack: SynthStack, edge: WiringEdge, role: string): SynthResource | undefined {
  const address = addressOfRef(edge.pieces?.[role]);
  return address ? stack.resources.find((r) => r.address === address) : undefined;
}

/** Whether a value (a reference, or anything holding one) points at a resource. */
function refersTo(value: unknown, r: SynthResource | undefined): boolean {
  return !!r && JSON.stringify(value ?? null).includes(`${r.address}.`);
}

function hit(r: SynthResource | undefined, edge: WiringEdge, detail: string): Hit {
  return { address: r?.address ?? 'stack', path: r?.path ?? edge.from, detail: `${edge.from} -> ${edge.to}: ${detail}` };
}

function missing(edge: WiringEdge, role: string): Hit {
  return { address: 'stack', path: edge.from, detail: `${edge.from} -> ${edge.to}: piece '${role}' (${edge.pieces?.[role] ?? 'not recorded'}) is not in the stack` };
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function lower(v: unknown): string {
  return String(v ?? '').toLowerCase();
}

// ── AWS ─────────────────────────────────────────────────────────────────────────────────────────

/** The distribution origin that reaches the load balancer (directly, or through a VPC origin). */
function cloudFrontOrigin(dist: SynthResource, lb: SynthResource, vpcOrigin: SynthResource | undefined): Record<string, unknown> | undefined {
  return blocks(dist.config.origin).find((o) => (vpcOrigin && refersTo(o.vpc_origin_config, vpcOrigin)) || refersTo(o.domain_name, lb));
}

function awsEdgeProtocol(stack: SynthStack): Hit[] {
  const out: Hit[] = [];
  for (const e of edgesOf(stack, EdgeKind.EDGE_ORIGIN)) {
    const dist = piece(stack, e, 'distribution');
    const lb = piece(stack, e, 'loadBalancer');
    const listener = piece(stack, e, 'listener');
    if (!dist || !lb || !listener) {
      out.push(missing(e, !dist ? 'distribution' : !lb ? 'loadBalancer' : 'listener'));
      continue;
    }
    const vpcOrigin = piece(stack, e, 'vpcOrigin');
    const origin = cloudFrontOrigin(dist, lb, vpcOrigin);
    if (!origin) {
      out.push(hit(dist, e, `no origin of the distribution reaches ${lb.address}`));
      continue;
    }
    const cfg = origin.vpc_origin_config !== undefined ? blocks(vpcOrigin?.config.vpc_origin_endpoint_config)[0] : blocks(origin.custom_origin_config)[0];
    if (!cfg) {
      out.push(hit(vpcOrigin ?? dist, e, 'the origin has no endpoint configuration (vpc_origin_endpoint_config / custom_origin_config)'));
      continue;
    }
    const policy = cfg.origin_protocol_policy;
    const lp = String(listener.config.protocol ?? '').toUpperCase();
    const lport = num(listener.config.port);
    if (isToken(policy) || isToken(listener.config.protocol)) continue;
    const edgeSpeaks = policy === 'http-only' ? 'HTTP' : 'HTTPS';
    const edgePort = num(policy === 'http-only' ? cfg.http_port : cfg.https_port);
    const at = vpcOrigin ?? dist;
    if (policy === 'match-viewer') out.push(hit(at, e, `origin_protocol_policy = "match-viewer" sends HTTPS (viewers are redirected to it) to a listener that serves ${lp} on ${lport}`));
    else if (edgeSpeaks !== lp) out.push(hit(at, e, `origin_protocol_policy = "${String(policy)}" but the listener ${listener.address} serves ${lp}`));
    else if (edgePort !== lport) out.push(hit(at, e, `the edge connects on port ${edgePort} but the listener ${listener.address} listens on ${lport}`));
    else if (e.port !== undefined && e.port !== lport) out.push(hit(listener, e, `the recorded port ${e.port} is not the listener's port ${lport}`));
  }
  return out;
}

/** Does the listener (or one of its rules) forward to the target group? */
function listenerRoutesTo(stack: SynthStack, listener: SynthResource, tg: SynthResource): boolean {
  if (refersTo(listener.config.default_action, tg)) return true;
  return stack.resources.some((r) => r.type === 'aws_lb_listener_rule' && refersTo(r.config.listener_arn, listener) && refersTo(r.config.action, tg));
}

function containerPorts(taskDef: SynthResource): number[] {
  const raw = taskDef.config.container_definitions;
  if (typeof raw !== 'string') return [];
  try {
    const defs = JSON.parse(raw) as Array<{ portMappings?: Array<{ containerPort?: number }> }>;
    return defs.flatMap((d) => (d.portMappings ?? []).map((p) => Number(p.containerPort)));
  } catch {
    return [];
  }
}

function awsTargetPath(stack: SynthStack, health: boolean): Hit[] {
  const out: Hit[] = [];
  for (const e of edgesOf(stack, EdgeKind.LOAD_BALANCER_TARGET)) {
    const tg = piece(stack, e, 'targetGroup');
    const listener = piece(stack, e, 'listener');
    if (!tg || !listener) {
      out.push(missing(e, !tg ? 'targetGroup' : 'listener'));
      continue;
    }
    const hc = blocks(tg.config.health_check)[0] ?? {};
    if (health) {
      if (e.healthCheckPath !== undefined && hc.path !== e.healthCheckPath && !isToken(hc.path)) out.push(hit(tg, e, `health_check.path = ${JSON.stringify(hc.path ?? null)} but the target answers health on ${e.healthCheckPath}`));
      const hport = hc.port;
      if (hport !== undefined && hport !== 'traffic-port' && num(hport) !== e.port) out.push(hit(tg, e, `health_check.port = ${String(hport)} but the target listens on ${e.port}`));
      continue;
    }
    const port = num(tg.config.port);
    if (port !== e.port) out.push(hit(tg, e, `the target group sends to port ${port} but the target listens on ${e.port}`));
    if (!listenerRoutesTo(stack, listener, tg)) out.push(hit(listener, e, `the listener routes no request to ${tg.address}`));
    const ingress = piece(stack, e, 'ingress');
    const lb = piece(stack, e, 'loadBalancer');
    if (!ingress) out.push(missing(e, 'ingress'));
    else {
      const from = num(ingress.config.from_port);
      const to = num(ingress.config.to_port);
      if (from === undefined || to === undefined || e.port === undefined || e.port < from || e.port > to) out.push(hit(ingress, e, `the target's security group admits ports ${from}-${to}, not ${e.port}`));
      else {
        const source = addressOfRef(String(ingress.config.referenced_security_group_id ?? ''));
        if (lb && (!source || !JSON.stringify(lb.config.security_groups ?? []).includes(`${source}.`))) out.push(hit(ingress, e, 'the rule does not admit the load balancer\'s security group'));
      }
    }
    const service = piece(stack, e, 'service');
    if (service) {
      const mapping = blocks(service.config.load_balancer).find((m) => refersTo(m.target_group_arn, tg));
      if (!mapping) out.push(hit(service, e, `the service registers no container with ${tg.address}`));
      else if (num(mapping.container_port) !== e.port) out.push(hit(service, e, `load_balancer.container_port = ${String(mapping.container_port)} but the target group sends to ${e.port}`));
      const taskDef = piece(stack, e, 'taskDefinition');
      if (taskDef && e.port !== undefined && !containerPorts(taskDef).includes(e.port)) out.push(hit(taskDef, e, `no container maps port ${e.port} (portMappings: ${containerPorts(taskDef).join(', ') || 'none'})`));
    }
    const asg = piece(stack, e, 'autoscalingGroup');
    if (asg && !refersTo(asg.config.target_group_arns, tg)) out.push(hit(asg, e, `the group does not register its instances with ${tg.address}`));
  }
  return out;
}

function awsNoBypass(stack: SynthStack): Hit[] {
  const out: Hit[] = [];
  for (const e of edgesOf(stack, EdgeKind.EDGE_ORIGIN)) {
    const lb = piece(stack, e, 'loadBalancer');
    const dist = piece(stack, e, 'distribution');
    const sgAddress = addressOfRef(e.pieces?.securityGroup);
    if (!lb || !dist || !sgAddress) {
      out.push(missing(e, !lb ? 'loadBalancer' : !dist ? 'distribution' : 'securityGroup'));
      continue;
    }
    const onSg = (r: SynthResource) => JSON.stringify(r.config.security_group_id ?? '').includes(`${sgAddress}.`);
    const rules = stack.resources.filter((r) => r.type === 'aws_vpc_security_group_ingress_rule' && onSg(r));
    const sg = stack.resources.find((r) => r.address === sgAddress);
    const inline = blocks(sg?.config.ingress);
    const open = [
      ...rules.filter((r) => ANYWHERE_CIDRS.includes(String(r.config.cidr_ipv4)) || ANYWHERE_CIDRS.includes(String(r.config.cidr_ipv6))),
      ...(inline.some((i) => [i.cidr_blocks, i.ipv6_cidr_blocks].flat().some((c) => ANYWHERE_CIDRS.includes(String(c)))) && sg ? [sg] : []),
    ];
    for (const r of open) out.push(hit(r, e, 'the origin behind the edge admits 0.0.0.0/0: anyone can skip the edge WAF and its rate limit'));
    // The guard: an internal load balancer behind a VPC origin, or the origin-facing prefix list plus a secret origin header.
    const prefixLists = stack.resources.filter((r) => r.type === 'aws_ec2_managed_prefix_list' && r.mode === 'data' && r.config.name === CLOUDFRONT_ORIGIN_FACING);
    const fromEdge = rules.some((r) => prefixLists.some((p) => refersTo(r.config.prefix_list_id, p)));
    const vpcOrigin = piece(stack, e, 'vpcOrigin');
    const origin = cloudFrontOrigin(dist, lb, vpcOrigin);
    const viaVpcOrigin = !!vpcOrigin && refersTo(vpcOrigin.config.vpc_origin_endpoint_config, lb) && !!origin && refersTo(origin.vpc_origin_config, vpcOrigin);
    const internal = lb.config.internal === true || lb.config.internal === 'true';
    const secretHeader = !!origin && blocks(origin.custom_header).length > 0;
    if (internal && !viaVpcOrigin) out.push(hit(dist, e, 'the load balancer is internal but the distribution reaches it without a VPC origin: the edge cannot connect'));
    else if (!internal && !(fromEdge && secretHeader)) out.push(hit(lb, e, 'the internet-facing load balancer behind the edge has no guard (internal + VPC origin, or the origin-facing prefix list + a secret origin header)'));
    else if (!fromEdge) out.push(hit(sg ?? lb, e, `no ingress rule admits ${CLOUDFRONT_ORIGIN_FACING} on the listener: the edge cannot connect`));
  }
  return out;
}

// ── Azure ───────────────────────────────────────────────────────────────────────────────────────

function gatewayServes(gw: SynthResource, protocol: 'Http' | 'Https', port: number | undefined): boolean {
  const ports = blocks(gw.config.frontend_port);
  const redirects = new Set(blocks(gw.config.request_routing_rule).filter((r) => r.redirect_configuration_name !== undefined).map((r) => r.http_listener_name));
  return blocks(gw.config.http_listener).some((l) => l.protocol === protocol && !redirects.has(l.name) && ports.some((p) => p.name === l.frontend_port_name && num(p.port) === port));
}

function azureEdgeProtocol(stack: SynthStack): Hit[] {
  const out: Hit[] = [];
  for (const e of edgesOf(stack, EdgeKind.EDGE_ORIGIN)) {
    const origin = piece(stack, e, 'origin');
    const group = piece(stack, e, 'originGroup');
    const gw = piece(stack, e, 'gateway');
    if (!origin || !group || !gw) {
      out.push(missing(e, !origin ? 'origin' : !group ? 'originGroup' : 'gateway'));
      continue;
    }
    const routes = stack.resources.filter((r) => r.type === 'azurerm_cdn_frontdoor_route' && refersTo(r.config.cdn_frontdoor_origin_group_id, group));
    if (routes.length === 0) out.push(hit(group, e, 'no route sends requests to the origin group'));
    const probe = blocks(group.config.health_probe)[0];
    for (const route of routes) {
      const fp = route.config.forwarding_protocol ?? 'MatchRequest';
      if (isToken(fp)) continue;
      const wants: Array<'Http' | 'Https'> = fp === 'HttpOnly' ? ['Http'] : fp === 'HttpsOnly' ? ['Https'] : ['Http', 'Https'];
      for (const p of wants) {
        const port = num(p === 'Http' ? (origin.config.http_port ?? 80) : (origin.config.https_port ?? 443));
        if (!gatewayServes(gw, p, port)) out.push(hit(route, e, `forwarding_protocol = "${String(fp)}" sends ${p.toUpperCase()} to port ${port}, where the gateway ${gw.address} serves no ${p.toUpperCase()} listener`));
      }
      if (probe && wants.length === 1 && probe.protocol !== wants[0] && !isToken(probe.protocol)) out.push(hit(group, e, `health_probe.protocol = "${String(probe.protocol)}" but the route forwards ${wants[0]}`));
    }
  }
  return out;
}

function azureTargetPath(stack: SynthStack, health: boolean): Hit[] {
  const out: Hit[] = [];
  for (const e of edgesOf(stack, EdgeKind.LOAD_BALANCER_TARGET)) {
    const gw = piece(stack, e, 'gateway');
    if (!gw) {
      out.push(missing(e, 'gateway'));
      continue;
    }
    const p = e.pieces ?? {};
    const settings = blocks(gw.config.backend_http_settings).find((s) => s.name === p.httpSettings);
    const probe = blocks(gw.config.probe).find((x) => x.name === p.probe);
    const app = piece(stack, e, 'webApp');
    const vmss = piece(stack, e, 'scaleSet');
    if (!settings || !probe) {
      out.push(hit(gw, e, `the gateway has no ${!settings ? `backend_http_settings "${p.httpSettings}"` : `probe "${p.probe}"`}`));
      continue;
    }
    if (health) {
      if (settings.probe_name !== probe.name) out.push(hit(gw, e, `backend_http_settings "${String(settings.name)}" probes with "${String(settings.probe_name)}", not "${String(probe.name)}"`));
      if (e.healthCheckPath !== undefined && probe.path !== e.healthCheckPath) out.push(hit(gw, e, `probe "${String(probe.name)}" path = ${JSON.stringify(probe.path ?? null)} but the target answers health on ${e.healthCheckPath}`));
      const appPath = app ? blocks(app.config.site_config)[0]?.health_check_path : undefined;
      if (app && e.healthCheckPath !== undefined && appPath !== e.healthCheckPath) out.push(hit(app, e, `site_config.health_check_path = ${JSON.stringify(appPath ?? null)} but the gateway probes ${e.healthCheckPath}`));
      continue;
    }
    if (num(settings.port) !== e.port || lower(settings.protocol) !== lower(e.protocol)) out.push(hit(gw, e, `backend_http_settings "${String(settings.name)}" sends ${String(settings.protocol)} to port ${String(settings.port)} but the target serves ${String(e.protocol).toUpperCase()} on ${e.port}`));
    if (lower(probe.protocol) !== lower(settings.protocol)) out.push(hit(gw, e, `probe "${String(probe.name)}" uses ${String(probe.protocol)} but the settings send ${String(settings.protocol)}`));
    const routed = JSON.stringify([gw.config.request_routing_rule, gw.config.url_path_map] as unknown[]).includes(`"${String(p.backendPool)}"`);
    if (!routed) out.push(hit(gw, e, `no routing rule or path map sends requests to backend pool "${String(p.backendPool)}"`));
    if (vmss) {
      const ext = blocks(vmss.config.extension).find((x) => x.type === 'ApplicationHealthLinux');
      let s: { port?: number; requestPath?: string } = {};
      try {
        s = typeof ext?.settings === 'string' ? JSON.parse(ext.settings) : {};
      } catch {
        s = {};
      }
      if (ext && num(s.port) !== e.port) out.push(hit(vmss, e, `the health extension checks port ${String(s.port)} but the gateway sends to ${e.port}`));
      if (!refersTo(vmss.config.network_interface, gw)) out.push(hit(vmss, e, `no NIC joins a backend pool of ${gw.address}`));
    }
  }
  return out;
}

function nsgRules(r: SynthResource): Array<Record<string, unknown>> {
  return blocks(r.config.security_rule);
}

function portsOf(rule: Record<string, unknown>): string[] {
  return [rule.destination_port_range, ...[rule.destination_port_ranges ?? []].flat()].filter((x) => x !== undefined).map(String);
}

function coversPort(ranges: string[], port: number | undefined): boolean {
  return ranges.some((r) => {
    if (r === '*') return true;
    const [a, b] = r.split('-').map(Number);
    return port !== undefined && port >= a && port <= (b ?? a);
  });
}

function azureNoBypass(stack: SynthStack): Hit[] {
  const out: Hit[] = [];
  const guardedApps = new Map<string, SynthResource>();
  for (const e of edgesOf(stack, EdgeKind.EDGE_ORIGIN)) {
    const gw = piece(stack, e, 'gateway');
    const profile = piece(stack, e, 'profile');
    const nsg = piece(stack, e, 'securityGroup');
    if (!gw || !profile || !nsg) {
      out.push(missing(e, !gw ? 'gateway' : !profile ? 'profile' : 'securityGroup'));
      continue;
    }
    const inbound = nsgRules(nsg).filter((r) => r.direction === 'Inbound' && r.access === 'Allow');
    const sources = (r: Record<string, unknown>) => [r.source_address_prefix, ...[r.source_address_prefixes ?? []].flat()].map(String);
    const open = inbound.filter((r) => sources(r).some((s) => ANYWHERE_TAGS.includes(s)) && coversPort(portsOf(r), e.port));
    for (const r of open) out.push(hit(nsg, e, `rule "${String(r.name)}" admits ${sources(r).join(', ')} on ${e.port}: anyone can skip the edge WAF and its rate limit`));
    if (!inbound.some((r) => sources(r).includes(FRONT_DOOR_BACKEND_TAG) && coversPort(portsOf(r), e.port))) out.push(hit(nsg, e, `no rule admits ${FRONT_DOOR_BACKEND_TAG} on ${e.port}: the edge cannot connect`));
    // The service tag admits every Front Door profile: the gateway's WAF must require this one's X-Azure-FDID.
    const waf = stack.resources.find((r) => r.type === 'azurerm_web_application_firewall_policy' && refersTo(gw.config.firewall_policy_id, r));
    const fdid = blocks(waf?.config.custom_rules).some(
      (rule) =>
        rule.action === 'Block' &&
        blocks(rule.match_conditions).some(
          (c) =>
            (c.negation_condition === true || c.negation_condition === 'true') &&
            c.operator === 'Equal' &&
            blocks(c.match_variables).some((v) => v.variable_name === 'RequestHeaders' && lower(v.selector) === 'x-azure-fdid') &&
            JSON.stringify(c.match_values ?? []).includes(`${profile.address}.resource_guid`),
        ),
    );
    if (!fdid) out.push(hit(waf ?? gw, e, `the gateway's WAF policy does not block requests without ${profile.address}'s X-Azure-FDID: other Front Door profiles reach the origin`));
    for (const t of stack.wiring.filter((x) => x.kind === EdgeKind.LOAD_BALANCER_TARGET && x.from === e.to)) {
      const app = piece(stack, t, 'webApp');
      if (app) guardedApps.set(app.address, app);
    }
  }
  // A web app behind the gateway answers only the gateway.
  for (const t of stack.wiring.filter((x) => x.kind === EdgeKind.LOAD_BALANCER_TARGET)) {
    const app = piece(stack, t, 'webApp');
    if (!app || !guardedApps.has(app.address)) continue;
    const gw = piece(stack, t, 'gateway');
    const sc = blocks(app.config.site_config)[0] ?? {};
    const restrictions = blocks(sc.ip_restriction);
    const gwPip = stack.resources.find((r) => r.type === 'azurerm_public_ip' && refersTo(gw?.config.frontend_ip_configuration, r));
    const gwSubnets = blocks(gw?.config.gateway_ip_configuration).map((c) => String(c.subnet_id));
    const onlyGateway = restrictions.length > 0 && restrictions.every((x) => x.action !== 'Allow' || refersTo(x.ip_address, gwPip) || gwSubnets.includes(String(x.virtual_network_subnet_id)));
    if (sc.ip_restriction_default_action !== 'Deny' || !onlyGateway) out.push(hit(app, t, `the web app behind the gateway is reachable around it (ip_restriction_default_action = ${JSON.stringify(sc.ip_restriction_default_action ?? 'Allow')}, ${restrictions.length} restriction(s))`));
  }
  return out;
}

const base = { kind: 'stack' as const, severity: PolicySeverity.ERROR };

/** The request-path wiring rules (issue 13). */
export const WIRING_PATH_RULES: readonly StackRule[] = [
  {
    ...base, id: 'BP-AWS-PATH-1', category: PolicyCategory.RELIABILITY, cloud: 'aws',
    title: 'The edge speaks the origin listener\'s protocol on its port',
    explanation: 'CloudFront that sends HTTPS to a listener that serves HTTP (or another port) gets no answer: every request ends on the degraded page and the API paths return 502.',
    fix: 'Give the EdgeCache the load balancer as `origin` (it then sets origin_protocol_policy and the port from the listener), or align vpc_origin_endpoint_config / custom_origin_config with the listener.',
    check: awsEdgeProtocol,
  },
  {
    ...base, id: 'BP-AWS-PATH-2', category: PolicyCategory.RELIABILITY, cloud: 'aws',
    title: 'Load balancer, target group, security group and container agree on the target port',
    explanation: 'A target group that sends to a port the container does not map, or that the target\'s security group does not admit, marks every target unhealthy; a listener that routes nowhere never reaches it.',
    fix: 'Use the tier\'s `port` for the target (`addTarget({ port })`) and the WebApp/ScalingGroup: they derive the target group port, the container port mapping and the ingress rule from it.',
    check: (s) => awsTargetPath(s, false),
  },
  {
    ...base, id: 'BP-AWS-PATH-3', category: PolicyCategory.RELIABILITY, cloud: 'aws',
    title: 'Target group health checks call the tier\'s health path',
    explanation: 'A health check on a path the app does not serve marks every target unhealthy: the load balancer answers 503.',
    fix: 'Set the tier\'s `healthCheckPath` once in the workload; the target group\'s health_check.path and port (traffic-port) follow it.',
    check: (s) => awsTargetPath(s, true),
  },
  {
    ...base, id: 'BP-AWS-PATH-4', category: PolicyCategory.SECURITY, cloud: 'aws',
    title: 'The origin behind the edge accepts only the edge',
    explanation: 'A load balancer open to 0.0.0.0/0 behind CloudFront lets anyone skip the edge WAF and its rate limit.',
    fix: 'Keep the edge on (`edge.enabled`): the stacks make the load balancer internal (publicAccessEnabled: false), reached by a CloudFront VPC origin and opened to the origin-facing prefix list only.',
    check: awsNoBypass,
  },
  {
    ...base, id: 'BP-AZURE-PATH-1', category: PolicyCategory.RELIABILITY, cloud: 'azure',
    title: 'Front Door forwards the protocol the gateway listener serves, on its port',
    explanation: 'Front Door that forwards HTTPS to a gateway listening on HTTP only (or probes with the wrong protocol) marks the origin down: every request ends on the degraded page.',
    fix: 'Give the EdgeCache the load balancer as `origin` (it then sets forwarding_protocol, the probe protocol and the origin port from the gateway listener).',
    check: azureEdgeProtocol,
  },
  {
    ...base, id: 'BP-AZURE-PATH-2', category: PolicyCategory.RELIABILITY, cloud: 'azure',
    title: 'Gateway backend settings, probe and target agree on protocol and port',
    explanation: 'Backend settings on the wrong port or protocol, or a pool that no rule routes to, leave the target unreachable: the gateway answers 502.',
    fix: 'Add targets with `addTarget` and pass them to the WebApp/ScalingGroup: web apps are reached with HTTPS on 443 (host name from the pool), instances with HTTP on the tier\'s `port`.',
    check: (s) => azureTargetPath(s, false),
  },
  {
    ...base, id: 'BP-AZURE-PATH-3', category: PolicyCategory.RELIABILITY, cloud: 'azure',
    title: 'Gateway probes and web apps use the tier\'s health path',
    explanation: 'A probe on a path the app does not serve marks the backend unhealthy; App Service\'s own health check on another path evicts healthy instances.',
    fix: 'Set the tier\'s `healthCheckPath` once in the workload; the probe, its settings and site_config.health_check_path follow it.',
    check: (s) => azureTargetPath(s, true),
  },
  {
    ...base, id: 'BP-AZURE-PATH-4', category: PolicyCategory.SECURITY, cloud: 'azure',
    title: 'The gateway behind Front Door accepts only this Front Door, and its web apps only the gateway',
    explanation: 'A gateway subnet open to Internet on 80/443 lets anyone skip the edge WAF and its rate limit; the AzureFrontDoor.Backend tag alone admits every Front Door profile; a web app without access restrictions is reachable around the gateway.',
    fix: 'Keep the edge on (`edge.enabled`): the stacks open the gateway subnet to AzureFrontDoor.Backend only, add a WAF custom rule that blocks requests without the profile\'s X-Azure-FDID, and restrict the web apps to the gateway.',
    check: azureNoBypass,
  },
];
