import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { ApiException, FileStorage, InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { foldVietnamese } from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { OrgUnitEventEntity } from '../entities/org-unit-event.entity';
import { OrgUnitTypeEntity } from '../entities/org-unit-type.entity';
import { OrgUnitVersionEntity } from '../entities/org-unit-version.entity';
import { OrgUnitEntity } from '../entities/org-unit.entity';
import { OrgUnitsService } from '../org-units.service';
import { OrgImportEntity } from './org-import.entity';
import { readRows } from './read-rows';
import { ExistingUnit, PlannedUnit, validateRows } from './validate-rows';

const CHUNK = 500;

/**
 * The worker side of an import: reads the stored file, validates every row, and creates all
 * units, versions and history events in one transaction (all or nothing). Progress is written
 * outside that transaction so the admin can watch it. Running it again for a finished import
 * does nothing, so a retried job never imports twice.
 */
@Injectable()
export class OrgImporter {
  constructor(
    @InjectTenantRepository(OrgImportEntity) private readonly imports: TenantRepository<OrgImportEntity>,
    @InjectTenantRepository(OrgUnitEntity) private readonly units: TenantRepository<OrgUnitEntity>,
    @InjectTenantRepository(OrgUnitTypeEntity) private readonly types: TenantRepository<OrgUnitTypeEntity>,
    @InjectTenantRepository(OrgUnitVersionEntity)
    private readonly versions: TenantRepository<OrgUnitVersionEntity>,
    @InjectTenantRepository(OrgUnitEventEntity) private readonly events: TenantRepository<OrgUnitEventEntity>,
    private readonly orgUnits: OrgUnitsService,
    private readonly storage: FileStorage,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  private report(importId: string, values: Partial<OrgImportEntity>): Promise<number> {
    return this.txHost.withoutTransaction(() => this.imports.update({ id: importId }, values));
  }

  /** Records a stored file as a queued import; `run` then processes it (in the worker, or directly). */
  async register(
    importId: string,
    fileKey: string,
    fileName: string,
    createdBy: string | null,
  ): Promise<void> {
    await this.imports.save(
      this.imports.create({
        id: importId,
        state: 'queued',
        progress: 0,
        totalRows: 0,
        processedRows: 0,
        createdUnits: 0,
        problems: null,
        fileKey,
        fileName: fileName.normalize('NFC').slice(0, 255),
        createdBy,
        createdAt: new Date(),
        finishedAt: null,
      }),
    );
  }

  async run(
    importId: string,
    onProgress: (percent: number) => Promise<void> = async () => undefined,
  ): Promise<void> {
    const job = await this.imports.findOneBy({ id: importId });
    if (!job || job.state === 'completed' || job.state === 'failed') return;
    await this.report(importId, { state: 'validating', progress: 5 });
    let rows: string[][];
    try {
      rows = await readRows(await this.storage.get(job.fileKey));
    } catch (error) {
      if (!(error instanceof ApiException)) throw error;
      await this.report(importId, {
        state: 'failed',
        progress: 100,
        problems: [{ row: 1, column: 'file', code: error.code, params: error.params }],
        finishedAt: new Date(),
      });
      return;
    }
    const types = await this.types.find();
    const typeCode = new Map(types.map((t) => [t.id, t.code]));
    const existingRows = await this.units.find({
      select: { id: true, code: true, typeId: true, status: true, path: true, depth: true },
    });
    const existing = new Map<string, ExistingUnit & { path: string; depth: number }>(
      existingRows.map((u) => [
        u.code,
        {
          id: u.id,
          typeCode: typeCode.get(u.typeId) ?? '',
          active: u.status === 'active',
          path: u.path,
          depth: u.depth,
        },
      ]),
    );
    const { problems, units } = validateRows(rows, types, existing);
    const totalRows = Math.max(rows.length - 1, 0);
    if (problems.length) {
      await this.report(importId, {
        state: 'failed',
        progress: 100,
        totalRows,
        problems,
        finishedAt: new Date(),
      });
      return;
    }
    await this.report(importId, { state: 'importing', progress: 20, totalRows });
    await onProgress(20);
    await this.insertAll(job, units, existing, onProgress);
    await this.report(importId, {
      state: 'completed',
      progress: 100,
      processedRows: units.length,
      createdUnits: units.length,
      finishedAt: new Date(),
    });
    await this.storage.delete(job.fileKey);
  }

  private async insertAll(
    job: OrgImportEntity,
    planned: PlannedUnit[],
    existing: Map<string, { id: string; path: string; depth: number }>,
    onProgress: (percent: number) => Promise<void>,
  ): Promise<void> {
    const today = await this.orgUnits.today();
    const placed = new Map<string, { id: string; path: string; depth: number }>();
    const reason = `Nhập từ tệp ${job.fileName}`;
    await this.txHost.withTransaction(async () => {
      for (let start = 0; start < planned.length; start += CHUNK) {
        const chunk = planned.slice(start, start + CHUNK).map((p) => {
          const parent = p.parentCode ? (placed.get(p.parentCode) ?? existing.get(p.parentCode)) : undefined;
          const id = uuidv7();
          const unit = { id, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0 };
          placed.set(p.code, unit);
          return { p, unit, parentId: parent?.id ?? null };
        });
        await this.units.insertMany(
          chunk.map(({ p, unit, parentId }) =>
            this.units.create({
              ...unit,
              code: p.code,
              name: p.name,
              typeId: p.type.id,
              parentId,
              address: p.address,
              memberCount: p.memberCount,
              status: 'active',
              validFrom: today,
              validTo: null,
              mergedIntoId: null,
              splitFromId: null,
              searchKey: foldVietnamese(`${p.name} ${p.code}`).slice(0, 300),
            }),
          ),
        );
        await this.versions.insertMany(
          chunk.map(({ p, unit, parentId }) =>
            this.versions.create({
              id: uuidv7(),
              unitId: unit.id,
              validFrom: today,
              validTo: null,
              name: p.name,
              parentId,
              typeId: p.type.id,
              status: 'active',
            }),
          ),
        );
        await this.events.insertMany(
          chunk.map(({ p, unit }) =>
            this.events.create({
              id: uuidv7(),
              unitId: unit.id,
              kind: 'created',
              effectiveDate: today,
              reason,
              details: { toName: p.name },
              actorId: job.createdBy,
              recordedAt: new Date(),
            }),
          ),
        );
        const done = Math.min(start + CHUNK, planned.length);
        const percent = 20 + Math.floor((done / planned.length) * 79);
        await this.report(job.id, { processedRows: done, progress: percent });
        await onProgress(percent);
      }
    });
  }
}
