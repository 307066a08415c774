import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository, underAny } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanReader } from '@thidua/server/campaigns';
import { PlanDashboardDto, RegistrationStatus } from '@thidua/shared/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PhaseReportEntity } from '../entities/phase-report.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { planRef, scopeOf } from '../participants';

interface CountRow {
  status: RegistrationStatus;
  /** Registrations: late (1/0). Reports: on_time (1 on time, 0 late). */
  flag: number | string | null;
  n: number | string;
}

const SENT: readonly RegistrationStatus[] = ['submitted', 'accepted', 'returned'];
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);
const total = (rows: CountRow[], keep: (r: CountRow) => boolean = () => true) =>
  rows.filter(keep).reduce((sum, r) => sum + Number(r.n), 0);

/**
 * A plan's progress: registrations by status (and late ones), and per phase the reports sent,
 * accepted and on time. Two grouped counts over indexed columns, within the user's subtrees.
 */
@Injectable()
export class PlanDashboardService {
  constructor(
    private readonly plans: PlanReader,
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    @InjectTenantRepository(PhaseReportEntity) private readonly reports: TenantRepository<PhaseReportEntity>,
  ) {}

  private scoped<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    principal: Principal,
    kind: 'Registration' | 'PhaseReport',
  ): SelectQueryBuilder<T> {
    const scope = scopeOf(principal, kind);
    if (scope.kind === 'none') return qb.andWhere('1 = 0');
    if (scope.kind === 'limited') qb.andWhere(...underAny('r.unit_path', scope.unitPaths, 'scope'));
    return qb;
  }

  async of(planId: string, principal: Principal): Promise<PlanDashboardDto> {
    const plan = await this.plans.visible(planId, principal);
    const [registrationRows, reportRows, phases] = await Promise.all([
      this.scoped(this.registrations.query('r'), principal, 'Registration')
        .andWhere('r.plan_id = :planId', { planId })
        .select(['r.status AS status', 'r.late AS flag', 'COUNT(*) AS n'])
        .groupBy('r.status')
        .addGroupBy('r.late')
        .getRawMany<CountRow>(),
      this.scoped(this.reports.query('r'), principal, 'PhaseReport')
        .andWhere('r.plan_id = :planId', { planId })
        .select(['r.phase_id AS phaseId', 'r.status AS status', 'r.on_time AS flag', 'COUNT(*) AS n'])
        .groupBy('r.phase_id')
        .addGroupBy('r.status')
        .addGroupBy('r.on_time')
        .getRawMany<CountRow & { phaseId: string }>(),
      this.plans.phasesOf(planId),
    ]);
    const recipients = Number(plan.recipientCount);
    const byStatus = (status: RegistrationStatus) => total(registrationRows, (r) => r.status === status);
    return {
      plan: planRef(plan),
      recipients,
      registrations: {
        draft: byStatus('draft'),
        submitted: byStatus('submitted'),
        accepted: byStatus('accepted'),
        returned: byStatus('returned'),
        late: total(registrationRows, (r) => Number(r.flag) === 1),
        rate: ratio(
          total(registrationRows, (r) => SENT.includes(r.status)),
          recipients,
        ),
      },
      phases: phases.map((phase) => {
        const rows = reportRows.filter((r) => r.phaseId === phase.id && SENT.includes(r.status));
        const onTime = total(rows, (r) => r.flag !== null && Number(r.flag) === 1);
        return {
          phaseId: phase.id,
          name: phase.name,
          dueDate: plan.content.phases[phase.ordinal - 1]?.reportDue ?? phase.dateTo,
          sent: total(rows),
          accepted: total(rows, (r) => r.status === 'accepted'),
          onTime,
          late: total(rows, (r) => r.flag !== null && Number(r.flag) === 0),
          onTimeRate: ratio(onTime, recipients),
        };
      }),
    };
  }
}
