export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-ui',
  rootDir: __dirname,
};
