import { INestApplication } from '@nestjs/common';
import { heartbeatKey, loadAppConfig } from '@thidua/server/core';
import { ToggleProxy, waitFor } from '@thidua/server/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { startApi } from './api-harness';

/**
 * MySQL and Redis reach the API through proxies that the test cuts and restores, as if the
 * services stopped and came back; the shared servers are never touched.
 */
describe('/ready while services come and go', () => {
  const config = loadAppConfig();
  const dbUrl = new URL(config.DATABASE_URL);
  const redisUrl = new URL(config.REDIS_URL);
  const dbProxy = new ToggleProxy(dbUrl.hostname, Number(dbUrl.port || 3306));
  const redisProxy = new ToggleProxy(redisUrl.hostname, Number(redisUrl.port || 6379));
  const direct = new Redis(config.REDIS_URL);
  const saved = { ...process.env };
  let api: INestApplication;
  let heartbeat: NodeJS.Timeout;

  const ready = async () => {
    const res = await request(api.getHttpServer()).get('/ready');
    return { code: res.status, details: res.body.details as Record<string, { status: string }> };
  };

  beforeAll(async () => {
    const viaDb = new URL(config.DATABASE_URL);
    viaDb.port = String(await dbProxy.start());
    const viaRedis = new URL(config.REDIS_URL);
    viaRedis.port = String(await redisProxy.start());
    process.env['DATABASE_URL'] = viaDb.toString();
    process.env['REDIS_URL'] = viaRedis.toString();
    // Stands in for a worker: the heartbeat goes straight to Redis, not through the proxy.
    const beat = () => direct.zadd(heartbeatKey(config.QUEUE_PREFIX), Date.now(), 'outage-test-worker');
    await beat();
    heartbeat = setInterval(() => void beat(), 2_000);
    api = await startApi();
    await waitFor(ready, (r) => r.code === 200, { what: '/ready to be green' });
  });

  afterAll(async () => {
    clearInterval(heartbeat);
    await api?.close();
    await dbProxy.cut();
    await redisProxy.cut();
    direct.disconnect();
    process.env = saved;
  });

  it('reports MySQL down within 5 s and recovers without a restart', async () => {
    await dbProxy.cut();
    const down = await waitFor(ready, (r) => r.code === 503 && r.details.database.status === 'down', {
      what: 'database down',
    });
    expect(down.elapsedMs).toBeLessThan(5_000);
    expect(down.value.details.redis.status).toBe('up');

    await dbProxy.restore();
    await waitFor(ready, (r) => r.code === 200, { timeoutMs: 15_000, what: 'recovery after MySQL returns' });
  });

  it('reports Redis down within 5 s and recovers without a restart', async () => {
    await redisProxy.cut();
    const down = await waitFor(ready, (r) => r.code === 503 && r.details.redis.status === 'down', {
      what: 'redis down',
    });
    expect(down.elapsedMs).toBeLessThan(5_000);
    expect(down.value.details.database.status).toBe('up');

    await redisProxy.restore();
    await waitFor(ready, (r) => r.code === 200, { timeoutMs: 15_000, what: 'recovery after Redis returns' });
  });
});
