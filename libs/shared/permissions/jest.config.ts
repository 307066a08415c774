export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'shared-permissions',
  rootDir: __dirname,
};
