import { PlanPhaseContent } from '@thidua/shared/contracts';
import { readCommemorations } from './commemorations';
import { DATE_PATTERN, readDateToken, tokenToIso } from './dates';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';
import { numbered } from './sections';

const PHASE = /^Dot\s+(\d+|[IVX]+|mot|hai|ba|bon)\b/i;
const RANGE = new RegExp(
  `(?:tu\\s+)?(${DATE_PATTERN})\\s*(?:den|toi|[-–])\\s*(?:het\\s+)?(${DATE_PATTERN})`,
  'i',
);

interface PhaseLine {
  name: string;
  from: string;
  to: string;
  focus: string;
}

/** "Đợt 1: Từ tháng 01/2024 đến 31/7/2024" or "Đợt 1, từ ngày 1/1/2023 đến 30/6/2023: focus…". */
export function readPhaseLine(text: string, year: number): PhaseLine | null | 'undated' {
  const body = numbered(text).text;
  const folded = foldSameLength(body);
  const phase = PHASE.exec(folded);
  if (!phase) return null;
  const range = RANGE.exec(folded.slice(phase[0].length, phase[0].length + 120));
  if (!range) return 'undated';
  const fromToken = readDateToken(range[1]);
  const toToken = readDateToken(range[2]);
  if (!fromToken || !toToken) return 'undated';
  const toYear = toToken.year ?? year;
  const from = tokenToIso(fromToken, fromToken.year ?? toYear, 'from');
  const to = tokenToIso(toToken, toYear, 'to');
  if (!from || !to || from > to) return 'undated';
  const after = body.slice(phase[0].length + range.index + range[0].length);
  return {
    name: body.slice(0, phase[0].length),
    from,
    to,
    focus: after.replace(/^[\s):,.;–-]+/, '').trim(),
  };
}

const joinParagraph = (focus: string, p: Paragraph) =>
  p.bullet ? `${focus}${focus ? '\n' : ''}- ${p.text}` : `${focus}${focus ? '\n\n' : ''}${p.text}`;

export interface PhaseScan {
  phases: PlanPhaseContent[];
  consumed: Set<number>;
}

/**
 * The phases (đợt) among the given paragraphs. The focus is the text after the dates or, when the
 * line holds only the dates (or `followingFocus`), the unnumbered paragraphs under it.
 */
export function readPhases(
  paragraphs: Paragraph[],
  indexes: number[],
  year: number,
  followingFocus: boolean,
  warnings: string[],
): PhaseScan {
  const scan: PhaseScan = { phases: [], consumed: new Set() };
  indexes.forEach((index, position) => {
    const line = readPhaseLine(paragraphs[index].text, year);
    if (line === 'undated') warnings.push(`Line ${paragraphs[index].line}: a phase without readable dates.`);
    if (!line || line === 'undated') return;
    scan.consumed.add(index);
    let focus = line.focus;
    for (const next of indexes.slice(position + 1)) {
      const p = paragraphs[next];
      if ((focus && !followingFocus) || numbered(p.text).number || readPhaseLine(p.text, year)) break;
      focus = joinParagraph(focus, p);
      scan.consumed.add(next);
    }
    const range = { from: line.from, to: line.to };
    scan.phases.push({ ...line, focus, commemorations: readCommemorations(focus, range, warnings) });
  });
  return scan;
}
