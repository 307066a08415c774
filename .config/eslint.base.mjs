// Shared ESLint flat config: each project's eslint.config.mjs spreads this.
import nx from '@nx/eslint-plugin';

export const moduleBoundaries = {
  '@nx/enforce-module-boundaries': [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
        { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        {
          sourceTag: 'scope:server',
          onlyDependOnLibsWithTags: ['scope:server', 'scope:shared', 'scope:plugin-sdk'],
        },
        { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:admin', 'scope:shared'] },
        { sourceTag: 'scope:plugin-sdk', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:plugin', onlyDependOnLibsWithTags: ['scope:plugin-sdk', 'scope:shared'] },
      ],
    },
  ],
};

/**
 * Tenant data is reached only through the tenant-scoped repository layer: raw repositories,
 * DataSource, EntityManager and query builders are allowed only in the tenancy layer itself
 * (libs/server/core, libs/server/tenancy turn this off), in migrations and in tests.
 */
export const tenantScopedDataOnly = {
  files: ['**/*.ts'],
  ignores: ['**/migrations/**', 'test/**', '**/*.spec.ts', '**/*.integration.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'typeorm',
            // Query builder types may be named (TenantRepository.query returns one); creating one needs these.
            importNames: ['DataSource', 'Repository', 'EntityManager', 'getRepository'],
            message:
              'Reach tenant data through TenantRepository (@InjectTenantRepository), never a raw TypeORM repository or DataSource.',
          },
          {
            name: '@nestjs/typeorm',
            importNames: [
              'InjectRepository',
              'InjectDataSource',
              'InjectEntityManager',
              'getRepositoryToken',
            ],
            message:
              'Reach tenant data through TenantRepository (@InjectTenantRepository), never a raw TypeORM repository or DataSource.',
          },
        ],
      },
    ],
  },
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/out-tsc', '**/jest.config.ts', '**/jest.*.config.ts'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    ignores: ['eslint.config.mjs', '*.config.ts', '*.config.js'],
    rules: {
      ...moduleBoundaries,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  tenantScopedDataOnly,
  {
    files: ['**/*.spec.ts', '**/*.integration.ts', '**/*.e2e.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
