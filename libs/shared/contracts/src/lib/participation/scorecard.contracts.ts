import { PageQuery } from '../common/page';
import { PlanUnitRef } from '../campaigns/plan.contracts';
import { CriteriaSetDto } from './criteria.contracts';
import { PlanRef } from './registration.contracts';
import { EvidenceDto } from './report.contracts';

/**
 * A unit's scorecard (phiếu chấm điểm) for a plan: the unit scores itself and submits; the level
 * above scores each criterion (every change kept with its reason), then finalises it — or returns
 * it to the unit. A final scorecard can be reopened by the level above, with a reason.
 */
export const SCORECARD_STATUSES = ['draft', 'submitted', 'returned', 'final'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** Points given for one criterion, by the unit (self) and by the level above (review). */
export interface CriterionScore {
  code: string;
  self: number | null;
  selfNote: string | null;
  review: number | null;
  reviewNote: string | null;
}

export interface ScorePoints {
  code: string;
  points: number;
  note: string | null;
}

export interface ScorecardEvidenceDto extends EvidenceDto {
  /** The criterion it supports; null for the scorecard as a whole (e.g. bonus points). */
  criterionCode: string | null;
}

export interface ScorecardDto {
  /** Null until first saved. */
  id: string | null;
  plan: PlanRef;
  unit: PlanUnitRef;
  criteriaSet: CriteriaSetDto;
  status: ScorecardStatus;
  items: CriterionScore[];
  bonusSelf: number | null;
  bonusSelfNote: string | null;
  bonusReview: number | null;
  bonusReviewNote: string | null;
  /** The unit's own total and the band it would reach. */
  selfTotal: number;
  selfBand: string | null;
  /** The reviewers' total (their points where given, the unit's elsewhere); null before any review. */
  reviewTotal: number | null;
  reviewBand: string | null;
  /** Set when final: the total and band (xếp loại) that count. */
  finalTotal: number | null;
  finalBand: string | null;
  evidence: ScorecardEvidenceDto[];
  submittedAt: string | null;
  finalizedAt: string | null;
  decisionComment: string | null;
  /** 0 until first saved; send it back with a change. */
  version: number;
  updatedAt: string | null;
  /** What the current user may do now. */
  editable: boolean;
  reviewable: boolean;
  reopenable: boolean;
}

/** PUT /api/plans/:planId/scorecards/:unitId — the unit's self-score (draft or returned). */
export interface SaveSelfScoreRequest {
  version: number;
  items: ScorePoints[];
  bonus: { points: number; note: string | null } | null;
}

/** PUT /api/plans/:planId/scorecards/:unitId/review — the level above's points; the reason is kept in the history. */
export interface SaveReviewScoreRequest {
  version: number;
  items: ScorePoints[];
  bonus: { points: number; note: string | null } | null;
  reason: string;
}

export const SCORECARD_DECISIONS = ['finalize', 'return', 'reopen'] as const;
export type ScorecardDecision = (typeof SCORECARD_DECISIONS)[number];

/** POST /api/plans/:planId/scorecards/:unitId/decision — return and reopen need a comment. */
export interface ScorecardDecisionRequest {
  decision: ScorecardDecision;
  comment?: string;
}

export const SCORE_EVENT_KINDS = ['self', 'submit', 'review', 'finalize', 'return', 'reopen'] as const;
export type ScoreEventKind = (typeof SCORE_EVENT_KINDS)[number];

/** One change of a scorecard, as its history shows it. */
export interface ScoreEventDto {
  id: string;
  kind: ScoreEventKind;
  /** The points that changed (`bonus` for the bonus points). */
  changes: Array<{ code: string; side: 'self' | 'review'; from: number | null; to: number | null }>;
  /** Total after the change. */
  total: number | null;
  comment: string | null;
  actorName: string | null;
  at: string;
}

export interface ScorecardListItemDto {
  id: string;
  plan: PlanRef;
  unit: PlanUnitRef;
  status: ScorecardStatus;
  selfTotal: number;
  reviewTotal: number | null;
  finalTotal: number | null;
  finalBand: string | null;
  /** Position by final total among the plan's final scorecards in the list (ties share it). */
  position: number | null;
  submittedAt: string | null;
  updatedAt: string;
}

/** GET /api/scorecards — the reviewers' queue (status=submitted) and the plan's ranking (sort=total). */
export interface ScorecardQuery extends PageQuery {
  planId?: string;
  status?: ScorecardStatus;
  /** Final scorecards in this band of the plan's set (index, from 0); -1 for those reaching none. */
  band?: number;
  clusterId?: string;
  q?: string;
  sort?: 'updatedAt' | 'total' | 'unit';
}
