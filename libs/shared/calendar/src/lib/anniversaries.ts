import { NATIONAL_DAYS, NationalDay } from './national-days';

export interface Anniversary {
  day: NationalDay;
  /** YYYY-MM-DD in the given year. */
  date: string;
  years: number;
  /** 'decade' for multiples of 10, 'half-decade' for other multiples of 5: these usually get their own phase. */
  round: 'decade' | 'half-decade' | null;
  /** As plans write it: "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)". */
  phrase: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function anniversary(day: NationalDay, year: number): Anniversary | null {
  const years = year - day.baseYear;
  if (years <= 0) return null;
  return {
    day,
    date: `${year}-${pad(day.month)}-${pad(day.day)}`,
    years,
    round: years % 10 === 0 ? 'decade' : years % 5 === 0 ? 'half-decade' : null,
    phrase: `kỷ niệm ${years} năm ${day.name} (${day.day}/${day.month}/${day.baseYear} – ${day.day}/${day.month}/${year})`,
  };
}

/** The anniversaries falling between two dates (YYYY-MM-DD, inclusive), in date order: a phase's commemorations. */
export function anniversariesBetween(
  from: string,
  to: string,
  days: readonly NationalDay[] = NATIONAL_DAYS,
): Anniversary[] {
  const found: Anniversary[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of days) {
      const a = anniversary(day, year);
      if (a && a.date >= from && a.date <= to) found.push(a);
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}
