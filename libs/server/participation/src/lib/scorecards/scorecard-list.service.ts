import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, pageOf, pageWindow, TenantRepository, underAny } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { foldVietnamese, Page, ScorecardListItemDto, ScorecardStatus } from '@thidua/shared/contracts';
import type { RowScope } from '@thidua/shared/permissions';
import { SelectQueryBuilder } from 'typeorm';
import { participationListColumns, ParticipationListRow } from '../entities/participation-row';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { CriteriaSetsService } from '../criteria/criteria-sets.service';
import { scopeOf } from '../participants';
import { PlanTallies, scopeRoots } from '../tallies/plan-tallies.service';
import { ScorecardQueryDto } from './scorecard.dto';

const points = (value: string | null) => (value === null ? null : Number(value));

type ScorecardListRow = ParticipationListRow<ScorecardStatus> &
  Pick<ScorecardEntity, 'selfTotal' | 'reviewTotal' | 'finalTotal' | 'finalBand' | 'criteriaSetId'>;
const LIST_COLUMNS = [
  ...participationListColumns('s'),
  's.self_total AS selfTotal',
  's.review_total AS reviewTotal',
  's.final_total AS finalTotal',
  's.final_band AS finalBand',
  's.criteria_set_id AS criteriaSetId',
];

type Query = SelectQueryBuilder<ScorecardEntity>;

const ORDERS: Record<NonNullable<ScorecardQueryDto['sort']>, (qb: Query) => Query> = {
  // Only final scorecards have a final total, and NULLs come last when descending.
  total: (qb) =>
    qb.orderBy('s.final_total', 'DESC').addOrderBy('s.self_total', 'DESC').addOrderBy('s.unit_code', 'ASC'),
  unit: (qb) => qb.orderBy('s.unit_code', 'ASC'),
  updatedAt: (qb) => qb.orderBy('s.updated_at', 'DESC').addOrderBy('s.id', 'DESC'),
};

interface Filter {
  /** What the SQL depends on beyond the values' names (see TenantRepository.prepared). */
  shape: string;
  where: (qb: Query) => Query;
  values: Record<string, string | number>;
}

/** The list's conditions within the user's subtrees, with the values they bind (given filters decide the SQL). */
function filterOf(query: ScorecardQueryDto, scope: RowScope): Filter {
  const [within, scopeParams] =
    scope.kind === 'limited' ? underAny('s.unit_path', scope.unitPaths, 'scope') : ['', {}];
  const band = query.band === undefined ? undefined : query.band < 0 ? 'none' : 'one';
  return {
    shape: band ? `band ${band}` : 'any band',
    where: (qb) => {
      if (within) qb.andWhere(within);
      if (query.planId) qb.andWhere('s.plan_id = :planId');
      if (query.status) qb.andWhere('s.status = :status');
      if (band) qb.andWhere("s.status = 'final'");
      if (band === 'none') qb.andWhere('s.final_band IS NULL');
      if (band === 'one') qb.andWhere('s.final_band = :band');
      if (query.clusterId) {
        qb.andWhere(
          'EXISTS (SELECT 1 FROM cluster_member m WHERE m.tenant_id = s.tenant_id AND m.cluster_id = :clusterId AND m.unit_id = s.unit_id)',
        );
      }
      if (query.q) qb.andWhere('s.search_key LIKE :q');
      return qb;
    },
    values: {
      ...scopeParams,
      ...(query.planId ? { planId: query.planId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(band === 'one' ? { band: query.band as number } : {}),
      ...(query.clusterId ? { clusterId: query.clusterId } : {}),
      ...(query.q ? { q: `%${foldVietnamese(query.q)}%` } : {}),
    },
  };
}

/**
 * Lists of scorecards within the user's subtrees: the reviewers' queue (status=submitted) and a
 * plan's ranking (sort=total: final scorecards by total, with their positions; ties share one).
 */
@Injectable()
export class ScorecardListService {
  constructor(
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    private readonly sets: CriteriaSetsService,
    private readonly tallies: PlanTallies,
  ) {}

  async list(query: ScorecardQueryDto, principal: Principal): Promise<Page<ScorecardListItemDto>> {
    const window = pageWindow(query);
    const scope = scopeOf(principal, 'Scorecard');
    if (scope.kind === 'none') return pageOf([], 0, window);
    const filter = filterOf(query, scope);
    const order = query.sort ?? 'updatedAt';
    const [rows, total] = await Promise.all([
      this.scorecards.prepared<ScorecardListRow>(
        `scorecard list by ${order} (${filter.shape})`,
        's',
        (qb) => ORDERS[order](filter.where(qb.select(LIST_COLUMNS))),
        filter.values,
        { skip: window.skip, take: window.pageSize },
      ),
      this.total(query, scope, filter),
    ]);
    const [positions, bands] = await Promise.all([
      order === 'total' ? this.positions(rows, filter, window.skip) : new Map<string, number>(),
      this.sets.bandNamesOf([
        ...new Set(rows.filter((r) => r.status === 'final').map((r) => r.criteriaSetId)),
      ]),
    ]);
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

  /** A plan's list filtered only by what the running tallies count takes its total from them. */
  private async total(query: ScorecardQueryDto, scope: RowScope, filter: Filter): Promise<number> {
    if (query.planId && !query.q && !query.clusterId) {
      return this.tallies.countOf(query.planId, scopeRoots(scope), 'score', (bucket) => {
        const [status, band] = bucket.split('|');
        if (query.status && status !== query.status) return false;
        if (query.band === undefined) return true;
        return status === 'final' && band === (query.band < 0 ? '-' : String(query.band));
      });
    }
    const [count] = await this.scorecards.prepared<{ n: string }>(
      `scorecard list count (${filter.shape})`,
      's',
      (qb) => filter.where(qb.select('COUNT(*) AS n')),
      filter.values,
    );
    return Number(count?.n ?? 0);
  }

  /** Positions of a page of final scorecards ordered by total: one count above the page, the rest follow. */
  private async positions(
    rows: ScorecardListRow[],
    filter: Filter,
    skip: number,
  ): Promise<Map<string, number>> {
    const finals = rows.filter((r) => r.status === 'final');
    const found = new Map<string, number>();
    if (finals.length === 0) return found;
    // On the first page the first final total is the highest: nothing ranks above it.
    const above = skip === 0 ? 0 : await this.countAbove(filter, finals[0].finalTotal);
    let position = above + 1;
    finals.forEach((r, i) => {
      if (i > 0 && r.finalTotal !== finals[i - 1].finalTotal) position = above + 1 + i;
      found.set(r.id, position);
    });
    return found;
  }

  private async countAbove(filter: Filter, top: string | null): Promise<number> {
    const [count] = await this.scorecards.prepared<{ n: string }>(
      `finals above a total (${filter.shape})`,
      's',
      (qb) =>
        filter.where(qb.select('COUNT(*) AS n')).andWhere("s.status = 'final' AND s.final_total > :top"),
      { ...filter.values, top },
    );
    return Number(count?.n ?? 0);
  }
}
