import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { OrgEventKind, OrgUnitEventDto } from '@thidua/shared/contracts';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { OrgUnitEventEntity } from './entities/org-unit-event.entity';
import { OrgUnitVersionEntity } from './entities/org-unit-version.entity';
import { OrgUnitEntity } from './entities/org-unit.entity';

/**
 * Keeps org_unit_version and org_unit_event in step with every change of org_unit: the
 * current version ends on the effective date and a new one starts (a change on the day the
 * current version started replaces it).
 */
@Injectable()
export class OrgHistoryRecorder {
  constructor(
    @InjectTenantRepository(OrgUnitVersionEntity)
    private readonly versions: TenantRepository<OrgUnitVersionEntity>,
    @InjectTenantRepository(OrgUnitEventEntity) private readonly events: TenantRepository<OrgUnitEventEntity>,
    private readonly cls: ClsService,
  ) {}

  /** The date of the unit's last change: nothing may take effect before it. */
  async lastChange(unitId: string): Promise<string> {
    const current = await this.versions.findOneBy({ unitId, validTo: IsNull() });
    return current?.validFrom ?? '0000-01-01';
  }

  /** Records the unit's state (after the change) as of `date`. */
  async version(unit: OrgUnitEntity, date: string): Promise<void> {
    const current = await this.versions.findOneBy({ unitId: unit.id, validTo: IsNull() });
    const state = { name: unit.name, parentId: unit.parentId, typeId: unit.typeId, status: unit.status };
    const closesNow = unit.status !== 'active';
    if (current && current.validFrom === date) {
      await this.versions.update({ id: current.id }, { ...state, validTo: closesNow ? date : null });
      return;
    }
    if (current) await this.versions.update({ id: current.id }, { validTo: date });
    if (closesNow) return;
    await this.versions.save(
      this.versions.create({ id: uuidv7(), unitId: unit.id, validFrom: date, validTo: null, ...state }),
    );
  }

  async event(
    unitId: string,
    kind: OrgEventKind,
    date: string,
    reason: string | undefined,
    details: OrgUnitEventDto['details'],
  ): Promise<void> {
    const principal = this.cls.get<{ userId?: string } | undefined>('principal');
    await this.events.save(
      this.events.create({
        id: uuidv7(),
        unitId,
        kind,
        effectiveDate: date,
        reason: reason?.trim() || null,
        details,
        actorId: principal?.userId ?? null,
        recordedAt: new Date(),
      }),
    );
  }

  history(unitId: string): Promise<OrgUnitEventEntity[]> {
    return this.events.find({ where: { unitId }, order: { effectiveDate: 'DESC', recordedAt: 'DESC' } });
  }
}
