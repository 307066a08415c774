import { Injectable } from '@nestjs/common';
import {
  InjectTenantRepository,
  OrgUnitDirectory,
  OrgUnitSummary,
  TenantRepository,
} from '@thidua/server/core';
import { In, SelectQueryBuilder } from 'typeorm';
import { OrgUnitEntity } from './entities/org-unit.entity';

@Injectable()
export class OrgUnitDirectoryService implements OrgUnitDirectory {
  constructor(
    @InjectTenantRepository(OrgUnitEntity) private readonly units: TenantRepository<OrgUnitEntity>,
  ) {}

  private async lookup(ids: string[], field: 'path' | 'name'): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.units.find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, [field]: true },
    });
    return new Map(rows.map((row) => [row.id, row[field]]));
  }

  paths(unitIds: string[]): Promise<Map<string, string>> {
    return this.lookup(unitIds, 'path');
  }

  names(unitIds: string[]): Promise<Map<string, string>> {
    return this.lookup(unitIds, 'name');
  }

  private summaryQuery(build: (qb: SelectQueryBuilder<OrgUnitEntity>) => void): Promise<OrgUnitSummary[]> {
    return this.units
      .query('u', (qb) => {
        qb.innerJoin('org_unit_type', 't', 't.tenant_id = u.tenant_id AND t.id = u.type_id').select([
          'u.id AS id',
          'u.code AS code',
          'u.name AS name',
          'u.path AS path',
          't.code AS typeCode',
          "u.status = 'active' AS active",
        ]);
        build(qb);
        return qb;
      })
      .getRawMany<OrgUnitSummary & { active: number | boolean }>()
      .then((rows) => rows.map((row) => ({ ...row, active: Boolean(Number(row.active)) })));
  }

  async summaries(unitIds: string[]): Promise<Map<string, OrgUnitSummary>> {
    if (unitIds.length === 0) return new Map();
    const rows = await this.summaryQuery((qb) =>
      qb.where('u.id IN (:...ids)', { ids: [...new Set(unitIds)] }),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  roots(): Promise<OrgUnitSummary[]> {
    return this.summaryQuery((qb) =>
      qb.where("u.parent_id IS NULL AND u.status = 'active'").orderBy('u.code', 'ASC'),
    );
  }
}
