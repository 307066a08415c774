export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-testing',
  rootDir: __dirname,
};
