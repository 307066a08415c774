/**
 * The structured content of an emulation plan (kế hoạch phát động thi đua): everything the two
 * seed plans hold, field by field (domain brief §1). Dates travel as `YYYY-MM-DD`.
 * Rich text (content items, duties) is a small Markdown subset: paragraphs, `**bold**`, `*italic*`
 * and `- ` lists.
 */

/** How the signer signs: on behalf of a collective body, for the head, by order, by authorisation, acting. */
export const SIGNATURE_MODES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export type SignatureMode = (typeof SIGNATURE_MODES)[number];

/** (b/c) "để báo cáo", (t/h) "để thực hiện"; null when the line names no purpose. */
export const RECIPIENT_PURPOSES = ['report', 'execute'] as const;
export type RecipientPurpose = (typeof RECIPIENT_PURPOSES)[number];

/** A document the plan is based on (căn cứ). A directive without a number has `number: null`. */
export interface PlanBasis {
  /** e.g. `Kế hoạch`, `Nghị quyết`, `Chỉ thị`; null for an unnumbered directive. */
  docType: string | null;
  /** Number and symbol as written, e.g. `09/KH-TLĐ`. */
  number: string | null;
  date: string | null;
  /** e.g. `Tổng Liên đoàn Lao động Việt Nam`. */
  issuer: string | null;
  /** What the document is about (về việc …). */
  summary: string;
}

export interface PlanContentItem {
  /** As numbered in the document, e.g. `2.1` or `3`; null when unnumbered. */
  number: string | null;
  text: string;
}

/** A movement the plan names; `movementId` links it to the tenant's catalogue when matched. */
export interface PlanMovementRef {
  name: string;
  movementId: string | null;
}

/** A national day the phase commemorates, with the anniversary written as the documents write it. */
export interface PlanCommemoration {
  /** Key of the day in `@thidua/shared/calendar`, null when the text names an event not in the calendar. */
  dayKey: string | null;
  /** e.g. `kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)`. */
  text: string;
}

export interface PlanPhaseContent {
  /** e.g. `Đợt 1`. */
  name: string;
  from: string;
  to: string;
  /** What the phase concentrates on, as written. */
  focus: string;
  commemorations: PlanCommemoration[];
  /** When units' reports of this phase are due (YYYY-MM-DD); the phase's last day when absent. */
  reportDue?: string | null;
}

/** Duties of one union level (Tổ chức thực hiện). `level` is null for duties of all levels. */
export interface PlanDuty {
  level: string | null;
  /** Unit type codes the level stands for, when known (e.g. `grassroots_union`). */
  unitTypeCodes: string[];
  items: string[];
}

/** A line of "Nơi nhận". Units of the tenant's tree are picked separately (distribution). */
export interface PlanRecipientLine {
  name: string;
  purpose: RecipientPurpose | null;
}

export interface PlanSignature {
  mode: SignatureMode | null;
  /** e.g. `BAN THƯỜNG VỤ` (after TM.). */
  body: string | null;
  /** e.g. `PHÓ CHỦ TỊCH THƯỜNG TRỰC`. */
  title: string;
  name: string;
}

export interface PlanContent {
  /** Number in the issuer's register for the year; null until issued (or unknown on import). */
  docNo: number | null;
  /** e.g. `KH-LĐ`. */
  docSymbol: string;
  place: string;
  issuedDate: string | null;
  /** The year the plan runs for. */
  year: number;
  /** Units register (đăng ký thi đua) by this day (YYYY-MM-DD); later ones are flagged late. */
  registrationDeadline?: string | null;
  /** Trích yếu. */
  title: string;
  bases: PlanBasis[];
  /** Context paragraph (the year's situation) before the bases, if any. */
  context: string | null;
  purposes: string[];
  /** Annual emulation theme (chủ đề thi đua). */
  theme: string | null;
  /** Union activity theme of the year (chủ đề hoạt động công đoàn), when the plan names one. */
  activityTheme: string | null;
  /** Paragraph introducing the content items, when the document has one. */
  contentIntro: string | null;
  contentItems: PlanContentItem[];
  movements: PlanMovementRef[];
  phases: PlanPhaseContent[];
  duties: PlanDuty[];
  /** Where units send their reports, e.g. `Ban Chính sách pháp luật & Quan hệ lao động`. */
  reportingChannel: string | null;
  /** The closing paragraph ("Trên đây là Kế hoạch …"). */
  closing: string | null;
  recipients: PlanRecipientLine[];
  /** The archive line of Nơi nhận, e.g. `Lưu: VP, ban CSPL&QHLĐ`. */
  archive: string | null;
  signature: PlanSignature;
}

/** Fields the plan importer reports on, in document order. */
export const PLAN_IMPORT_FIELDS = [
  'docNo',
  'docSymbol',
  'place',
  'issuedDate',
  'title',
  'context',
  'bases',
  'purposes',
  'theme',
  'activityTheme',
  'contentIntro',
  'contentItems',
  'movements',
  'phases',
  'duties',
  'reportingChannel',
  'closing',
  'recipients',
  'archive',
  'signature',
] as const;
export type PlanImportField = (typeof PLAN_IMPORT_FIELDS)[number];

/** A passage of the document the importer could not place in any field (nothing is dropped silently). */
export interface PlanImportLeftover {
  /** 1-based line in the extracted text. */
  line: number;
  text: string;
}

export interface PlanImportResult {
  draft: PlanContent;
  /** Fields found in the document; the others hold defaults the user should fill in. */
  recognised: PlanImportField[];
  missing: PlanImportField[];
  leftovers: PlanImportLeftover[];
  /** Observations a person should check, e.g. a date written without a leading zero. */
  warnings: string[];
}
