import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  AuditService,
  InjectTenantRepository,
  NotFoundApiException,
  type OrgUnitSummary,
  pageOf,
  pageWindow,
  TenantRepository,
  underAny,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity, PlanPhase } from '@thidua/server/campaigns';
import {
  EvidenceDto,
  foldVietnamese,
  Page,
  PhaseReportDto,
  planNumberText,
  ReportListItemDto,
} from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { PhaseReportEntity } from '../entities/phase-report.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { ReportEvidenceEntity } from '../entities/report-evidence.entity';
import { Participants, planRef, scopeOf } from '../participants';
import { assertCanEdit, assertEditable, assertSubmittable, permissionsOn, review } from '../review-flow';
import { ReviewDto } from '../registrations/registration.dto';
import { evidenceDto, EvidenceFiles, type UploadedEvidence } from '../evidence/evidence-files';
import { PlanTallies } from '../tallies/plan-tallies.service';
import { reportBucket, TallyBucket } from '../tallies/tally-buckets';
import { ReportQueryDto, SaveReportDto } from './report.dto';

const OPEN = ['issued', 'in_progress', 'reviewing'] as const;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Phase reports (sơ kết / tổng kết) with indicator values and evidence files, reviewed from above. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectTenantRepository(PhaseReportEntity) private readonly reports: TenantRepository<PhaseReportEntity>,
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    @InjectTenantRepository(ReportEvidenceEntity)
    private readonly evidence: TenantRepository<ReportEvidenceEntity>,
    private readonly participants: Participants,
    private readonly tallies: PlanTallies,
    private readonly files: EvidenceFiles,
    private readonly audit: AuditService,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
  ) {}

  /** Saves a report and moves it between the dashboard's counts. */
  private async store(row: PhaseReportEntity, from: TallyBucket | null): Promise<void> {
    await this.reports.save(row);
    await this.tallies.apply({
      planId: row.planId,
      unitPath: row.unitPath,
      metric: 'report',
      phaseId: row.phaseId,
      from,
      to: reportBucket(row),
    });
  }

  private async resolve(planId: string, phaseId: string, unitId: string, principal: Principal) {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'PhaseReport');
    const phase = await this.participants.phaseOf(planId, phaseId);
    return { plan, unit, phase };
  }

  async get(planId: string, phaseId: string, unitId: string, principal: Principal): Promise<PhaseReportDto> {
    const { plan, unit, phase } = await this.resolve(planId, phaseId, unitId, principal);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    return this.describe(row, plan, phase, unit, principal);
  }

  @Transactional()
  async save(planId: string, phaseId: string, unitId: string, input: SaveReportDto, principal: Principal) {
    const { plan, unit, phase } = await this.resolve(planId, phaseId, unitId, principal);
    await this.participants.assertOpen(plan, unit, OPEN);
    assertCanEdit(principal, 'PhaseReport', unit.path);
    const existing = await this.reports.findOneBy({ phaseId, unitId });
    assertEditable(existing, input.version);
    const registration = await this.registrations.findOneBy({ planId, unitId });
    const targets = registration?.content.targets.length ?? 0;
    const unknown = input.indicators.find((i) => i.targetIndex >= targets);
    if (unknown) throw new ApiException(400, 'report_indicator_unknown', { index: unknown.targetIndex + 1 });
    const now = new Date();
    const from = existing && reportBucket(existing);
    const row = existing ?? this.newReport(plan, phase, unit, now);
    row.narrative = input.narrative.normalize('NFC').trim();
    row.indicators = input.indicators.map((i) => ({ ...i, note: i.note?.trim() || null }));
    row.version += 1;
    row.updatedAt = now;
    await this.store(row, from);
    await this.audit.record({
      action: existing ? 'report.updated' : 'report.created',
      subject: 'PhaseReport',
      subjectId: row.id,
      after: { planId, phaseId, unitId, indicators: row.indicators.length },
    });
    return this.describe(row, plan, phase, unit, principal);
  }

  private newReport(plan: PlanEntity, phase: PlanPhase, unit: OrgUnitSummary, now: Date): PhaseReportEntity {
    return this.reports.create({
      id: uuidv7(),
      planId: plan.id,
      planNumber: planNumberText(plan.docNo, plan.docSymbol),
      planTitle: plan.title,
      phaseId: phase.id,
      phaseName: phase.name,
      unitId: unit.id,
      unitPath: unit.path,
      unitCode: unit.code,
      unitName: unit.name,
      searchKey: foldVietnamese(`${unit.name} ${unit.code}`).slice(0, 300),
      status: 'draft',
      submittedAt: null,
      onTime: null,
      reviewComment: null,
      reviewedAt: null,
      reviewedBy: null,
      evidenceCount: 0,
      version: 0,
      createdAt: now,
    });
  }

  @Transactional()
  async submit(
    planId: string,
    phaseId: string,
    unitId: string,
    principal: Principal,
  ): Promise<PhaseReportDto> {
    const { plan, unit, phase } = await this.resolve(planId, phaseId, unitId, principal);
    await this.participants.assertOpen(plan, unit, OPEN);
    assertCanEdit(principal, 'PhaseReport', unit.path);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    assertSubmittable(row);
    const from = reportBucket(row);
    row.status = 'submitted';
    row.submittedAt = new Date();
    row.onTime = (await this.participants.today()) <= phase.reportDue;
    row.version += 1;
    row.updatedAt = new Date();
    await this.store(row, from);
    await this.audit.record({
      action: 'report.submitted',
      subject: 'PhaseReport',
      subjectId: row.id,
      after: { onTime: row.onTime },
    });
    return this.describe(row, plan, phase, unit, principal);
  }

  @Transactional()
  async review(planId: string, phaseId: string, unitId: string, input: ReviewDto, principal: Principal) {
    const { plan, unit, phase } = await this.resolve(planId, phaseId, unitId, principal);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    const from = row && reportBucket(row);
    review(row, 'PhaseReport', input.decision, input.comment, principal);
    await this.store(row as PhaseReportEntity, from);
    await this.audit.record({
      action: input.decision === 'accept' ? 'report.accepted' : 'report.returned',
      subject: 'PhaseReport',
      subjectId: row?.id,
      after: { comment: row?.reviewComment ?? null },
    });
    return this.describe(row, plan, phase, unit, principal);
  }

  /** Stores an evidence file of a draft (or returned) report; the type is decided by its bytes. */
  @Transactional()
  async addEvidence(
    planId: string,
    phaseId: string,
    unitId: string,
    file: UploadedEvidence,
    principal: Principal,
  ): Promise<EvidenceDto> {
    const { plan, unit } = await this.resolve(planId, phaseId, unitId, principal);
    await this.participants.assertOpen(plan, unit, OPEN);
    assertCanEdit(principal, 'PhaseReport', unit.path);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    assertSubmittable(row);
    const stored = await this.files.store(row.id, file, principal);
    const entity = await this.evidence.save(this.evidence.create({ ...stored, reportId: row.id }));
    await this.reports.updateQuery((qb) =>
      qb.set({ evidenceCount: () => 'evidence_count + 1' }).where('id = :id', { id: row.id }),
    );
    await this.audit.record({
      action: 'report.evidence_added',
      subject: 'PhaseReport',
      subjectId: row.id,
      after: {
        evidenceId: entity.id,
        fileName: entity.fileName,
        contentType: entity.contentType,
        size: entity.size,
      },
    });
    return evidenceDto(entity);
  }

  async evidenceFile(
    planId: string,
    phaseId: string,
    unitId: string,
    evidenceId: string,
    principal: Principal,
  ): Promise<{ entity: ReportEvidenceEntity; content: Buffer }> {
    await this.resolve(planId, phaseId, unitId, principal);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    if (!row) throw new NotFoundApiException();
    const entity = await this.evidence.getOneBy({ id: evidenceId, reportId: row.id });
    return { entity, content: await this.files.read(entity) };
  }

  @Transactional()
  async removeEvidence(
    planId: string,
    phaseId: string,
    unitId: string,
    evidenceId: string,
    principal: Principal,
  ) {
    const { unit } = await this.resolve(planId, phaseId, unitId, principal);
    assertCanEdit(principal, 'PhaseReport', unit.path);
    const row = await this.reports.findOneBy({ phaseId, unitId });
    assertSubmittable(row);
    const entity = await this.evidence.getOneBy({ id: evidenceId, reportId: row.id });
    await this.evidence.delete({ id: entity.id });
    await this.reports.updateQuery((qb) =>
      qb.set({ evidenceCount: () => 'evidence_count - 1' }).where('id = :id', { id: row.id }),
    );
    await this.files.remove(entity);
    await this.audit.record({
      action: 'report.evidence_removed',
      subject: 'PhaseReport',
      subjectId: row.id,
      before: { evidenceId, fileName: entity.fileName },
    });
  }

  async list(query: ReportQueryDto, principal: Principal): Promise<Page<ReportListItemDto>> {
    const window = pageWindow(query);
    const scope = scopeOf(principal, 'PhaseReport');
    if (scope.kind === 'none') return pageOf([], 0, window);
    const qb = this.reports.query('r');
    if (scope.kind === 'limited') qb.andWhere(...underAny('r.unit_path', scope.unitPaths, 'scope'));
    if (query.planId) qb.andWhere('r.plan_id = :planId', { planId: query.planId });
    if (query.phaseId) qb.andWhere('r.phase_id = :phaseId', { phaseId: query.phaseId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.q) qb.andWhere('r.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    const [rows, total] = await qb
      .select([
        'r.tenantId',
        'r.id',
        'r.planId',
        'r.planNumber',
        'r.planTitle',
        'r.phaseId',
        'r.phaseName',
        'r.unitId',
        'r.unitCode',
        'r.unitName',
        'r.status',
        'r.submittedAt',
        'r.onTime',
        'r.evidenceCount',
        'r.updatedAt',
      ])
      .orderBy('r.updated_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        plan: { id: r.planId, numberText: r.planNumber, title: r.planTitle },
        phase: { id: r.phaseId, name: r.phaseName },
        unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
        status: r.status,
        submittedAt: iso(r.submittedAt),
        onTime: r.onTime === null ? null : Boolean(r.onTime),
        evidenceCount: Number(r.evidenceCount),
        updatedAt: new Date(r.updatedAt).toISOString(),
      })),
      total,
      window,
    );
  }

  private async describe(
    row: PhaseReportEntity | null,
    plan: PlanEntity,
    phase: PlanPhase,
    unit: OrgUnitSummary,
    principal: Principal,
  ): Promise<PhaseReportDto> {
    const [registration, files, reviewer] = await Promise.all([
      this.registrations.findOneBy({ planId: plan.id, unitId: unit.id }),
      row
        ? this.evidence.find({ where: { reportId: row.id }, order: { uploadedAt: 'ASC' } })
        : Promise.resolve([]),
      row?.reviewedBy ? this.actors.namesOf([row.reviewedBy]) : Promise.resolve(new Map<string, string>()),
    ]);
    return {
      id: row?.id ?? null,
      plan: planRef(plan),
      phase: {
        id: phase.id,
        name: phase.name,
        from: phase.dateFrom,
        to: phase.dateTo,
        dueDate: phase.reportDue,
      },
      unit: { id: unit.id, code: unit.code, name: unit.name },
      status: row?.status ?? 'draft',
      narrative: row?.narrative ?? '',
      indicators: row?.indicators ?? [],
      targets: (registration?.content.targets ?? []).map((t) => ({
        content: t.content,
        unitOfMeasure: t.unitOfMeasure,
        plannedValue: t.plannedValue,
      })),
      evidence: files.map(evidenceDto),
      submittedAt: iso(row?.submittedAt ?? null),
      onTime: row?.onTime === null || row?.onTime === undefined ? null : Boolean(row.onTime),
      reviewComment: row?.reviewComment ?? null,
      reviewedAt: iso(row?.reviewedAt ?? null),
      reviewerName: row?.reviewedBy ? (reviewer.get(row.reviewedBy) ?? null) : null,
      version: row?.version ?? 0,
      updatedAt: iso(row?.updatedAt ?? null),
      ...permissionsOn(row, principal, 'PhaseReport', unit.path),
    };
  }
}
