export * from './lib/errors';
export * from './lib/parse-plan';
export * from './lib/extract';
export { type MovementOption, NATIONAL_MOVEMENT_OPTIONS } from './lib/movements';
