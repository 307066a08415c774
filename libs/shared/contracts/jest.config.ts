export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'shared-contracts',
  rootDir: __dirname,
};
