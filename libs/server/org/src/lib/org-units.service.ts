import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  ApiException,
  InjectTenantRepository,
  NotFoundApiException,
  ORG_SUBTREE_MOVED,
  OrgSubtreeMovedEvent,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { cleanText, foldVietnamese } from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { EffectiveDto, MoveOrgUnitDto, NewUnitDto, RenameOrgUnitDto } from './dto/org-change.dto';
import { OrgUnitTypeEntity } from './entities/org-unit-type.entity';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { effectiveDate, todayIn } from './effective-date';
import { OrgHistoryRecorder } from './org-history.recorder';
import { OrgTypesService } from './org-types.service';

const ref = (unit: OrgUnitEntity) => ({ id: unit.id, code: unit.code, name: unit.name });

/** Creates, renames, moves and closes units; each change is one transaction with its history. */
@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectTenantRepository(OrgUnitEntity) private readonly units: TenantRepository<OrgUnitEntity>,
    private readonly types: OrgTypesService,
    private readonly history: OrgHistoryRecorder,
    private readonly tenants: TenantsService,
    private readonly context: TenantContext,
    private readonly events: EventEmitter2,
  ) {}

  async today(): Promise<string> {
    return todayIn((await this.tenants.get(this.context.tenantId)).timeZone);
  }

  /** A unit of the tenant that is still active: 404 when unknown, 409 when closed or merged. */
  async active(id: string): Promise<OrgUnitEntity> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new NotFoundApiException();
    if (unit.status !== 'active') throw new ApiException(409, 'org_unit_not_active', { name: unit.name });
    return unit;
  }

  async assertChildAllowed(parent: OrgUnitEntity | null, type: OrgUnitTypeEntity): Promise<void> {
    if (!parent) {
      if (!type.canBeRoot) throw new ApiException(400, 'org_root_type', { type: type.name });
      return;
    }
    const parentType = await this.types.get(parent.typeId);
    if (!parentType.childTypeCodes.includes(type.code)) {
      throw new ApiException(400, 'org_child_type_not_allowed', {
        childType: type.name,
        parentType: parentType.name,
      });
    }
  }

  private async parentFor(parentId: string | null): Promise<OrgUnitEntity | null> {
    if (!parentId) return null;
    const parent = await this.units.findOneBy({ id: parentId });
    if (!parent) throw new ApiException(400, 'org_parent_unknown');
    if (parent.status !== 'active') throw new ApiException(409, 'org_unit_not_active', { name: parent.name });
    return parent;
  }

  @Transactional()
  async create(
    input: NewUnitDto & EffectiveDto,
    splitFrom: OrgUnitEntity | null = null,
  ): Promise<OrgUnitEntity> {
    const type = await this.types.usable(input.typeId);
    const parent = await this.parentFor(input.parentId);
    await this.assertChildAllowed(parent, type);
    if (await this.units.exists({ code: input.code }))
      throw new ApiException(409, 'org_code_taken', { code: input.code });
    const name = cleanText(input.name);
    const date = effectiveDate(
      input.effectiveDate,
      await this.today(),
      parent?.validFrom ?? '0000-01-01',
      parent?.name ?? name,
    );
    const id = uuidv7();
    const unit = await this.units.save(
      this.units.create({
        id,
        code: input.code,
        name,
        typeId: type.id,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: parent ? parent.depth + 1 : 0,
        address: input.address ? cleanText(input.address) : null,
        memberCount: input.memberCount ?? null,
        status: 'active',
        validFrom: date,
        validTo: null,
        mergedIntoId: null,
        splitFromId: splitFrom?.id ?? null,
        searchKey: foldVietnamese(`${name} ${input.code}`).slice(0, 300),
      }),
    );
    await this.history.version(unit, date);
    await this.history.event(id, 'created', date, input.reason, {
      toName: name,
      toParent: parent ? { id: parent.id, name: parent.name } : null,
      ...(splitFrom ? { sources: [ref(splitFrom)] } : {}),
    });
    return unit;
  }

  @Transactional()
  async rename(id: string, input: RenameOrgUnitDto): Promise<OrgUnitEntity> {
    const unit = await this.active(id);
    const date = effectiveDate(
      input.effectiveDate,
      await this.today(),
      await this.history.lastChange(id),
      unit.name,
    );
    const fromName = unit.name;
    unit.name = cleanText(input.name);
    unit.searchKey = foldVietnamese(`${unit.name} ${unit.code}`).slice(0, 300);
    await this.units.save(unit);
    await this.history.version(unit, date);
    await this.history.event(id, 'renamed', date, input.reason, { fromName, toName: unit.name });
    return unit;
  }

  @Transactional()
  async move(id: string, input: MoveOrgUnitDto): Promise<OrgUnitEntity> {
    const unit = await this.active(id);
    const parent = await this.active(input.parentId);
    if (parent.path.startsWith(unit.path))
      throw new ApiException(400, 'org_move_into_own_subtree', { name: unit.name });
    await this.assertChildAllowed(parent, await this.types.get(unit.typeId));
    const notBefore = [await this.history.lastChange(id), parent.validFrom].sort().pop() as string;
    const date = effectiveDate(input.effectiveDate, await this.today(), notBefore, unit.name);
    const fromParent = unit.parentId ? await this.units.findOneBy({ id: unit.parentId }) : null;
    const newPath = `${parent.path}${unit.id}/`;
    await this.units.updateQuery((qb) =>
      qb
        .set({ path: () => 'CONCAT(:newPath, SUBSTRING(path, :cut))', depth: () => 'depth + :delta' })
        .where('path LIKE :oldPrefix')
        .setParameters({
          newPath,
          cut: unit.path.length + 1,
          delta: parent.depth + 1 - unit.depth,
          oldPrefix: `${unit.path}%`,
        }),
    );
    await this.events.emitAsync(ORG_SUBTREE_MOVED, {
      tenantId: this.context.tenantId,
      oldPath: unit.path,
      newPath,
    } satisfies OrgSubtreeMovedEvent);
    unit.parentId = parent.id;
    unit.path = newPath;
    unit.depth = parent.depth + 1;
    await this.units.save(unit);
    await this.history.version(unit, date);
    await this.history.event(id, 'moved', date, input.reason, {
      fromParent: fromParent ? { id: fromParent.id, name: fromParent.name } : null,
      toParent: { id: parent.id, name: parent.name },
    });
    return unit;
  }

  async assertNoActiveChildren(unit: OrgUnitEntity): Promise<void> {
    const count = await this.units.count({ where: { parentId: unit.id, status: 'active' } });
    if (count > 0) throw new ApiException(409, 'org_has_active_children', { name: unit.name, count });
  }

  /** Ends a unit's life; its records stay. `status` is 'closed', or 'merged' when it was merged away. */
  async end(
    unit: OrgUnitEntity,
    date: string,
    status: 'closed' | 'merged',
    mergedInto: OrgUnitEntity | null = null,
  ): Promise<void> {
    unit.status = status;
    unit.validTo = date;
    unit.mergedIntoId = mergedInto?.id ?? null;
    await this.units.save(unit);
    await this.history.version(unit, date);
  }

  @Transactional()
  async close(id: string, input: EffectiveDto): Promise<OrgUnitEntity> {
    const unit = await this.active(id);
    await this.assertNoActiveChildren(unit);
    const date = effectiveDate(
      input.effectiveDate,
      await this.today(),
      await this.history.lastChange(id),
      unit.name,
    );
    await this.end(unit, date, 'closed');
    await this.history.event(id, 'closed', date, input.reason, {});
    return unit;
  }

  activeChildren(unit: OrgUnitEntity): Promise<OrgUnitEntity[]> {
    return this.units.find({ where: { parentId: unit.id, status: 'active' } });
  }
}
