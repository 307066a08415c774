export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'shared-plan-document',
  rootDir: __dirname,
};
