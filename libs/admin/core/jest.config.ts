export default {
  ...require('../../../.config/jest.angular.js'),
  displayName: 'admin-core',
  rootDir: __dirname,
};
