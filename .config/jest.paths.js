// Maps the tsconfig.base.json path aliases for Jest, so there is one list of aliases.
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');
const root = path.resolve(__dirname, '..');
module.exports = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
    path.join(root, target),
  ]),
);
