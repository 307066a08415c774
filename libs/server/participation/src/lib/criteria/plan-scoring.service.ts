import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { ApiException, AuditService, InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity, PlanReader } from '@thidua/server/campaigns';
import { PLAN_STATUS_LABELS, PlanScoringDto } from '@thidua/shared/contracts';
import { CriteriaSetEntity } from '../entities/criteria-set.entity';
import { PlanScoringEntity } from '../entities/plan-scoring.entity';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { issuesPlan } from '../participants';
import { CriteriaSetsService, ScoreScale } from './criteria-sets.service';

/** Which criteria set a plan scores with: chosen by the plan's issuer side until the first scorecard. */
@Injectable()
export class PlanScoring {
  constructor(
    private readonly plans: PlanReader,
    private readonly sets: CriteriaSetsService,
    @InjectTenantRepository(PlanScoringEntity) private readonly scorings: TenantRepository<PlanScoringEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    private readonly audit: AuditService,
  ) {}

  /** The plan's criteria set; null when none is attached. */
  setOf(planId: string): Promise<CriteriaSetEntity | null> {
    return this.sets.ofPlan(planId);
  }

  /** What rankings show of the plan's criteria set; null when none is attached. */
  scaleOf(planId: string): Promise<ScoreScale | null> {
    return this.sets.scaleOfPlan(planId);
  }

  /** The plan's criteria set, or 409 when none is attached yet. */
  async requireSetOf(planId: string): Promise<CriteriaSetEntity> {
    const set = await this.setOf(planId);
    if (!set) throw new ApiException(409, 'scoring_no_criteria');
    return set;
  }

  async get(planId: string, principal: Principal): Promise<PlanScoringDto> {
    const plan = await this.plans.visible(planId, principal);
    const [set, scorecardCount] = await Promise.all([
      this.setOf(planId),
      this.scorecards.count({ where: { planId } }),
    ]);
    return {
      planId,
      criteriaSet: set ? await this.sets.describe(set, principal) : null,
      scorecardCount,
      changeable: scorecardCount === 0 && this.mayChange(plan, principal),
      clustersEditable: this.mayChange(plan, principal) && principal.ability.can('create', 'Cluster'),
    };
  }

  @Transactional()
  async attach(planId: string, criteriaSetId: string | null, principal: Principal): Promise<PlanScoringDto> {
    const plan = await this.plans.visible(planId, principal);
    if (!issuesPlan(principal, plan)) throw new ApiException(403, 'forbidden');
    if (plan.status === 'closed') {
      throw new ApiException(409, 'participation_closed', { status: PLAN_STATUS_LABELS[plan.status] });
    }
    const count = await this.scorecards.count({ where: { planId } });
    if (count > 0) throw new ApiException(409, 'scoring_locked', { count });
    const before = await this.scorings.findOneBy({ planId });
    if (criteriaSetId === null) {
      await this.scorings.delete({ planId });
    } else {
      const set = await this.sets.entity(criteriaSetId);
      if (set.status !== 'published') throw new ApiException(409, 'criteria_set_not_published');
      await this.scorings.save(
        this.scorings.create({ planId, criteriaSetId, attachedBy: principal.userId, attachedAt: new Date() }),
      );
    }
    await this.audit.record({
      action: 'plan.criteria_set_attached',
      subject: 'Plan',
      subjectId: planId,
      before: { criteriaSetId: before?.criteriaSetId ?? null },
      after: { criteriaSetId },
    });
    return this.get(planId, principal);
  }

  private mayChange(plan: PlanEntity, principal: Principal): boolean {
    return plan.status !== 'closed' && issuesPlan(principal, plan);
  }
}
