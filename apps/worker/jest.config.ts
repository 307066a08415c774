export default {
  ...require('../../.config/jest.node.js'),
  displayName: 'worker',
  rootDir: __dirname,
};
