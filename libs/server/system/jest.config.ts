export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-system',
  rootDir: __dirname,
};
