import Redis, { RedisOptions } from 'ioredis';

export type RedisRole =
  /** BullMQ workers block on Redis and need unlimited retries per command. */
  | 'worker'
  /** Producers and checks give up after one reconnect attempt, so a request gets a clear 503. */
  | 'client';

/** ioredis options with a retry strategy that always retries, as BullMQ's option type requires. */
export type ThiduaRedisOptions = Omit<RedisOptions, 'retryStrategy'> & {
  retryStrategy: (attempt: number) => number;
};

/** The one place that turns REDIS_URL into ioredis options. */
export function redisOptions(url: string, role: RedisRole): ThiduaRedisOptions {
  const parsed = new URL(url);
  const common: ThiduaRedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 3000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
  return role === 'worker'
    ? { ...common, maxRetriesPerRequest: null }
    : { ...common, maxRetriesPerRequest: 1 };
}

export function createRedis(url: string, role: RedisRole, connectionName: string): Redis {
  return new Redis({ ...redisOptions(url, role), connectionName });
}
