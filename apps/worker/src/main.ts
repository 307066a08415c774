import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runMain } from '@thidua/server/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

runMain('worker', async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM/SIGINT Nest closes the BullMQ workers, which stop taking jobs and wait for active ones.
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Worker started: processing queues');
});
