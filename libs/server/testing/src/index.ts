export * from './lib/toggle-proxy';
export * from './lib/wait-for';
export { assertServicesReachable } from './test-services';
