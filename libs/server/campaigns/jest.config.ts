export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'server-campaigns',
  rootDir: __dirname,
};
