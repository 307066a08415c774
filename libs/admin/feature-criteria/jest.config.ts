export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-feature-criteria',
  rootDir: __dirname,
};
