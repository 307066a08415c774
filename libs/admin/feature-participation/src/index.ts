export * from './lib/participation.routes';
export * from './lib/data/participation.api';
