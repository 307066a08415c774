// Jest settings for integration tests that talk to the real MariaDB and Redis.
// Global setup creates a fresh database and Redis prefix for the run; teardown removes them.
const node = require('./jest.node.js');

module.exports = {
  ...node,
  testMatch: ['<rootDir>/src/**/*.integration.ts', '<rootDir>/test/**/*.integration.ts'],
  globalSetup: require.resolve('../libs/server/testing/src/global-setup.ts'),
  globalTeardown: require.resolve('../libs/server/testing/src/global-teardown.ts'),
  testTimeout: 30000,
};
