export default {
  ...require('../../.config/jest.integration.js'),
  displayName: 'api:integration',
  rootDir: __dirname,
};
