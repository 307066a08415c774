import { Injectable } from '@nestjs/common';
import { FileStorage, TenantContext } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { EvidenceDto } from '@thidua/shared/contracts';
import type { Response } from 'express';
import { v7 as uuidv7 } from 'uuid';
import { EvidenceRow } from '../entities/evidence-row';
import { evidenceType } from './evidence-type';

export type UploadedEvidence = { buffer: Buffer; originalname: string } | undefined;

/** Multipart file names arrive as Latin-1 bytes of UTF-8 text; a name that is not such is kept as sent. */
function uploadName(raw: string | undefined): string {
  if (!raw) return 'minh-chung';
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return (decoded.includes('\uFFFD') ? raw : decoded).normalize('NFC').slice(0, 255);
}

export function evidenceDto(e: EvidenceRow): EvidenceDto {
  return {
    id: e.id,
    fileName: e.fileName,
    contentType: e.contentType,
    size: Number(e.size),
    uploadedAt: new Date(e.uploadedAt).toISOString(),
  };
}

/** Sends an evidence file as a download that the browser must not sniff into something else. */
export function sendEvidence(res: Response, entity: EvidenceRow, content: Buffer): void {
  res
    .type(entity.contentType)
    .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(entity.fileName)}`)
    .set('X-Content-Type-Options', 'nosniff')
    .send(content);
}

/** Evidence files of reports and scorecards: checked by their content, kept in file storage. */
@Injectable()
export class EvidenceFiles {
  constructor(
    private readonly storage: FileStorage,
    private readonly context: TenantContext,
  ) {}

  /** Checks and stores an upload; returns the columns its row needs. */
  async store(owner: string, file: UploadedEvidence, principal: Principal): Promise<EvidenceRow> {
    const content = file?.buffer ?? Buffer.alloc(0);
    const contentType = evidenceType(content);
    const id = uuidv7();
    const fileKey = `evidence/${this.context.tenantId}/${owner}/${id}`;
    await this.storage.put(fileKey, content);
    return {
      tenantId: this.context.tenantId,
      id,
      fileKey,
      fileName: uploadName(file?.originalname),
      contentType,
      size: content.length,
      uploadedBy: principal.userId,
      uploadedAt: new Date(),
    };
  }

  read(row: EvidenceRow): Promise<Buffer> {
    return this.storage.get(row.fileKey);
  }

  remove(row: EvidenceRow): Promise<void> {
    return this.storage.delete(row.fileKey);
  }
}
