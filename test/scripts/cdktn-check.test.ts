/**
 * The comparison of scripts/cdktn-check.js (npm run check:cdktn): what it accepts as the expected
 * difference between a cdktf and a cdktn synth, and that everything else fails. The job itself
 * (install from the registry, synth) runs in CI after `npm test` (.ci/run), not here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require('../../scripts/cdktn-check.js') as {
  OVERRIDES: Record<string, string>;
  userPackageJson(spec: string): { dependencies: Record<string, string>; overrides: Record<string, string> };
  canonicalSource(s: string): string;
  normaliseStackFile(file: string, doc: unknown, opts?: { nativeRedisAssignment?: boolean; renamed?: Set<string> }): any;
  jsonDifferences(a: unknown, b: unknown): string[];
  compareOutputs(a: string, b: string, opts?: { nativeRedisAssignment?: boolean }): { differences: string[]; notes: string[] };
};

const TEMPLATE = JSON.stringify({ resources: [{ type: 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments', apiVersion: '2025-04-01', properties: { accessPolicyName: 'default' } }] });
const META = { '//': { metadata: { path: 's/Cache/AccessPolicyWeb', uniqueId: 'Cache_AccessPolicyWeb_1234ABCD' } } };

/** A cdk.tf.json as cdktf (pinned) writes it: provider `aws`, a Managed Redis access policy as a template deployment. */
function cdktfDoc(): any {
  return {
    '//': { metadata: { version: '0.21.0', stackName: 's' }, wiring: [{ kind: 'app->cache', pieces: { accessPolicyAssignment: '${azurerm_resource_group_template_deployment.Cache_AccessPolicyWeb_1234ABCD.id}' } }] },
    terraform: { required_providers: { aws: { source: 'aws', version: '6.25.0' }, azurerm: { source: 'azurerm', version: '4.55.0' } } },
    resource: {
      aws_s3_bucket: { Bucket: { bucket: 'b' } },
      azurerm_resource_group_template_deployment: {
        Cache_AccessPolicyWeb_1234ABCD: {
          ...META,
          name: 'web-cache-access',
          deployment_mode: 'Incremental',
          template_content: TEMPLATE,
          parameters_content: '${jsonencode({"clusterName" = {"value" = azurerm_managed_redis.Cache_18F6EE16.name}, "objectId" = {"value" = azurerm_linux_web_app.Web_EB816A7D.identity[0].principal_id}, "assignmentName" = {"value" = "Web"}})}',
          tags: { project: 'shop' },
        },
        Other: { name: 'other', template_content: '{"resources":[{"type":"Microsoft.Web/sites"}]}', parameters_content: '{}' },
      },
    },
  };
}

/** The same stack as cdktn writes it with @cdktn/provider-azurerm 16.1.0 (the native resource). */
function cdktnDoc(): any {
  const d = cdktfDoc();
  d['//'].metadata.version = '0.24.0';
  d['//'].wiring[0].pieces.accessPolicyAssignment = '${azurerm_managed_redis_access_policy_assignment.Cache_AccessPolicyWeb_1234ABCD.id}';
  d.terraform.required_providers = { aws: { source: 'hashicorp/aws', version: '6.66.0' }, azurerm: { source: 'azurerm', version: '4.73.0' } };
  delete d.resource.azurerm_resource_group_template_deployment.Cache_AccessPolicyWeb_1234ABCD;
  d.resource.azurerm_managed_redis_access_policy_assignment = {
    Cache_AccessPolicyWeb_1234ABCD: { ...META, managed_redis_id: '${azurerm_managed_redis.Cache_18F6EE16.id}', object_id: '${azurerm_linux_web_app.Web_EB816A7D.identity[0].principal_id}' },
  };
  return d;
}

/** Two synth output folders with one stack each; `edit` changes the cdktn side. */
function outputs(edit: (files: Record<string, any>) => void = () => undefined, cdktn = cdktnDoc()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-cdktn-check-'));
  const write = (out: string, files: Record<string, any>, version: string) => {
    fs.mkdirSync(path.join(dir, out, 'stacks/s/assets/A'), { recursive: true });
    fs.writeFileSync(path.join(dir, out, 'manifest.json'), JSON.stringify({ version, stacks: { s: {} } }));
    for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(dir, out, 'stacks/s', f), typeof v === 'string' ? v : JSON.stringify(v));
  };
  const wiring = (d: any) => d['//'].wiring;
  write('cdktf', { 'cdk.tf.json': cdktfDoc(), 'wiring.json': wiring(cdktfDoc()), 'cost.json': { monthlyMinUsd: 1 }, 'assets/A/archive.zip': 'zip-bytes' }, '0.21.0');
  const files: Record<string, any> = { 'cdk.tf.json': cdktn, 'wiring.json': wiring(cdktn), 'cost.json': { monthlyMinUsd: 1 }, 'assets/A/archive.zip': 'zip-bytes' };
  edit(files);
  write('cdktn', files, '0.24.0');
  return { cdktf: path.join(dir, 'cdktf'), cdktn: path.join(dir, 'cdktn'), dir };
}

function compare(edit?: (files: Record<string, any>) => void, opts = { nativeRedisAssignment: true }, cdktn?: any) {
  const o = outputs(edit, cdktn);
  try {
    return check.compareOutputs(o.cdktf, o.cdktn, opts);
  } finally {
    fs.rmSync(o.dir, { recursive: true, force: true });
  }
}

describe('the README overrides', () => {
  test('alias cdktf and both providers to their cdktn builds, and pin the providers\' own cdktn peer', () => {
    expect(check.OVERRIDES).toEqual({
      cdktf: 'npm:cdktn@0.24.0',
      cdktn: '0.24.0',
      '@cdktf/provider-aws': 'npm:@cdktn/provider-aws@25.7.0',
      '@cdktf/provider-azurerm': 'npm:@cdktn/provider-azurerm@16.1.0',
    });
  });

  test('the README shows exactly the package.json the check installs (the library from the registry instead of the tarball)', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const block = /## Using cdktn[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual(check.userPackageJson(`^${JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version}`));
  });
});

describe('normalisation', () => {
  test('provider sources compare as registry addresses: "aws" is hashicorp/aws, other namespaces stay', () => {
    expect(check.canonicalSource('aws')).toBe('registry.terraform.io/hashicorp/aws');
    expect(check.canonicalSource('hashicorp/aws')).toBe('registry.terraform.io/hashicorp/aws');
    expect(check.canonicalSource('registry.terraform.io/hashicorp/aws')).toBe('registry.terraform.io/hashicorp/aws');
    expect(check.canonicalSource('someone/aws')).not.toBe(check.canonicalSource('aws'));
  });

  test('cdk.tf.json: the cdktf version and the provider versions are masked, everything else is kept', () => {
    const n = check.normaliseStackFile('cdk.tf.json', cdktfDoc());
    expect(n['//'].metadata).toEqual({ version: '<version>', stackName: 's' });
    expect(n.terraform.required_providers).toEqual({ aws: { source: 'registry.terraform.io/hashicorp/aws', version: '<version>' }, azurerm: { source: 'registry.terraform.io/hashicorp/azurerm', version: '<version>' } });
    expect(n.resource).toEqual(cdktfDoc().resource);
  });

  test('only cdk.tf.json is normalised: a version field in another file is compared as it is', () => {
    expect(check.normaliseStackFile('cost.json', { version: '1' })).toEqual({ version: '1' });
  });

  test('the access-policy template deployment becomes the native resource, its references follow, other deployments stay', () => {
    const renamed = new Set<string>();
    const n = check.normaliseStackFile('cdk.tf.json', cdktfDoc(), { nativeRedisAssignment: true, renamed });
    expect(n.resource.azurerm_managed_redis_access_policy_assignment).toEqual(cdktnDoc().resource.azurerm_managed_redis_access_policy_assignment);
    expect(Object.keys(n.resource.azurerm_resource_group_template_deployment)).toEqual(['Other']);
    expect(n['//'].wiring[0].pieces.accessPolicyAssignment).toBe('${azurerm_managed_redis_access_policy_assignment.Cache_AccessPolicyWeb_1234ABCD.id}');
    expect([...renamed]).toEqual(['Cache_AccessPolicyWeb_1234ABCD']);
  });
});

describe('compareOutputs', () => {
  test('a cdktn output that differs only in versions, sources and the native assignment matches, with notes', () => {
    const r = compare();
    expect(r.differences).toEqual([]);
    expect(r.notes).toEqual(['s: cdktf 0.21.0 -> 0.24.0; aws aws@6.25.0 -> hashicorp/aws@6.66.0; azurerm azurerm@4.55.0 -> azurerm@4.73.0; 1 access-policy template deployment(s) -> azurerm_managed_redis_access_policy_assignment']);
  });

  test('a changed resource argument is a difference, with its JSON path', () => {
    const r = compare((f) => (f['cdk.tf.json'].resource.aws_s3_bucket.Bucket.bucket = 'c'));
    expect(r.differences).toEqual(['s/cdk.tf.json /resource/aws_s3_bucket/Bucket/bucket: "b" -> "c"']);
  });

  test('a different wiring edge is a difference (wiring.json compared too)', () => {
    const r = compare((f) => (f['wiring.json'] = [{ kind: 'app->cache', from: 'x' }]));
    expect(r.differences.length).toBeGreaterThan(0);
    expect(r.differences.every((d) => d.startsWith('s/wiring.json '))).toBe(true);
  });

  test('a provider from another namespace is a difference', () => {
    const r = compare((f) => (f['cdk.tf.json'].terraform.required_providers.aws.source = 'someone/aws'));
    expect(r.differences).toEqual(['s/cdk.tf.json /terraform/required_providers/aws/source: "registry.terraform.io/hashicorp/aws" -> "registry.terraform.io/someone/aws"']);
  });

  test('a native assignment for another identity is a difference', () => {
    const r = compare((f) => (f['cdk.tf.json'].resource.azurerm_managed_redis_access_policy_assignment.Cache_AccessPolicyWeb_1234ABCD.object_id = '00000000-0000-0000-0000-000000000000'));
    expect(r.differences).toEqual([expect.stringMatching(/^s\/cdk\.tf\.json \/resource\/azurerm_managed_redis_access_policy_assignment\/Cache_AccessPolicyWeb_1234ABCD\/object_id: /)]);
  });

  test('without the native class on the cdktn side, the swap is not accepted: the template deployment must stay', () => {
    expect(compare(undefined, { nativeRedisAssignment: false }).differences.length).toBeGreaterThan(0);
    const same = cdktfDoc();
    same['//'].metadata.version = '0.24.0';
    expect(compare(undefined, { nativeRedisAssignment: false }, same).differences).toEqual([]);
  });

  test('a file on one side only and different asset bytes are differences', () => {
    const r = compare((f) => {
      delete f['cost.json'];
      f['assets/A/archive.zip'] = 'other-bytes';
    });
    expect(r.differences.sort()).toEqual(['s/assets/A/archive.zip: the bytes differ', 's/cost.json: only in the cdktf output']);
  });
});
