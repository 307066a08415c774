import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  ApiException,
  FileStorage,
  InjectTenantRepository,
  QueueName,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { errorMessage, Locale, OrgImportAccepted, OrgImportStatus } from '@thidua/shared/contracts';
import { Queue } from 'bullmq';
import { v7 as uuidv7 } from 'uuid';
import { OrgImportEntity } from './org-import.entity';
import { OrgImporter } from './org-importer';
import { assertUnzippedWithin, sniffSheet } from './sniff-file';

export interface OrgImportJob {
  tenantId: string;
  importId: string;
}

/** The API side of an import: checks the file at once (type, zip bomb), stores it and hands it to the worker. */
@Injectable()
export class OrgImportService {
  constructor(
    @InjectTenantRepository(OrgImportEntity) private readonly imports: TenantRepository<OrgImportEntity>,
    @InjectQueue(QueueName.OrgImport) private readonly queue: Queue<OrgImportJob>,
    private readonly storage: FileStorage,
    private readonly importer: OrgImporter,
    private readonly context: TenantContext,
  ) {}

  async accept(
    file: { buffer: Buffer; originalname: string } | undefined,
    userId: string,
  ): Promise<OrgImportAccepted> {
    if (!file?.buffer?.length) throw new ApiException(400, 'import_file_missing');
    if (sniffSheet(file.buffer) === 'xlsx') assertUnzippedWithin(file.buffer);
    const tenantId = this.context.tenantId;
    const importId = uuidv7();
    const fileKey = `tenants/${tenantId}/org-imports/${importId}`;
    await this.storage.put(fileKey, file.buffer);
    await this.importer.register(importId, fileKey, file.originalname, userId);
    await this.queue
      .add(
        'import',
        { tenantId, importId },
        { jobId: importId, attempts: 2, removeOnComplete: { age: 3600 } },
      )
      .catch(() => {
        throw new ApiException(503, 'service_unavailable', { service: 'Redis' });
      });
    return { importId };
  }

  async status(importId: string, locale: Locale): Promise<OrgImportStatus> {
    const row = await this.imports.findOneBy({ id: importId });
    if (!row) throw new ApiException(404, 'import_not_found', { importId });
    return {
      importId,
      state: row.state,
      progress: row.progress,
      totalRows: row.totalRows,
      processedRows: row.processedRows,
      createdUnits: row.createdUnits,
      errors: (row.problems ?? []).map((p) => ({
        row: p.row,
        column: p.column,
        message: errorMessage(p.code, locale, p.params),
      })),
    };
  }
}
