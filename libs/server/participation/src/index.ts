export * from './lib/participation.modules';
export * from './lib/migrations/1795300001300-participation';
export * from './lib/registrations/registrations.service';
export * from './lib/reports/reports.service';
export * from './lib/dashboard/plan-dashboard.service';
export * from './lib/entities/registration.entity';
export * from './lib/entities/phase-report.entity';
