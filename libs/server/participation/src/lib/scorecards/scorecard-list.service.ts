import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, pageOf, pageWindow, TenantRepository, underAny } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { foldVietnamese, Page, ScorecardListItemDto } from '@thidua/shared/contracts';
import { SelectQueryBuilder } from 'typeorm';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { CriteriaSetsService } from '../criteria/criteria-sets.service';
import { scopeOf } from '../participants';
import { ScorecardQueryDto } from './scorecard.dto';

const points = (value: string | null) => (value === null ? null : Number(value));

/**
 * Lists of scorecards within the user's subtrees: the reviewers' queue (status=submitted) and a
 * plan's ranking (sort=total: final scorecards by total, with their positions; ties share one).
 */
@Injectable()
export class ScorecardListService {
  constructor(
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    private readonly sets: CriteriaSetsService,
  ) {}

  private filtered(
    query: ScorecardQueryDto,
    principal: Principal,
  ): SelectQueryBuilder<ScorecardEntity> | null {
    const scope = scopeOf(principal, 'Scorecard');
    if (scope.kind === 'none') return null;
    const qb = this.scorecards.query('s');
    if (scope.kind === 'limited') qb.andWhere(...underAny('s.unit_path', scope.unitPaths, 'scope'));
    if (query.planId) qb.andWhere('s.plan_id = :planId', { planId: query.planId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.band !== undefined) {
      qb.andWhere("s.status = 'final'");
      if (query.band < 0) qb.andWhere('s.final_band IS NULL');
      else qb.andWhere('s.final_band = :band', { band: query.band });
    }
    if (query.clusterId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM cluster_member m WHERE m.tenant_id = s.tenant_id AND m.cluster_id = :clusterId AND m.unit_id = s.unit_id)',
        { clusterId: query.clusterId },
      );
    }
    if (query.q) qb.andWhere('s.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    return qb;
  }

  async list(query: ScorecardQueryDto, principal: Principal): Promise<Page<ScorecardListItemDto>> {
    const window = pageWindow(query);
    const qb = this.filtered(query, principal);
    if (!qb) return pageOf([], 0, window);
    if (query.sort === 'total') {
      // Only final scorecards have a final total, and NULLs come last when descending.
      qb.orderBy('s.final_total', 'DESC').addOrderBy('s.self_total', 'DESC').addOrderBy('s.unit_code', 'ASC');
    } else if (query.sort === 'unit') {
      qb.orderBy('s.unit_code', 'ASC');
    } else {
      qb.orderBy('s.updated_at', 'DESC').addOrderBy('s.id', 'DESC');
    }
    const [rows, total] = await qb
      .select([
        's.tenantId',
        's.id',
        's.planId',
        's.planNumber',
        's.planTitle',
        's.unitId',
        's.unitCode',
        's.unitName',
        's.status',
        's.selfTotal',
        's.reviewTotal',
        's.finalTotal',
        's.finalBand',
        's.criteriaSetId',
        's.submittedAt',
        's.updatedAt',
      ])
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    const positions = query.sort === 'total' ? await this.positions(rows, query, principal) : new Map();
    const bands = await this.bandNames(rows);
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        plan: { id: r.planId, numberText: r.planNumber, title: r.planTitle },
        unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
        status: r.status,
        selfTotal: Number(r.selfTotal),
        reviewTotal: points(r.reviewTotal),
        finalTotal: points(r.finalTotal),
        finalBand:
          r.status === 'final' && r.finalBand !== null
            ? (bands.get(r.criteriaSetId)?.[r.finalBand] ?? null)
            : null,
        position: positions.get(r.id) ?? null,
        submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
        updatedAt: new Date(r.updatedAt).toISOString(),
      })),
      total,
      window,
    );
  }

  /** The band names of the sets the rows were scored with. */
  private async bandNames(rows: ScorecardEntity[]): Promise<Map<string, string[]>> {
    const ids = [...new Set(rows.filter((r) => r.status === 'final').map((r) => r.criteriaSetId))];
    const sets = await Promise.all(ids.map((id) => this.sets.entity(id)));
    return new Map(sets.map((set) => [set.id, set.content.bands.map((b) => b.name)]));
  }

  /** Positions of a page of final scorecards ordered by total: one count above the page, the rest follow. */
  private async positions(rows: ScorecardEntity[], query: ScorecardQueryDto, principal: Principal) {
    const finals = rows.filter((r) => r.status === 'final');
    const found = new Map<string, number>();
    if (finals.length === 0) return found;
    const above = await (this.filtered(query, principal) as SelectQueryBuilder<ScorecardEntity>)
      .andWhere("s.status = 'final' AND s.final_total > :top", { top: finals[0].finalTotal })
      .getCount();
    let position = above + 1;
    finals.forEach((r, i) => {
      if (i > 0 && r.finalTotal !== finals[i - 1].finalTotal) position = above + 1 + i;
      found.set(r.id, position);
    });
    return found;
  }
}
