import { foldVietnamese } from '@thidua/shared/contracts';

/** True when every word of the query appears in one of the texts (accent- and case-insensitive). */
export function matchesQuery(query: string, ...texts: Array<string | null | undefined>): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  const haystack = foldVietnamese(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
