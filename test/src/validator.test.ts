import * as fs from 'fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, OUTPUT } = require('../../scripts/gen-validator.js');

describe('precompiled workload validator', () => {
  test('schema/workload.validator.js is up to date with the schema (run `npm run gen:validator`)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8') === generate()).toBe(true);
  });
});
