import { Processor, WorkerHost } from '@nestjs/bullmq';
import { AppConfig, MailTransport, QueueName } from '@thidua/server/core';
import { Job } from 'bullmq';
import { ACCOUNT_MAIL_JOB, accountMailJobId, AccountMailJob, renderAccountMail } from './account-mail';

/**
 * Renders and sends account mails in the worker. The mail needs no database: the job carries
 * everything, so it can run before or after the API's transaction commits.
 */
@Processor(QueueName.Notifications)
export class AccountMailProcessor extends WorkerHost {
  constructor(
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<AccountMailJob>): Promise<void> {
    if (job.name !== ACCOUNT_MAIL_JOB) throw new Error(`No handler for notifications job "${job.name}"`);
    const mail = renderAccountMail(job.data, this.config.ADMIN_URL);
    await this.transport.send({
      ...mail,
      to: job.data.to,
      key: job.id ?? accountMailJobId(job.data.tokenId),
    });
  }
}
