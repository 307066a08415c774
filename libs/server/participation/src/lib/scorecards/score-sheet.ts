import { ApiException } from '@thidua/server/core';
import {
  CriteriaSetContent,
  CriterionScore,
  ScoreEventDto,
  ScoreOutcome,
  scoreOutcome,
  ScorePoints,
} from '@thidua/shared/contracts';
import type { BonusScore } from '../entities/scorecard.entity';

export type Side = 'self' | 'review';
export type Change = ScoreEventDto['changes'][number];

export interface Sheet {
  items: CriterionScore[];
  bonus: BonusScore;
}

const note = (text: string | null | undefined) => text?.normalize('NFC').trim() || null;

export const EMPTY_BONUS: BonusScore = { self: null, selfNote: null, review: null, reviewNote: null };

/** Refuses points for criteria the set does not have, or above a criterion's (or the bonus's) maximum. */
export function assertPoints(
  set: CriteriaSetContent,
  items: readonly ScorePoints[],
  bonus: { points: number } | null,
): void {
  const criteria = new Map(set.groups.flatMap((g) => g.criteria).map((c) => [c.code, c]));
  for (const item of items) {
    const criterion = criteria.get(item.code);
    if (!criterion) throw new ApiException(400, 'score_unknown_criterion', { code: item.code });
    if (item.points > criterion.maxPoints) {
      throw new ApiException(400, 'score_over_max', { code: item.code, max: criterion.maxPoints });
    }
  }
  if (bonus && bonus.points > set.bonusMax) {
    throw new ApiException(400, 'score_bonus_over_max', { max: set.bonusMax });
  }
}

/** Every criterion of the set in its order, with the points given so far (none where none were). */
export function itemsInOrder(set: CriteriaSetContent, sheet: Sheet): CriterionScore[] {
  const given = new Map(sheet.items.map((i) => [i.code, i]));
  return set.groups
    .flatMap((g) => g.criteria)
    .map(
      (c) =>
        given.get(c.code) ?? { code: c.code, self: null, selfNote: null, review: null, reviewNote: null },
    );
}

/**
 * One side's points written into the sheet, in the set's order; criteria not sent are cleared
 * on that side. Returns the new sheet and what changed, for the history.
 */
export function writeSide(
  set: CriteriaSetContent,
  sheet: Sheet,
  side: Side,
  items: readonly ScorePoints[],
  bonus: { points: number; note: string | null } | null,
): { sheet: Sheet; changes: Change[] } {
  const sent = new Map(items.map((i) => [i.code, i]));
  const changes: Change[] = [];
  const next = itemsInOrder(set, sheet).map((before) => {
    const given = sent.get(before.code);
    const points = given ? given.points : null;
    if (before[side] !== points) changes.push({ code: before.code, side, from: before[side], to: points });
    return side === 'self'
      ? { ...before, self: points, selfNote: note(given?.note) }
      : { ...before, review: points, reviewNote: note(given?.note) };
  });
  const bonusPoints = bonus ? bonus.points : null;
  const bonusBefore = sheet.bonus[side];
  if (bonusBefore !== bonusPoints) changes.push({ code: 'bonus', side, from: bonusBefore, to: bonusPoints });
  const nextBonus: BonusScore =
    side === 'self'
      ? { ...sheet.bonus, self: bonusPoints, selfNote: note(bonus?.note) }
      : { ...sheet.bonus, review: bonusPoints, reviewNote: note(bonus?.note) };
  return { sheet: { items: next, bonus: nextBonus }, changes };
}

/** The unit's own total and band. */
export function selfOutcome(set: CriteriaSetContent, sheet: Sheet): ScoreOutcome {
  return scoreOutcome(set, new Map(sheet.items.map((i) => [i.code, i.self ?? 0])), sheet.bonus.self ?? 0);
}

/** Whether the level above has given any points. */
export function reviewed(sheet: Sheet): boolean {
  return sheet.items.some((i) => i.review !== null) || sheet.bonus.review !== null;
}

/** The reviewers' total and band: their points where they gave some, the unit's elsewhere. */
export function reviewOutcome(set: CriteriaSetContent, sheet: Sheet): ScoreOutcome {
  return scoreOutcome(
    set,
    new Map(sheet.items.map((i) => [i.code, i.review ?? i.self ?? 0])),
    sheet.bonus.review ?? sheet.bonus.self ?? 0,
  );
}

/** Criteria the unit has not scored yet (a scorecard is submitted complete). */
export function unscored(set: CriteriaSetContent, sheet: Sheet): string[] {
  const scored = new Set(sheet.items.filter((i) => i.self !== null).map((i) => i.code));
  return set.groups.flatMap((g) => g.criteria.map((c) => c.code)).filter((code) => !scored.has(code));
}
