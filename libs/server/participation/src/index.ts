export * from './lib/participation.modules';
export * from './lib/migrations/1795300001300-participation';
export * from './lib/registrations/registrations.service';
export * from './lib/reports/reports.service';
