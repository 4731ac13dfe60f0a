/** The app's component tests: src/ under jsdom, with Taro replaced by small stubs (stubs/). */
const path = require('node:path');

module.exports = {
  displayName: 'app',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/app'],
  testMatch: ['**/*.test.ts?(x)'],
  testEnvironment: 'jsdom',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/app/tsconfig.json' }] },
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/app/stubs/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/app/stubs/components.tsx',
    '\\.(scss|css)$': '<rootDir>/test/app/stubs/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  setupFiles: ['<rootDir>/test/app/setup.ts'],
  clearMocks: true,
};
