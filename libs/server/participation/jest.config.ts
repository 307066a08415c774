export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-participation',
  rootDir: __dirname,
};
