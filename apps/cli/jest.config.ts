export default {
  ...require('../../.config/jest.node.js'),
  displayName: 'cli',
  rootDir: __dirname,
};
