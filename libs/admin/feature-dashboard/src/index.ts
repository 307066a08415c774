export * from './lib/dashboard.routes';
export * from './lib/home/home.page';
