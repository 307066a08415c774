// Shared Jest settings for Angular projects (apps/admin, libs/admin/*): jest-preset-angular in
// CommonJS mode, jsdom, zoneless TestBed. Each project's jest.config.ts spreads this and sets
// displayName and rootDir.
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: [path.join(__dirname, 'jest.angular.setup.js')],
  moduleNameMapper: require('./jest.paths.js'),
  // Angular and @jsverse ship ES modules only; let Jest transform them.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/|@angular/common/locales/.*\\.js$))'],
};
