import {
  PLAN_IMPORT_FIELDS,
  PlanContent,
  PlanImportField,
  PlanImportResult,
  PlanPhaseContent,
} from '@thidua/shared/contracts';
import { readPreamble, PreambleResult } from './bases';
import { readContent, ContentResult } from './content';
import { readDuties } from './duties';
import { foldSameLength } from './fold';
import { readHeader } from './header';
import { extractMovements, MovementOption, NATIONAL_MOVEMENT_OPTIONS } from './movements';
import { Paragraph, toParagraphs } from './normalise';
import { readPhases } from './phases';
import { readPurposes } from './purposes';
import { findSections, Section } from './sections';
import { findReportingChannel, readTrailer, trailerStart } from './trailer';

export interface ParsePlanOptions {
  /** The catalogue to match movement names against; the national catalogue (ids null) by default. */
  movements?: ReadonlyArray<MovementOption>;
  /** The plan's year when the title does not say it. */
  defaultYear?: number;
}

interface BodyParts {
  purposes: string[];
  content: ContentResult;
  phases: PlanPhaseContent[];
  duties: PlanContent['duties'];
}

const range = (start: number, end: number) =>
  Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);

function planYear(title: string, issuedDate: string | null, defaultYear?: number): number {
  const inTitle = /\bnăm (\d{4})\b/i.exec(title);
  if (inTitle) return Number(inTitle[1]);
  return defaultYear ?? (issuedDate ? Number(issuedDate.slice(0, 4)) : new Date().getFullYear());
}

/** Reads every section into its fields; marks what it used in `consumed`. */
function readBody(
  paragraphs: Paragraph[],
  sections: Section[],
  year: number,
  consumed: Set<number>,
  warnings: string[],
): BodyParts {
  const body: BodyParts = {
    purposes: [],
    content: { theme: null, activityTheme: null, contentIntro: null, contentItems: [], consumed: new Set() },
    phases: [],
    duties: [],
  };
  const use = (indexes: Iterable<number>) => [...indexes].forEach((i) => consumed.add(i));
  const free = (indexes: number[]) => indexes.filter((i) => !consumed.has(i));
  for (const section of sections) {
    const indexes = range(section.start, section.end);
    if (section.kind === 'other') {
      warnings.push(
        `Line ${paragraphs[section.heading].line}: section "${section.title}" has no field; its text is left over.`,
      );
      continue;
    }
    consumed.add(section.heading);
    if (section.kind === 'purposes') {
      const read = readPurposes(paragraphs, indexes);
      body.purposes.push(...read.purposes);
      use(read.consumed);
      continue;
    }
    const phases = readPhases(paragraphs, indexes, year, section.kind === 'time', warnings);
    body.phases.push(...phases.phases);
    use(phases.consumed);
    if (section.kind === 'content') {
      const themeFirst = /\bchu de\b/i.test(foldSameLength(section.title));
      body.content = mergeContent(body.content, readContent(paragraphs, free(indexes), themeFirst));
      use(body.content.consumed);
    } else if (section.kind === 'duties') {
      const read = readDuties(paragraphs, free(indexes));
      body.duties.push(...read.duties);
      use(read.consumed);
    }
  }
  return body;
}

function mergeContent(a: ContentResult, b: ContentResult): ContentResult {
  return {
    theme: a.theme ?? b.theme,
    activityTheme: a.activityTheme ?? b.activityTheme,
    contentIntro: [a.contentIntro, b.contentIntro].filter(Boolean).join('\n\n') || null,
    contentItems: [...a.contentItems, ...b.contentItems],
    consumed: new Set([...a.consumed, ...b.consumed]),
  };
}

function isPresent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return value !== null && value !== undefined;
}

/**
 * Turns the text of an emulation plan (kế hoạch phát động thi đua) into a `PlanContent` draft. Nothing
 * is dropped: a paragraph no field takes is reported in `leftovers` with its line.
 */
export function parsePlanText(text: string, options: ParsePlanOptions = {}): PlanImportResult {
  const paragraphs = toParagraphs(text);
  const consumed = new Set<number>();
  const warnings: string[] = [];
  const allSections = findSections(paragraphs, 0);
  const trailer = trailerStart(paragraphs, allSections[0]?.heading ?? 0);
  const sections = allSections.filter((s) => trailer === null || s.heading < trailer);
  const firstSection = sections[0]?.heading ?? null;
  const headerEnd = firstSection ?? trailer ?? paragraphs.length;
  const header = readHeader(paragraphs, headerEnd);
  header.consumed.forEach((i) => consumed.add(i));
  warnings.push(...header.warnings);
  const year = planYear(header.fields.title, header.fields.issuedDate, options.defaultYear);

  let preamble: PreambleResult = { bases: [], context: null, launch: null, consumed: new Set() };
  if (firstSection !== null) {
    preamble = readPreamble(paragraphs, header.bodyStart, firstSection);
    preamble.consumed.forEach((i) => consumed.add(i));
  }
  if (trailer !== null) sections.forEach((s) => (s.end = Math.min(s.end, trailer)));
  const body = readBody(paragraphs, sections, year, consumed, warnings);
  const end = readTrailer(paragraphs, trailer ?? paragraphs.length, paragraphs.length);
  end.consumed.forEach((i) => consumed.add(i));

  const dutyTexts = body.duties.flatMap((d) => d.items);
  const { content } = body;
  const draft: PlanContent = {
    ...header.fields,
    year,
    bases: preamble.bases,
    context: preamble.context,
    purposes: body.purposes,
    theme: content.theme,
    activityTheme: content.activityTheme,
    contentIntro: content.contentIntro,
    contentItems: content.contentItems,
    movements: extractMovements(
      [
        preamble.context ?? '',
        ...body.purposes,
        content.contentIntro ?? '',
        ...content.contentItems.map((i) => i.text),
        ...dutyTexts,
      ],
      options.movements ?? NATIONAL_MOVEMENT_OPTIONS,
      [content.theme, content.activityTheme],
    ),
    phases: body.phases,
    duties: body.duties,
    reportingChannel: findReportingChannel([end.closing, ...dutyTexts]),
    closing: end.closing,
    recipients: end.recipients,
    archive: end.archive,
    signature: end.signature,
  };
  const found = (field: PlanImportField) =>
    field === 'signature'
      ? end.signatureFound
      : field === 'docNo'
        ? draft.docNo !== null
        : isPresent(draft[field]);
  const recognised = PLAN_IMPORT_FIELDS.filter(found);
  return {
    draft,
    recognised,
    missing: PLAN_IMPORT_FIELDS.filter((f) => !recognised.includes(f)),
    leftovers: paragraphs.filter((_, i) => !consumed.has(i)).map((p) => ({ line: p.line, text: p.text })),
    warnings,
  };
}
