import { PlanRecipientLine, RecipientPurpose } from '@thidua/shared/contracts';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';

const PURPOSE = /\s*\(\s*(?:de\s+)?(b\/c|bc|bao cao|t\/h|th|thuc hien)\s*\)/i;

export const isRecipientsHeading = (text: string) => /^Noi nhan\s*:?/i.test(foldSameLength(text));

/** The text after "Nơi nhận:" on the same line, if any. */
export function afterRecipientsHeading(text: string): string {
  const m = /^Noi nhan\s*:?\s*/i.exec(foldSameLength(text));
  return m ? text.slice(m[0].length).trim() : text;
}

/** A line of the "Nơi nhận" list: a list item, or a line ending like one (";", ".", ","), or naming a purpose. */
export function isRecipientLine(p: Paragraph): boolean {
  return p.bullet || /[;.,]$/.test(p.text) || PURPOSE.test(foldSameLength(p.text));
}

export type RecipientEntry = { archive: string } | { line: PlanRecipientLine };

/** "- Ban Dân vận Tỉnh ủy (b/c);;" → { name: 'Ban Dân vận Tỉnh ủy', purpose: 'report' }; "- Lưu: VP…" → archive. */
export function readRecipient(text: string): RecipientEntry {
  const clean = text.replace(/[\s;,.]+$/, '').trim();
  const folded = foldSameLength(clean);
  if (/^Luu\b/i.test(folded)) return { archive: clean };
  const m = PURPOSE.exec(folded);
  if (!m) return { line: { name: clean, purpose: null } };
  const purpose: RecipientPurpose = /^(b\/c|bc|bao cao)$/i.test(m[1]) ? 'report' : 'execute';
  const name = `${clean.slice(0, m.index)}${clean.slice(m.index + m[0].length)}`
    .replace(/[\s;,.]+$/, '')
    .trim();
  return { line: { name, purpose } };
}
