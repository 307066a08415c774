import { wordCount } from './fold';

/** One paragraph of the document, with the line it starts on (for leftovers). */
export interface Paragraph {
  /** 1-based line of the extracted text where the paragraph starts. */
  line: number;
  text: string;
  /** Written as a list item (`- `, `+ `, `* `, `• `, `– `); the marker is removed from `text`. */
  bullet: boolean;
  /** Bold text opening the paragraph when more text follows it (e.g. a union level before its duties). */
  boldLead: string | null;
  /** A Markdown heading line (`#`…). */
  heading: boolean;
}

/** NFC, no byte-order mark, LF line ends. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
}

const ESCAPE_BASE = 0xe000;

/** Removes the Markdown the importer understands: emphasis, code ticks, escapes; collapses spaces. */
export function stripInline(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, (_m, ch: string) =>
      String.fromCharCode(ESCAPE_BASE + ch.charCodeAt(0)),
    )
    .replace(/`+/g, '')
    .replace(/\*{2,}|_{2,}/g, '')
    .replace(/(^|[^\p{L}\p{N}])\*(?=\S)/gu, '$1')
    .replace(/(?<=\S)\*(?=$|[^\p{L}\p{N}])/gu, '')
    .replace(/(^|\s)_(?=\S)/g, '$1')
    .replace(/(?<=\S)_(?=$|[\s.,;:!?])/g, '')
    .replace(/[\uE000-\uE0FF]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - ESCAPE_BASE))
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

interface CleanLine {
  text: string;
  bullet: boolean;
  boldLead: string | null;
  heading: boolean;
}

/** One line without its Markdown; empty text for blank lines and rules (`---`, `***`). */
export function cleanLine(raw: string): CleanLine {
  let line = raw.replace(/[ \t\u00a0]+$/, '').trim();
  const heading = /^#{1,6}\s/.test(line);
  line = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
  if (/^[\s\-_*=~]*$/.test(line)) return { text: '', bullet: false, boldLead: null, heading };
  const bulletMatch = /^([-+•–]|\*(?!\*))\s+/.exec(line);
  const bullet = bulletMatch !== null;
  if (bulletMatch) line = line.slice(bulletMatch[0].length);
  const lead = /^\*\*([^*]+?)\*\*\s*(\S.*)$/.exec(line);
  const boldLead = lead && stripInline(lead[2]) ? stripInline(lead[1]) || null : null;
  return { text: stripInline(line), bullet, boldLead, heading };
}

/** A page break splits a sentence: the next part starts in lower case after a long unfinished paragraph. */
function continues(previous: Paragraph | undefined, next: CleanLine): boolean {
  return (
    previous !== undefined &&
    !previous.heading &&
    !next.bullet &&
    !next.heading &&
    /^\p{Ll}/u.test(next.text) &&
    !/^[a-zđ]\)/.test(next.text) &&
    !/[.!?:]["”’)]*$/.test(previous.text) &&
    wordCount(previous.text) >= 8
  );
}

/**
 * Splits the text into paragraphs: one per non-empty line, Markdown removed, and a paragraph that
 * continues the previous one across a page break (starts in lower case) joined to it.
 */
export function toParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  normaliseText(text)
    .split('\n')
    .forEach((raw, index) => {
      const clean = cleanLine(raw);
      if (!clean.text) return;
      const previous = paragraphs[paragraphs.length - 1];
      if (continues(previous, clean)) {
        previous.text = `${previous.text} ${clean.text}`;
        return;
      }
      paragraphs.push({ line: index + 1, ...clean });
    });
  return paragraphs;
}
