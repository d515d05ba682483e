/** Tests run through @swc/jest: type-checking is `npm run build` / `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleNameMapper: { '^scaling-blueprints$': '<rootDir>/src/index.ts', '^scaling-blueprints/(core|aws|azure)$': '<rootDir>/constructs/$1/index.ts' },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // scripts/jest-timings.js: per-file times for `npm run bench` (the ten slowest suites).
  reporters: ['default', '<rootDir>/scripts/jest-timings.js'],
};
