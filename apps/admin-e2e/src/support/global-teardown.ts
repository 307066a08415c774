import Redis from 'ioredis';
import { createConnection } from 'mysql2/promise';

/** Drops the run's database and Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const dbUrl = new URL(process.env['E2E_DATABASE_URL'] ?? '');
  const database = dbUrl.pathname.slice(1);
  if (database.startsWith('thidua_e2e_')) {
    dbUrl.pathname = '/';
    const connection = await createConnection(dbUrl.toString());
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.end();
  }
  const prefix = process.env['E2E_QUEUE_PREFIX'];
  if (prefix?.startsWith('e2e_')) {
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}
