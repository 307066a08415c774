export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-org',
  rootDir: __dirname,
};
