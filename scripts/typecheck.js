#!/usr/bin/env node
// `npm run typecheck` (and the first step of `npm test`): type-checks the library, the tests and
// the examples with tsc, but only when something tsc reads changed since the last clean check.
//
// A full check parses the provider declarations and costs ~20 s of CPU on the 2-core machine; on an
// unchanged tree this script answers from a stamp in ~0.1 s. The stamp is a hash of every source,
// test and example file plus the tsconfigs and the lock file (scripts/build.js sourceHash), written
// only after tsc passed, so a type error always fails again until it is fixed. `--force` always checks.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { sourceHash, INPUTS, FILES } = require('./build.js');

const ROOT = path.resolve(__dirname, '..');
const CHECKED = [...INPUTS, 'test', 'examples'];
const CONFIGS = [...FILES, 'tsconfig.test.json'];

const stampOf = (root) => path.join(root, 'dist', '.typecheck-hash');
const hashOf = (root) => sourceHash(root, CHECKED, CONFIGS);

/** True when the last passing check saw exactly the files in the checkout now. */
function isUpToDate(root = ROOT) {
  const stamp = stampOf(root);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hashOf(root);
}

function main(argv, root = ROOT) {
  if (!argv.includes('--force') && isUpToDate(root)) return 0;
  const stamp = stampOf(root);
  if (fs.existsSync(stamp)) fs.rmSync(stamp);
  const before = hashOf(root);
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.test.json')], { stdio: 'inherit' });
  if (r.status !== 0) return r.status ?? 1;
  // A file edited while tsc ran was not necessarily checked: stamp only what tsc saw.
  if (hashOf(root) === before) {
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, `${before}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { isUpToDate, main, hashOf };
