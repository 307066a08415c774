export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-org',
  rootDir: __dirname,
};
