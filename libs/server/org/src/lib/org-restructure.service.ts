import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { ApiException } from '@thidua/server/core';
import { MergeOrgUnitsDto, SplitOrgUnitDto } from './dto/org-change.dto';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { effectiveDate } from './effective-date';
import { OrgHistoryRecorder } from './org-history.recorder';
import { OrgUnitsService } from './org-units.service';

const ref = (unit: OrgUnitEntity) => ({ id: unit.id, code: unit.code, name: unit.name });

/**
 * Merges (several units become one) and splits (one becomes several). Units that end keep their
 * records and point at their successor, so award history and consecutive-year rules follow.
 */
@Injectable()
export class OrgRestructureService {
  constructor(
    private readonly units: OrgUnitsService,
    private readonly history: OrgHistoryRecorder,
  ) {}

  private async latestChange(units: OrgUnitEntity[]): Promise<string> {
    const dates = await Promise.all(units.map((u) => this.history.lastChange(u.id)));
    return dates.sort().pop() ?? '0000-01-01';
  }

  @Transactional()
  async merge(input: MergeOrgUnitsDto): Promise<OrgUnitEntity> {
    const existingTarget = input.targetId ? await this.units.active(input.targetId) : null;
    const sourceIds = [...new Set(input.sourceIds)].filter((id) => id !== existingTarget?.id);
    if (sourceIds.length === 0) throw new ApiException(400, 'org_merge_sources');
    const sources = await Promise.all(sourceIds.map((id) => this.units.active(id)));
    const involved = existingTarget ? [...sources, existingTarget] : sources;
    const date = effectiveDate(
      input.effectiveDate,
      await this.units.today(),
      await this.latestChange(involved),
      sources[0].name,
    );

    const target =
      existingTarget ??
      (await this.units.create({
        ...(input.target as NonNullable<MergeOrgUnitsDto['target']>),
        effectiveDate: date,
        reason: input.reason,
      }));
    for (const source of sources) {
      if (target.path.startsWith(source.path))
        throw new ApiException(400, 'org_move_into_own_subtree', { name: source.name });
    }
    for (const source of sources) {
      for (const child of await this.units.activeChildren(source)) {
        await this.units.move(child.id, { parentId: target.id, effectiveDate: date, reason: input.reason });
      }
      await this.units.end(source, date, 'merged', target);
      await this.history.event(source.id, 'merged', date, input.reason, { targets: [ref(target)] });
    }
    await this.history.event(target.id, 'merged', date, input.reason, { sources: sources.map(ref) });
    return target;
  }

  @Transactional()
  async split(id: string, input: SplitOrgUnitDto): Promise<OrgUnitEntity[]> {
    const source = await this.units.active(id);
    await this.units.assertNoActiveChildren(source);
    const date = effectiveDate(
      input.effectiveDate,
      await this.units.today(),
      await this.history.lastChange(id),
      source.name,
    );
    const targets: OrgUnitEntity[] = [];
    for (const spec of input.targets) {
      targets.push(
        await this.units.create(
          { ...spec, parentId: spec.parentId ?? source.parentId, effectiveDate: date, reason: input.reason },
          source,
        ),
      );
    }
    await this.units.end(source, date, 'closed');
    await this.history.event(source.id, 'split', date, input.reason, { targets: targets.map(ref) });
    return targets;
  }
}
