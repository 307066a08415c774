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
import type { Principal } from '@thidua/server/core';
import {
  cleanText,
  CriteriaSetDto,
  CriteriaSetStatus,
  CriteriaSetSummaryDto,
  foldVietnamese,
  maxTotalOf,
  Page,
} from '@thidua/shared/contracts';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CriteriaSetEntity } from '../entities/criteria-set.entity';
import { PlanScoringEntity } from '../entities/plan-scoring.entity';
import { CriteriaSetQueryDto, CreateCriteriaSetDto, UpdateCriteriaSetDto } from './criteria-set.dto';
import { assertConsistent, assertPublishable, cleanContent } from './criteria-rules';

const STATUS_LABELS: Record<CriteriaSetStatus, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  published: { vi: 'Đã ban hành', en: 'Published' },
  archived: { vi: 'Đã lưu trữ', en: 'Archived' },
};

function summary(set: CriteriaSetEntity, planCount: number): CriteriaSetSummaryDto {
  return {
    id: set.id,
    name: set.name,
    year: set.year === null ? null : Number(set.year),
    status: set.status,
    source: set.source,
    maxTotal: Number(set.maxTotal),
    criteriaCount: Number(set.criteriaCount),
    planCount,
    updatedAt: new Date(set.updatedAt).toISOString(),
  };
}

/**
 * The tenant's criteria sets: drafted, published (then fixed for good, since scores point at
 * them), copied into a new draft to change, archived when no longer offered.
 */
/** A criteria set's name, maxima and band names: what its scores are read against. */
export interface ScoreScale {
  id: string;
  name: string;
  maxTotal: number;
  bonusMax: number;
  bandNames: string[];
}

const BAND_NAMES = "JSON_EXTRACT(s.content, '$.bands[*].name') AS bands";

/** MariaDB hands JSON_EXTRACT's result over as text, MySQL as JSON the driver has parsed. */
function jsonOf<T>(value: string | T | null): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

interface RawScale {
  id: string;
  name: string;
  maxTotal: string;
  bonusMax: string | number | null;
  bands: string | string[] | null;
}

@Injectable()
export class CriteriaSetsService {
  constructor(
    @InjectTenantRepository(CriteriaSetEntity) private readonly sets: TenantRepository<CriteriaSetEntity>,
    @InjectTenantRepository(PlanScoringEntity) private readonly scorings: TenantRepository<PlanScoringEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(query: CriteriaSetQueryDto): Promise<Page<CriteriaSetSummaryDto>> {
    const window = pageWindow(query);
    const qb = this.sets.query('s');
    if (query.q) qb.andWhere('s.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.year) qb.andWhere('s.year = :year', { year: query.year });
    const [rows, total] = await qb
      .select([
        's.tenantId',
        's.id',
        's.name',
        's.year',
        's.status',
        's.source',
        's.maxTotal',
        's.criteriaCount',
        's.updatedAt',
      ])
      .orderBy('s.updated_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    const uses = await this.planCounts(rows.map((r) => r.id));
    return pageOf(
      rows.map((r) => summary(r, uses.get(r.id) ?? 0)),
      total,
      window,
    );
  }

  async get(id: string, principal: Principal): Promise<CriteriaSetDto> {
    return this.describe(await this.sets.getOneBy({ id }), principal);
  }

  /** A published set, as a plan's scoring needs it; 404 when missing. */
  entity(id: string): Promise<CriteriaSetEntity> {
    return this.sets.getOneBy({ id });
  }

  /**
   * What rankings and dashboards show of the set a plan scores with (read without its criteria);
   * null when none is attached.
   */
  async scaleOfPlan(planId: string): Promise<ScoreScale | null> {
    const [row] = await this.sets.prepared<RawScale>(
      'score scale of a plan',
      's',
      (qb) =>
        qb
          .innerJoin(PlanScoringEntity, 'p', 'p.tenant_id = s.tenant_id AND p.criteria_set_id = s.id')
          .select([
            's.id AS id',
            's.name AS name',
            's.max_total AS maxTotal',
            "JSON_EXTRACT(s.content, '$.bonusMax') AS bonusMax",
            BAND_NAMES,
          ])
          .andWhere('p.plan_id = :planId'),
      { planId },
    );
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      maxTotal: Number(row.maxTotal),
      bonusMax: Number(row.bonusMax ?? 0),
      bandNames: jsonOf(row.bands) ?? [],
    };
  }

  /** The band names of the given sets, by set id (read without their criteria). */
  async bandNamesOf(ids: string[]): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sets.prepared<{ id: string; bands: string | string[] | null }>(
      'band names of sets',
      's',
      (qb) => qb.select(['s.id AS id', BAND_NAMES]).andWhere('s.id IN (:...ids)'),
      { ids },
    );
    return new Map(rows.map((r) => [r.id, jsonOf(r.bands) ?? []]));
  }

  /** The set a plan scores with; null when none is attached. */
  ofPlan(planId: string): Promise<CriteriaSetEntity | null> {
    return this.sets
      .query('s')
      .innerJoin(PlanScoringEntity, 'p', 'p.tenant_id = s.tenant_id AND p.criteria_set_id = s.id')
      .andWhere('p.plan_id = :planId', { planId })
      .getOne();
  }

  @Transactional()
  async create(input: CreateCriteriaSetDto, principal: Principal, copiedFrom: string | null = null) {
    const content = cleanContent(input);
    assertConsistent(content);
    const now = new Date();
    const name = cleanText(input.name);
    const set = await this.sets.save(
      this.sets.create({
        id: uuidv7(),
        name,
        searchKey: foldVietnamese(name).slice(0, 300),
        description: input.description?.trim() || null,
        year: input.year ?? null,
        status: 'draft',
        source: 'tenant',
        content,
        maxTotal: maxTotalOf(content).toFixed(2),
        criteriaCount: content.groups.reduce((n, g) => n + g.criteria.length, 0),
        copiedFrom,
        version: 1,
        createdBy: principal.userId,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.audit.record({
      action: copiedFrom ? 'criteria_set.copied' : 'criteria_set.created',
      subject: 'CriteriaSet',
      subjectId: set.id,
      after: { name, copiedFrom, criteria: set.criteriaCount },
    });
    return this.describe(set, principal);
  }

  @Transactional()
  async update(id: string, input: UpdateCriteriaSetDto, principal: Principal): Promise<CriteriaSetDto> {
    const set = await this.draft(id);
    if (set.version !== input.version) throw new ApiException(409, 'participation_version_conflict');
    const content = cleanContent(input);
    assertConsistent(content);
    const name = cleanText(input.name);
    Object.assign(set, {
      name,
      searchKey: foldVietnamese(name).slice(0, 300),
      description: input.description?.trim() || null,
      year: input.year ?? null,
      content,
      maxTotal: maxTotalOf(content).toFixed(2),
      criteriaCount: content.groups.reduce((n, g) => n + g.criteria.length, 0),
      version: set.version + 1,
      updatedAt: new Date(),
    });
    await this.sets.save(set);
    await this.audit.record({
      action: 'criteria_set.updated',
      subject: 'CriteriaSet',
      subjectId: set.id,
      after: { name, criteria: set.criteriaCount, bands: content.bands.length },
    });
    return this.describe(set, principal);
  }

  @Transactional()
  async publish(id: string, principal: Principal): Promise<CriteriaSetDto> {
    const set = await this.draft(id);
    assertPublishable(set.content);
    return this.setStatus(set, 'published', principal);
  }

  @Transactional()
  async archive(id: string, principal: Principal): Promise<CriteriaSetDto> {
    const set = await this.sets.getOneBy({ id });
    if (set.status !== 'published') {
      throw new ApiException(409, 'criteria_set_not_published');
    }
    return this.setStatus(set, 'archived', principal);
  }

  /** A new draft with the content of any set (the way to change a published one). */
  async copy(id: string, principal: Principal): Promise<CriteriaSetDto> {
    const source = await this.sets.getOneBy({ id });
    const copyName = `${source.name} (bản sao)`.slice(0, 300);
    return this.create(
      { ...source.content, name: copyName, description: source.description, year: source.year },
      principal,
      source.id,
    );
  }

  @Transactional()
  async remove(id: string): Promise<void> {
    const set = await this.draft(id);
    await this.sets.delete({ id: set.id });
    await this.audit.record({
      action: 'criteria_set.deleted',
      subject: 'CriteriaSet',
      subjectId: set.id,
      before: { name: set.name },
    });
  }

  private async draft(id: string): Promise<CriteriaSetEntity> {
    const set = await this.sets.getOneBy({ id });
    if (set.status !== 'draft') {
      throw new ApiException(409, 'criteria_set_not_draft', { status: STATUS_LABELS[set.status] });
    }
    return set;
  }

  private async setStatus(set: CriteriaSetEntity, status: CriteriaSetStatus, principal: Principal) {
    const before = set.status;
    set.status = status;
    set.version += 1;
    set.updatedAt = new Date();
    await this.sets.save(set);
    await this.audit.record({
      action: `criteria_set.${status}`,
      subject: 'CriteriaSet',
      subjectId: set.id,
      before: { status: before },
      after: { status },
    });
    return this.describe(set, principal);
  }

  private async planCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.scorings
      .query('p')
      .select(['p.criteria_set_id AS id', 'COUNT(*) AS n'])
      .andWhere({ criteriaSetId: In(ids) })
      .groupBy('p.criteria_set_id')
      .getRawMany<{ id: string; n: string }>();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  async describe(set: CriteriaSetEntity, principal: Principal): Promise<CriteriaSetDto> {
    const planCount = (await this.planCounts([set.id])).get(set.id) ?? 0;
    const copied = set.copiedFrom ? await this.sets.findOneBy({ id: set.copiedFrom }) : null;
    const mayEdit = principal.ability.can('update', 'CriteriaSet');
    return {
      ...summary(set, planCount),
      ...set.content,
      description: set.description,
      copiedFrom: copied ? { id: copied.id, name: copied.name } : null,
      version: set.version,
      editable: set.status === 'draft' && mayEdit,
      publishable: set.status === 'draft' && mayEdit,
      deletable: set.status === 'draft' && principal.ability.can('delete', 'CriteriaSet'),
    };
  }
}
