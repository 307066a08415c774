export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-users',
  rootDir: __dirname,
};
