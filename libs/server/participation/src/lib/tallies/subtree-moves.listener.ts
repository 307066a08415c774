import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  InjectTenantRepository,
  ORG_SUBTREE_MOVED,
  type OrgSubtreeMovedEvent,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { PlanScoring } from '../criteria/plan-scoring.service';
import { PhaseReportEntity } from '../entities/phase-report.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { PlanTallies } from './plan-tallies.service';

/**
 * When a unit moves under another parent, its registrations, reports and scorecards (and those of
 * the units below it) move with it: the paths that "within my subtree" filters read are rewritten,
 * and the tallies of the plans they belong to are counted again.
 */
@Injectable()
export class SubtreeMovesListener {
  constructor(
    private readonly context: TenantContext,
    private readonly tallies: PlanTallies,
    private readonly scoring: PlanScoring,
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    @InjectTenantRepository(PhaseReportEntity) private readonly reports: TenantRepository<PhaseReportEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
  ) {}

  @OnEvent(ORG_SUBTREE_MOVED, { promisify: true, suppressErrors: false })
  async onSubtreeMoved(event: OrgSubtreeMovedEvent): Promise<void> {
    await this.context.runInTenant(event.tenantId, async () => {
      const params = {
        newPath: event.newPath,
        cut: event.oldPath.length + 1,
        oldPrefix: `${event.oldPath}%`,
      };
      const repos = [
        this.registrations,
        this.reports,
        this.scorecards,
      ] as TenantRepository<RegistrationEntity>[];
      const plans = new Set<string>();
      for (const repo of repos) {
        const rows = await repo
          .query('r')
          .select('DISTINCT r.plan_id', 'planId')
          .andWhere('r.unit_path LIKE :oldPrefix', params)
          .getRawMany<{ planId: string }>();
        rows.forEach((r) => plans.add(r.planId));
        await repo.updateQuery((qb) =>
          qb
            .set({ unitPath: () => 'CONCAT(:newPath, SUBSTRING(unit_path, :cut))' })
            .where('unit_path LIKE :oldPrefix')
            .setParameters(params),
        );
      }
      for (const planId of plans) {
        const scale = await this.scoring.scaleOf(planId);
        await this.tallies.rebuild(planId, scale?.maxTotal ?? 0);
      }
    });
  }
}
