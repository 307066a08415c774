export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-scoring',
  rootDir: __dirname,
};
