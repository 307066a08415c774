import { NATIONAL_MOVEMENTS, PlanMovementRef } from '@thidua/shared/contracts';
import { foldSameLength, matchKey, wordCount } from './fold';
import { findQuotes } from './quotes';

/** A movement of the catalogue the names are matched against. */
export interface MovementOption {
  id: string | null;
  name: string;
  aliases?: string[];
}

/** The national catalogue, without database ids. */
export const NATIONAL_MOVEMENT_OPTIONS: ReadonlyArray<MovementOption> = NATIONAL_MOVEMENTS.map((m) => ({
  id: null,
  name: m.name,
  aliases: m.aliases,
}));

/** Words right before a quote that make it a movement's name. */
const TRIGGER = /(?:phong trao(?: thi dua)?(?: yeu nuoc)?|cuoc van dong|chuong trinh)\s*$/i;
/** A list of names goes on: only a short qualifier ("giai đoạn 2021-2025") and a separator between. */
const CONTINUATION = /(?:[,;]|\bva|\bcung)\s*$/i;

function continuesList(between: string): boolean {
  const text = foldSameLength(between)
    .replace(/[“”"]|\.{3}|…/g, ' ')
    .trim();
  if (/[.!?](\s|$)/.test(text) || !CONTINUATION.test(text)) return false;
  return wordCount(text.replace(/[,;]/g, ' ')) <= 8;
}

/** Names quoted after "phong trào (thi đua)", "cuộc vận động" or "Chương trình", and the lists continuing them. */
export function quotedMovementNames(text: string): string[] {
  const names: string[] = [];
  let previousEnd = 0;
  let inList = false;
  for (const quote of findQuotes(text)) {
    const between = text.slice(previousEnd, quote.open);
    inList = TRIGGER.test(foldSameLength(between).trimEnd()) || (inList && continuesList(between));
    if (inList && quote.inner) names.push(quote.inner);
    previousEnd = quote.close + 1;
  }
  return names;
}

function catalogueIndex(catalogue: ReadonlyArray<MovementOption>): Map<string, MovementOption> {
  const index = new Map<string, MovementOption>();
  for (const option of catalogue) {
    for (const name of [option.name, ...(option.aliases ?? [])]) {
      const key = matchKey(name);
      if (key && !index.has(key)) index.set(key, option);
    }
  }
  return index;
}

/**
 * The movements the texts name, in order of first appearance, matched accent- and
 * punctuation-insensitively to the catalogue (its name and id when matched, the quoted text otherwise).
 * Names in `exclude` (the plan's themes) are skipped.
 */
export function extractMovements(
  texts: string[],
  catalogue: ReadonlyArray<MovementOption>,
  exclude: ReadonlyArray<string | null>,
): PlanMovementRef[] {
  const index = catalogueIndex(catalogue);
  const excluded = new Set(exclude.filter((t): t is string => !!t).map(matchKey));
  const refs: PlanMovementRef[] = [];
  const seen = new Set<string>();
  for (const name of texts.flatMap(quotedMovementNames)) {
    const key = matchKey(name);
    if (!key || excluded.has(key)) continue;
    const option = index.get(key);
    const ref = option ? { name: option.name, movementId: option.id } : { name, movementId: null };
    const refKey = matchKey(ref.name);
    if (seen.has(refKey)) continue;
    seen.add(refKey);
    refs.push(ref);
  }
  return refs;
}
