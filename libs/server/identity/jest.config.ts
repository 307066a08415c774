export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-identity',
  rootDir: __dirname,
};
