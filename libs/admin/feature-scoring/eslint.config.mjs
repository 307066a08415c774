import { angularConfig } from '../../../.config/eslint.angular.mjs';

export default angularConfig({ prefix: 'td' });
