export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-plans',
  rootDir: __dirname,
};
