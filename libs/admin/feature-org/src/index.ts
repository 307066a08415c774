export * from './lib/org.routes';
export * from './lib/data/org.api';
export * from './lib/data/unit-types';
export * from './lib/data/import-template';
export * from './lib/picker/org-unit-picker';
export * from './lib/org-page/org.page';
