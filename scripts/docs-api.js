#!/usr/bin/env node
// `npm run docs:api`: regenerates docs/api with typedoc (typedoc.json), then writes
// docs/api.stamp.json: a hash of everything typedoc reads from this repo (sources, tsconfig,
// typedoc.json, the lock file, so typedoc's own version too) and a hash of the files it wrote.
// test/package/api-docs.test.ts accepts docs/api without re-running typedoc (about 30-50 s) only
// when both hashes match the checkout: then the committed files are exactly what typedoc made from
// these sources. Otherwise the test regenerates and compares file by file, as before.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { sourceHash } = require('./build.js');

const ROOT = path.resolve(__dirname, '..');
const OUT = 'docs/api';
const STAMP = 'docs/api.stamp.json';
const INPUTS = ['src', 'constructs', 'stacks', 'schema'];
const FILES = ['tsconfig.json', 'typedoc.json', 'package.json', 'package-lock.json'];

const inputsHash = (root = ROOT) => sourceHash(root, INPUTS, FILES);

/** A hash of every file under `dir`, with its relative path, in a stable order. */
function treeHash(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(`${path.relative(dir, f).split(path.sep).join('/')}\0`).update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** True when docs/api is what typedoc wrote from the sources in the checkout now. */
function isFresh(root = ROOT) {
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(stamp)) return false;
  const s = JSON.parse(fs.readFileSync(stamp, 'utf8'));
  return s.inputs === inputsHash(root) && s.output === treeHash(path.join(root, OUT));
}

function main(argv, root = ROOT) {
  const before = inputsHash(root);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typedoc/bin/typedoc'), ...argv], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) return r.status ?? 1;
  if (inputsHash(root) === before) {
    fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify({ inputs: before, output: treeHash(path.join(root, OUT)) }, null, 2)}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { inputsHash, treeHash, isFresh, main, STAMP };
