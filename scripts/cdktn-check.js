#!/usr/bin/env node
// `npm run check:cdktn`: proves the library runs on CDK Terrain (cdktn), the API-identical fork of
// cdktf, as the README's "Using cdktn" recipe installs it.
//
// 1. Packs this repo (`npm pack`; dist/ reused when it is already a clean build).
// 2. Synthesizes the six default stacks here, with the pinned cdktf and providers (the reference).
// 3. Creates a fresh project in a temp folder that depends on the tarball with the README's
//    `overrides` (cdktf -> cdktn, @cdktf/provider-* -> @cdktn/provider-*) and installs it from the
//    npm registry. Nothing is installed into this repo: `npm ci` here is unchanged.
// 4. Type-checks the README examples (examples/*.ts) against the installed cdktn declarations
//    (strict, skipLibCheck false), then synthesizes the six stacks with the installed package's CLI
//    (dist/src/main.js: the workload validation, the provider rules and the policy pack run as in
//    `npm run synth`).
// 5. Compares every file of every stack: JSON key for key after `normaliseStackFile` (the
//    differences cdktn is expected to make, listed in EXPECTED_DIFFERENCES), other files byte for byte.
//
// Exit 0 when everything matches, 1 on any difference or failure, and 0 with a SKIPPED line when
// the npm registry cannot be reached (CI without network). `--keep` keeps the temp folder.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/** What the README's "Using cdktn" recipe installs (tested versions). */
const CDKTN = {
  cdktn: '0.24.0',
  providerAws: '25.7.0', // AWS provider 6.66.0
  providerAzurerm: '16.1.0', // azurerm 4.73.0
  // cdktn 0.24.0 declares constructs ">=10.6.0 <10.8.0" as its peer; the repo pins 10.4.3 for cdktf.
  constructs: '10.7.2',
};

/** The user's package.json `overrides`, exactly as the README shows them. */
const OVERRIDES = {
  cdktf: `npm:cdktn@${CDKTN.cdktn}`,
  cdktn: CDKTN.cdktn,
  '@cdktf/provider-aws': `npm:@cdktn/provider-aws@${CDKTN.providerAws}`,
  '@cdktf/provider-azurerm': `npm:@cdktn/provider-azurerm@${CDKTN.providerAzurerm}`,
};

/** The dependencies and overrides of a user's package.json (README, "Using cdktn"), with `spec` for the library. */
function userPackageJson(spec) {
  return {
    dependencies: {
      'scaling-blueprints': spec,
      cdktf: OVERRIDES.cdktf,
      constructs: CDKTN.constructs,
      '@cdktf/provider-aws': OVERRIDES['@cdktf/provider-aws'],
      '@cdktf/provider-azurerm': OVERRIDES['@cdktf/provider-azurerm'],
    },
    overrides: OVERRIDES,
  };
}

/** The differences between a cdktf and a cdktn synth that the check accepts; anything else fails. */
const EXPECTED_DIFFERENCES = [
  'the cdktf/cdktn version in each stack\'s "//".metadata.version and in manifest.json',
  'terraform.required_providers.<name>.version (the providers each package was generated from)',
  'terraform.required_providers.<name>.source when both name the same registry address ("aws" = "hashicorp/aws" = "registry.terraform.io/hashicorp/aws")',
  'with a provider that has azurerm_managed_redis_access_policy_assignment: each Managed Redis access-policy ARM template deployment becomes that resource (same logical id, managed_redis_id = the cluster id, object_id = the template\'s objectId), and references to it follow',
];

const VERSION_PLACEHOLDER = '<version>';
const TEMPLATE_TYPE = 'azurerm_resource_group_template_deployment';
const NATIVE_TYPE = 'azurerm_managed_redis_access_policy_assignment';
const ACCESS_POLICY_ARM_TYPE = 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments';

/** A provider source as Terraform reads it: "aws" and "hashicorp/aws" are registry.terraform.io/hashicorp/aws. */
function canonicalSource(source) {
  if (typeof source !== 'string') return source;
  const parts = source.split('/');
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${source}`;
  if (parts.length === 2) return `registry.terraform.io/${source}`;
  return source;
}

/**
 * The native resource a Managed Redis access-policy template deployment stands for, or undefined when
 * the deployment is something else or its parameters do not have the shape AzureCache writes.
 */
function nativeAssignmentOf(deployment) {
  if (!deployment || typeof deployment.template_content !== 'string' || typeof deployment.parameters_content !== 'string') return undefined;
  let template;
  try {
    template = JSON.parse(deployment.template_content);
  } catch {
    return undefined;
  }
  const resources = Array.isArray(template.resources) ? template.resources : [];
  if (resources.length !== 1 || resources[0].type !== ACCESS_POLICY_ARM_TYPE) return undefined;
  const cluster = /"clusterName" = \{"value" = (azurerm_managed_redis\.[A-Za-z0-9_]+)\.name\}/.exec(deployment.parameters_content);
  const objectId = /"objectId" = \{"value" = ([^{}]+?)\}/.exec(deployment.parameters_content);
  if (!cluster || !objectId) return undefined;
  const native = {};
  if (deployment['//'] !== undefined) native['//'] = deployment['//'];
  native.managed_redis_id = `\${${cluster[1]}.id}`;
  native.object_id = /^"[^"]*"$/.test(objectId[1]) ? JSON.parse(objectId[1]) : `\${${objectId[1]}}`;
  return native;
}

/**
 * One stack's file (`file` is its name: cdk.tf.json, wiring.json, …) as the comparison sees it.
 * `opts.nativeRedisAssignment`: the doc is the cdktf side and the cdktn side's provider has the
 * native access-policy resource, so the template deployments are rewritten to it. Returns a copy.
 */
function normaliseStackFile(file, doc, opts = {}) {
  let out = JSON.parse(JSON.stringify(doc));
  if (file === 'cdk.tf.json' && out && typeof out === 'object') {
    if (out['//'] && out['//'].metadata && 'version' in out['//'].metadata) out['//'].metadata.version = VERSION_PLACEHOLDER;
    const providers = out.terraform && out.terraform.required_providers;
    for (const p of Object.values(providers || {})) {
      if (p && typeof p === 'object') {
        if ('version' in p) p.version = VERSION_PLACEHOLDER;
        if ('source' in p) p.source = canonicalSource(p.source);
      }
    }
  }
  if (opts.nativeRedisAssignment) out = withNativeRedisAssignments(file, out, opts.renamed);
  return out;
}

/**
 * Rewrites the access-policy template deployments of a cdk.tf.json to the native resource and
 * records their logical ids in `renamed` (a Set); every file then has its references to those
 * deployments pointed at the native resource. Call it on cdk.tf.json before the stack's other files.
 */
function withNativeRedisAssignments(file, doc, renamed = new Set()) {
  if (file === 'cdk.tf.json' && doc.resource && doc.resource[TEMPLATE_TYPE]) {
    for (const [id, deployment] of Object.entries(doc.resource[TEMPLATE_TYPE])) {
      const native = nativeAssignmentOf(deployment);
      if (!native) continue;
      delete doc.resource[TEMPLATE_TYPE][id];
      doc.resource[NATIVE_TYPE] = { ...(doc.resource[NATIVE_TYPE] || {}), [id]: native };
      renamed.add(id);
    }
    if (Object.keys(doc.resource[TEMPLATE_TYPE]).length === 0) delete doc.resource[TEMPLATE_TYPE];
  }
  if (renamed.size === 0) return doc;
  let text = JSON.stringify(doc);
  for (const id of renamed) text = text.split(`${TEMPLATE_TYPE}.${id}.`).join(`${NATIVE_TYPE}.${id}.`);
  return JSON.parse(text);
}

/** Every difference between two JSON values, as `path: a -> b` lines (object key order ignored). */
function jsonDifferences(a, b, at = '', out = []) {
  if (a === b) return out;
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    out.push(`${at || '/'}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
    return out;
  }
  if (Array.isArray(a) && a.length !== b.length) {
    out.push(`${at || '/'}: array of ${a.length} -> array of ${b.length}`);
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort()) {
    const p = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!(k in a)) out.push(`${p}: (absent) -> ${JSON.stringify(b[k])}`);
    else if (!(k in b)) out.push(`${p}: ${JSON.stringify(a[k])} -> (absent)`);
    else jsonDifferences(a[k], b[k], p, out);
  }
  return out;
}

/** Every file below `dir`, relative, sorted, with `/` separators. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Compares a cdktf synth output folder with a cdktn one: the same stacks, the same files per stack,
 * JSON equal after normalisation, other files byte-identical. Returns `{ differences, notes }`:
 * `differences` fail the check; `notes` say which expected differences were seen.
 */
function compareOutputs(cdktfOut, cdktnOut, opts = {}) {
  const differences = [];
  const notes = [];
  const stacksOf = (out) => (fs.existsSync(path.join(out, 'stacks')) ? fs.readdirSync(path.join(out, 'stacks')).sort() : []);
  const [a, b] = [stacksOf(cdktfOut), stacksOf(cdktnOut)];
  if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`stacks: ${a.join(', ')} -> ${b.join(', ')}`);
  if (a.length === 0) differences.push(`no stacks in ${cdktfOut}`);
  for (const file of ['manifest.json']) {
    const [x, y] = [path.join(cdktfOut, file), path.join(cdktnOut, file)];
    if (!fs.existsSync(x) || !fs.existsSync(y)) {
      if (fs.existsSync(x) !== fs.existsSync(y)) differences.push(`${file}: present on one side only`);
      continue;
    }
    const norm = (f) => ({ ...JSON.parse(fs.readFileSync(f, 'utf8')), version: VERSION_PLACEHOLDER });
    for (const d of jsonDifferences(norm(x), norm(y))) differences.push(`${file} ${d}`);
  }
  for (const id of a.filter((s) => b.includes(s))) {
    const [da, db] = [path.join(cdktfOut, 'stacks', id), path.join(cdktnOut, 'stacks', id)];
    const [fa, fb] = [filesUnder(da), filesUnder(db)];
    for (const f of fa.filter((x) => !fb.includes(x))) differences.push(`${id}/${f}: only in the cdktf output`);
    for (const f of fb.filter((x) => !fa.includes(x))) differences.push(`${id}/${f}: only in the cdktn output`);
    const renamed = new Set();
    // cdk.tf.json first: it decides which deployments are renamed in the stack's other files.
    const common = fa.filter((x) => fb.includes(x)).sort((x, y) => (x === 'cdk.tf.json' ? -1 : y === 'cdk.tf.json' ? 1 : 0));
    for (const f of common) {
      const [x, y] = [path.join(da, f), path.join(db, f)];
      if (!f.endsWith('.json')) {
        if (sha256(x) !== sha256(y)) differences.push(`${id}/${f}: the bytes differ`);
        continue;
      }
      const [ja, jb] = [JSON.parse(fs.readFileSync(x, 'utf8')), JSON.parse(fs.readFileSync(y, 'utf8'))];
      const before = renamed.size;
      const na = normaliseStackFile(f, ja, { nativeRedisAssignment: opts.nativeRedisAssignment, renamed });
      const nb = normaliseStackFile(f, jb);
      for (const d of jsonDifferences(na, nb)) differences.push(`${id}/${f} ${d}`);
      if (f === 'cdk.tf.json') {
        const va = (ja['//'] && ja['//'].metadata && ja['//'].metadata.version) || '?';
        const vb = (jb['//'] && jb['//'].metadata && jb['//'].metadata.version) || '?';
        const pa = (ja.terraform && ja.terraform.required_providers) || {};
        const pb = (jb.terraform && jb.terraform.required_providers) || {};
        const providers = Object.keys(pa).map((n) => `${n} ${pa[n].source}@${pa[n].version} -> ${(pb[n] || {}).source}@${(pb[n] || {}).version}`);
        notes.push(`${id}: cdktf ${va} -> ${vb}; ${providers.join('; ')}${renamed.size > before ? `; ${renamed.size - before} access-policy template deployment(s) -> ${NATIVE_TYPE}` : ''}`);
      }
    }
  }
  return { differences, notes };
}

// ── the job ──────────────────────────────────────────────────────────────────────────────────

/** npm as `npm run` runs it (npm_execpath), else from PATH. */
function npmCommand() {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? [process.execPath, [cli]] : ['npm', []];
}

function run(cmd, args, cwd, timeoutMs = 15 * 60_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { ok: r.status === 0 && !r.error, status: r.status, stdout: r.stdout || '', stderr: r.stderr || '', error: r.error };
}
function npm(args, cwd, timeoutMs) {
  const [cmd, pre] = npmCommand();
  return run(cmd, [...pre, ...args], cwd, timeoutMs);
}

/** Network errors npm reports when the registry cannot be reached (not a missing package). */
const UNREACHABLE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ESOCKETTIMEDOUT|ERR_SOCKET_TIMEOUT|network|getaddrinfo|proxy)\b/i;

/** undefined when the registry answers for cdktn; else why it is unreachable. Throws on other errors (a missing version). */
function registryProblem() {
  const r = npm(['view', `cdktn@${CDKTN.cdktn}`, 'version', '--json', '--fetch-retries=1', '--fetch-timeout=20000'], os.tmpdir(), 90_000);
  if (r.ok && r.stdout.includes(CDKTN.cdktn)) return undefined;
  const text = `${r.stderr}\n${r.stdout}\n${r.error ? r.error.message : ''}`;
  if (r.error && r.error.code === 'ETIMEDOUT') return 'npm view timed out';
  if (UNREACHABLE.test(text)) return (text.split('\n').find((l) => UNREACHABLE.test(l)) || 'network error').trim();
  throw new Error(`npm view cdktn@${CDKTN.cdktn} failed (not a network error):\n${text.trim()}`);
}

/** True when dist/ is what `prepack` would build (as test/package/artifact.test.ts decides). */
function distIsCleanBuild() {
  const build = require('./build.js');
  if (!build.isUpToDate(ROOT)) return false;
  return filesUnder(path.join(ROOT, 'dist')).every((f) => {
    if (f === '.build-hash' || f === '.tsbuildinfo' || f === '.typecheck-hash') return true;
    const stem = f.replace(/\.(d\.ts|js|js\.map|d\.ts\.map)$/, '');
    return fs.existsSync(path.join(ROOT, `${stem}.ts`)) || fs.existsSync(path.join(ROOT, `${stem}.js`)) || fs.existsSync(path.join(ROOT, f));
  });
}

function main(argv) {
  const keep = argv.includes('--keep');
  const started = Date.now();
  const timings = {};
  const timed = (name, f) => {
    const t = Date.now();
    try {
      return f();
    } finally {
      timings[name] = Math.round((Date.now() - t) / 100) / 10;
    }
  };
  const log = (line) => process.stdout.write(`cdktn-check: ${line}\n`);
  const fail = (line, detail) => {
    process.stderr.write(`cdktn-check: FAILED: ${line}\n${detail ? `${detail.trim()}\n` : ''}`);
    return 1;
  };

  let problem;
  try {
    problem = timed('registry', registryProblem);
  } catch (err) {
    return fail(err.message);
  }
  if (problem) {
    log(`SKIPPED: the npm registry is unreachable (${problem}); cdktn was not checked.`);
    return 0;
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-cdktn-'));
  try {
    // The reference: this repo's build, with the pinned cdktf and providers.
    const b = timed('build', () => run(process.execPath, [path.join(ROOT, 'scripts/build.js')], ROOT));
    if (!b.ok) return fail('the build failed', b.stdout + b.stderr);
    const reuse = distIsCleanBuild();
    const pack = timed(reuse ? 'npm pack (dist reused)' : 'npm pack (clean build)', () => npm(['pack', '--json', '--pack-destination', work, ...(reuse ? ['--ignore-scripts'] : [])], ROOT));
    if (!pack.ok) return fail('npm pack failed', pack.stderr);
    const tarball = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')))[0].filename;
    const cdktfOut = path.join(work, 'cdktf-out');
    const ref = timed('synth with cdktf', () => run(process.execPath, [path.join(ROOT, 'dist/src/main.js'), '--out', cdktfOut, '--quiet'], ROOT));
    if (!ref.ok) return fail('the cdktf synth of this repo failed', ref.stdout + ref.stderr);

    // The user's project: the tarball, cdktn under the cdktf names (README, "Using cdktn").
    const project = path.join(work, 'cdktn-app');
    fs.mkdirSync(project);
    const pkg = { name: 'cdktn-app', version: '1.0.0', private: true, ...userPackageJson(`file:../${tarball}`) };
    fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const install = timed('npm install (cdktn)', () => npm(['install', '--no-audit', '--no-fund'], project, 30 * 60_000));
    if (!install.ok) {
      const unreachable = `${install.stderr}`.split('\n').find((l) => UNREACHABLE.test(l));
      if (unreachable) {
        log(`SKIPPED: the npm registry became unreachable during the install (${unreachable.trim()}); cdktn was not checked.`);
        return 0;
      }
      return fail('npm install of the cdktn project failed', install.stderr);
    }
    const engine = install.stderr.split('\n').filter((l) => /EBADENGINE|required: |current: /.test(l));
    if (engine.length) log(`npm engine warnings (the check runs on Node ${process.version}):\n  ${engine.map((l) => l.trim()).join('\n  ')}`);
    const ls = timed('npm ls', () => npm(['ls', '--all'], project));
    if (!ls.ok) return fail('npm ls: the installed tree does not satisfy its declared ranges', ls.stdout + ls.stderr);

    const installed = (name) => JSON.parse(fs.readFileSync(path.join(project, 'node_modules', name, 'package.json'), 'utf8'));
    const got = { cdktf: installed('cdktf'), cdktn: installed('cdktn'), aws: installed('@cdktf/provider-aws'), azurerm: installed('@cdktf/provider-azurerm') };
    const expected = [
      ['cdktf', got.cdktf, 'cdktn', CDKTN.cdktn],
      ['cdktn', got.cdktn, 'cdktn', CDKTN.cdktn],
      ['@cdktf/provider-aws', got.aws, '@cdktn/provider-aws', CDKTN.providerAws],
      ['@cdktf/provider-azurerm', got.azurerm, '@cdktn/provider-azurerm', CDKTN.providerAzurerm],
    ];
    for (const [as, p, name, version] of expected) {
      if (p.name !== name || p.version !== version) return fail(`node_modules/${as} is ${p.name}@${p.version}, expected ${name}@${version}`);
    }
    log(`installed: cdktf -> ${got.cdktf.name}@${got.cdktf.version}, @cdktf/provider-aws -> ${got.aws.name}@${got.aws.version}, @cdktf/provider-azurerm -> ${got.azurerm.name}@${got.azurerm.version}, constructs ${installed('constructs').version}`);
    const nativeRedisAssignment = fs.existsSync(path.join(project, 'node_modules/@cdktf/provider-azurerm/lib/managed-redis-access-policy-assignment/index.js'));

    // The README snippets, compiled against the cdktn declarations (both copies are in the program).
    const examples = ['embed.ts', 'blueprint.ts', 'kit-stack.ts'];
    for (const f of examples) fs.copyFileSync(path.join(ROOT, 'examples', f), path.join(project, f));
    const tsconfig = { compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], strict: true, skipLibCheck: false, noEmit: true, types: [] }, include: examples };
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const tsc = timed('tsc README examples (cdktn types)', () => run(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(project, 'tsconfig.json')], project));
    if (!tsc.ok) return fail('the README examples do not type-check against the cdktn declarations', tsc.stdout + tsc.stderr);

    const cdktnOut = path.join(work, 'cdktn-out');
    const synth = timed('synth with cdktn (policy pack on)', () => run(process.execPath, [path.join(project, 'node_modules/scaling-blueprints/dist/src/main.js'), '--out', cdktnOut, '--quiet'], project));
    if (!synth.ok) return fail('the synth with cdktn failed (workload, provider rules or policy pack)', synth.stdout + synth.stderr);
    log(synth.stdout.trim());
    for (const l of synth.stderr.split('\n').filter((x) => x.startsWith('policy:'))) log(`cdktn ${l}`);

    const { differences, notes } = timed('compare', () => compareOutputs(cdktfOut, cdktnOut, { nativeRedisAssignment }));
    for (const n of notes) log(`expected difference: ${n}`);
    if (differences.length > 0) {
      const shown = differences.slice(0, 60);
      return fail(`${differences.length} difference(s) between the cdktf and the cdktn output beyond the expected ones:`, `${shown.map((d) => `  - ${d}`).join('\n')}${differences.length > shown.length ? `\n  … and ${differences.length - shown.length} more` : ''}\n(expected and ignored: ${EXPECTED_DIFFERENCES.join('; ')})`);
    }
    log(`OK: the six stacks synthesized with cdktn ${CDKTN.cdktn} match the cdktf synth, file for file.`);
    return 0;
  } finally {
    if (keep) log(`kept ${work}`);
    else timed('remove the temp folder', () => fs.rmSync(work, { recursive: true, force: true }));
    log(`timings (s): ${JSON.stringify(timings)}, total ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { CDKTN, OVERRIDES, userPackageJson, EXPECTED_DIFFERENCES, canonicalSource, nativeAssignmentOf, normaliseStackFile, jsonDifferences, compareOutputs, registryProblem, main };
