import base from '../../../.config/eslint.base.mjs';

// The tenancy layer itself: the only library code that may touch TypeORM repositories directly.
export default [...base, { files: ['**/*.ts'], rules: { 'no-restricted-imports': 'off' } }];
