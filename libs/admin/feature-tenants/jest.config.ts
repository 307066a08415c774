export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-tenants',
  rootDir: __dirname,
};
