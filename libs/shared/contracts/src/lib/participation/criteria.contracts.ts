import { PageQuery } from '../common/page';

/**
 * A criteria set (bảng tiêu chí chấm điểm) is edited as a draft and published before a plan may
 * use it; a published set never changes (scores point at it), a new version starts as a copy.
 * Archived sets stay readable but are no longer offered for new plans.
 */
export const CRITERIA_SET_STATUSES = ['draft', 'published', 'archived'] as const;
export type CriteriaSetStatus = (typeof CRITERIA_SET_STATUSES)[number];

/** Where a criteria set comes from: the tenant's own, or a plugin (`plugin:<id>`). */
export type CriteriaSetSource = 'tenant' | `plugin:${string}`;

/** One criterion (tiêu chí) with the most points it can earn. */
export interface Criterion {
  /** Unique within the set, e.g. `1.2`. */
  code: string;
  text: string;
  maxPoints: number;
  /** How to score it and what evidence to attach (hướng dẫn chấm, minh chứng). */
  guidance: string | null;
}

/** A group of criteria (nhóm tiêu chí), e.g. `I. Công tác tổ chức`. */
export interface CriteriaGroup {
  code: string;
  name: string;
  criteria: Criterion[];
}

/**
 * A rank band (mức xếp loại): reached with at least `minTotal` points and, when
 * `minCriterionRatio` is set, no criterion below that share of its own maximum — e.g. 85 points
 * and no criterion under half its points → "Vững mạnh xuất sắc".
 */
export interface RankBand {
  name: string;
  minTotal: number;
  /** 0–1; null when only the total counts. */
  minCriterionRatio: number | null;
}

export interface CriteriaSetContent {
  groups: CriteriaGroup[];
  /** Most bonus points (điểm thưởng) a unit may get on top of the criteria; 0 for none. */
  bonusMax: number;
  bonusGuidance: string | null;
  /** Highest band first; a unit gets the first band it reaches, none when it reaches none. */
  bands: RankBand[];
}

export interface CriteriaSetSummaryDto {
  id: string;
  name: string;
  year: number | null;
  status: CriteriaSetStatus;
  source: CriteriaSetSource;
  /** Sum of the criteria's maximum points (bonus excluded). */
  maxTotal: number;
  criteriaCount: number;
  /** Plans that score with this set. */
  planCount: number;
  updatedAt: string;
}

export interface CriteriaSetDto extends CriteriaSetSummaryDto, CriteriaSetContent {
  description: string | null;
  /** The set this one was copied from, if any. */
  copiedFrom: { id: string; name: string } | null;
  version: number;
  /** What the current user may do now. */
  editable: boolean;
  publishable: boolean;
  deletable: boolean;
}

/** POST /api/criteria-sets — a new draft. */
export interface CreateCriteriaSetRequest extends CriteriaSetContent {
  name: string;
  description?: string | null;
  year?: number | null;
}

/** PUT /api/criteria-sets/:id — drafts only. */
export interface UpdateCriteriaSetRequest extends CreateCriteriaSetRequest {
  version: number;
}

/** GET /api/criteria-sets */
export interface CriteriaSetQuery extends PageQuery {
  q?: string;
  status?: CriteriaSetStatus;
  year?: number;
}

/** GET /api/plans/:planId/scoring — the set a plan scores with. */
export interface PlanScoringDto {
  planId: string;
  criteriaSet: CriteriaSetDto | null;
  /** Scorecards already saved for the plan; once there is one the set can no longer change. */
  scorecardCount: number;
  /** Whether the current user may attach or change the set now. */
  changeable: boolean;
  /** Whether the current user may group the plan's units into clusters and blocs. */
  clustersEditable: boolean;
}

/** PUT /api/plans/:planId/scoring */
export interface AttachCriteriaSetRequest {
  criteriaSetId: string | null;
}

/** The total of a scorecard's points and the band it reaches. */
export interface ScoreOutcome {
  total: number;
  /** Index into the set's bands, or null when no band is reached. */
  bandIndex: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function maxTotalOf(content: Pick<CriteriaSetContent, 'groups'>): number {
  return round2(content.groups.flatMap((g) => g.criteria).reduce((sum, c) => sum + c.maxPoints, 0));
}

/**
 * Scores a set of criterion points: criteria and bonus are capped at their maxima, missing
 * criteria count as 0, and the band is the first (highest) whose conditions hold.
 */
export function scoreOutcome(
  content: CriteriaSetContent,
  points: ReadonlyMap<string, number>,
  bonus: number,
): ScoreOutcome {
  const criteria = content.groups.flatMap((g) => g.criteria);
  const earned = criteria.map((c) => ({ c, p: Math.min(Math.max(points.get(c.code) ?? 0, 0), c.maxPoints) }));
  const total = round2(
    earned.reduce((sum, e) => sum + e.p, 0) + Math.min(Math.max(bonus, 0), content.bonusMax),
  );
  const bandIndex = content.bands.findIndex(
    (band) =>
      total >= band.minTotal &&
      (band.minCriterionRatio === null ||
        earned.every((e) => e.p >= round2(e.c.maxPoints * (band.minCriterionRatio as number)))),
  );
  return { total, bandIndex: bandIndex < 0 ? null : bandIndex };
}
