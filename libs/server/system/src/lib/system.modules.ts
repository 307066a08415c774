import { Module } from '@nestjs/common';
import { WorkerHeartbeat } from '@thidua/server/core';
import { SystemProcessor } from './ping.processor';
import { SystemController } from './system.controller';
import { SystemQueueService } from './system-queue.service';

/** HTTP side of the system context: diagnostics for the status page. */
@Module({ controllers: [SystemController], providers: [SystemQueueService] })
export class SystemApiModule {}

/** Worker side: the heartbeat and the diagnostic processor. */
@Module({ providers: [WorkerHeartbeat, SystemProcessor], exports: [WorkerHeartbeat] })
export class SystemWorkerModule {}
