import { Inject, Injectable } from '@nestjs/common';
import {
  InjectTenantRepository,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanReader } from '@thidua/server/campaigns';
import { MyParticipationDto } from '@thidua/shared/contracts';
import { In } from 'typeorm';
import { PhaseReportEntity } from './entities/phase-report.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { canAct, planRef } from './participants';

/** The last id of a materialised path: the unit a role is held on. */
const unitOf = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/**
 * A unit officer's view of one plan: for each unit their roles are held on that the plan
 * reached, the registration's and each phase report's status.
 */
@Injectable()
export class MyParticipationService {
  constructor(
    private readonly plans: PlanReader,
    @Inject(ORG_UNIT_DIRECTORY) private readonly units: OrgUnitDirectory,
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    @InjectTenantRepository(PhaseReportEntity) private readonly reports: TenantRepository<PhaseReportEntity>,
  ) {}

  async of(planId: string, principal: Principal): Promise<MyParticipationDto> {
    const plan = await this.plans.visible(planId, principal);
    const held = await this.units.summaries(principal.grants.facts.unitPaths.map(unitOf).filter(Boolean));
    const reached = [];
    for (const unit of held.values()) {
      if (unit.active && (await this.plans.reaches(plan.id, unit.path))) reached.push(unit);
    }
    const ids = reached.map((u) => u.id);
    const [registrations, reports, phases] = await Promise.all([
      ids.length ? this.registrations.findBy({ planId, unitId: In(ids) }) : Promise.resolve([]),
      ids.length ? this.reports.findBy({ planId, unitId: In(ids) }) : Promise.resolve([]),
      this.plans.phasesOf(planId),
    ]);
    return {
      plan: planRef(plan),
      units: reached.map((unit) => {
        const registration = registrations.find((r) => r.unitId === unit.id);
        return {
          unit: { id: unit.id, code: unit.code, name: unit.name },
          canWrite: canAct(principal, 'update', 'Registration', unit.path),
          registration: registration
            ? {
                status: registration.status,
                late: Boolean(registration.late),
                submittedAt: registration.submittedAt
                  ? new Date(registration.submittedAt).toISOString()
                  : null,
              }
            : null,
          reports: phases.map((phase) => {
            const report = reports.find((r) => r.unitId === unit.id && r.phaseId === phase.id);
            return {
              phaseId: phase.id,
              phaseName: phase.name,
              dueDate: phase.reportDue,
              status: report?.status ?? null,
              onTime: report?.onTime === null || report?.onTime === undefined ? null : Boolean(report.onTime),
            };
          }),
        };
      }),
    };
  }
}
