export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-core',
  rootDir: __dirname,
};
