export * from './lib/i18n/locale';
export * from './lib/errors/api-error';
export * from './lib/errors/error-messages';
export * from './lib/system/system.contracts';
export * from './lib/auth/auth.contracts';
export * from './lib/common/page';
export * from './lib/org/org.contracts';
export * from './lib/users/users.contracts';
