export default {
  ...require('../../../.config/jest.integration.js'),
  displayName: 'server-core:integration',
  rootDir: __dirname,
};
