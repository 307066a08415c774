export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-auth',
  rootDir: __dirname,
};
