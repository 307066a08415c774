import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  DatabaseModule,
  LoggingModule,
  QueueModule,
  StorageModule,
  TenancyModule,
} from '@thidua/server/core';
import { NotificationsWorkerModule } from '@thidua/server/identity';
import { OrgWorkerModule } from '@thidua/server/org';
import { SystemWorkerModule } from '@thidua/server/system';

/** The background process: every BullMQ processor and scheduler, no HTTP server. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    TenancyModule,
    StorageModule,
    QueueModule.forRoot('worker'),
    SystemWorkerModule,
    OrgWorkerModule,
    NotificationsWorkerModule,
  ],
})
export class WorkerModule {}
