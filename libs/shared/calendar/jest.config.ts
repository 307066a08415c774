export default {
  ...require('../../../.config/jest.node.js'),
  displayName: 'shared-calendar',
  rootDir: __dirname,
};
