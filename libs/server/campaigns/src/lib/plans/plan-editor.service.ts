import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  type OrgUnitSummary,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { cleanText, foldVietnamese, PlanContent, planNumberText, PlanStatus } from '@thidua/shared/contracts';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PlanPhaseEntity } from '../entities/plan-phase.entity';
import { PlanReceiptEntity } from '../entities/plan-receipt.entity';
import { PlanTransitionEntity } from '../entities/plan-transition.entity';
import { PlanEntity } from '../entities/plan.entity';
import { assertCan } from './plan-access';
import { CreatePlanDto, UpdatePlanDto } from './plan.dto';
import { PlanReader } from './plan-reader.service';
import { PlanTemplates } from './plan-templates.service';

const DERIVABLE: readonly PlanStatus[] = ['issued', 'in_progress', 'reviewing'];

/** Text fields trimmed and NFC-normalised; phases checked; the year follows the issue date when set. */
export function normaliseContent(content: PlanContent): PlanContent {
  const text = (value: string) => cleanText(value);
  const optional = (value: string | null) => (value === null ? null : cleanText(value) || null);
  for (const phase of content.phases) {
    if (phase.from > phase.to) throw new ApiException(400, 'plan_phase_dates', { name: phase.name });
  }
  return {
    ...content,
    docSymbol: text(content.docSymbol),
    place: text(content.place),
    title: text(content.title),
    context: optional(content.context),
    theme: optional(content.theme),
    activityTheme: optional(content.activityTheme),
    contentIntro: optional(content.contentIntro),
    reportingChannel: optional(content.reportingChannel),
    closing: optional(content.closing),
    archive: optional(content.archive),
    purposes: content.purposes.map(text).filter(Boolean),
    bases: content.bases.map((b) => ({ ...b, summary: text(b.summary) })),
    contentItems: content.contentItems.map((i) => ({ ...i, text: i.text.normalize('NFC').trim() })),
    movements: content.movements.map((m) => ({ ...m, name: text(m.name) })),
    phases: content.phases.map((p) => ({ ...p, name: text(p.name), focus: p.focus.normalize('NFC').trim() })),
    duties: content.duties.map((d) => ({ ...d, items: d.items.map((i) => i.normalize('NFC').trim()) })),
    recipients: content.recipients.map((r) => ({ ...r, name: text(r.name) })),
    signature: {
      ...content.signature,
      title: text(content.signature.title),
      name: text(content.signature.name),
    },
  };
}

/** Drafting: create, edit and delete drafts, and derive a lower level's draft from an upper plan. */
@Injectable()
export class PlanEditor {
  constructor(
    @InjectTenantRepository(PlanEntity) private readonly plans: TenantRepository<PlanEntity>,
    @InjectTenantRepository(PlanPhaseEntity) private readonly phases: TenantRepository<PlanPhaseEntity>,
    @InjectTenantRepository(PlanReceiptEntity) private readonly receipts: TenantRepository<PlanReceiptEntity>,
    @InjectTenantRepository(PlanTransitionEntity)
    private readonly transitions: TenantRepository<PlanTransitionEntity>,
    @Inject(ORG_UNIT_DIRECTORY) private readonly units: OrgUnitDirectory,
    private readonly reader: PlanReader,
    private readonly audit: AuditService,
    private readonly templates: PlanTemplates,
  ) {}

  private async recipientsFor(unitIds: string[]): Promise<OrgUnitSummary[]> {
    const ids = [...new Set(unitIds)];
    const found = await this.units.summaries(ids);
    const units = ids.map((id) => found.get(id));
    if (units.some((u) => !u?.active)) throw new ApiException(400, 'plan_unit_unknown');
    return units as OrgUnitSummary[];
  }

  @Transactional()
  async create(input: CreatePlanDto, principal: Principal): Promise<PlanEntity> {
    const issuer = await this.templates.issuer(input.issuerUnitId);
    assertCan(principal, 'create', 'Plan', issuer.path);
    const plan = await this.insertDraft(issuer, normaliseContent(input.content), null, principal);
    await this.replaceRecipients(plan, await this.recipientsFor(input.recipientUnitIds));
    await this.record(plan, 'create', null, null, principal);
    await this.audit.record({
      action: 'plan.created',
      subject: 'Plan',
      subjectId: plan.id,
      after: { title: plan.title },
    });
    return plan;
  }

  @Transactional()
  async update(id: string, input: UpdatePlanDto, principal: Principal): Promise<PlanEntity> {
    const plan = await this.reader.visible(id, principal);
    assertCan(principal, 'update', 'Plan', plan.issuerPath);
    if (plan.status !== 'draft') throw new ApiException(409, 'plan_not_editable', { status: plan.status });
    if (plan.version !== input.version) throw new ApiException(409, 'plan_version_conflict');
    const content = normaliseContent(input.content);
    const changed = await this.plans.update(
      { id, version: input.version },
      { ...this.columnsOf(content), content, version: input.version + 1, updatedAt: new Date() },
    );
    if (changed === 0) throw new ApiException(409, 'plan_version_conflict');
    const saved = await this.plans.getOneBy({ id });
    await this.replacePhases(saved);
    await this.replaceRecipients(saved, await this.recipientsFor(input.recipientUnitIds));
    await this.audit.record({
      action: 'plan.updated',
      subject: 'Plan',
      subjectId: id,
      before: { title: plan.title, version: plan.version },
      after: { title: saved.title, version: saved.version },
    });
    return saved;
  }

  @Transactional()
  async remove(id: string, principal: Principal): Promise<void> {
    const plan = await this.reader.visible(id, principal);
    assertCan(principal, 'delete', 'Plan', plan.issuerPath);
    if (plan.status !== 'draft') throw new ApiException(409, 'plan_not_editable', { status: plan.status });
    await this.plans.delete({ id });
    await this.audit.record({
      action: 'plan.deleted',
      subject: 'Plan',
      subjectId: id,
      before: { title: plan.title },
    });
  }

  /** A lower level's own draft built from an upper plan it received: structure inherited, to be localised. */
  @Transactional()
  async derive(parentId: string, issuerUnitId: string, principal: Principal): Promise<PlanEntity> {
    const parent = await this.reader.visible(parentId, principal);
    if (!DERIVABLE.includes(parent.status)) throw new ApiException(409, 'plan_not_issued');
    const issuer = await this.templates.issuer(issuerUnitId);
    assertCan(principal, 'create', 'Plan', issuer.path);
    const received = await this.reader.reaches(parent.id, issuer.path);
    if (!received) throw new ApiException(409, 'plan_not_received', { unit: issuer.name });
    const blank = await this.templates.content(issuer);
    const from = parent.content;
    // The structure is inherited; the document's identity (number, place, signer) is the issuer's own.
    const content: PlanContent = {
      ...from,
      docNo: null,
      docSymbol: blank.docSymbol,
      place: blank.place,
      issuedDate: null,
      bases: [
        {
          docType: 'Kế hoạch',
          number: planNumberText(parent.docNo, parent.docSymbol),
          date: parent.issuedDate,
          issuer: parent.issuerName,
          summary: parent.title,
        },
      ],
      context: null,
      recipients: [],
      archive: blank.archive,
      signature: blank.signature,
    };
    const plan = await this.insertDraft(issuer, content, parent.id, principal);
    await this.record(
      plan,
      'derive',
      null,
      `Từ kế hoạch ${planNumberText(parent.docNo, parent.docSymbol) ?? parent.title}`,
      principal,
    );
    await this.audit.record({
      action: 'plan.derived',
      subject: 'Plan',
      subjectId: plan.id,
      after: { parentPlanId: parent.id, issuerUnitId: issuer.id },
    });
    return plan;
  }

  private columnsOf(content: PlanContent) {
    return {
      title: content.title,
      year: content.year,
      docSymbol: content.docSymbol,
      searchKey: foldVietnamese(`${content.title} ${content.docNo ?? ''}/${content.docSymbol}`).slice(0, 600),
    };
  }

  private async insertDraft(
    issuer: OrgUnitSummary,
    content: PlanContent,
    parentPlanId: string | null,
    principal: Principal,
  ): Promise<PlanEntity> {
    const now = new Date();
    const plan = await this.plans.save(
      this.plans.create({
        id: uuidv7(),
        issuerUnitId: issuer.id,
        issuerPath: issuer.path,
        issuerCode: issuer.code,
        issuerName: issuer.name,
        parentPlanId,
        status: 'draft',
        docNo: null,
        registerYear: null,
        issuedDate: null,
        content,
        recipientCount: 0,
        acknowledgedCount: 0,
        version: 1,
        createdBy: principal.userId,
        createdAt: now,
        updatedAt: now,
        ...this.columnsOf(content),
      }),
    );
    await this.replacePhases(plan, true);
    return plan;
  }

  /**
   * Rewrites the phase rows from the content (drafts only: issued phases keep their ids). Rows are
   * deleted by primary key, never by range: a range delete's gap locks deadlock concurrent drafts.
   */
  private async replacePhases(plan: PlanEntity, fresh = false): Promise<void> {
    if (!fresh) {
      const old = await this.phases.find({
        where: { planId: plan.id },
        select: { tenantId: true, id: true },
      });
      if (old.length) await this.phases.delete({ id: In(old.map((p) => p.id)) });
    }
    await this.phases.insertMany(
      plan.content.phases.map((p, i) =>
        this.phases.create({
          id: uuidv7(),
          planId: plan.id,
          ordinal: i + 1,
          name: p.name,
          dateFrom: p.from,
          dateTo: p.to,
          reportDue: p.reportDue ?? p.to,
        }),
      ),
    );
  }

  /** Keeps the receipts of units still chosen, removes the others, adds the new ones. */
  private async replaceRecipients(plan: PlanEntity, units: OrgUnitSummary[]): Promise<void> {
    const chosen = new Set(units.map((u) => u.id));
    const existing = await this.receipts.find({
      where: { planId: plan.id },
      select: { tenantId: true, planId: true, unitId: true },
    });
    const dropped = existing.filter((r) => !chosen.has(r.unitId)).map((r) => r.unitId);
    if (dropped.length) await this.receipts.delete({ planId: plan.id, unitId: In(dropped) });
    const kept = new Set(existing.map((r) => r.unitId));
    await this.receipts.insertMany(
      units
        .filter((u) => !kept.has(u.id))
        .map((u) =>
          this.receipts.create({
            planId: plan.id,
            unitId: u.id,
            unitPath: u.path,
            unitCode: u.code,
            unitName: u.name,
            sentAt: null,
            acknowledgedAt: null,
            acknowledgedBy: null,
          }),
        ),
    );
    await this.plans.update({ id: plan.id }, { recipientCount: units.length, acknowledgedCount: 0 });
    plan.recipientCount = units.length;
  }

  async record(
    plan: PlanEntity,
    transition: PlanTransitionEntity['transition'],
    fromStatus: PlanStatus | null,
    comment: string | null,
    principal: Principal,
  ): Promise<void> {
    await this.transitions.save(
      this.transitions.create({
        id: uuidv7(),
        planId: plan.id,
        transition,
        fromStatus,
        toStatus: plan.status,
        comment,
        actorId: principal.userId,
        at: new Date(),
      }),
    );
  }
}
