import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import {
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  AuditService,
  InjectTenantRepository,
  type OrgUnitSummary,
  pageOf,
  pageWindow,
  TenantRepository,
  underAny,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity } from '@thidua/server/campaigns';
import {
  cleanText,
  foldVietnamese,
  Page,
  planNumberText,
  RegistrationContent,
  RegistrationDto,
  RegistrationListItemDto,
  RegistrationStatus,
} from '@thidua/shared/contracts';
import { SelectQueryBuilder } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { participationListColumns, ParticipationListRow } from '../entities/participation-row';
import { RegistrationEntity } from '../entities/registration.entity';
import { Participants, planRef, scopeOf } from '../participants';
import { assertCanEdit, assertEditable, assertSubmittable, permissionsOn, review } from '../review-flow';
import { PlanTallies, scopeRoots } from '../tallies/plan-tallies.service';
import { registrationBucket, TallyBucket } from '../tallies/tally-buckets';
import { RegistrationQueryDto, ReviewDto, SaveRegistrationDto } from './registration.dto';

const OPEN = ['issued', 'in_progress'] as const;

/** Only what a list row shows: the registration's content (targets, titles) stays on disk. */
type RegistrationListRow = ParticipationListRow<RegistrationStatus> &
  Pick<RegistrationEntity, 'late' | 'targetCount'>;
const LIST_COLUMNS = [...participationListColumns('r'), 'r.late AS late', 'r.target_count AS targetCount'];

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function contentOf(input: SaveRegistrationDto): RegistrationContent {
  return {
    movements: input.movements.map(cleanText).filter(Boolean),
    targets: input.targets.map((t) => ({
      content: cleanText(t.content),
      unitOfMeasure: cleanText(t.unitOfMeasure),
      plannedValue: t.plannedValue,
      note: t.note ? cleanText(t.note) || null : null,
    })),
    collectiveTitles: input.collectiveTitles.map(cleanText).filter(Boolean),
    individualTitles: input.individualTitles.map((i) => ({
      name: cleanText(i.name),
      title: cleanText(i.title),
    })),
  };
}

/** Units register for a plan they received; the level above accepts or returns the registration. */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    private readonly participants: Participants,
    private readonly tallies: PlanTallies,
    private readonly audit: AuditService,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
  ) {}

  /** Saves a registration and moves it between the dashboard's counts. */
  private async store(row: RegistrationEntity, from: TallyBucket | null): Promise<void> {
    await this.registrations.save(row);
    await this.tallies.apply({
      planId: row.planId,
      unitPath: row.unitPath,
      metric: 'registration',
      from,
      to: registrationBucket(row),
    });
  }

  async get(planId: string, unitId: string, principal: Principal): Promise<RegistrationDto> {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'Registration');
    const row = await this.registrations.findOneBy({ planId, unitId });
    return this.describe(row, plan, unit, principal);
  }

  @Transactional()
  async save(planId: string, unitId: string, input: SaveRegistrationDto, principal: Principal) {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'Registration');
    await this.participants.assertOpen(plan, unit, OPEN);
    assertCanEdit(principal, 'Registration', unit.path);
    const existing = await this.registrations.findOneBy({ planId, unitId });
    assertEditable(existing, input.version);
    const content = contentOf(input);
    const now = new Date();
    const row =
      existing ??
      this.registrations.create({
        id: uuidv7(),
        planId,
        planNumber: planNumberText(plan.docNo, plan.docSymbol),
        planTitle: plan.title,
        unitId,
        unitPath: unit.path,
        unitCode: unit.code,
        unitName: unit.name,
        searchKey: foldVietnamese(`${unit.name} ${unit.code}`).slice(0, 300),
        status: 'draft',
        submittedAt: null,
        late: false,
        reviewComment: null,
        reviewedAt: null,
        reviewedBy: null,
        version: 0,
        createdAt: now,
      });
    const from = existing && registrationBucket(existing);
    row.content = content;
    row.targetCount = content.targets.length;
    row.version += 1;
    row.updatedAt = now;
    await this.store(row, from);
    await this.audit.record({
      action: existing ? 'registration.updated' : 'registration.created',
      subject: 'Registration',
      subjectId: row.id,
      after: { planId, unitId, targets: content.targets.length },
    });
    return this.describe(row, plan, unit, principal);
  }

  @Transactional()
  async submit(planId: string, unitId: string, principal: Principal): Promise<RegistrationDto> {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'Registration');
    await this.participants.assertOpen(plan, unit, OPEN);
    assertCanEdit(principal, 'Registration', unit.path);
    const row = await this.registrations.findOneBy({ planId, unitId });
    assertSubmittable(row);
    const from = registrationBucket(row);
    const deadline = plan.content.registrationDeadline ?? null;
    row.status = 'submitted';
    row.submittedAt = new Date();
    row.late = deadline !== null && (await this.participants.today()) > deadline;
    row.version += 1;
    row.updatedAt = new Date();
    await this.store(row, from);
    await this.audit.record({
      action: 'registration.submitted',
      subject: 'Registration',
      subjectId: row.id,
      after: { late: row.late },
    });
    return this.describe(row, plan, unit, principal);
  }

  @Transactional()
  async review(
    planId: string,
    unitId: string,
    input: ReviewDto,
    principal: Principal,
  ): Promise<RegistrationDto> {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'Registration');
    const row = await this.registrations.findOneBy({ planId, unitId });
    const from = row && registrationBucket(row);
    review(row, 'Registration', input.decision, input.comment, principal);
    await this.store(row as RegistrationEntity, from);
    await this.audit.record({
      action: input.decision === 'accept' ? 'registration.accepted' : 'registration.returned',
      subject: 'Registration',
      subjectId: row?.id,
      after: { comment: row?.reviewComment ?? null },
    });
    return this.describe(row, plan, unit, principal);
  }

  async list(query: RegistrationQueryDto, principal: Principal): Promise<Page<RegistrationListItemDto>> {
    const window = pageWindow(query);
    const scope = scopeOf(principal, 'Registration');
    if (scope.kind === 'none') return pageOf([], 0, window);
    const [within, scopeParams] =
      scope.kind === 'limited' ? underAny('r.unit_path', scope.unitPaths, 'scope') : ['', {}];
    const filters = {
      ...(query.planId ? { planId: query.planId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.late !== undefined ? { late: query.late } : {}),
      ...(query.q ? { q: `%${foldVietnamese(query.q)}%` } : {}),
    };
    const where = (qb: SelectQueryBuilder<RegistrationEntity>) => {
      if (within) qb.andWhere(within);
      if ('planId' in filters) qb.andWhere('r.plan_id = :planId');
      if ('status' in filters) qb.andWhere('r.status = :status');
      if ('late' in filters) qb.andWhere('r.late = :late');
      if ('q' in filters) qb.andWhere('r.search_key LIKE :q');
      return qb;
    };
    // The filters given decide the statement; their names are in the prepared read's key.
    const values = { ...scopeParams, ...filters };
    const [rows, total] = await Promise.all([
      this.registrations.prepared<RegistrationListRow>(
        'registration list',
        'r',
        (qb) => where(qb.select(LIST_COLUMNS)).orderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'DESC'),
        values,
        { skip: window.skip, take: window.pageSize },
      ),
      // A plan's list filtered only by what the running tallies count takes its total from them.
      query.planId && !query.q
        ? this.tallies.countOf(query.planId, scopeRoots(scope), 'registration', (bucket) => {
            const [status, late] = bucket.split('|');
            return (
              (!query.status || status === query.status) &&
              (query.late === undefined || (late === '1') === query.late)
            );
          })
        : this.registrations
            .prepared<{ n: string }>(
              'registration list count',
              'r',
              (qb) => where(qb.select('COUNT(*) AS n')),
              values,
            )
            .then(([count]) => Number(count?.n ?? 0)),
    ]);
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        plan: { id: r.planId, numberText: r.planNumber, title: r.planTitle },
        unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
        status: r.status,
        submittedAt: iso(r.submittedAt),
        late: Boolean(r.late),
        targetCount: Number(r.targetCount),
        updatedAt: new Date(r.updatedAt).toISOString(),
      })),
      total,
      window,
    );
  }

  /** The registration as the user sees it; an empty draft when the unit has not registered yet. */
  private async describe(
    row: RegistrationEntity | null,
    plan: PlanEntity,
    unit: OrgUnitSummary,
    principal: Principal,
  ): Promise<RegistrationDto> {
    const reviewer = row?.reviewedBy
      ? (await this.actors.namesOf([row.reviewedBy])).get(row.reviewedBy)
      : null;
    const content = row?.content ?? {
      movements: [],
      targets: [],
      collectiveTitles: [],
      individualTitles: [],
    };
    return {
      id: row?.id ?? null,
      plan: planRef(plan),
      unit: { id: unit.id, code: unit.code, name: unit.name },
      status: row?.status ?? 'draft',
      ...content,
      deadline: plan.content.registrationDeadline ?? null,
      submittedAt: iso(row?.submittedAt ?? null),
      late: Boolean(row?.late),
      reviewComment: row?.reviewComment ?? null,
      reviewedAt: iso(row?.reviewedAt ?? null),
      reviewerName: reviewer ?? null,
      version: row?.version ?? 0,
      updatedAt: iso(row?.updatedAt ?? null),
      ...permissionsOn(row, principal, 'Registration', unit.path),
    };
  }
}
