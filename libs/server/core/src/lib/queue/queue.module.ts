import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { QueueErrorLogger } from './queue-error-logger';
import { ALL_QUEUES } from './queue-names';
import { RedisRole, redisOptions } from './redis-connection';

/**
 * BullMQ over ioredis with the environment's key prefix. The API registers the queues as a
 * producer ('client'); only the worker process registers processors ('worker').
 */
@Module({})
export class QueueModule {
  static forRoot(role: RedisRole): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.REDIS_URL, role),
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: {
              attempts: 3,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { age: 24 * 3600, count: 1000 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          }),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
      ],
      providers: [QueueErrorLogger],
      exports: [BullModule],
    };
  }
}
