export default {
  ...require('../../.config/jest.node.js'),
  displayName: 'api',
  rootDir: __dirname,
};
