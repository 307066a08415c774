import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  CreateCriteriaSetRequest,
  CriteriaGroup,
  CriteriaSetDto,
  Criterion,
  RankBand,
} from '@thidua/shared/contracts';

const round2 = (n: number) => Math.round(n * 100) / 100;
const text = (value = '') => new FormControl(value, { nonNullable: true });
const required = (value = '') =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required] });

export function criterionForm(c?: Partial<Criterion>) {
  return new FormGroup({
    code: required(c?.code ?? ''),
    text: required(c?.text ?? ''),
    maxPoints: new FormControl<number | null>(c?.maxPoints ?? null, [
      Validators.required,
      Validators.min(0.5),
      Validators.max(1000),
    ]),
    guidance: text(c?.guidance ?? ''),
  });
}
export type CriterionForm = ReturnType<typeof criterionForm>;

export function groupForm(
  g?: Partial<Omit<CriteriaGroup, 'criteria'>> & { criteria?: Partial<Criterion>[] },
) {
  return new FormGroup({
    code: required(g?.code ?? ''),
    name: required(g?.name ?? ''),
    criteria: new FormArray<CriterionForm>((g?.criteria ?? []).map((c) => criterionForm(c))),
  });
}
export type GroupForm = ReturnType<typeof groupForm>;

export function bandForm(b?: Partial<RankBand>) {
  return new FormGroup({
    name: required(b?.name ?? ''),
    minTotal: new FormControl<number | null>(b?.minTotal ?? null, [Validators.required, Validators.min(0)]),
    minCriterionRatio: new FormControl<number | null>(b?.minCriterionRatio ?? null, [
      Validators.min(0),
      Validators.max(1),
    ]),
  });
}
export type BandForm = ReturnType<typeof bandForm>;

/** The editor's form: shaped like the request, so the API's field paths land on their controls. */
export function criteriaSetForm() {
  return new FormGroup({
    name: required(),
    year: new FormControl<number | null>(new Date().getFullYear(), [
      Validators.min(2000),
      Validators.max(2100),
    ]),
    description: text(),
    groups: new FormArray<GroupForm>([]),
    bonusMax: new FormControl<number | null>(0, [
      Validators.required,
      Validators.min(0),
      Validators.max(1000),
    ]),
    bonusGuidance: text(),
    bands: new FormArray<BandForm>([]),
  });
}
export type CriteriaSetForm = ReturnType<typeof criteriaSetForm>;

/** A new set starts with one group holding one criterion and one band, ready to fill in. */
export function fillNew(form: CriteriaSetForm): void {
  form.controls.groups.clear();
  form.controls.groups.push(groupForm({ code: 'I', criteria: [{ code: '1.1' }] }));
  form.controls.bands.clear();
  form.controls.bands.push(bandForm());
  form.markAsPristine();
}

export function fillForm(form: CriteriaSetForm, set: CriteriaSetDto): void {
  form.controls.groups.clear();
  for (const g of set.groups) form.controls.groups.push(groupForm(g));
  form.controls.bands.clear();
  for (const b of set.bands) form.controls.bands.push(bandForm(b));
  form.patchValue({
    name: set.name,
    year: set.year,
    description: set.description ?? '',
    bonusMax: set.bonusMax,
    bonusGuidance: set.bonusGuidance ?? '',
  });
  form.markAsPristine();
}

const num = (value: number | null | undefined) => (value === null || value === undefined ? 0 : Number(value));
const orNull = (value: string) => value.trim() || null;

/** The POST/PUT body (without the version). */
export function toRequest(value: CriteriaSetForm['value']): CreateCriteriaSetRequest {
  return {
    name: (value.name ?? '').trim(),
    year: value.year || null,
    description: orNull(value.description ?? ''),
    groups: (value.groups ?? []).map((g) => ({
      code: (g.code ?? '').trim(),
      name: (g.name ?? '').trim(),
      criteria: (g.criteria ?? []).map((c) => ({
        code: (c.code ?? '').trim(),
        text: (c.text ?? '').trim(),
        maxPoints: num(c.maxPoints),
        guidance: orNull(c.guidance ?? ''),
      })),
    })),
    bonusMax: num(value.bonusMax),
    bonusGuidance: orNull(value.bonusGuidance ?? ''),
    bands: (value.bands ?? []).map((b) => ({
      name: (b.name ?? '').trim(),
      minTotal: num(b.minTotal),
      minCriterionRatio:
        b.minCriterionRatio === null ||
        b.minCriterionRatio === undefined ||
        String(b.minCriterionRatio) === ''
          ? null
          : Number(b.minCriterionRatio),
    })),
  };
}

export interface Totals {
  /** Sum of the maximum points of each group's criteria, in the groups' order. */
  groups: { code: string; name: string; count: number; max: number }[];
  criteriaCount: number;
  /** All criteria, bonus excluded. */
  max: number;
  bonusMax: number;
}

export function totalsOf(content: Pick<CreateCriteriaSetRequest, 'groups' | 'bonusMax'>): Totals {
  const groups = content.groups.map((g) => ({
    code: g.code,
    name: g.name,
    count: g.criteria.length,
    max: round2(g.criteria.reduce((sum, c) => sum + (Number.isFinite(c.maxPoints) ? c.maxPoints : 0), 0)),
  }));
  return {
    groups,
    criteriaCount: groups.reduce((sum, g) => sum + g.count, 0),
    max: round2(groups.reduce((sum, g) => sum + g.max, 0)),
    bonusMax: content.bonusMax,
  };
}

/** A problem the editor sees before the API does: key and parameters of its message. */
export interface Check {
  key: 'incomplete' | 'duplicateCode' | 'bandOrder' | 'bandUnreachable' | 'noCriteria' | 'noBands';
  params?: Record<string, string | number>;
}

/** What would stop publishing: the same rules the API applies, shown while typing. */
export function checksOf(content: CreateCriteriaSetRequest): Check[] {
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const code of content.groups.flatMap((g) => [g.code, ...g.criteria.map((c) => c.code)])) {
    if (!code) continue;
    if (seen.has(code)) checks.push({ key: 'duplicateCode', params: { code } });
    seen.add(code);
  }
  const { max, bonusMax, criteriaCount } = totalsOf(content);
  if (!criteriaCount) checks.push({ key: 'noCriteria' });
  if (!content.bands.length) checks.push({ key: 'noBands' });
  content.bands.forEach((band, i) => {
    const above = content.bands[i - 1];
    const notLower =
      above &&
      band.minTotal >= above.minTotal &&
      (band.minCriterionRatio ?? 0) >= (above.minCriterionRatio ?? 0);
    if (notLower) checks.push({ key: 'bandOrder', params: { name: band.name } });
    if (band.minTotal > max + bonusMax) {
      checks.push({
        key: 'bandUnreachable',
        params: { name: band.name, min: band.minTotal, max: max + bonusMax },
      });
    }
  });
  return checks;
}

/** Moves entry `i` of a form array by `by` places. */
export function move(array: FormArray, i: number, by: -1 | 1): void {
  const target = i + by;
  if (target < 0 || target >= array.length) return;
  const control = array.at(i);
  array.removeAt(i, { emitEvent: false });
  array.insert(target, control);
  array.markAsDirty();
}
