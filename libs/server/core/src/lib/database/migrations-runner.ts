import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, MigrationClass } from './data-source-options';

async function withDataSource<T>(
  config: AppConfig,
  migrations: MigrationClass[],
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(config, migrations));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Runs pending migrations, each in its own transaction; returns the names applied. */
export function runMigrations(config: AppConfig, migrations: MigrationClass[]): Promise<string[]> {
  return withDataSource(config, migrations, async (ds) =>
    (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name),
  );
}

export function hasPendingMigrations(config: AppConfig, migrations: MigrationClass[]): Promise<boolean> {
  return withDataSource(config, migrations, (ds) => ds.showMigrations());
}
