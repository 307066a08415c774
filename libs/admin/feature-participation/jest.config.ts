export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-participation',
  rootDir: __dirname,
};
