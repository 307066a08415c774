import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ApiException, QueueName } from '@thidua/server/core';
import { JobState, PingJobAccepted, PingJobStatus } from '@thidua/shared/contracts';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { PING_JOB, PingJobData, PingJobResult } from './ping.job';

const KNOWN_STATES: readonly JobState[] = ['waiting', 'active', 'completed', 'failed', 'delayed'];

@Injectable()
export class SystemQueueService {
  constructor(@InjectQueue(QueueName.System) private readonly queue: Queue<PingJobData, PingJobResult>) {}

  async enqueuePing(tenantId: string | null): Promise<PingJobAccepted> {
    const jobId = `ping-${randomUUID()}`;
    try {
      await this.queue.add(
        PING_JOB,
        { enqueuedAt: new Date().toISOString(), tenantId },
        { jobId, attempts: 1 },
      );
    } catch {
      throw new ApiException(503, 'service_unavailable', { service: 'Redis' });
    }
    return { jobId };
  }

  async pingStatus(jobId: string, tenantId: string | null): Promise<PingJobStatus> {
    const job = await this.queue.getJob(jobId).catch(() => {
      throw new ApiException(503, 'service_unavailable', { service: 'Redis' });
    });
    if (!job || job.name !== PING_JOB || job.data.tenantId !== tenantId) {
      throw new ApiException(404, 'job_not_found', { jobId });
    }
    const state = await job.getState();
    return {
      jobId,
      state: (KNOWN_STATES as readonly string[]).includes(state) ? (state as JobState) : 'unknown',
      result: job.returnvalue ?? undefined,
      failedReason: job.failedReason || undefined,
    };
  }
}
