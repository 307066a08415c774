import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  AuditService,
  InjectTenantRepository,
  type OrgUnitSummary,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity } from '@thidua/server/campaigns';
import {
  foldVietnamese,
  planNumberText,
  ScorecardDto,
  ScoreEventDto,
  ScoreEventKind,
} from '@thidua/shared/contracts';
import { v7 as uuidv7 } from 'uuid';
import { CriteriaSetsService } from '../criteria/criteria-sets.service';
import { PlanScoring } from '../criteria/plan-scoring.service';
import { CriteriaSetEntity } from '../entities/criteria-set.entity';
import { ScoreEventEntity } from '../entities/score-event.entity';
import { ScorecardEvidenceEntity } from '../entities/scorecard-evidence.entity';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { evidenceDto } from '../evidence/evidence-files';
import { canAct, isAbove, Participants, planRef } from '../participants';
import { assertCanEdit, assertEditable, assertSubmittable, STATUS_LABELS } from '../review-flow';
import { PlanTallies } from '../tallies/plan-tallies.service';
import { scoreBucket, TallyBucket } from '../tallies/tally-buckets';
import { SaveReviewScoreDto, SaveSelfScoreDto, ScorecardDecisionDto } from './scorecard.dto';
import {
  assertPoints,
  Change,
  EMPTY_BONUS,
  itemsInOrder,
  reviewed,
  reviewOutcome,
  selfOutcome,
  Sheet,
  unscored,
  writeSide,
} from './score-sheet';

/** Plans take scores while they run and during the final review. */
const SCORING_OPEN = ['issued', 'in_progress', 'reviewing'] as const;
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const points = (value: string | null) => (value === null ? null : Number(value));

/**
 * Scorecards: a unit scores itself against the plan's criteria set and submits; the level above
 * scores criterion by criterion (every change kept with its reason in the history), then
 * finalises — the total and band that count — or returns it; a final one can be reopened.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(ScoreEventEntity) private readonly events: TenantRepository<ScoreEventEntity>,
    @InjectTenantRepository(ScorecardEvidenceEntity)
    private readonly evidence: TenantRepository<ScorecardEvidenceEntity>,
    private readonly participants: Participants,
    private readonly scoring: PlanScoring,
    private readonly sets: CriteriaSetsService,
    private readonly tallies: PlanTallies,
    private readonly audit: AuditService,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
  ) {}

  /** The plan, the unit and the plan's criteria set, as far as the user may see them. */
  async resolve(planId: string, unitId: string, principal: Principal) {
    const { plan, unit } = await this.participants.resolve(planId, unitId, principal, 'Scorecard');
    const set = await this.scoring.requireSetOf(planId);
    const row = await this.scorecards.findOneBy({ planId, unitId });
    return { plan, unit, set, row };
  }

  /** Refuses (409) a change while the plan takes no scores or has not reached the unit. */
  assertOpen(plan: PlanEntity, unit: OrgUnitSummary): Promise<void> {
    return this.participants.assertOpen(plan, unit, SCORING_OPEN);
  }

  async get(planId: string, unitId: string, principal: Principal): Promise<ScorecardDto> {
    const { plan, unit, set, row } = await this.resolve(planId, unitId, principal);
    return this.describe(row, plan, unit, set, principal);
  }

  @Transactional()
  async saveSelf(planId: string, unitId: string, input: SaveSelfScoreDto, principal: Principal) {
    const { plan, unit, set, row: existing } = await this.resolve(planId, unitId, principal);
    await this.assertOpen(plan, unit);
    assertCanEdit(principal, 'Scorecard', unit.path);
    assertEditable(existing, input.version);
    assertPoints(set.content, input.items, input.bonus);
    const from = existing && this.bucketOf(existing, set);
    const row = existing ?? this.newScorecard(plan, unit, set);
    const { sheet, changes } = writeSide(set.content, sheetOf(row), 'self', input.items, input.bonus);
    applySheet(row, sheet);
    row.selfTotal = selfOutcome(set.content, sheet).total.toFixed(2);
    await this.store(row, set, from, 'self', changes, principal);
    return this.describe(row, plan, unit, set, principal);
  }

  @Transactional()
  async submit(planId: string, unitId: string, principal: Principal): Promise<ScorecardDto> {
    const { plan, unit, set, row } = await this.resolve(planId, unitId, principal);
    await this.assertOpen(plan, unit);
    assertCanEdit(principal, 'Scorecard', unit.path);
    assertSubmittable(row);
    const missing = unscored(set.content, sheetOf(row));
    if (missing.length) {
      throw new ApiException(400, 'score_incomplete', {
        count: missing.length,
        codes: missing.slice(0, 8).join(', ') + (missing.length > 8 ? ', …' : ''),
      });
    }
    const from = this.bucketOf(row, set);
    row.status = 'submitted';
    row.submittedAt = new Date();
    await this.store(row, set, from, 'submit', [], principal);
    return this.describe(row, plan, unit, set, principal);
  }

  @Transactional()
  async saveReview(planId: string, unitId: string, input: SaveReviewScoreDto, principal: Principal) {
    const { plan, unit, set, row } = await this.resolve(planId, unitId, principal);
    const card = this.assertReviewable(row, principal);
    if (card.version !== input.version) throw new ApiException(409, 'participation_version_conflict');
    const reason = input.reason.normalize('NFC').trim();
    if (!reason) throw new ApiException(400, 'score_reason_required');
    assertPoints(set.content, input.items, input.bonus);
    const { sheet, changes } = writeSide(set.content, sheetOf(card), 'review', input.items, input.bonus);
    applySheet(card, sheet);
    card.reviewTotal = reviewed(sheet) ? reviewOutcome(set.content, sheet).total.toFixed(2) : null;
    await this.store(card, set, this.bucketOf(card, set), 'review', changes, principal, reason);
    return this.describe(card, plan, unit, set, principal);
  }

  @Transactional()
  async decide(planId: string, unitId: string, input: ScorecardDecisionDto, principal: Principal) {
    const { plan, unit, set, row } = await this.resolve(planId, unitId, principal);
    const comment = input.comment?.normalize('NFC').trim() || null;
    if (input.decision !== 'finalize' && !comment) throw new ApiException(400, 'score_decision_comment');
    let card: ScorecardEntity;
    if (input.decision === 'reopen') {
      card = this.assertAbove(row, principal);
      if (card.status !== 'final') {
        throw new ApiException(409, 'score_not_final', { status: STATUS_LABELS[card.status] });
      }
      await this.assertOpen(plan, unit);
    } else {
      card = this.assertReviewable(row, principal);
    }
    const from = this.bucketOf(card, set);
    if (input.decision === 'finalize') {
      const outcome = reviewOutcome(set.content, sheetOf(card));
      card.status = 'final';
      card.finalTotal = outcome.total.toFixed(2);
      card.finalBand = outcome.bandIndex;
    } else {
      card.status = input.decision === 'return' ? 'returned' : 'submitted';
      card.finalTotal = null;
      card.finalBand = null;
    }
    card.reviewComment = comment;
    card.reviewedAt = new Date();
    card.reviewedBy = principal.userId;
    await this.store(card, set, from, input.decision, [], principal, comment);
    return this.describe(card, plan, unit, set, principal);
  }

  async history(planId: string, unitId: string, principal: Principal): Promise<ScoreEventDto[]> {
    const { row } = await this.resolve(planId, unitId, principal);
    if (!row) return [];
    const events = await this.events.find({
      where: { scorecardId: row.id },
      order: { at: 'ASC', id: 'ASC' },
    });
    const names = await this.actors.namesOf(events.flatMap((e) => (e.actorId ? [e.actorId] : [])));
    return events.map((e) => ({
      id: e.id,
      kind: e.kind,
      changes: e.changes,
      total: points(e.total),
      comment: e.comment,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      at: new Date(e.at).toISOString(),
    }));
  }

  /** Saves the scorecard, moves it between the dashboard's counts and writes its history. */
  private async store(
    row: ScorecardEntity,
    set: CriteriaSetEntity,
    from: TallyBucket | null,
    kind: ScoreEventKind,
    changes: Change[],
    principal: Principal,
    comment: string | null = null,
  ): Promise<void> {
    row.version += 1;
    row.updatedAt = new Date();
    await this.scorecards.save(row);
    await this.tallies.apply({
      planId: row.planId,
      unitPath: row.unitPath,
      metric: 'score',
      from,
      to: this.bucketOf(row, set),
    });
    const total = row.status === 'final' ? row.finalTotal : (row.reviewTotal ?? row.selfTotal);
    await this.events.save(
      this.events.create({
        id: uuidv7(),
        scorecardId: row.id,
        kind,
        changes,
        total,
        comment,
        actorId: principal.userId,
        at: new Date(),
      }),
    );
    await this.audit.record({
      action: `scorecard.${kind}`,
      subject: 'Scorecard',
      subjectId: row.id,
      after: { planId: row.planId, unitId: row.unitId, status: row.status, total, changes: changes.length },
    });
  }

  private bucketOf(row: ScorecardEntity, set: CriteriaSetEntity): TallyBucket {
    return scoreBucket(row, Number(set.maxTotal));
  }

  /** The row exists and the user reviews from above the unit. */
  private assertAbove(row: ScorecardEntity | null, principal: Principal): ScorecardEntity {
    if (!row) throw new ApiException(404, 'not_found');
    if (!canAct(principal, 'approve', 'Scorecard', row.unitPath)) throw new ApiException(403, 'forbidden');
    if (!isAbove(principal, row.unitPath)) throw new ApiException(403, 'participation_review_own_unit');
    return row;
  }

  private assertReviewable(row: ScorecardEntity | null, principal: Principal): ScorecardEntity {
    const card = this.assertAbove(row, principal);
    if (card.status !== 'submitted') {
      throw new ApiException(409, 'score_not_submitted', { status: STATUS_LABELS[card.status] });
    }
    return card;
  }

  private newScorecard(plan: PlanEntity, unit: OrgUnitSummary, set: CriteriaSetEntity): ScorecardEntity {
    const now = new Date();
    return this.scorecards.create({
      id: uuidv7(),
      planId: plan.id,
      planNumber: planNumberText(plan.docNo, plan.docSymbol),
      planTitle: plan.title,
      unitId: unit.id,
      unitPath: unit.path,
      unitCode: unit.code,
      unitName: unit.name,
      searchKey: foldVietnamese(`${unit.name} ${unit.code}`).slice(0, 300),
      status: 'draft',
      submittedAt: null,
      reviewComment: null,
      reviewedAt: null,
      reviewedBy: null,
      criteriaSetId: set.id,
      items: [],
      bonus: EMPTY_BONUS,
      selfTotal: '0.00',
      reviewTotal: null,
      finalTotal: null,
      finalBand: null,
      evidenceCount: 0,
      version: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** The scorecard as the user sees it; an empty draft when the unit has not scored yet. */
  async describe(
    row: ScorecardEntity | null,
    plan: PlanEntity,
    unit: OrgUnitSummary,
    set: CriteriaSetEntity,
    principal: Principal,
  ): Promise<ScorecardDto> {
    const sheet = row ? sheetOf(row) : { items: [], bonus: EMPTY_BONUS };
    const [files, criteriaSet] = await Promise.all([
      row
        ? this.evidence.find({ where: { scorecardId: row.id }, order: { uploadedAt: 'ASC' } })
        : Promise.resolve([]),
      this.sets.describe(set, principal),
    ]);
    const bandName = (index: number | null) =>
      index === null ? null : (set.content.bands[index]?.name ?? null);
    const self = selfOutcome(set.content, sheet);
    const review = reviewed(sheet) ? reviewOutcome(set.content, sheet) : null;
    const status = row?.status ?? 'draft';
    const above = canAct(principal, 'approve', 'Scorecard', unit.path) && isAbove(principal, unit.path);
    const open = (SCORING_OPEN as readonly string[]).includes(plan.status);
    return {
      id: row?.id ?? null,
      plan: planRef(plan),
      unit: { id: unit.id, code: unit.code, name: unit.name },
      criteriaSet,
      status,
      items: itemsInOrder(set.content, sheet),
      bonusSelf: sheet.bonus.self,
      bonusSelfNote: sheet.bonus.selfNote,
      bonusReview: sheet.bonus.review,
      bonusReviewNote: sheet.bonus.reviewNote,
      selfTotal: self.total,
      selfBand: bandName(self.bandIndex),
      reviewTotal: review?.total ?? null,
      reviewBand: review ? bandName(review.bandIndex) : null,
      finalTotal: points(row?.finalTotal ?? null),
      finalBand: row?.status === 'final' ? bandName(row.finalBand) : null,
      evidence: files.map((f) => ({ ...evidenceDto(f), criterionCode: f.criterionCode })),
      submittedAt: iso(row?.submittedAt),
      finalizedAt: row?.status === 'final' ? iso(row.reviewedAt) : null,
      decisionComment: row?.reviewComment ?? null,
      version: row?.version ?? 0,
      updatedAt: iso(row?.updatedAt),
      editable:
        open &&
        (status === 'draft' || status === 'returned') &&
        canAct(principal, 'update', 'Scorecard', unit.path),
      reviewable: status === 'submitted' && above,
      reopenable: open && status === 'final' && above,
    };
  }
}

function sheetOf(row: ScorecardEntity): Sheet {
  return { items: row.items ?? [], bonus: row.bonus ?? EMPTY_BONUS };
}

function applySheet(row: ScorecardEntity, sheet: Sheet): void {
  row.items = sheet.items;
  row.bonus = sheet.bonus;
}
