import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  CriteriaSetContent,
  SaveReviewScoreRequest,
  SaveSelfScoreRequest,
  ScorecardDto,
  scoreOutcome,
} from '@thidua/shared/contracts';

/** Points as typed: a number, or null/'' while the field is empty. */
type Typed = number | string | null | undefined;

export function criterionGroup(maxPoints: number) {
  const limits = [Validators.min(0), Validators.max(maxPoints)];
  return new FormGroup({
    self: new FormControl<number | null>(null, limits),
    selfNote: new FormControl('', { nonNullable: true }),
    review: new FormControl<number | null>(null, limits),
    reviewNote: new FormControl('', { nonNullable: true }),
  });
}

export type CriterionForm = ReturnType<typeof criterionGroup>;

/** The scoring form: one row per criterion of the set, in its order, then the bonus points. */
export function scoreForm(bonusMax = 0) {
  const limits = [Validators.min(0), Validators.max(bonusMax)];
  return new FormGroup({
    items: new FormArray<CriterionForm>([]),
    bonusSelf: new FormControl<number | null>(null, limits),
    bonusSelfNote: new FormControl('', { nonNullable: true }),
    bonusReview: new FormControl<number | null>(null, limits),
    bonusReviewNote: new FormControl('', { nonNullable: true }),
  });
}

export type ScoreForm = ReturnType<typeof scoreForm>;
export type ScoreFormValue = ReturnType<ScoreForm['getRawValue']>;

/** The criteria of a set in their order. */
export function criteriaOf(content: Pick<CriteriaSetContent, 'groups'>) {
  return content.groups.flatMap((g) => g.criteria);
}

function given(value: Typed): value is number | string {
  return value !== null && value !== undefined && String(value).trim() !== '';
}

/** Fills the form from a scorecard: each side enabled only when the user may write it. */
export function fillScoreForm(form: ScoreForm, card: ScorecardDto): void {
  const set = card.criteriaSet;
  form.controls.bonusSelf.setValidators([Validators.min(0), Validators.max(set.bonusMax)]);
  form.controls.bonusReview.setValidators([Validators.min(0), Validators.max(set.bonusMax)]);
  const rows = form.controls.items;
  rows.clear({ emitEvent: false });
  for (const criterion of criteriaOf(set)) {
    const row = criterionGroup(criterion.maxPoints);
    const score = card.items.find((i) => i.code === criterion.code);
    row.setValue({
      self: score?.self ?? null,
      selfNote: score?.selfNote ?? '',
      review: score?.review ?? null,
      reviewNote: score?.reviewNote ?? '',
    });
    rows.push(row, { emitEvent: false });
  }
  form.patchValue(
    {
      bonusSelf: card.bonusSelf,
      bonusSelfNote: card.bonusSelfNote ?? '',
      bonusReview: card.bonusReview,
      bonusReviewNote: card.bonusReviewNote ?? '',
    },
    { emitEvent: false },
  );
  form.disable({ emitEvent: false });
  const side = card.editable ? 'self' : card.reviewable ? 'review' : null;
  if (side) {
    for (const row of rows.controls) {
      row.controls[side].enable({ emitEvent: false });
      row.controls[`${side}Note`].enable({ emitEvent: false });
    }
    if (set.bonusMax > 0) {
      const bonus = side === 'self' ? 'bonusSelf' : 'bonusReview';
      form.controls[bonus].enable({ emitEvent: false });
      form.controls[`${bonus}Note`].enable({ emitEvent: false });
    }
  }
  form.updateValueAndValidity();
  form.markAsPristine();
}

export interface LiveOutcome {
  total: number;
  band: string | null;
  /** Points the unit has not scored yet (self) — the unit cannot submit while any is left. */
  missing: number;
}

/**
 * The total and rank band the form gives now, by the same rule as the server: the unit's own
 * points, or (side `review`) the reviewer's points where given and the unit's elsewhere.
 */
export function liveOutcome(
  content: CriteriaSetContent,
  value: ScoreFormValue,
  side: 'self' | 'review',
): LiveOutcome {
  const points = new Map<string, number>();
  let missing = 0;
  criteriaOf(content).forEach((criterion, i) => {
    const row = value.items[i];
    const own = row?.self;
    const picked = side === 'review' && given(row?.review) ? row?.review : own;
    if (!given(own)) missing++;
    if (given(picked)) points.set(criterion.code, Number(picked));
  });
  const bonus = side === 'review' && given(value.bonusReview) ? value.bonusReview : value.bonusSelf;
  const outcome = scoreOutcome(content, points, given(bonus) ? Number(bonus) : 0);
  return {
    total: outcome.total,
    band: outcome.bandIndex === null ? null : content.bands[outcome.bandIndex].name,
    missing,
  };
}

/** Sum of one group's points on one side (review: the reviewer's where given, else the unit's). */
export function groupTotal(
  content: CriteriaSetContent,
  value: ScoreFormValue,
  groupIndex: number,
  side: 'self' | 'review',
): number {
  const before = content.groups.slice(0, groupIndex).reduce((n, g) => n + g.criteria.length, 0);
  const rows = value.items.slice(before, before + content.groups[groupIndex].criteria.length);
  const sum = rows.reduce((total, row) => {
    const picked = side === 'review' && given(row.review) ? row.review : row.self;
    return total + (given(picked) ? Number(picked) : 0);
  }, 0);
  return Math.round(sum * 100) / 100;
}

function note(text: string): string | null {
  return text.trim() || null;
}

/** PUT body for the unit's own points: criteria left blank are not sent. */
export function selfBody(card: ScorecardDto, value: ScoreFormValue): SaveSelfScoreRequest {
  const codes = criteriaOf(card.criteriaSet).map((c) => c.code);
  return {
    version: card.version,
    items: value.items.flatMap((row, i) =>
      given(row.self) ? [{ code: codes[i], points: Number(row.self), note: note(row.selfNote) }] : [],
    ),
    bonus: given(value.bonusSelf)
      ? { points: Number(value.bonusSelf), note: note(value.bonusSelfNote) }
      : null,
  };
}

/** PUT body for the reviewer's points, with the reason kept in the history. */
export function reviewBody(
  card: ScorecardDto,
  value: ScoreFormValue,
  reason: string,
): SaveReviewScoreRequest {
  const codes = criteriaOf(card.criteriaSet).map((c) => c.code);
  return {
    version: card.version,
    items: value.items.flatMap((row, i) =>
      given(row.review) ? [{ code: codes[i], points: Number(row.review), note: note(row.reviewNote) }] : [],
    ),
    bonus: given(value.bonusReview)
      ? { points: Number(value.bonusReview), note: note(value.bonusReviewNote) }
      : null,
    reason,
  };
}
