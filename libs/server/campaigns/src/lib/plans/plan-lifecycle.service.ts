import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  RawFieldError,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import {
  PLAN_STATUS_LABELS,
  PLAN_TRANSITION_LABELS,
  PLAN_TRANSITIONS,
  type PlanTransition,
} from '@thidua/shared/contracts';
import { QueryFailedError } from 'typeorm';
import { PlanReceiptEntity } from '../entities/plan-receipt.entity';
import { PlanEntity } from '../entities/plan.entity';
import { DocumentRegister } from './document-register.service';
import { assertCan } from './plan-access';
import { PlanEditor } from './plan-editor.service';
import { PlanReader, TRANSITION_ACTION } from './plan-reader.service';

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** What a plan must say before it can be issued, as field problems the editor can show. */
export function missingForIssue(plan: PlanEntity): RawFieldError[] {
  const c = plan.content;
  const missing = (field: string): RawFieldError => ({ field, code: 'isNotEmpty', args: [] });
  return [
    ...(c.title ? [] : [missing('content.title')]),
    ...(c.place ? [] : [missing('content.place')]),
    ...(c.docSymbol ? [] : [missing('content.docSymbol')]),
    ...(c.phases.length ? [] : [missing('content.phases')]),
    ...(c.signature.name ? [] : [missing('content.signature.name')]),
    ...(c.signature.title ? [] : [missing('content.signature.title')]),
    ...(plan.recipientCount > 0 ? [] : [missing('recipientUnitIds')]),
  ];
}

/**
 * Moves a plan through its life: draft → in approval → issued → in progress → reviewing →
 * closed (and back to draft when returned). Each step is checked against the plan's status and
 * the user's rights on its issuer, recorded with its comment, and audited.
 */
@Injectable()
export class PlanLifecycle {
  constructor(
    @InjectTenantRepository(PlanEntity) private readonly plans: TenantRepository<PlanEntity>,
    @InjectTenantRepository(PlanReceiptEntity) private readonly receipts: TenantRepository<PlanReceiptEntity>,
    private readonly reader: PlanReader,
    private readonly editor: PlanEditor,
    private readonly register: DocumentRegister,
    private readonly audit: AuditService,
    private readonly tenants: TenantsService,
    private readonly context: TenantContext,
  ) {}

  @Transactional()
  async apply(id: string, transition: PlanTransition, comment: string | undefined, principal: Principal) {
    await this.reader.visible(id, principal);
    // Locks the plan row: two people pressing "issue" at once cannot both pass the status check.
    const plan = await this.plans
      .query('p')
      .andWhere('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOneOrFail();
    const step = PLAN_TRANSITIONS[transition];
    if (plan.status !== step.from) {
      throw new ApiException(409, 'plan_transition_not_allowed', {
        transition: PLAN_TRANSITION_LABELS[transition],
        status: PLAN_STATUS_LABELS[plan.status],
      });
    }
    assertCan(principal, TRANSITION_ACTION[transition], 'Plan', plan.issuerPath);
    const note = comment?.trim() || null;
    if (transition === 'return' && !note) throw new ApiException(400, 'plan_comment_required');
    const before = { status: plan.status, docNo: plan.docNo };
    if (transition === 'issue') await this.issue(plan);
    plan.status = step.to;
    plan.version += 1;
    plan.updatedAt = new Date();
    await this.plans.save(plan).catch((error: unknown) => {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === 'ER_DUP_ENTRY'
      ) {
        throw new ApiException(409, 'plan_number_taken', {
          number: plan.docNo ?? '',
          year: plan.registerYear ?? '',
        });
      }
      throw error;
    });
    await this.editor.record(plan, transition, step.from, note, principal);
    await this.audit.record({
      action: `plan.${transition}`,
      subject: 'Plan',
      subjectId: plan.id,
      before,
      after: { status: plan.status, docNo: plan.docNo, comment: note },
    });
    return plan;
  }

  /** Numbers and dates the plan and sends it to its recipient units. */
  private async issue(plan: PlanEntity): Promise<void> {
    const problems = missingForIssue(plan);
    if (problems.length) throw new ApiException(400, 'plan_incomplete', {}, problems);
    const tenant = await this.tenants.get(this.context.tenantId);
    const issuedDate = plan.content.issuedDate ?? todayIn(tenant.timeZone);
    const year = Number(issuedDate.slice(0, 4));
    await this.register.open(plan.issuerUnitId, year);
    const wanted = plan.content.docNo;
    const taken =
      wanted !== null &&
      (await this.plans.exists({ issuerUnitId: plan.issuerUnitId, registerYear: year, docNo: wanted }));
    if (taken) {
      throw new ApiException(409, 'plan_number_taken', { number: wanted, year });
    }
    const docNo =
      wanted === null
        ? await this.register.next(plan.issuerUnitId, year)
        : await this.register.reserve(plan.issuerUnitId, year, wanted);
    plan.docNo = docNo;
    plan.issuedDate = issuedDate;
    plan.registerYear = year;
    plan.content = { ...plan.content, docNo, issuedDate };
    await this.receipts.update({ planId: plan.id }, { sentAt: new Date() });
  }
}
