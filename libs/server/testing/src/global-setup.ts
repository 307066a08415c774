import { randomBytes } from 'node:crypto';
import {
  adminQuery,
  assertServicesReachable,
  DEFAULT_DATABASE_URL,
  DEFAULT_REDIS_URL,
  serverCollation,
} from './test-services';

/**
 * Each integration run gets its own database and Redis key prefix, so runs never share state
 * and can run beside a developer's own data. Test workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  const baseUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  const redisUrl = process.env['REDIS_URL'] ?? DEFAULT_REDIS_URL;
  await assertServicesReachable(baseUrl, redisUrl);

  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `thidua_test_${runId}`;
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  const collation = await serverCollation(baseUrl);
  await adminQuery(baseUrl, `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE ${collation}`);

  process.env['NODE_ENV'] = 'test';
  process.env['DATABASE_URL'] = url.toString();
  process.env['REDIS_URL'] = redisUrl;
  process.env['QUEUE_PREFIX'] = `test_${runId}`;
  process.env['LOG_LEVEL'] = process.env['TEST_LOG_LEVEL'] ?? 'silent';
}
