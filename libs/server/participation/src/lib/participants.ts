import { subject } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  NotFoundApiException,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  type OrgUnitSummary,
  TenantContext,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity, PlanReader } from '@thidua/server/campaigns';
import { TenantsService } from '@thidua/server/tenancy';
import { PLAN_STATUS_LABELS, planNumberText, PlanRef, PlanStatus } from '@thidua/shared/contracts';
import { Action, rowScope, RowScope } from '@thidua/shared/permissions';

export type ParticipationSubject = 'Registration' | 'PhaseReport' | 'Scorecard';

export function canAct(
  principal: Principal,
  action: Action,
  kind: ParticipationSubject,
  unitPath: string,
): boolean {
  return principal.ability.can(action, subject(kind, { unitPath }));
}

export function scopeOf(principal: Principal, kind: ParticipationSubject): RowScope {
  return rowScope(principal.grants.templates, principal.grants.facts, 'read', kind);
}

/** Reviews are made from above: the reviewer holds a role on a unit strictly above the one reviewed. */
export function isAbove(principal: Principal, unitPath: string): boolean {
  return principal.grants.facts.unitPaths.some((p) => unitPath.startsWith(p) && unitPath !== p);
}

/** Whether the user works on the plan's issuer side (drafts its plans): they set up its scoring and clusters. */
export function issuesPlan(principal: Principal, plan: PlanEntity): boolean {
  return principal.ability.can('update', subject('Plan', { unitPath: plan.issuerPath }));
}

export function planRef(plan: Pick<PlanEntity, 'id' | 'docNo' | 'docSymbol' | 'title'>): PlanRef {
  return { id: plan.id, numberText: planNumberText(plan.docNo, plan.docSymbol), title: plan.title };
}

export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * Finds the plan and the unit a registration or report is about, as far as the user may see
 * them (404 otherwise), and checks that the plan takes participation and has reached the unit.
 */
@Injectable()
export class Participants {
  constructor(
    private readonly plans: PlanReader,
    @Inject(ORG_UNIT_DIRECTORY) private readonly units: OrgUnitDirectory,
    private readonly tenants: TenantsService,
    private readonly context: TenantContext,
  ) {}

  async resolve(
    planId: string,
    unitId: string,
    principal: Principal,
    kind: ParticipationSubject,
  ): Promise<{ plan: PlanEntity; unit: OrgUnitSummary }> {
    const plan = await this.plans.visible(planId, principal);
    const unit = (await this.units.summaries([unitId])).get(unitId);
    if (!unit || !canAct(principal, 'read', kind, unit.path)) throw new NotFoundApiException();
    return { plan, unit };
  }

  async assertOpen(plan: PlanEntity, unit: OrgUnitSummary, open: readonly PlanStatus[]): Promise<void> {
    if (!open.includes(plan.status)) {
      throw new ApiException(409, 'participation_closed', { status: PLAN_STATUS_LABELS[plan.status] });
    }
    if (!(await this.plans.reaches(plan.id, unit.path))) {
      throw new ApiException(409, 'plan_not_received', { unit: unit.name });
    }
  }

  async today(): Promise<string> {
    return todayIn((await this.tenants.get(this.context.tenantId)).timeZone);
  }

  phaseOf(planId: string, phaseId: string) {
    return this.plans.phaseOf(planId, phaseId);
  }
}
