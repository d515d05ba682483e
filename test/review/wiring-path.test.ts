import * as fs from 'fs';
import { Testing } from 'cdktf';
import { AwsKitFactory } from '../../constructs/aws/kit';
import { RehostStack } from '../../stacks/rehost';
import { EdgeKind } from '../../constructs/core/wiring';
import { SynthStack, readSynthOutput, stackFromDoc } from '../../src/review/model';
import { checkOutput, checkStack } from '../../src/policy';
import { WIRING_PATH_RULES } from '../../src/policy/rules-wiring-path';
import { shop, shopWith } from '../helpers';
import { defaultSynthDir } from '../default-synth';

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

let stacks: SynthStack[];
beforeAll(() => {
  stacks = readSynthOutput(defaultSynthDir()).stacks;
});

const ruleById = (id: string) => WIRING_PATH_RULES.find((r) => r.id === id)!;
const stackById = (id: string) => stacks.find((s) => s.id === id)!;

/** The synthesized block of the resource at a construct path (type and block), for mutation. */
function at(doc: Record<string, any>, constructPath: string): { type: string; id: string; block: Record<string, any> } {
  for (const mode of ['resource', 'data']) {
    for (const [type, byId] of Object.entries<Record<string, any>>(doc[mode] ?? {})) {
      for (const [id, block] of Object.entries<Record<string, any>>(byId)) {
        if (block['//']?.metadata?.path === constructPath) return { type, id, block };
      }
    }
  }
  throw new Error(`no resource at ${constructPath}`);
}

/** Runs one rule on a copy of a default stack changed by `mutate`. */
function findingsAfter(stackId: string, ruleId: string, mutate: (doc: Record<string, any>) => void) {
  const doc = JSON.parse(JSON.stringify(stackById(stackId).doc));
  mutate(doc);
  return checkStack(stackFromDoc(stackId, doc), [ruleById(ruleId)]);
}

describe('the default stacks', () => {
  test('have zero request-path findings and zero request-path suppressions', () => {
    expect(stacks.map((s) => s.id)).toHaveLength(6);
    expect(checkOutput({ dir: '', stacks }, WIRING_PATH_RULES)).toEqual([]);
    for (const s of stacks) expect([s.id, JSON.stringify(s.doc).match(/BP-(AWS|AZURE)-PATH-\d/g)]).toEqual([s.id, null]);
  });

  test.each(['rehost-aws', 'rehost-azure', 'replatform-aws', 'replatform-azure', 'refactor-aws', 'refactor-azure'])('%s records edge -> origin and a load balancer -> target edge per routed tier', (id) => {
    const s = stackById(id);
    const routed = Object.entries(shop().workload.tiers).filter(([, t]) => t.kind !== 'worker').length;
    expect(s.wiring.filter((e) => e.kind === EdgeKind.EDGE_ORIGIN).map((e) => [e.from, e.to])).toEqual([[`${id}/EdgeCache`, `${id}/LoadBalancer`]]);
    const targets = s.wiring.filter((e) => e.kind === EdgeKind.LOAD_BALANCER_TARGET);
    expect(targets).toHaveLength(routed);
    // Ports and health paths come from the tiers, never from a constant.
    for (const [name, t] of Object.entries(shop().workload.tiers)) {
      const e = targets.find((x) => x.to.toLowerCase() === `${id}/${name}tier`);
      expect([name, e?.healthCheckPath]).toEqual([name, t.healthCheckPath]);
      if (!(id.endsWith('azure') && !id.startsWith('rehost'))) expect([name, e?.port]).toEqual([name, t.port]);
    }
  });

  test('on AWS the origin is internal and reached through a CloudFront VPC origin', () => {
    for (const id of ['rehost-aws', 'replatform-aws', 'refactor-aws']) {
      const doc = stackById(id).doc;
      expect(at(doc, `${id}/LoadBalancer/Resource`).block.internal).toBe(true);
      expect(at(doc, `${id}/EdgeCache/VpcOrigin`).block.vpc_origin_endpoint_config[0].origin_protocol_policy).toBe('http-only');
      const open = Object.values<any>(doc.resource.aws_vpc_security_group_ingress_rule).filter((r) => r.cidr_ipv4 === '0.0.0.0/0');
      expect(open).toEqual([]);
    }
  });

  test('on Azure the gateway subnet admits Front Door only and the gateway WAF requires its X-Azure-FDID', () => {
    for (const id of ['rehost-azure', 'replatform-azure', 'refactor-azure']) {
      const doc = stackById(id).doc;
      const nsg = at(doc, `${id}/Network/GatewaySecurityGroup`).block;
      expect(nsg.security_rule.map((r: any) => r.source_address_prefix)).toEqual(['AzureFrontDoor.Backend', 'GatewayManager', 'AzureLoadBalancer']);
      const waf = at(doc, `${id}/LoadBalancer/WafPolicy`).block;
      expect(waf.custom_rules[0].match_conditions[0]).toMatchObject({ negation_condition: true, operator: 'Equal', match_variables: [{ variable_name: 'RequestHeaders', selector: 'X-Azure-FDID' }] });
      expect(waf.custom_rules[0].match_conditions[0].match_values[0]).toMatch(/^\$\{azurerm_cdn_frontdoor_profile\.EdgeCache_[A-Za-z0-9_]+\.resource_guid\}$/);
    }
  });
});

describe('removing a piece of the request path fires the exact rule, with the construct path and the fix', () => {
  const lbListener = (s: string) => `${s}/LoadBalancer/HttpListener`;
  test.each<[string, string, string, string, (doc: Record<string, any>) => void]>([
    // AWS
    ['refactor-aws', 'the origin protocol', 'BP-AWS-PATH-1', 'refactor-aws/EdgeCache/VpcOrigin', (d) => { at(d, 'refactor-aws/EdgeCache/VpcOrigin').block.vpc_origin_endpoint_config[0].origin_protocol_policy = 'https-only'; }],
    ['refactor-aws', 'a matching listener port', 'BP-AWS-PATH-1', 'refactor-aws/EdgeCache/VpcOrigin', (d) => { at(d, lbListener('refactor-aws')).block.port = 8080; }],
    ['refactor-aws', 'a matching target port', 'BP-AWS-PATH-2', 'refactor-aws/LoadBalancer/web/TargetGroup', (d) => { at(d, 'refactor-aws/LoadBalancer/web/TargetGroup').block.port = 9090; }],
    ['refactor-aws', 'the container port mapping', 'BP-AWS-PATH-2', 'refactor-aws/SearchTier/Resource', (d) => { at(d, 'refactor-aws/SearchTier/Resource').block.load_balancer[0].container_port = 9090; }],
    ['rehost-aws', 'the target group registration', 'BP-AWS-PATH-2', 'rehost-aws/CheckoutTier/Resource', (d) => { delete at(d, 'rehost-aws/CheckoutTier/Resource').block.target_group_arns; }],
    ['refactor-aws', 'the health path', 'BP-AWS-PATH-3', 'refactor-aws/LoadBalancer/checkout/TargetGroup', (d) => { at(d, 'refactor-aws/LoadBalancer/checkout/TargetGroup').block.health_check.path = '/'; }],
    ['refactor-aws', 'the bypass guard (origin-facing ingress)', 'BP-AWS-PATH-4', 'refactor-aws/LoadBalancer/SecurityGroup', (d) => { const r = at(d, 'refactor-aws/LoadBalancer/IngressFromEdge'); delete d.resource[r.type][r.id]; }],
    ['rehost-aws', 'the bypass guard (internal scheme)', 'BP-AWS-PATH-4', 'rehost-aws/LoadBalancer/Resource', (d) => { at(d, 'rehost-aws/LoadBalancer/Resource').block.internal = false; }],
    // Azure
    ['refactor-azure', 'the origin protocol', 'BP-AZURE-PATH-1', 'refactor-azure/EdgeCache/Route', (d) => { at(d, 'refactor-azure/EdgeCache/Route').block.forwarding_protocol = 'HttpsOnly'; }],
    ['refactor-azure', 'a matching backend port', 'BP-AZURE-PATH-2', 'refactor-azure/LoadBalancer/Resource', (d) => { at(d, 'refactor-azure/LoadBalancer/Resource').block.backend_http_settings[0].port = 80; }],
    ['rehost-azure', 'a matching instance port', 'BP-AZURE-PATH-2', 'rehost-azure/WebTier/Resource', (d) => { const b = at(d, 'rehost-azure/WebTier/Resource').block; b.extension[0].settings = JSON.stringify({ protocol: 'http', port: 9090, requestPath: '/healthz' }); }],
    ['replatform-azure', 'the health path', 'BP-AZURE-PATH-3', 'replatform-azure/SearchTier/Resource', (d) => { at(d, 'replatform-azure/SearchTier/Resource').block.site_config.health_check_path = '/'; }],
    ['refactor-azure', 'the bypass guard (NSG)', 'BP-AZURE-PATH-4', 'refactor-azure/Network/GatewaySecurityGroup', (d) => { at(d, 'refactor-azure/Network/GatewaySecurityGroup').block.security_rule[0].source_address_prefix = 'Internet'; }],
    ['rehost-azure', 'the bypass guard (X-Azure-FDID)', 'BP-AZURE-PATH-4', 'rehost-azure/LoadBalancer/WafPolicy', (d) => { delete at(d, 'rehost-azure/LoadBalancer/WafPolicy').block.custom_rules; }],
    ['replatform-azure', 'the web app access restriction', 'BP-AZURE-PATH-4', 'replatform-azure/WebTier/Resource', (d) => { at(d, 'replatform-azure/WebTier/Resource').block.site_config.ip_restriction_default_action = 'Allow'; }],
  ])('%s without %s: %s at %s', (stackId, _what, ruleId, constructPath, mutate) => {
    const findings = findingsAfter(stackId, ruleId, mutate);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => [f.ruleId, f.path, f.fix])).toContainEqual([ruleId, constructPath, ruleById(ruleId).fix]);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set([ruleId]));
  });

  test('a piece the edge names but the stack lacks is a finding, not a pass', () => {
    const findings = findingsAfter('refactor-aws', 'BP-AWS-PATH-1', (d) => {
      const r = at(d, 'refactor-aws/EdgeCache/Resource');
      delete d.resource[r.type][r.id];
    });
    expect(findings.map((f) => [f.ruleId, f.address])).toEqual([['BP-AWS-PATH-1', 'stack']]);
    expect(findings[0].detail).toContain("piece 'distribution'");
  });
});

describe('with the edge off', () => {
  test('rehost puts the regional WAF on a public load balancer and records no edge -> origin edge', () => {
    const loaded = shopWith((w) => (w.edge.enabled = false));
    const stack = new RehostStack(Testing.app(), 'rehost-aws', { loaded, kitFactory: new AwsKitFactory() });
    const doc = JSON.parse(Testing.synth(stack));
    expect(Object.values<any>(doc.resource.aws_wafv2_web_acl).map((a) => a.scope)).toEqual(['REGIONAL']);
    expect(Object.keys(doc.resource.aws_wafv2_web_acl_association ?? {})).toHaveLength(1);
    expect(Object.values<any>(doc.resource.aws_lb)[0].internal).toBe(false);
    expect(doc.resource.aws_cloudfront_distribution).toBeUndefined();
    const edges = (stack.toTerraform() as any)['//'].wiring as Array<{ kind: string }>;
    expect(edges.filter((e) => e.kind === EdgeKind.EDGE_ORIGIN)).toEqual([]);
  });
});
