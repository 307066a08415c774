import Redis from 'ioredis';
import { adminQuery } from './test-services';

/** Drops the run's database and every Redis key under its prefix. */
export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'];
  const prefix = process.env['QUEUE_PREFIX'];
  if (databaseUrl && new URL(databaseUrl).pathname.startsWith('/thidua_test_')) {
    await adminQuery(databaseUrl, `DROP DATABASE IF EXISTS \`${new URL(databaseUrl).pathname.slice(1)}\``);
  }
  if (prefix?.startsWith('test_') && process.env['REDIS_URL']) {
    const redis = new Redis(process.env['REDIS_URL']);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
