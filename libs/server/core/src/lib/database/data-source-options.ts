import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { parseDatabaseUrl } from './database-url';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationClass = Function;

/**
 * One place that turns AppConfig into TypeORM options, used by the API, the worker, the CLI
 * and the tests. Schema changes come only from migrations.
 */
export function dataSourceOptions(config: AppConfig, migrations: MigrationClass[] = []): DataSourceOptions {
  const db = parseDatabaseUrl(config.DATABASE_URL);
  return {
    type: 'mysql',
    host: db.host,
    port: db.port,
    username: db.user,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4',
    timezone: 'Z',
    dateStrings: ['DATE'],
    connectTimeout: 3000,
    poolSize: 10,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    logging: ['error'],
    extra: { enableKeepAlive: true },
  };
}
