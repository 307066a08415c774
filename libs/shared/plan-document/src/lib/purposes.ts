import { foldSameLength } from './fold';
import { Paragraph } from './normalise';
import { isSubHeading, numbered } from './sections';

/** "I. MỤC ĐÍCH, YÊU CẦU": one purpose per paragraph, numbers and the sub-headings "Mục đích"/"Yêu cầu" left out. */
export function readPurposes(
  paragraphs: Paragraph[],
  indexes: number[],
): { purposes: string[]; consumed: Set<number> } {
  const purposes: string[] = [];
  for (const index of indexes) {
    const { text } = numbered(paragraphs[index].text);
    const folded = foldSameLength(text).toLowerCase();
    if (isSubHeading(text) && /^(muc dich|yeu cau)\b/.test(folded)) continue;
    purposes.push(text);
  }
  return { purposes, consumed: new Set(indexes) };
}
