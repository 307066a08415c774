export * from './lib/scoring.routes';
export * from './lib/data/scoring.api';
export * from './lib/ui/scorecard-status-chip';
export * from './lib/ranking/scorecard-table';
