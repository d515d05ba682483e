import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { addStacks } from '../../src/app';
import { shop, shopWith } from '../helpers';
import { defaultStackDoc } from '../default-synth';

function doc(id: string, loaded?: ReturnType<typeof shop>): any {
  if (loaded === undefined) return defaultStackDoc(id);
  const app = Testing.app();
  const [stack] = addStacks(app, loaded, [id]);
  // The full synth keeps each resource's "//" block, where suppressions live.
  const outdir = Testing.fullSynth(stack);
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
}

const suppressionsOf = (r: any): string[] => (r['//']?.suppressions ?? []).map((s: any) => s.id);

describe('secure defaults that span blueprints', () => {
  test('every AWS log group in the stack region is KMS-encrypted by the Monitoring key', () => {
    const groups = Object.values<any>(doc('refactor-aws').resource.aws_cloudwatch_log_group);
    const regional = groups.filter((g) => g.region === undefined);
    expect(regional.length).toBeGreaterThan(5);
    for (const g of regional) expect(g.kms_key_id).toMatch(/\$\{aws_kms_key\.\w+\.arn\}/);
  });

  test('every Azure data store has a CanNotDelete lock of its own', () => {
    const d = doc('refactor-azure');
    const locks = Object.values<any>(d.resource.azurerm_management_lock);
    for (const type of ['azurerm_managed_redis', 'azurerm_postgresql_flexible_server', 'azurerm_servicebus_namespace', 'azurerm_storage_account']) {
      for (const id of Object.keys(d.resource[type])) {
        expect([type, id, locks.some((l) => l.lock_level === 'CanNotDelete' && String(l.scope).includes(`${type}.${id}.id`))]).toEqual([type, id, true]);
      }
    }
  });

  test('Log Analytics workspaces take Entra ID only', () => {
    for (const w of Object.values<any>(doc('refactor-azure').resource.azurerm_log_analytics_workspace)) expect(w.local_authentication_enabled).toBe(false);
  });

  test('without certificates, the HTTP listener and the default edge certificate carry suppressions with reasons', () => {
    const d = doc('refactor-aws');
    const http = Object.values<any>(d.resource.aws_lb_listener).find((l) => l.protocol === 'HTTP');
    expect(suppressionsOf(http)).toContain('BP-AWS-ELB-1');
    expect(suppressionsOf(Object.values<any>(d.resource.aws_cloudfront_distribution)[0])).toContain('BP-AWS-CDN-4');
  });

  test('with the edge certificate: TLS 1.2+ at the edge for the domain names, no suppressions on the distribution', () => {
    const loaded = shopWith((w) => {
      w.tls = { awsEdgeCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/def', domainNames: ['shop.example.com'] };
    });
    const d = doc('refactor-aws', loaded);
    const cdn = Object.values<any>(d.resource.aws_cloudfront_distribution)[0];
    expect(cdn.viewer_certificate).toMatchObject({ acm_certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/def', minimum_protocol_version: 'TLSv1.2_2021' });
    expect(cdn.aliases).toEqual(['shop.example.com']);
    expect(suppressionsOf(cdn)).toEqual([]);
  });

  test('behind the edge the load balancer is its private origin: HTTP on 80 only, even with a certificate', () => {
    const loaded = shopWith((w) => (w.tls = { awsCertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc' }));
    const d = doc('refactor-aws', loaded);
    expect(Object.values<any>(d.resource.aws_lb_listener).map((l) => [l.protocol, l.port])).toEqual([['HTTP', 80]]);
    expect(Object.values<any>(d.resource.aws_lb)[0].internal).toBe(true);
  });

  test('with the edge off and the load balancer certificate: HTTPS with HTTP redirected', () => {
    const loaded = shopWith((w) => {
      w.edge.enabled = false;
      w.tls = { awsCertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc' };
    });
    const d = doc('refactor-aws', loaded);
    const listeners = Object.values<any>(d.resource.aws_lb_listener);
    expect(listeners.find((l) => l.protocol === 'HTTPS')).toMatchObject({ certificate_arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
    expect(listeners.find((l) => l.protocol === 'HTTP').default_action[0].type).toBe('redirect');
    expect(Object.values<any>(d.resource.aws_lb)[0].internal).toBe(false);
  });

  test('with the edge off and an Azure certificate, the Application Gateway listens on HTTPS', () => {
    const loaded = shopWith((w) => {
      w.edge.enabled = false;
      w.tls = { azureCertificateSecretId: 'https://kv-shop.vault.azure.net/secrets/shop-tls' };
    });
    const gw = Object.values<any>(doc('rehost-azure', loaded).resource.azurerm_application_gateway)[0];
    expect(gw.ssl_certificate[0].key_vault_secret_id).toBe('https://kv-shop.vault.azure.net/secrets/shop-tls');
    expect(gw.http_listener.map((l: any) => l.protocol).sort()).toEqual(['Http', 'Https']);
  });
});
