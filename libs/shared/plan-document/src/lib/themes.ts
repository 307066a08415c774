import { foldSameLength } from './fold';
import { findQuotes } from './quotes';

export interface Themes {
  theme: string | null;
  activityTheme: string | null;
}

/**
 * The quoted themes of a passage: the quote after "chủ đề … thi đua" is the emulation theme, the
 * one after "chủ đề hoạt động (công đoàn)" the union activity theme.
 */
export function findThemes(text: string): Themes {
  const found: Themes = { theme: null, activityTheme: null };
  let previousEnd = 0;
  for (const quote of findQuotes(text)) {
    const before = foldSameLength(text.slice(previousEnd, quote.open)).toLowerCase();
    previousEnd = quote.close + 1;
    if (!quote.inner) continue;
    if (/\bchu de hoat dong\b/.test(before)) found.activityTheme ??= quote.inner;
    else if (/\bchu de\b/.test(before)) found.theme ??= quote.inner;
  }
  return found;
}
