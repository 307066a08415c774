export * from './lib/criteria.routes';
export * from './lib/data/criteria.api';
