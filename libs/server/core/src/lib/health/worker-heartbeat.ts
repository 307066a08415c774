import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { hostname } from 'node:os';
import { AppConfig } from '../config/app-config';
import { createRedis } from '../queue/redis-connection';

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker not heard from for this long is considered gone. */
export const HEARTBEAT_STALE_MS = 30_000;

/** Sorted set of worker ids scored by the time each last reported. */
export function heartbeatKey(prefix: string): string {
  return `${prefix}:workers`;
}

/** Runs in the worker process: reports it is alive every few seconds, and leaves on shutdown. */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private readonly id = `${hostname()}:${process.pid}`;
  private readonly redis: Redis;
  private timer?: NodeJS.Timeout;

  constructor(private readonly config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, 'client', 'thidua-heartbeat');
    this.redis.on('error', () => undefined); // reported by beat() and by /ready
  }

  get workerId(): string {
    return this.id;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  async beat(): Promise<void> {
    const key = heartbeatKey(this.config.QUEUE_PREFIX);
    try {
      await this.redis
        .multi()
        .zadd(key, Date.now(), this.id)
        .zremrangebyscore(key, 0, Date.now() - 86_400_000)
        .exec();
    } catch (error) {
      this.logger.warn(`Heartbeat not written: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.zrem(heartbeatKey(this.config.QUEUE_PREFIX), this.id).catch(() => undefined);
    this.redis.disconnect();
  }
}
