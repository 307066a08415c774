export * from './lib/national-days';
export * from './lib/anniversaries';
