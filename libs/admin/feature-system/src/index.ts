export * from './lib/system.routes';
export * from './lib/data/system-status.api';
export * from './lib/data/relative-time';
export * from './lib/status-page/system-status.page';
export * from './lib/queue-check/queue-check';
