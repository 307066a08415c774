import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import type { ClusterStanding, ScorecardStatus } from '@thidua/shared/contracts';
import { PlanScoring } from '../criteria/plan-scoring.service';
import { ClusterMemberEntity } from '../entities/cluster-member.entity';
import type { ScoreScale } from '../criteria/criteria-sets.service';
import { ScorecardEntity } from '../entities/scorecard.entity';

export interface MemberScore {
  clusterId: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  status: ScorecardStatus | null;
  finalTotal: number | null;
  finalBand: number | null;
  selfTotal: number | null;
}

/**
 * A cluster's ranking from its members in ranking order (the query sorts them: members with a
 * final score by total, then the others by their own total, then by code): positions follow the
 * final totals, and ties share a position with the next one skipping (1, 2, 2, 4).
 */
export function rank(sorted: readonly MemberScore[], bandNames: readonly string[]): ClusterStanding[] {
  const byTotal = (m: MemberScore) => (m.status === 'final' ? (m.finalTotal ?? 0) : null);
  let position = 0;
  return sorted.map((m, i) => {
    const total = byTotal(m);
    if (total !== null && (i === 0 || byTotal(sorted[i - 1]) !== total)) position = i + 1;
    return {
      unit: { id: m.unitId, code: m.unitCode, name: m.unitName },
      position: total === null ? null : position,
      scorecardStatus: m.status,
      finalTotal: total,
      finalBand: total !== null && m.finalBand !== null ? (bandNames[m.finalBand] ?? null) : null,
      selfTotal: m.selfTotal,
    };
  });
}

/** Rankings of a plan's clusters from their members' scorecards. */
@Injectable()
export class ClusterStandings {
  constructor(
    @InjectTenantRepository(ClusterMemberEntity)
    private readonly members: TenantRepository<ClusterMemberEntity>,
    private readonly scoring: PlanScoring,
  ) {}

  /** Rankings of the given clusters of a plan, or of all of them; `scale` when the caller has read it already. */
  async of(
    planId: string,
    clusterIds: string[] | 'all',
    scale: Promise<ScoreScale | null> = this.scoring.scaleOf(planId),
  ): Promise<Map<string, ClusterStanding[]>> {
    if (clusterIds !== 'all' && clusterIds.length === 0) return new Map();
    const some = clusterIds !== 'all';
    const members = this.members.prepared<Record<keyof MemberScore, string | null>>(
      `members of ${some ? 'some clusters' : 'all clusters'} with their scores`,
      'm',
      (qb) => {
        qb.leftJoin(
          ScorecardEntity,
          's',
          's.tenant_id = m.tenant_id AND s.plan_id = m.plan_id AND s.unit_id = m.unit_id',
        )
          .select([
            'm.cluster_id AS clusterId',
            'm.unit_id AS unitId',
            'm.unit_code AS unitCode',
            'm.unit_name AS unitName',
            's.status AS status',
            's.final_total AS finalTotal',
            's.final_band AS finalBand',
            's.self_total AS selfTotal',
          ])
          .andWhere('m.plan_id = :planId')
          // Ranking order within each cluster (see rank()).
          .orderBy('m.cluster_id')
          .addOrderBy("s.status <=> 'final'", 'DESC')
          .addOrderBy("IF(s.status <=> 'final', IFNULL(s.final_total, 0), NULL)", 'DESC')
          .addOrderBy("IF(s.status <=> 'final', NULL, s.self_total)", 'DESC')
          .addOrderBy('m.unit_code', 'ASC');
        return some ? qb.andWhere('m.cluster_id IN (:...clusterIds)') : qb;
      },
      some ? { planId, clusterIds } : { planId },
    );
    const [rows, criteria] = await Promise.all([members, scale]);
    const num = (v: string | null) => (v === null ? null : Number(v));
    const byCluster = new Map<string, MemberScore[]>(
      clusterIds === 'all' ? [] : clusterIds.map((id) => [id, []]),
    );
    for (const r of rows) {
      const id = r.clusterId as string;
      if (!byCluster.has(id)) byCluster.set(id, []);
      byCluster.get(id)?.push({
        clusterId: id,
        unitId: r.unitId as string,
        unitCode: r.unitCode as string,
        unitName: r.unitName as string,
        status: r.status as ScorecardStatus | null,
        finalTotal: num(r.finalTotal),
        finalBand: num(r.finalBand),
        selfTotal: num(r.selfTotal),
      });
    }
    const bandNames = criteria?.bandNames ?? [];
    const found = new Map<string, ClusterStanding[]>();
    for (const [id, scores] of byCluster) found.set(id, rank(scores, bandNames));
    return found;
  }
}
