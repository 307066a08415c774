export * from './lib/auth.routes';
export * from './lib/sign-in/sign-in.page';
export * from './lib/sign-in/login.validator';
export * from './lib/layout/auth-layout';
export * from './lib/password/password-policy';
export * from './lib/password/password.api';
export * from './lib/forgot-password/forgot-password.page';
export * from './lib/set-password/set-password.page';
