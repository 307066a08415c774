export * from './lib/tenants.routes';
export * from './lib/data/tenants.api';
export * from './lib/tenants-page/tenants.page';
export * from './lib/tenant-dialog/tenant-dialog';
