import { foldSameLength, wordCount } from './fold';
import { Paragraph } from './normalise';

export type SectionKind = 'purposes' | 'content' | 'time' | 'duties' | 'other';

/** A part of the body under a heading (I. MỤC ĐÍCH, YÊU CẦU …): paragraphs `start` to `end` (exclusive). */
export interface Section {
  kind: SectionKind;
  /** Index of the heading paragraph. */
  heading: number;
  title: string;
  start: number;
  end: number;
}

const ROMAN_HEADING = /^(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.):–-]\s*(\S.*)$/;

const KINDS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['purposes', /\b(muc dich|yeu cau)\b/],
  ['duties', /\bto chuc thuc hien\b/],
  ['time', /\b(thoi gian|cac dot)\b/],
  ['content', /\b(noi dung|chu de|phong trao|chi tieu)\b/],
];

function kindOf(title: string): SectionKind {
  const folded = foldSameLength(title).toLowerCase();
  return KINDS.find(([, re]) => re.test(folded))?.[0] ?? 'other';
}

const isUpper = (text: string) => text === text.toUpperCase() && /\p{Lu}/u.test(text);

/** A section heading: a Roman numeral and a short title, or a short upper-case title naming a known part. */
export function sectionHeading(paragraph: Paragraph): { kind: SectionKind; title: string } | null {
  const text = paragraph.text;
  if (wordCount(text) > 14 || /[.;,]$/.test(text)) return null;
  const roman = ROMAN_HEADING.exec(text);
  if (roman && roman[1] && (isUpper(roman[2]) || kindOf(roman[2]) !== 'other')) {
    return { kind: kindOf(roman[2]), title: text };
  }
  if (!roman && isUpper(text) && kindOf(text) !== 'other') return { kind: kindOf(text), title: text };
  return null;
}

/** The sections of the body, in document order, from the first heading on. */
export function findSections(paragraphs: Paragraph[], from: number): Section[] {
  const sections: Section[] = [];
  for (let index = from; index < paragraphs.length; index++) {
    const heading = sectionHeading(paragraphs[index]);
    if (!heading) continue;
    const previous = sections[sections.length - 1];
    if (previous) previous.end = index;
    sections.push({ ...heading, heading: index, start: index + 1, end: paragraphs.length });
  }
  return sections;
}

const NUMBERED = /^(?:(\d{1,2}(?:\.\d{1,2})+)\.?\s+|(\d{1,2})\s*[.)]\s*)(?=\S)/;

/** "2.1. Thi đua …" → { number: '2.1', text: 'Thi đua …' }; number null when the paragraph is not numbered. */
export function numbered(text: string): { number: string | null; text: string } {
  const m = NUMBERED.exec(text);
  return m ? { number: m[1] ?? m[2], text: text.slice(m[0].length) } : { number: null, text };
}

/** A short line without closing punctuation or quotes: a sub-heading such as "2. Nội dung thi đua". */
export function isSubHeading(text: string): boolean {
  return wordCount(text) <= 12 && !/[.;:!?…]$/.test(text) && !/[“”"]/.test(text);
}
