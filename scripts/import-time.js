#!/usr/bin/env node
// Cold import time of each entry point: a fresh `node -e "require(entry)"` per run, median of N
// runs, wall time and the process's CPU time (user + system). Run after `npm run build`; the
// package resolves its own name through the exports map (self-reference), as an installed copy does.
'use strict';
const { spawnSync } = require('child_process');
const ENTRIES = ['scaling-blueprints', 'scaling-blueprints/core', 'scaling-blueprints/aws', 'scaling-blueprints/azure'];
const RUNS = Number(process.argv[2] ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const probe = 'const t=process.hrtime.bigint();require(process.argv[1]);const u=process.cpuUsage();' +
  'console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,cpu:(u.user+u.system)/1e3}))';
console.log('| entry point | require (median wall) | CPU time | whole process |');
console.log('|---|---|---|---|');
for (const entry of ENTRIES) {
  const req = [], cpu = [], whole = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', probe, entry], { cwd: __dirname, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${entry}: ${r.stderr}`);
    whole.push(Number(process.hrtime.bigint() - t) / 1e6);
    const m = JSON.parse(r.stdout);
    req.push(m.ms);
    cpu.push(m.cpu);
  }
  console.log(`| \`${entry}\` | ${median(req).toFixed(0)} ms | ${median(cpu).toFixed(0)} ms | ${median(whole).toFixed(0)} ms |`);
}
