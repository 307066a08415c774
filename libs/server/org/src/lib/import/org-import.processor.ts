import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName, TenantContext } from '@thidua/server/core';
import { Job } from 'bullmq';
import { OrgImporter } from './org-importer';
import type { OrgImportJob } from './org-import.service';

@Processor(QueueName.OrgImport)
export class OrgImportProcessor extends WorkerHost {
  constructor(
    private readonly importer: OrgImporter,
    private readonly context: TenantContext,
  ) {
    super();
  }

  process(job: Job<OrgImportJob>): Promise<void> {
    return this.context.runInTenant(job.data.tenantId, () =>
      this.importer.run(job.data.importId, (percent) => job.updateProgress(percent)),
    );
  }
}
