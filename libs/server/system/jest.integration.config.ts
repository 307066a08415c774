export default {
  ...require('../../../.config/jest.integration.js'),
  displayName: 'server-system:integration',
  rootDir: __dirname,
};
