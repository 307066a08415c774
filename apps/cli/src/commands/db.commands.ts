import {
  AppConfig,
  runMigrations,
  loadAppConfig,
  parseDatabaseUrl,
  vietnameseCollation,
} from '@thidua/server/core';
import { ALL_MIGRATIONS } from '@thidua/server/schema';
import { createConnection } from 'mysql2/promise';
import { print } from './context';

/** Creates the database named in DATABASE_URL, with the Vietnamese collation, if it is missing. */
export async function dbCreate(config: AppConfig = loadAppConfig()): Promise<void> {
  const { database, ...server } = parseDatabaseUrl(config.DATABASE_URL);
  const connection = await createConnection({ ...server, connectTimeout: 5000 });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = (rows as Array<{ version: string }>)[0].version;
    const collation = vietnameseCollation(version);
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE ${collation}`,
    );
    print(`Database ${database} ready on ${version} (collation ${collation}).`);
  } finally {
    await connection.end();
  }
}

/** Runs every pending migration, each in its own transaction. */
export async function migrate(config: AppConfig = loadAppConfig()): Promise<void> {
  const applied = await runMigrations(config, ALL_MIGRATIONS);
  print(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : 'Schema is up to date.',
  );
}
