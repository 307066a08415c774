const pad = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12)) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date as the plans write it; `day` is null for a whole month ("tháng 01/2024"), `year` null when left out. */
export interface DateToken {
  day: number | null;
  month: number;
  year: number | null;
}

/**
 * Date patterns on accent-folded text: `dd/mm/yyyy`, `dd/mm`, `dd tháng mm năm yyyy`, `tháng mm/yyyy`,
 * `tháng mm năm yyyy`, `tháng mm` (with - or . as separators too).
 */
export const DATE_PATTERN =
  '(?:(?:ngay\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?|(?:ngay\\s+)?\\d{1,2}\\s+thang\\s+\\d{1,2}(?:\\s+nam\\s+\\d{4})?|thang\\s+\\d{1,2}(?:\\s*[/.-]\\s*\\d{4}|\\s+nam\\s+\\d{4})?)';

/** Reads one date written in a DATE_PATTERN form (folded text). */
export function readDateToken(folded: string): DateToken | null {
  const text = folded.trim().toLowerCase();
  let m = /^(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null };
  m = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?$/.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null };
  m = /^thang\s+(\d{1,2})(?:\s*[/.-]\s*(\d{4})|\s+nam\s+(\d{4}))?$/.exec(text);
  if (m) return { day: null, month: Number(m[1]), year: m[2] || m[3] ? Number(m[2] || m[3]) : null };
  return null;
}

/** A whole month starts on its first day ("từ tháng 01/2024") and ends on its last ("đến tháng 7/2024"). */
export function tokenToIso(token: DateToken, fallbackYear: number, end: 'from' | 'to'): string | null {
  const year = token.year ?? fallbackYear;
  const day = token.day ?? (end === 'from' ? 1 : daysInMonth(year, token.month));
  return isoDate(year, token.month, day);
}

/** `dd/mm/yyyy` (leading zeros optional) → `YYYY-MM-DD`. */
export function slashDateToIso(text: string): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text.trim());
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}
