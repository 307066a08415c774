import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createRedis } from '../queue/redis-connection';
import { HEARTBEAT_STALE_MS, heartbeatKey } from './worker-heartbeat';

const CHECK_TIMEOUT_MS = 1_500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

/** Redis reachability and the freshest worker heartbeat, over one fail-fast connection. */
@Injectable()
export class RedisReadiness implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis = createRedis(config.REDIS_URL, 'client', 'thidua-readiness');
    this.redis.on('error', () => undefined); // reported through the checks
  }

  async redisCheck() {
    const check = this.indicators.check('redis');
    try {
      await withTimeout(this.redis.ping(), 'Redis');
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async workerCheck() {
    const check = this.indicators.check('worker');
    try {
      const [, score] = await withTimeout(
        this.redis.zrevrange(heartbeatKey(this.config.QUEUE_PREFIX), 0, 0, 'WITHSCORES'),
        'Redis',
      );
      if (!score) return check.down({ message: 'No worker heartbeat has been seen' });
      const lastSeenAt = new Date(Number(score)).toISOString();
      const ageMs = Date.now() - Number(score);
      return ageMs <= HEARTBEAT_STALE_MS
        ? check.up({ lastSeenAt })
        : check.down({ lastSeenAt, message: `Last worker heartbeat ${Math.round(ageMs / 1000)} s ago` });
    } catch (error) {
      return check.down({ message: `Unknown: ${(error as Error).message}` });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
