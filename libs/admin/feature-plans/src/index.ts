export * from './lib/plans.routes';
export * from './lib/data/plans.api';
export * from './lib/data/movements.api';
export * from './lib/preview/plan-document';
