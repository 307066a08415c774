import { DataSource, QueryFailedError } from 'typeorm';

interface PromisePool {
  query(sql: string, params: unknown[]): Promise<[unknown, unknown]>;
}

const pools = new WeakMap<DataSource, PromisePool | null>();

function poolOf(source: DataSource): PromisePool | null {
  let pool = pools.get(source);
  if (pool === undefined) {
    // mysql2's own pool, which TypeORM's MySQL driver opens (absent with replication's pool cluster).
    const core = (source.driver as { pool?: { promise?: () => PromisePool } }).pool;
    pool = core?.promise ? core.promise() : null;
    pools.set(source, pool);
  }
  return pool;
}

/**
 * A read outside any transaction, sent through the driver's pool. TypeORM's `query()` opens a
 * query runner per statement, and its mysql2 connection resolves a module per call: on hot reads
 * of a few small rows that costs more than the read. Logged and failing as TypeORM does.
 */
export async function pooledQuery<Row>(source: DataSource, sql: string, params: unknown[]): Promise<Row[]> {
  const pool = poolOf(source);
  if (!pool) return source.query(sql, params);
  source.logger.logQuery(sql, params);
  try {
    const [rows] = await pool.query(sql, params);
    return rows as Row[];
  } catch (error) {
    source.logger.logQueryError(error as Error, sql, params);
    throw new QueryFailedError(sql, params, error as Error);
  }
}
