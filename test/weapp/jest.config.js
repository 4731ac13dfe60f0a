/**
 * The weapp build (dist/weapp, rebuilt when stale) rendered by WeChat's simulator
 * (miniprogram-simulate: the official WXML compiler and component framework) against the real server.
 */
const path = require('node:path');

module.exports = {
  displayName: 'weapp',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/weapp'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: '<rootDir>/test/weapp/environment.js',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/weapp/tsconfig.json' }] },
  globalSetup: '<rootDir>/test/weapp/global-setup.ts',
  testTimeout: 120000,
};
