import { Injectable } from '@nestjs/common';
import { ApiException } from '@thidua/server/core';
import { NATIONAL_MOVEMENTS, PlanImportResult } from '@thidua/shared/contracts';
import { importPlanDocument, parsePlanText, PlanDocumentError } from '@thidua/shared/plan-document';
import { MovementsService } from '../movements/movements.service';

/**
 * Turns an uploaded or pasted plan document into a structured draft for review, with the quoted
 * movements matched to the tenant's catalogue. Nothing is saved here: the person checks the
 * draft field by field and saves it as a plan.
 */
@Injectable()
export class PlanImportService {
  constructor(private readonly movements: MovementsService) {}

  async fromFile(file: { buffer: Buffer; originalname: string } | undefined): Promise<PlanImportResult> {
    if (!file || file.buffer.length === 0) throw new ApiException(400, 'plan_import_empty');
    const catalogue = await this.catalogue();
    return importPlanDocument(file.buffer, file.originalname, { movements: catalogue }).catch(this.translate);
  }

  async fromText(text: string): Promise<PlanImportResult> {
    if (!text.trim()) throw new ApiException(400, 'plan_import_empty');
    return parsePlanText(text.normalize('NFC'), { movements: await this.catalogue() });
  }

  private async catalogue() {
    const aliases = new Map(NATIONAL_MOVEMENTS.map((m) => [m.key, m.aliases ?? []]));
    return (await this.movements.all()).map((m) => ({
      id: m.id,
      name: m.name,
      aliases: (m.source === 'national' && m.sourceKey && aliases.get(m.sourceKey)) || [],
    }));
  }

  private translate(error: unknown): never {
    if (error instanceof PlanDocumentError) {
      throw new ApiException(error.code === 'plan_import_too_long' ? 413 : 400, error.code);
    }
    throw error;
  }
}
