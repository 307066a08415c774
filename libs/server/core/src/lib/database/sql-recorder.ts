import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AbstractLogger, DataSource, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** A statement as the driver received it. */
export type RecordedSql = [sql: string, parameters: unknown[]];

class RecordingLogger extends AbstractLogger {
  readonly statements: RecordedSql[] = [];

  override logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements.push([query, parameters ?? []]);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Only the statements are kept.
  }
}

/**
 * Runs `task` and returns the SQL statements it sent, as sent: benchmarks replay exactly these
 * through a bare driver to measure what the application adds. Statements of anything else
 * running at the same time are recorded too, so record one task alone.
 */
export async function recordSql<T>(
  app: INestApplicationContext,
  task: () => Promise<T>,
): Promise<{ result: T; statements: RecordedSql[] }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const previous = dataSource.logger;
  const recorder = new RecordingLogger();
  Object.assign(dataSource, { logger: recorder });
  try {
    return { result: await task(), statements: recorder.statements };
  } finally {
    Object.assign(dataSource, { logger: previous });
  }
}
