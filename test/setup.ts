// The cdktf jest matchers' types (toHaveResource, toHaveResourceWithProperties).
import type {} from 'cdktf/lib/testing/adapters/jest';
import * as fs from 'fs';
import { Testing } from 'cdktf';
import { skipTokenStackTraces } from '../src/private/token-stack-traces';

// cdktf's jest matchers (toHaveResourceWithProperties, …).
Testing.setupJest();

// As the synth CLI does: no stack trace per cdktf token (src/private/token-stack-traces.ts); test
// failures keep their (source-mapped) stacks.
skipTokenStackTraces();

// Testing.app() leaves a cdktf.outdir.* folder in the temp dir on every call: remove each one this
// test file made once the file is done.
const made: string[] = [];
const original = Testing.app.bind(Testing);
Testing.app = ((options?: Parameters<typeof Testing.app>[0]) => {
  const app = original({ stackTraces: false, ...options });
  made.push(app.outdir);
  return app;
}) as typeof Testing.app;

// Testing.fullSynth writes into a fresh cdktf.outdir.* folder of its own and returns it: the same.
const originalFullSynth = Testing.fullSynth.bind(Testing);
Testing.fullSynth = ((stack: Parameters<typeof Testing.fullSynth>[0]) => {
  const outdir = originalFullSynth(stack);
  made.push(outdir);
  return outdir;
}) as typeof Testing.fullSynth;

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
