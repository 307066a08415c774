import { Injectable } from '@nestjs/common';
import { ApiException, InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { OrgUnitTypeDto } from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_UNIT_TYPES } from './default-unit-types';
import { OrgUnitTypeEntity } from './entities/org-unit-type.entity';

export function toTypeDto(type: OrgUnitTypeEntity): OrgUnitTypeDto {
  return {
    id: type.id,
    code: type.code,
    name: type.name,
    childTypeCodes: type.childTypeCodes,
    historical: type.historical,
  };
}

@Injectable()
export class OrgTypesService {
  constructor(
    @InjectTenantRepository(OrgUnitTypeEntity) private readonly types: TenantRepository<OrgUnitTypeEntity>,
  ) {}

  async list(): Promise<OrgUnitTypeDto[]> {
    return (await this.types.find({ order: { sortOrder: 'ASC' } })).map(toTypeDto);
  }

  /** A type new units may use; 400 for an unknown or historical type. */
  async usable(id: string): Promise<OrgUnitTypeEntity> {
    const type = await this.types.findOneBy({ id });
    if (!type || type.historical) throw new ApiException(400, 'org_type_unknown');
    return type;
  }

  get(id: string): Promise<OrgUnitTypeEntity> {
    return this.types.getOneBy({ id });
  }

  byCode(): Promise<Map<string, OrgUnitTypeEntity>> {
    return this.types.find().then((all) => new Map(all.map((t) => [t.code, t])));
  }

  /** Adds the default types the current tenant does not have yet (idempotent). */
  async ensureDefaults(): Promise<void> {
    const existing = await this.byCode();
    const missing = DEFAULT_UNIT_TYPES.map((t, sortOrder) => ({ ...t, sortOrder })).filter(
      (t) => !existing.has(t.code),
    );
    if (missing.length === 0) return;
    await this.types.save(
      missing.map((t) => this.types.create({ ...t, id: uuidv7(), childTypeCodes: [...t.childTypeCodes] })),
    );
  }
}
