import { PlanDuty } from '@thidua/shared/contracts';
import { Paragraph } from './normalise';
import { isSubHeading, numbered } from './sections';
import { levelAtStart, unitTypeCodes } from './unit-levels';

const duty = (level: string | null, items: string[]): PlanDuty => ({
  level,
  unitTypeCodes: level ? unitTypeCodes(level) : [],
  items,
});

const cleanLevel = (text: string) =>
  numbered(text)
    .text.replace(/[\s:.]+$/, '')
    .trim();

function readNumberedDuty(p: Paragraph, text: string): PlanDuty {
  if (p.boldLead) {
    const lead = p.boldLead.trim();
    const rest = p.text.slice(p.text.indexOf(lead) + lead.length).replace(/^[\s:.–-]+/, '');
    return duty(cleanLevel(lead), rest ? [rest] : []);
  }
  if (isSubHeading(text)) return duty(cleanLevel(text), []);
  return duty(levelAtStart(text), [text]);
}

/**
 * "TỔ CHỨC THỰC HIỆN": one entry per numbered paragraph. A short numbered line (or a bold lead) names
 * the level and the paragraphs under it are its items; a paragraph starting with a level name
 * ("Công đoàn cơ sở báo cáo …") is kept whole as that level's item; otherwise the level is null (all
 * levels). Unnumbered paragraphs and list items belong to the entry above them.
 */
export function readDuties(
  paragraphs: Paragraph[],
  indexes: number[],
): { duties: PlanDuty[]; consumed: Set<number> } {
  const duties: PlanDuty[] = [];
  for (const index of indexes) {
    const p = paragraphs[index];
    const { number, text } = numbered(p.text);
    const current = duties[duties.length - 1];
    if (number || (p.boldLead && !p.bullet)) duties.push(readNumberedDuty(p, text));
    else if (current) current.items.push(text);
    else duties.push(duty(null, [text]));
  }
  return { duties, consumed: new Set(indexes) };
}
