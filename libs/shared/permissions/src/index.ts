export * from './lib/vocabulary';
export * from './lib/default-roles';
export * from './lib/ability';
