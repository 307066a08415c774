export * from './lib/ping.job';
export * from './lib/system.modules';
