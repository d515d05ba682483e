// A Jest reporter: after a run, writes each test file's wall time to .bench/jest-timings.json
// (slowest first), which `npm run bench` prints as the ten slowest suites. A run filtered to some
// paths writes .bench/jest-timings-partial.json instead, so it never hides the last full run.
'use strict';
const fs = require('fs');
const path = require('path');

class TimingsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.partial = Boolean(globalConfig.testPathPattern) || Boolean(globalConfig.testNamePattern) || globalConfig.onlyChanged;
  }

  onRunComplete(_contexts, results) {
    const suites = results.testResults
      .map((r) => ({ file: path.relative(this.rootDir, r.testFilePath), ms: r.perfStats.end - r.perfStats.start, tests: r.numPassingTests + r.numFailingTests }))
      .sort((a, b) => b.ms - a.ms || (a.file < b.file ? -1 : 1));
    const file = path.join(this.rootDir, '.bench', this.partial ? 'jest-timings-partial.json' : 'jest-timings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const wallMs = Date.now() - results.startTime;
    fs.writeFileSync(file, `${JSON.stringify({ suites: suites.length, tests: results.numTotalTests, wallMs, measuredAt: new Date().toISOString(), slowest: suites }, null, 2)}\n`);
  }
}

module.exports = TimingsReporter;
