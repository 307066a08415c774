export default {
  ...require('../../../.config/jest.integration.js'),
  displayName: 'server-tenancy:integration',
  rootDir: __dirname,
};
