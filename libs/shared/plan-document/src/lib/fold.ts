import { foldVietnamese } from '@thidua/shared/contracts';

/**
 * Removes Vietnamese diacritics character by character (đ → d), keeping case and length, so a
 * match found in the folded text slices the original text at the same offsets.
 * Input must be NFC (every Vietnamese letter is one code unit).
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === 'đ') out += 'd';
    else if (ch === 'Đ') out += 'D';
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length === ch.length ? base : ch;
    }
  }
  return out;
}

/** Accent-, case-, punctuation- and dash-insensitive key: "Xanh – Sạch – Đẹp" → "xanh sach dep". */
export function matchKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Number of words (white-space separated runs). */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
