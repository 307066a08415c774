import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, OrgUnitDirectory, TenantRepository } from '@thidua/server/core';
import { In } from 'typeorm';
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
}
