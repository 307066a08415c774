import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ApiException, QueueName } from '@thidua/server/core';
import { Queue } from 'bullmq';
import { ACCOUNT_MAIL_JOB, accountMailJobId, AccountMailJob } from './account-mail';

/**
 * Hands a mail to the worker. Called last inside the use case's transaction: if Redis refuses
 * the job, the whole use case rolls back; the job id makes a repeated enqueue a no-op.
 */
@Injectable()
export class AccountMailer {
  constructor(@InjectQueue(QueueName.Notifications) private readonly queue: Queue<AccountMailJob>) {}

  async enqueue(job: AccountMailJob): Promise<void> {
    try {
      await this.queue.add(ACCOUNT_MAIL_JOB, job, {
        jobId: accountMailJobId(job.tokenId),
        attempts: 5,
        backoff: { type: 'exponential', delay: 5_000 },
        // The job holds the raw token: keep it no longer than a retry of a delivery needs.
        removeOnComplete: { age: 3_600 },
      });
    } catch {
      throw new ApiException(503, 'service_unavailable', { service: 'Redis' });
    }
  }
}
