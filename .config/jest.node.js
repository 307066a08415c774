// Shared Jest settings for Node projects (server libs, api, worker, cli).
// Each project's jest.config.ts spreads this and sets displayName and rootDir.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: require('./jest.paths.js'),
};
