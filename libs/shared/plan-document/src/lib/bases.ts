import { PlanBasis } from '@thidua/shared/contracts';
import { slashDateToIso, isoDate } from './dates';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';

/** Document types a basis names, accent-folded, longest first. */
const DOC_TYPES = [
  'Chuong trinh hanh dong',
  'Chuong trinh',
  'Ke hoach',
  'Nghi quyet',
  'Nghi dinh',
  'Chi thi',
  'Quyet dinh',
  'Thong tu',
  'Thong tri',
  'Thong bao',
  'Luat',
  'Huong dan',
  'Cong van',
  'Ket luan',
  'Dieu le',
  'Quy che',
  'Quy dinh',
  'Van ban',
  'Bao cao',
];
const DOC_TYPE = new RegExp(`^(?:${DOC_TYPES.join('|')})\\b`, 'i');
const BASIS_LEAD = /^(?:Can cu|Thuc hien)\s+(?:vao\s+)?/i;
/** Where a basis starts inside a paragraph: after a sentence or clause end, capitalised. */
const BASIS_INSIDE = /[.;]\s+(?=(?:Can cu|Thuc hien)\s)/g;
/** Where the launching sentence starts: "…; Ban Thường vụ LĐLĐ tỉnh ban hành/phát động …". */
const LAUNCH_SUBJECT =
  '(?:Ban Thuong vu|Ban Chap hanh|Thuong truc|Doan Chu tich|Ban Chi dao|Lien doan Lao dong|LDLD|Cong doan)\\b';
const LAUNCH_VERB = /\b(?:ban hanh|phat dong|xay dung|trien khai)\b/i;

export interface PreambleResult {
  bases: PlanBasis[];
  context: string | null;
  /** The launching sentence ("Ban Thường vụ … ban hành Kế hoạch … sau:"). */
  launch: string | null;
  consumed: Set<number>;
}

const trimClause = (text: string) => text.replace(/^[\s,;.]+/, '').replace(/[\s,;]+$/, '');

function readDate(folded: string): { length: number; iso: string | null } | null {
  const m =
    /^[\s,]*(?:ban hanh\s+)?(?:ngay\s+)?(?:(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4}))/i.exec(
      folded,
    );
  if (!m) return null;
  const iso = m[1] ? slashDateToIso(m[1]) : isoDate(Number(m[4]), Number(m[3]), Number(m[2]));
  return { length: m[0].length, iso };
}

function issuerOf(text: string): string | null {
  const m = /\bcua\s+(.+?)(?=\s+(?:ve viec|ve|v\/v)\s|[\s,;.]*$)/i.exec(foldSameLength(text));
  return m ? text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length).trim() : null;
}

/** One basis: "Căn cứ Kế hoạch số 09/KH-TLĐ, ngày 27/12/2023 của … về việc …". */
export function parseBasis(clause: string): PlanBasis {
  const text = trimClause(clause);
  const folded = foldSameLength(text);
  const lead = BASIS_LEAD.exec(folded)?.[0].length ?? 0;
  const type = DOC_TYPE.exec(folded.slice(lead));
  if (!type) return { docType: null, number: null, date: null, issuer: issuerOf(text), summary: text };
  let pos = lead + type[0].length;
  const docType = text.slice(lead, pos);
  const num = /^\s*(?:so\s*:?\s*)?(\d[\w./-]*\w|\d)/i.exec(folded.slice(pos));
  const number = num ? text.slice(pos + num[0].length - num[1].length, pos + num[0].length) : null;
  pos += num?.[0].length ?? 0;
  const date = readDate(folded.slice(pos));
  pos += date?.length ?? 0;
  const issuer = /^[\s,]*cua\s/i.test(folded.slice(pos)) ? issuerOf(text.slice(pos)) : null;
  const about = /\s(?:ve viec|ve|v\/v)\s+/i.exec(folded.slice(pos));
  const summary = about ? text.slice(pos + about.index + about[0].length).trim() : text;
  return { docType, number, date: date?.iso ?? null, issuer, summary };
}

interface Segment {
  kind: 'context' | 'basis' | 'launch';
  text: string;
}

function launchStart(folded: string, from: number): number | null {
  const re = new RegExp(`(^|[,;.]\\s+)(?=${LAUNCH_SUBJECT})`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const rest = folded.slice(m.index);
    if (LAUNCH_VERB.test(rest) && /(?::|\bsau\.?)\s*$/.test(rest)) return m.index;
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return null;
}

/** Splits one preamble paragraph into context, bases and the launching sentence. */
function segments(text: string): Segment[] {
  const folded = foldSameLength(text);
  const starts = BASIS_LEAD.test(folded) ? [0] : [];
  for (const m of folded.matchAll(BASIS_INSIDE)) starts.push(m.index + m[0].length);
  const launch = launchStart(folded, starts[0] ?? 0);
  const out: Segment[] = [];
  const end = launch ?? text.length;
  const firstBasis = starts.length ? Math.min(starts[0], end) : end;
  if (firstBasis > 0) out.push({ kind: 'context', text: text.slice(0, firstBasis).trim() });
  starts
    .filter((s) => s < end)
    .forEach((s, i, all) => out.push({ kind: 'basis', text: text.slice(s, all[i + 1] ?? end) }));
  if (launch !== null) out.push({ kind: 'launch', text: trimClause(text.slice(launch)) });
  return out.filter((s) => trimClause(s.text));
}

/**
 * The paragraphs between the title and the first section: the context (the year's situation), the
 * bases (căn cứ) and the launching sentence. A document without a separate context paragraph
 * keeps its launching sentence as the context, so that no text is lost.
 */
export function readPreamble(paragraphs: Paragraph[], start: number, end: number): PreambleResult {
  const result: PreambleResult = { bases: [], context: null, launch: null, consumed: new Set() };
  const context: string[] = [];
  for (let index = start; index < end; index++) {
    result.consumed.add(index);
    for (const segment of segments(paragraphs[index].text)) {
      if (segment.kind === 'basis') result.bases.push(parseBasis(segment.text));
      else if (segment.kind === 'launch' && result.launch === null) result.launch = segment.text;
      else context.push(segment.text);
    }
  }
  result.context = context.length ? context.join('\n\n') : result.launch;
  return result;
}
