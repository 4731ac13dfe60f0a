/**
 * One suite, several projects: the server's integration tests on SQLite always and on MySQL/MariaDB
 * when TEST_MYSQL_URL is set (the same files), the app's component tests, and the end-to-end tests.
 */
const serverProject = (displayName, setupFiles = []) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/server'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/server/tsconfig.json' }] },
  globalSetup: '<rootDir>/test/server/global-setup.ts',
  setupFiles,
});

module.exports = {
  // A global setting (ignored inside a project): two-process and browser tests need more than 5 s.
  testTimeout: 120000,
  projects: [
    serverProject('server:sqlite'),
    ...(process.env.TEST_MYSQL_URL ? [serverProject('server:mysql', ['<rootDir>/test/server/setup-mysql.ts'])] : []),
    ...['app', 'e2e', 'weapp'].map((p) => `<rootDir>/test/${p}/jest.config.js`).filter((p) => require('node:fs').existsSync(p.replace('<rootDir>', __dirname))),
  ],
};
