export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-dashboard',
  rootDir: __dirname,
};
