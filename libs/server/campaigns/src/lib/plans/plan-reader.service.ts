import { Inject, Injectable } from '@nestjs/common';
import {
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  InjectTenantRepository,
  NotFoundApiException,
  pageOf,
  pageWindow,
  TenantRepository,
  underAny,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import {
  foldVietnamese,
  Page,
  PlanDto,
  PlanListItemDto,
  planNumberText,
  PlanReceiptDto,
  PlanTransition,
  PlanTransitionDto,
  transitionsFrom,
} from '@thidua/shared/contracts';
import { rowScope } from '@thidua/shared/permissions';
import { PlanPhaseEntity } from '../entities/plan-phase.entity';
import { PlanReceiptEntity } from '../entities/plan-receipt.entity';
import { PlanTransitionEntity } from '../entities/plan-transition.entity';
import { PlanEntity } from '../entities/plan.entity';
import { can, planReadScope, receivedByAny, visibilityParams, whereVisible } from './plan-access';
import { PlanQueryDto, PlanReceiptQueryDto } from './plan.dto';
import { PlanTemplates } from './plan-templates.service';

const SORTS = {
  updatedAt: 'p.updated_at',
  issuedDate: 'p.issued_date',
  title: 'p.title',
  year: 'p.year',
} as const;

/** A plan's columns shown beside other data (its document left out). */
export type PlanSummary = Pick<
  PlanEntity,
  'id' | 'docNo' | 'docSymbol' | 'title' | 'status' | 'issuerPath' | 'recipientCount' | 'acknowledgedCount'
>;
const SUMMARY_COLUMNS = [
  'p.id AS id',
  'p.doc_no AS docNo',
  'p.doc_symbol AS docSymbol',
  'p.title AS title',
  'p.status AS status',
  'p.issuer_path AS issuerPath',
  'p.recipient_count AS recipientCount',
  'p.acknowledged_count AS acknowledgedCount',
];

export type PlanPhase = Pick<
  PlanPhaseEntity,
  'id' | 'ordinal' | 'name' | 'dateFrom' | 'dateTo' | 'reportDue'
>;
const PHASE_COLUMNS = [
  'ph.id AS id',
  'ph.ordinal AS ordinal',
  'ph.name AS name',
  'ph.date_from AS dateFrom',
  'ph.date_to AS dateTo',
  'ph.report_due AS reportDue',
];

/** Which action a transition needs on the plan: leaders decide, drafters move their own work along. */
export const TRANSITION_ACTION = {
  submit: 'update',
  return: 'approve',
  issue: 'approve',
  start: 'update',
  review: 'update',
  close: 'approve',
} as const satisfies Record<PlanTransition, 'update' | 'approve'>;

function listItem(plan: PlanEntity): PlanListItemDto {
  return {
    id: plan.id,
    numberText: planNumberText(plan.docNo, plan.docSymbol),
    title: plan.title,
    year: Number(plan.year),
    status: plan.status,
    issuer: { id: plan.issuerUnitId, code: plan.issuerCode, name: plan.issuerName },
    issuedDate: plan.issuedDate,
    parentPlanId: plan.parentPlanId,
    recipientCount: Number(plan.recipientCount),
    acknowledgedCount: Number(plan.acknowledgedCount),
    updatedAt: new Date(plan.updatedAt).toISOString(),
  };
}

function receiptDto(r: PlanReceiptEntity, names: Map<string, string>): PlanReceiptDto {
  return {
    unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
    sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null,
    acknowledgedAt: r.acknowledgedAt ? new Date(r.acknowledgedAt).toISOString() : null,
    acknowledgedByName: r.acknowledgedBy ? (names.get(r.acknowledgedBy) ?? null) : null,
  };
}

/** Reads of plans: lists, one plan with what the user may do with it, history and receipts. */
@Injectable()
export class PlanReader {
  constructor(
    @InjectTenantRepository(PlanEntity) private readonly plans: TenantRepository<PlanEntity>,
    @InjectTenantRepository(PlanPhaseEntity) private readonly phases: TenantRepository<PlanPhaseEntity>,
    @InjectTenantRepository(PlanReceiptEntity) private readonly receipts: TenantRepository<PlanReceiptEntity>,
    @InjectTenantRepository(PlanTransitionEntity)
    private readonly transitions: TenantRepository<PlanTransitionEntity>,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
    private readonly templates: PlanTemplates,
  ) {}

  async list(query: PlanQueryDto, principal: Principal): Promise<Page<PlanListItemDto>> {
    const window = pageWindow(query);
    const qb = whereVisible(this.plans.query('p'), 'p', planReadScope(principal));
    if (query.q) qb.andWhere('p.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    const mine = principal.grants.facts.unitPaths;
    if (query.scope === 'issued') qb.andWhere(...underAny('p.issuer_path', mine, 'mine'));
    if (query.scope === 'received') qb.andWhere(...receivedByAny('p', mine));
    const dir =
      query.dir === 'asc' ? 'ASC' : query.dir === 'desc' ? 'DESC' : query.sort === 'title' ? 'ASC' : 'DESC';
    const [rows, total] = await qb
      .select([
        'p.tenantId',
        'p.id',
        'p.docNo',
        'p.docSymbol',
        'p.title',
        'p.year',
        'p.status',
        'p.issuerUnitId',
        'p.issuerCode',
        'p.issuerName',
        'p.issuedDate',
        'p.parentPlanId',
        'p.recipientCount',
        'p.acknowledgedCount',
        'p.updatedAt',
      ])
      .orderBy(SORTS[query.sort ?? 'updatedAt'], dir)
      .addOrderBy('p.id', 'DESC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    return pageOf(rows.map(listItem), total, window);
  }

  /** The plan if the user may read it; 404 otherwise (whether it exists elsewhere is not said). */
  async visible(id: string, principal: Principal): Promise<PlanEntity> {
    const plan = await whereVisible(this.plans.query('p'), 'p', planReadScope(principal))
      .andWhere('p.id = :id', { id })
      .getOne();
    if (!plan) throw new NotFoundApiException();
    return plan;
  }

  /**
   * The plan's summary columns if the user may read it (404 otherwise), without its document:
   * for pages that show the plan's name and counts beside their own data.
   */
  async visibleSummary(id: string, principal: Principal): Promise<PlanSummary> {
    const scope = planReadScope(principal);
    const [plan] = await this.plans.prepared<PlanSummary>(
      `visible plan summary (${scope.kind})`,
      'p',
      (qb) => whereVisible(qb.select(SUMMARY_COLUMNS), 'p', scope).andWhere('p.id = :id'),
      { id, ...visibilityParams(scope) },
    );
    if (!plan) throw new NotFoundApiException();
    return plan;
  }

  phasesOf(planId: string): Promise<PlanPhase[]> {
    return this.phases.prepared<PlanPhase>(
      'phases of a plan',
      'ph',
      (qb) => qb.select(PHASE_COLUMNS).andWhere('ph.plan_id = :planId').orderBy('ph.ordinal', 'ASC'),
      { planId },
    );
  }

  /** A phase of a plan; 404 when the plan has no such phase. */
  async phaseOf(planId: string, phaseId: string): Promise<PlanPhaseEntity> {
    return this.phases.getOneBy({ planId, id: phaseId });
  }

  /** Whether an issued plan has reached a unit: it was sent to the unit or to a unit above it. */
  async reaches(planId: string, unitPath: string): Promise<boolean> {
    const count = await this.receipts
      .query('r')
      .andWhere('r.plan_id = :planId AND r.sent_at IS NOT NULL', { planId })
      .andWhere(":unitPath LIKE CONCAT(r.unit_path, '%')", { unitPath })
      .getCount();
    return count > 0;
  }

  async get(id: string, principal: Principal): Promise<PlanDto> {
    return this.describe(await this.visible(id, principal), principal);
  }

  async describe(plan: PlanEntity, principal: Principal): Promise<PlanDto> {
    const [phases, recipients, parent] = await Promise.all([
      this.phases.find({ where: { planId: plan.id }, order: { ordinal: 'ASC' } }),
      this.receipts.find({ where: { planId: plan.id }, order: { unitCode: 'ASC' } }),
      plan.parentPlanId ? this.plans.findOneBy({ id: plan.parentPlanId }) : Promise.resolve(null),
    ]);
    const mine = recipients.filter((r) => r.sentAt && can(principal, 'update', 'PlanReceipt', r.unitPath));
    const names = await this.actors.namesOf(
      mine.flatMap((r) => (r.acknowledgedBy ? [r.acknowledgedBy] : [])),
    );
    return {
      ...listItem(plan),
      content: plan.content,
      header: await this.templates.header(plan.issuerPath, plan.issuerName),
      phases: phases.map((p) => ({
        id: p.id,
        ordinal: p.ordinal,
        name: p.name,
        from: p.dateFrom,
        to: p.dateTo,
      })),
      parentPlan: parent
        ? { id: parent.id, numberText: planNumberText(parent.docNo, parent.docSymbol), title: parent.title }
        : null,
      recipientUnits: recipients.map((r) => ({ id: r.unitId, code: r.unitCode, name: r.unitName })),
      version: plan.version,
      createdAt: new Date(plan.createdAt).toISOString(),
      allowedTransitions: transitionsFrom(plan.status).filter((t) =>
        can(principal, TRANSITION_ACTION[t], 'Plan', plan.issuerPath),
      ),
      editable: plan.status === 'draft' && can(principal, 'update', 'Plan', plan.issuerPath),
      deletable: plan.status === 'draft' && can(principal, 'delete', 'Plan', plan.issuerPath),
      myReceipts: mine.map((r) => receiptDto(r, names)),
    };
  }

  async history(id: string, principal: Principal): Promise<PlanTransitionDto[]> {
    await this.visible(id, principal);
    const rows = await this.transitions.find({ where: { planId: id }, order: { at: 'ASC' } });
    const names = await this.actors.namesOf(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
    return rows.map((r) => ({
      id: r.id,
      transition: r.transition,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      comment: r.comment,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      at: new Date(r.at).toISOString(),
    }));
  }

  /**
   * Receipts of a plan. The issuer's side sees every recipient; a recipient's side sees the
   * receipts of the units within its own subtrees.
   */
  async receiptsOf(
    id: string,
    query: PlanReceiptQueryDto,
    principal: Principal,
  ): Promise<Page<PlanReceiptDto>> {
    const plan = await this.visible(id, principal);
    const window = pageWindow(query);
    const scope = rowScope(principal.grants.templates, principal.grants.facts, 'read', 'PlanReceipt');
    const qb = this.receipts.query('r').andWhere('r.plan_id = :planId', { planId: plan.id });
    if (scope.kind === 'none') return pageOf([], 0, window);
    const issuerSide = scope.kind === 'all' || scope.unitPaths.some((p) => plan.issuerPath.startsWith(p));
    if (!issuerSide && scope.kind === 'limited')
      qb.andWhere(...underAny('r.unit_path', scope.unitPaths, 'own'));
    if (query.acknowledged === 'yes') qb.andWhere('r.acknowledged_at IS NOT NULL');
    if (query.acknowledged === 'no') qb.andWhere('r.acknowledged_at IS NULL');
    const [rows, total] = await qb
      .orderBy('r.unit_code', 'ASC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    const names = await this.actors.namesOf(
      rows.flatMap((r) => (r.acknowledgedBy ? [r.acknowledgedBy] : [])),
    );
    return pageOf(
      rows.map((r) => receiptDto(r, names)),
      total,
      window,
    );
  }
}
