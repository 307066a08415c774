export default {
  ...require('../../../.config/jest.integration.js'),
  displayName: 'server-identity:integration',
  rootDir: __dirname,
};
