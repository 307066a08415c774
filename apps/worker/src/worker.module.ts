import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  QueueModule,
  TenancyModule,
} from '@thidua/server/core';
import { SystemWorkerModule } from '@thidua/server/system';

/** The background process: every BullMQ processor and scheduler, no HTTP server. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    TenancyModule,
    QueueModule.forRoot('worker'),
    SystemWorkerModule,
  ],
})
export class WorkerModule {}
