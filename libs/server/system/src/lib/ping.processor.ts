import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName, WorkerHeartbeat } from '@thidua/server/core';
import { Job } from 'bullmq';
import { PingJobData, PingJobResult } from './ping.job';

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  constructor(private readonly heartbeat: WorkerHeartbeat) {
    super();
  }

  async process(job: Job<PingJobData>): Promise<PingJobResult> {
    const processedAt = new Date();
    return {
      processedBy: this.heartbeat.workerId,
      processedAt: processedAt.toISOString(),
      enqueuedAt: job.data.enqueuedAt,
      roundTripMs: processedAt.getTime() - new Date(job.data.enqueuedAt).getTime(),
    };
  }
}
