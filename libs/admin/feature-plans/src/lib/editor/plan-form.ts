import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  PlanBasis,
  PlanCommemoration,
  PlanContent,
  PlanContentItem,
  PlanDuty,
  PlanMovementRef,
  PlanPhaseContent,
  PlanRecipientLine,
  PlanSignature,
  PlanUnitRef,
  RecipientPurpose,
  SignatureMode,
} from '@thidua/shared/contracts';

/**
 * The plan editor's reactive form, shaped like the request (`content.*`, `recipientUnits`) so the
 * API's field paths (`content.bases.0.summary`) land on the right control.
 */
const text = (value: string | null | undefined, required = false) =>
  new FormControl(value ?? '', { nonNullable: true, validators: required ? [Validators.required] : [] });

export type TextControl = FormControl<string>;
export type TextList = FormArray<TextControl>;

export function basisGroup(b: Partial<PlanBasis> = {}) {
  return new FormGroup({
    docType: text(b.docType),
    number: text(b.number),
    date: text(b.date),
    issuer: text(b.issuer),
    summary: text(b.summary, true),
  });
}
export type BasisGroup = ReturnType<typeof basisGroup>;

export function itemGroup(i: Partial<PlanContentItem> = {}) {
  return new FormGroup({ number: text(i.number), text: text(i.text, true) });
}
export type ItemGroup = ReturnType<typeof itemGroup>;

export function commemorationGroup(c: Partial<PlanCommemoration> = {}) {
  return new FormGroup({
    dayKey: new FormControl<string | null>(c.dayKey ?? null),
    text: text(c.text, true),
  });
}
export type CommemorationGroup = ReturnType<typeof commemorationGroup>;

export function phaseGroup(p: Partial<PlanPhaseContent> = {}) {
  return new FormGroup({
    name: text(p.name, true),
    from: text(p.from, true),
    to: text(p.to, true),
    focus: text(p.focus),
    commemorations: new FormArray((p.commemorations ?? []).map(commemorationGroup)),
  });
}
export type PhaseGroup = ReturnType<typeof phaseGroup>;

export function textList(values: readonly string[] = []): TextList {
  return new FormArray(values.map((v) => text(v)));
}

export function dutyGroup(d: Partial<PlanDuty> = {}) {
  return new FormGroup({
    level: text(d.level),
    unitTypeCodes: new FormControl<string[]>(d.unitTypeCodes ?? [], { nonNullable: true }),
    items: textList(d.items ?? ['']),
  });
}
export type DutyGroup = ReturnType<typeof dutyGroup>;

export function recipientGroup(r: Partial<PlanRecipientLine> = {}) {
  return new FormGroup({
    name: text(r.name, true),
    purpose: new FormControl<RecipientPurpose | null>(r.purpose ?? null),
  });
}
export type RecipientGroup = ReturnType<typeof recipientGroup>;

export function signatureGroup(s: Partial<PlanSignature> = {}) {
  return new FormGroup({
    mode: new FormControl<SignatureMode | null>(s.mode ?? null),
    body: text(s.body),
    title: text(s.title, true),
    name: text(s.name, true),
  });
}
export type SignatureGroup = ReturnType<typeof signatureGroup>;

export function contentGroup(c: PlanContent) {
  return new FormGroup({
    docSymbol: text(c.docSymbol, true),
    place: text(c.place, true),
    issuedDate: text(c.issuedDate),
    year: new FormControl<number>(c.year, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(2000)],
    }),
    title: text(c.title, true),
    bases: new FormArray(c.bases.map(basisGroup)),
    context: text(c.context),
    purposes: textList(c.purposes),
    theme: text(c.theme),
    activityTheme: text(c.activityTheme),
    contentIntro: text(c.contentIntro),
    contentItems: new FormArray(c.contentItems.map(itemGroup)),
    movements: new FormControl<PlanMovementRef[]>(c.movements, { nonNullable: true }),
    phases: new FormArray(c.phases.map(phaseGroup)),
    duties: new FormArray(c.duties.map(dutyGroup)),
    reportingChannel: text(c.reportingChannel),
    closing: text(c.closing),
    recipients: new FormArray(c.recipients.map(recipientGroup)),
    archive: text(c.archive),
    signature: signatureGroup(c.signature),
  });
}
export type ContentGroup = ReturnType<typeof contentGroup>;

export function planForm(content: PlanContent, recipientUnits: PlanUnitRef[] = []) {
  return new FormGroup({
    content: contentGroup(content),
    recipientUnits: new FormControl<PlanUnitRef[]>(recipientUnits, { nonNullable: true }),
  });
}
export type PlanForm = ReturnType<typeof planForm>;

/** Form paths as the API names them. */
export function toApiField(path: string): string {
  return path === 'recipientUnits' ? 'recipientUnitIds' : path;
}

const orNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The plan content the form holds, trimmed, with empty text as null and empty lines dropped. */
export function contentFromForm(form: PlanForm, docNo: number | null): PlanContent {
  const c = form.controls.content.getRawValue();
  return {
    docNo,
    docSymbol: c.docSymbol.trim(),
    place: c.place.trim(),
    issuedDate: orNull(c.issuedDate),
    year: Number(c.year),
    title: c.title.trim(),
    bases: c.bases.map((b) => ({
      docType: orNull(b.docType),
      number: orNull(b.number),
      date: orNull(b.date),
      issuer: orNull(b.issuer),
      summary: b.summary.trim(),
    })),
    context: orNull(c.context),
    purposes: c.purposes.map((p) => p.trim()).filter(Boolean),
    theme: orNull(c.theme),
    activityTheme: orNull(c.activityTheme),
    contentIntro: orNull(c.contentIntro),
    contentItems: c.contentItems.map((i) => ({ number: orNull(i.number), text: i.text.trim() })),
    movements: c.movements.map((m) => ({ name: m.name.trim(), movementId: m.movementId })),
    phases: c.phases.map((p) => ({
      name: p.name.trim(),
      from: p.from,
      to: p.to,
      focus: p.focus.trim(),
      commemorations: p.commemorations.map((m) => ({ dayKey: m.dayKey, text: m.text.trim() })),
    })),
    duties: c.duties.map((d) => ({
      level: orNull(d.level),
      unitTypeCodes: d.unitTypeCodes,
      items: d.items.map((i) => i.trim()).filter(Boolean),
    })),
    reportingChannel: orNull(c.reportingChannel),
    closing: orNull(c.closing),
    recipients: c.recipients.map((r) => ({ name: r.name.trim(), purpose: r.purpose })),
    archive: orNull(c.archive),
    signature: {
      mode: c.signature.mode,
      body: orNull(c.signature.body),
      title: c.signature.title.trim(),
      name: c.signature.name.trim(),
    },
  };
}

/**
 * An imported draft completed with the issuer's defaults where the document said nothing: the
 * symbol, the place, the year, the archive line and the signer's mode and body. What the
 * document says is kept as it is.
 */
export function withIssuerDefaults(draft: PlanContent, defaults: PlanContent): PlanContent {
  const blank = (value: string | null | undefined) => !value?.trim();
  const signature = draft.signature;
  const unsigned = blank(signature.title) && blank(signature.name) && !signature.mode;
  return {
    ...draft,
    docSymbol: blank(draft.docSymbol) ? defaults.docSymbol : draft.docSymbol,
    place: blank(draft.place) ? defaults.place : draft.place,
    year: draft.year || defaults.year,
    archive: blank(draft.archive) ? defaults.archive : draft.archive,
    signature: unsigned ? { ...defaults.signature, name: signature.name } : signature,
  };
}

/**
 * Another issuer was chosen for a new plan: its symbol, place and signer's mode, body and title
 * replace the previous issuer's (the signer's name is kept).
 */
export function applyIssuerDefaults(form: PlanForm, defaults: PlanContent): void {
  const c = form.controls.content.controls;
  c.docSymbol.setValue(defaults.docSymbol);
  c.place.setValue(defaults.place);
  c.signature.patchValue({
    mode: defaults.signature.mode,
    body: defaults.signature.body ?? '',
    title: defaults.signature.title,
  });
  form.markAsDirty();
}

/** Moves entry `from` of an array one place up (-1) or down (+1). */
export function moveAt(array: FormArray, from: number, by: -1 | 1): void {
  const to = from + by;
  if (to < 0 || to >= array.length) return;
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
}
