#!/usr/bin/env node
// `npm run build`: compiles the library with tsc, but only when a source changed.
//
// A full `tsc` costs ~5 s of CPU even with --incremental (it parses every file, the provider
// declarations included), which made every `npm run synth` take 15 s. This script hashes what the
// compiler reads from this repo (sources, tsconfig, the lock file) and skips tsc when the hash
// matches the last successful build. A changed tree is compiled, type-checked, by incremental tsc,
// so a type error still fails `npm run synth` with tsc's own message. `--force` always compiles.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const INPUTS = ['src', 'constructs', 'stacks', 'schema'];
const FILES = ['tsconfig.json', 'package.json', 'package-lock.json'];

function walk(dir, out) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (/\.(ts|js|json)$/.test(e.name)) out.push(full);
  }
}

/** A hash of every file the build reads from a checkout (or of the given folders and files), with its path. */
function sourceHash(root = ROOT, inputs = INPUTS, extraFiles = FILES) {
  const files = [];
  for (const d of inputs) walk(path.join(root, d), files);
  for (const f of extraFiles) if (fs.existsSync(path.join(root, f))) files.push(path.join(root, f));
  const h = crypto.createHash('sha256');
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

const stampOf = (root) => path.join(root, 'dist', '.build-hash');

/** True when dist/ was built from exactly the sources in the checkout now. */
function isUpToDate(root = ROOT) {
  const stamp = stampOf(root);
  return fs.existsSync(stamp) && fs.existsSync(path.join(root, 'dist', 'src', 'main.js')) && fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

function main(argv, root = ROOT) {
  if (!argv.includes('--force') && isUpToDate(root)) return 0;
  const out = path.join(root, 'dist');
  const stamp = stampOf(root);
  const buildInfo = path.join(out, '.tsbuildinfo');
  if (fs.existsSync(stamp)) fs.rmSync(stamp);
  // Incremental tsc trusts its build info: without the entry point it would not emit it again.
  if (!fs.existsSync(path.join(out, 'src', 'main.js')) && fs.existsSync(buildInfo)) fs.rmSync(buildInfo);
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json'), '--incremental', '--tsBuildInfoFile', buildInfo], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('error: the build failed (tsc, above); nothing was synthesized.\n');
    return r.status ?? 1;
  }
  fs.writeFileSync(stamp, `${sourceHash(root)}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { sourceHash, isUpToDate, main, INPUTS, FILES };
