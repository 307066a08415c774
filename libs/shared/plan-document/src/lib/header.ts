import { isoDate } from './dates';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';

export interface HeaderFields {
  docNo: number | null;
  docSymbol: string;
  place: string;
  issuedDate: string | null;
  title: string;
}

export interface HeaderResult {
  fields: HeaderFields;
  found: Set<keyof HeaderFields>;
  /** Paragraph indexes the header used. */
  consumed: Set<number>;
  /** First paragraph after the header (where the bases and context start). */
  bodyStart: number;
  warnings: string[];
}

const NUMBER_LINE = /^So\s*[:.]?\s*(\d*)(\s*)\/\s*([^\s,;]+)(\s*)(.*)$/i;
const DATE_LINE = /^(.{0,40}?),?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\.?$/i;
const MOTTO = [/^CONG HOA XA HOI CHU NGHIA VIET NAM$/i, /^Doc lap\s*[-–]\s*Tu do\s*[-–]\s*Hanh phuc$/i];
const DOC_TYPE_LINE = /^KE HOACH\b[\s:.-]*(.*)$/;
const BODY_START = /^(Can cu|Thuc hien|Theo)\b/i;

interface HeaderState extends HeaderResult {
  typeLineSeen: boolean;
  /** A "KẾ HOẠCH" line comes later: the title is the line after it, not a line before. */
  typeLineAhead: boolean;
  titleIndex: number | null;
}

function readNumber(state: HeaderState, text: string, line: number): string | null {
  const m = NUMBER_LINE.exec(foldSameLength(text));
  if (!m || state.found.has('docSymbol')) return null;
  const symbolStart = m[0].length - m[5].length - m[4].length - m[3].length;
  state.fields.docNo = m[1] ? Number(m[1]) : null;
  state.fields.docSymbol = text.slice(symbolStart, symbolStart + m[3].length);
  if (m[1]) state.found.add('docNo');
  state.found.add('docSymbol');
  if (m[1] && m[2])
    state.warnings.push(`Line ${line}: a space is written before "/" in the number ("${text}").`);
  return text.slice(symbolStart + m[3].length).trim();
}

function readDate(state: HeaderState, text: string, line: number): boolean {
  const m = DATE_LINE.exec(foldSameLength(text));
  if (!m || state.found.has('issuedDate')) return false;
  const [day, month, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const place = text.slice(0, m[1].length).trim();
  if (place) {
    state.fields.place = place;
    state.found.add('place');
  }
  state.fields.issuedDate = isoDate(year, month, day);
  if (state.fields.issuedDate) state.found.add('issuedDate');
  else state.warnings.push(`Line ${line}: "${text}" is not a valid date.`);
  if ((day < 10 && m[2].length < 2) || (month <= 2 && m[3].length < 2)) {
    state.warnings.push(
      `Line ${line}: the date "${text}" lacks a leading zero (Decree 30/2020 writes days below 10 and months 1 and 2 with "0").`,
    );
  }
  return true;
}

function setTitle(state: HeaderState, index: number, text: string): void {
  state.fields.title = text;
  state.found.add('title');
  state.titleIndex = index;
  state.consumed.add(index);
}

function canBeTitle(text: string): boolean {
  return text.length <= 300 && !/[.:;]$/.test(text) && !BODY_START.test(foldSameLength(text));
}

/** Reads one paragraph of the header; false when it is not part of the header. */
function readHeaderParagraph(state: HeaderState, paragraphs: Paragraph[], index: number): boolean {
  const { text, line } = paragraphs[index];
  const folded = foldSameLength(text);
  const rest = readNumber(state, text, line);
  if (rest !== null) {
    state.consumed.add(index);
    if (rest) readDate(state, rest, line);
    return true;
  }
  if (readDate(state, text, line) || MOTTO.some((re) => re.test(folded))) {
    state.consumed.add(index);
    return true;
  }
  const typeLine = DOC_TYPE_LINE.exec(folded);
  if (typeLine && !state.typeLineSeen && text === text.toUpperCase()) {
    state.typeLineSeen = true;
    state.consumed.add(index);
    const remainder = text.slice(text.length - typeLine[1].length).trim();
    if (remainder) setTitle(state, index, remainder);
    return true;
  }
  const headerSeen = state.typeLineSeen || (state.found.size > 0 && !state.typeLineAhead);
  if (!state.found.has('title') && headerSeen && canBeTitle(text)) {
    setTitle(state, index, text);
    return true;
  }
  return false;
}

/** A title wrapped onto a second line that starts in lower case. */
function extendTitle(state: HeaderState, paragraphs: Paragraph[], limit: number): void {
  let next = (state.titleIndex ?? -1) + 1;
  while (state.titleIndex !== null && next < limit && /^\p{Ll}/u.test(paragraphs[next].text)) {
    state.fields.title = `${state.fields.title} ${paragraphs[next].text}`;
    state.consumed.add(next);
    next++;
  }
  state.bodyStart = Math.max(state.bodyStart, next);
}

/** Number and symbol, place and date, document type and title: the paragraphs before `limit`. */
export function readHeader(paragraphs: Paragraph[], limit: number): HeaderResult {
  const state: HeaderState = {
    fields: { docNo: null, docSymbol: '', place: '', issuedDate: null, title: '' },
    found: new Set(),
    consumed: new Set(),
    bodyStart: 0,
    warnings: [],
    typeLineSeen: false,
    typeLineAhead: paragraphs
      .slice(0, limit)
      .some((p) => DOC_TYPE_LINE.test(foldSameLength(p.text)) && p.text === p.text.toUpperCase()),
    titleIndex: null,
  };
  for (let index = 0; index < limit; index++) {
    if (state.titleIndex !== null && BODY_START.test(foldSameLength(paragraphs[index].text))) break;
    if (readHeaderParagraph(state, paragraphs, index)) state.bodyStart = index + 1;
    else if (state.titleIndex !== null) break;
  }
  extendTitle(state, paragraphs, limit);
  const { fields, found, consumed, bodyStart, warnings } = state;
  return { fields, found, consumed, bodyStart, warnings };
}
