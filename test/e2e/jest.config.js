/** End-to-end: the H5 build against the real server on a fresh database, in headless Chromium. */
const path = require('node:path');

module.exports = {
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/e2e/tsconfig.json' }] },
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  // Each file starts a server (migrations, demo data) and a browser before its first test.
  testTimeout: 120000,
};
