export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-tenancy',
  rootDir: __dirname,
};
