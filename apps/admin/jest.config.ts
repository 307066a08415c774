export default {
  ...require('../../.config/jest.angular.js'),
  displayName: 'admin',
  rootDir: __dirname,
};
