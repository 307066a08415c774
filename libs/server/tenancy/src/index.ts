export * from './lib/tenant.entity';
export * from './lib/dto/tenant.dto';
export * from './lib/tenants.service';
export * from './lib/tenancy.modules';
export * from './lib/migrations/1795300000000-tenant';
