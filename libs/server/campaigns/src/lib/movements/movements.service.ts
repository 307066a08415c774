import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  pageOf,
  pageWindow,
  TenantRepository,
} from '@thidua/server/core';
import { cleanText, foldVietnamese, MovementDto, NATIONAL_MOVEMENTS, Page } from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { MovementEntity } from '../entities/movement.entity';
import { CreateMovementDto, MovementQueryDto, UpdateMovementDto } from './movement.dto';

export function toMovementDto(m: MovementEntity): MovementDto {
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    launcher: m.launcher,
    fromYear: m.fromYear === null ? null : Number(m.fromYear),
    toYear: m.toYear === null ? null : Number(m.toYear),
    description: m.description,
    source: m.source,
    active: Boolean(m.active),
  };
}

const searchKeyOf = (name: string) => foldVietnamese(name).slice(0, 400);

/** The tenant's movement catalogue: national entries (read-only), the tenant's own, plugins' later. */
@Injectable()
export class MovementsService {
  constructor(
    @InjectTenantRepository(MovementEntity) private readonly movements: TenantRepository<MovementEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(query: MovementQueryDto): Promise<Page<MovementDto>> {
    const window = pageWindow(query);
    const qb = this.movements.query('m');
    if (query.q) qb.andWhere('m.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.source === 'plugin') qb.andWhere("m.source LIKE 'plugin:%'");
    else if (query.source) qb.andWhere('m.source = :source', { source: query.source });
    if (query.active !== undefined) qb.andWhere('m.active = :active', { active: query.active });
    const [rows, total] = await qb
      .orderBy('m.name', 'ASC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    return pageOf(rows.map(toMovementDto), total, window);
  }

  /** Every active entry, for matching the names a plan quotes. */
  all(): Promise<MovementEntity[]> {
    return this.movements.find({ where: { active: true }, order: { name: 'ASC' } });
  }

  @Transactional()
  async create(input: CreateMovementDto): Promise<MovementDto> {
    const name = cleanText(input.name);
    await this.assertNameFree(name);
    this.assertYears(input.fromYear ?? null, input.toYear ?? null);
    const movement = await this.movements.save(
      this.movements.create({
        id: uuidv7(),
        name,
        searchKey: searchKeyOf(name),
        kind: input.kind,
        launcher: cleanText(input.launcher),
        fromYear: input.fromYear ?? null,
        toYear: input.toYear ?? null,
        description: input.description?.trim() || null,
        source: 'tenant',
        sourceKey: null,
        active: true,
      }),
    );
    await this.audit.record({
      action: 'movement.created',
      subject: 'Movement',
      subjectId: movement.id,
      after: { name },
    });
    return toMovementDto(await this.movements.getOneBy({ id: movement.id }));
  }

  @Transactional()
  async update(id: string, input: UpdateMovementDto): Promise<MovementDto> {
    const movement = await this.movements.getOneBy({ id });
    if (movement.source !== 'tenant') {
      throw new ApiException(409, 'movement_read_only', {
        source: movement.source === 'national' ? { vi: 'quốc gia', en: 'national' } : movement.source,
      });
    }
    const before = toMovementDto(movement);
    if (input.name !== undefined) {
      const name = cleanText(input.name);
      if (searchKeyOf(name) !== movement.searchKey) await this.assertNameFree(name);
      movement.name = name;
      movement.searchKey = searchKeyOf(name);
    }
    if (input.kind !== undefined) movement.kind = input.kind;
    if (input.launcher !== undefined) movement.launcher = cleanText(input.launcher);
    if (input.fromYear !== undefined) movement.fromYear = input.fromYear;
    if (input.toYear !== undefined) movement.toYear = input.toYear;
    if (input.description !== undefined) movement.description = input.description?.trim() || null;
    if (input.active !== undefined) movement.active = input.active;
    this.assertYears(movement.fromYear, movement.toYear);
    await this.movements.save(movement);
    const after = toMovementDto(await this.movements.getOneBy({ id }));
    await this.audit.record({
      action: 'movement.updated',
      subject: 'Movement',
      subjectId: id,
      before,
      after,
    });
    return after;
  }

  /** Seeds the national catalogue into the current tenant; entries already there are left alone. */
  async ensureNational(): Promise<void> {
    await this.movements.insertMany(
      NATIONAL_MOVEMENTS.map((m) =>
        this.movements.create({
          id: uuidv7(),
          name: m.name,
          searchKey: searchKeyOf(m.name),
          kind: m.kind,
          launcher: m.launcher,
          fromYear: m.fromYear,
          toYear: m.toYear,
          description: null,
          source: 'national',
          sourceKey: m.key,
          active: true,
        }),
      ),
      500,
      { ignoreDuplicates: true },
    );
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.movements.exists({ searchKey: searchKeyOf(name) })) {
      throw new ApiException(409, 'movement_name_taken', { name });
    }
  }

  private assertYears(from: number | null, to: number | null): void {
    if (from !== null && to !== null && to < from) throw new ApiException(400, 'movement_years');
  }
}
