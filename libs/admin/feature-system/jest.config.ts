export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-system',
  rootDir: __dirname,
};
