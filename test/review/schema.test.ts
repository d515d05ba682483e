import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { addStacks } from '../../src/app';
import { readSynthOutput } from '../../src/review/model';
import { PROVIDER_PACKAGES, cacheFile, providerSchema } from '../../src/review/schema/derive';
import { SchemaIssueKind, closest, validateOutput, validateResource } from '../../src/review/schema/validate';
import { shop } from '../helpers';
import { resource } from './fixtures';

// The first derivation parses the 131 MB + 88 MB assemblies (a few seconds); later runs read the cache.
jest.setTimeout(60_000);

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function synthToDir(build: (app: App) => void): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-schema-'));
  made.push(outdir);
  const app = new App({ outdir, stackTraces: false });
  build(app);
  app.synth();
  return outdir;
}

describe('derived schema', () => {
  test.each(PROVIDER_PACKAGES)('%s is cached under node_modules/.cache keyed by its version', (pkg) => {
    const schema = providerSchema(pkg);
    const version = JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
    expect(schema.version).toBe(version);
    const file = cacheFile(pkg, version);
    expect(file).toMatch(new RegExp(`node_modules/\\.cache/scaling-blueprints/schema-cdktf-provider-(aws|azurerm)@${version.replace(/\./g, '\\.')}\\.json$`));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe(version);
  });

  test('holds Terraform names, required flags, primitive types and block limits', () => {
    const aws = providerSchema('@cdktf/provider-aws');
    const lt = aws.blocks[aws.resources.aws_launch_template];
    expect(lt.a.instance_type).toEqual(['string', 0]);
    expect(lt.a.vpc_security_group_ids).toEqual(['list<string>', 0]);
    expect(lt.a.tags).toEqual(['map<string>', 0]);
    expect(lt.b.metadata_options).toEqual([expect.any(String), 0, 1]);
    expect(lt.b.block_device_mappings).toEqual([expect.any(String), 0, 0]);
    const rg = aws.blocks[aws.resources.aws_elasticache_replication_group];
    expect(rg.a.replication_group_id).toEqual(['string', 1]);
    expect(rg.a.transit_encryption_enabled).toEqual(['boolean', 0]);
    expect(aws.dataSources.aws_availability_zones).toBeDefined();
    const az = providerSchema('@cdktf/provider-azurerm');
    expect(az.blocks[az.resources.azurerm_managed_redis].a.sku_name).toEqual(['string', 1]);
  });
});

describe('validation', () => {
  test('a typo override is caught with the resource address and the argument name', () => {
    const dir = synthToDir((app) => {
      const s = new TerraformStack(app, 'typo');
      new AwsProvider(s, 'aws', { region: 'eu-west-1' });
      const lt = new LaunchTemplate(s, 'Web', { instanceType: 't3.micro' });
      lt.addOverride('instance_typo', 't3.small');
    });
    const issues = validateOutput(readSynthOutput(dir));
    expect(issues).toEqual([
      expect.objectContaining({ kind: SchemaIssueKind.UNKNOWN_ARGUMENT, stack: 'typo', address: 'aws_launch_template.Web', path: 'typo/Web', argument: 'instance_typo' }),
    ]);
    expect(issues[0].message).toBe("unknown argument 'instance_typo'; did you mean 'instance_type'?");
  });

  test('a misspelled argument inside a nested block is caught with its dotted path', () => {
    const issues = validateResource(resource('aws_launch_template', { metadata_options: { http_tokns: 'required' } }));
    expect(issues.map((i) => [i.argument, i.message])).toEqual([['metadata_options.http_tokns', "unknown argument 'metadata_options.http_tokns'; did you mean 'metadata_options.http_tokens'?"]]);
  });

  test('a removed argument is reported without a suggestion when nothing is close', () => {
    const issues = validateResource(resource('aws_launch_template', { elastic_gpu_specifications_legacy_thing: [] }));
    expect(issues[0]).toMatchObject({ kind: SchemaIssueKind.UNKNOWN_ARGUMENT, message: expect.stringMatching(/removed or misspelled/) });
  });

  test('a missing required argument is caught', () => {
    const issues = validateResource(resource('aws_elasticache_replication_group', { description: 'sessions' }));
    expect(issues.map((i) => [i.kind, i.argument])).toEqual([[SchemaIssueKind.MISSING_ARGUMENT, 'replication_group_id']]);
  });

  test('a wrong primitive type is caught; tokens pass for any type', () => {
    const bad = validateResource(resource('aws_elasticache_replication_group', { description: 'd', replication_group_id: 'r', num_cache_clusters: 'three', transit_encryption_enabled: 'yes', security_group_ids: 'sg-1' }));
    expect(bad.map((i) => [i.kind, i.argument])).toEqual([
      [SchemaIssueKind.WRONG_TYPE, 'num_cache_clusters'],
      [SchemaIssueKind.WRONG_TYPE, 'security_group_ids'],
      [SchemaIssueKind.WRONG_TYPE, 'transit_encryption_enabled'],
    ]);
    const ok = validateResource(resource('aws_elasticache_replication_group', { description: 'd', replication_group_id: 'r', num_cache_clusters: '${var.n}', transit_encryption_enabled: true, security_group_ids: ['${aws_security_group.s.id}'] }));
    expect(ok).toEqual([]);
  });

  test('too many nested blocks are caught', () => {
    const issues = validateResource(resource('aws_launch_template', { metadata_options: [{ http_tokens: 'required' }, { http_tokens: 'optional' }] }));
    expect(issues.map((i) => [i.kind, i.message])).toEqual([[SchemaIssueKind.TOO_MANY_BLOCKS, "'metadata_options' allows at most 1 block(s), got 2"]]);
  });

  test('an unknown resource type is caught with the closest type', () => {
    const issues = validateResource(resource('aws_launch_templat', {}));
    expect(issues[0]).toMatchObject({ kind: SchemaIssueKind.UNKNOWN_TYPE, message: expect.stringMatching(/did you mean 'aws_launch_template'/) });
  });

  test('Azure resources are validated too', () => {
    const dir = synthToDir((app) => {
      const s = new TerraformStack(app, 'az');
      new AzurermProvider(s, 'azurerm', { features: [{}] });
      const st = new StorageAccount(s, 'Store', { name: 'stshop', resourceGroupName: 'rg', location: 'westeurope', accountTier: 'Standard', accountReplicationType: 'ZRS' });
      st.addOverride('min_tls_verison', 'TLS1_2');
    });
    expect(validateOutput(readSynthOutput(dir)).map((i) => [i.address, i.argument])).toEqual([['azurerm_storage_account.Store', 'min_tls_verison']]);
  });

  test('the six default stacks validate clean', () => {
    const dir = synthToDir((app) => addStacks(app, shop()));
    const out = readSynthOutput(dir);
    expect(out.stacks).toHaveLength(6);
    expect(validateOutput(out)).toEqual([]);
  });

  test('closest suggests only near names', () => {
    expect(closest('instnce_type', ['instance_type', 'image_id'])).toBe('instance_type');
    expect(closest('zzzz', ['instance_type', 'image_id'])).toBeUndefined();
  });
});
