// Shared ESLint flat config for Angular projects (apps/admin, libs/admin/*):
// the base rules plus angular-eslint's TypeScript, template and accessibility rules.
import angular from 'angular-eslint';
import { defineConfig } from 'eslint/config';
import base from './eslint.base.mjs';

/** @param {{ prefix: string }} options component/directive selector prefix, e.g. `td` */
export function angularConfig({ prefix }) {
  return defineConfig([
    ...base,
    {
      files: ['**/*.ts'],
      extends: [...angular.configs.tsRecommended],
      processor: angular.processInlineTemplates,
      rules: {
        '@angular-eslint/component-selector': ['error', { type: 'element', prefix, style: 'kebab-case' }],
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix, style: 'camelCase' }],
        '@angular-eslint/prefer-on-push-component-change-detection': 'error',
        '@angular-eslint/prefer-signals': 'error',
      },
    },
    {
      files: ['**/*.html'],
      extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
      rules: {
        '@angular-eslint/template/prefer-control-flow': 'error',
      },
    },
  ]);
}
