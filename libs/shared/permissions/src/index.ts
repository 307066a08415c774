export * from './lib/vocabulary';
export * from './lib/default-roles';
export * from './lib/ability';
export * from './lib/row-scope';
export * from './lib/role-narrowing';
