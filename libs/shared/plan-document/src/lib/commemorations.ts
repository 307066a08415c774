import { anniversary, NATIONAL_DAYS, NationalDay } from '@thidua/shared/calendar';
import { PlanCommemoration } from '@thidua/shared/contracts';
import { foldSameLength, matchKey } from './fold';

/** Other ways plans name a national day (match keys), besides the calendar name. */
const DAY_ALIASES: Record<string, string[]> = {
  'party-founding': ['ngay thanh lap dang', 'thanh lap dang cong san viet nam'],
  reunification: ['ngay giai phong mien nam', 'giai phong mien nam'],
  'labour-day': ['quoc te lao dong'],
  'ho-chi-minh-birthday': ['ngay sinh bac ho', 'sinh nhat bac ho', 'ngay sinh chu tich ho chi minh'],
  'call-to-emulate': [
    'ngay bac ho ra loi keu goi thi dua ai quoc',
    'ngay chu tich ho chi minh ra loi keu goi thi dua',
  ],
  'trade-union-founding': ['thanh lap cong doan viet nam'],
  'august-revolution': ['cach mang thang tam', 'cach mang thang 8'],
  'national-day': ['quoc khanh'],
};

const DAY_KEYS: ReadonlyArray<{ day: NationalDay; key: string }> = NATIONAL_DAYS.flatMap((day) =>
  [matchKey(day.name), ...(DAY_ALIASES[day.key] ?? [])].map((key) => ({ day, key })),
).sort((a, b) => b.key.length - a.key.length);

const startsWithKey = (text: string, key: string) => text === key || text.startsWith(`${key} `);

/** The year in which the day falls inside the phase (the phase's first year otherwise). */
function yearWithin(day: NationalDay, from: string, to: string): number {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const date = `${year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    if (date >= from && date <= to) return year;
  }
  return Number(from.slice(0, 4));
}

interface Mention {
  years: number;
  /** The name as written after "N năm", up to the next ";", "(", "." or mention. */
  name: string;
  /** From the number to the end of the name, as written. */
  written: string;
  celebrated: boolean;
}

function mentions(text: string): Mention[] {
  const folded = foldSameLength(text);
  const found: Mention[] = [];
  const re = /(\d{1,3})\s+nam\s+/gi;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index + m[0].length;
    const stop = /[;(]|\.(?:\s|$)|\s+\d{1,3}\s+nam\s|$/i.exec(folded.slice(start));
    const end = start + (stop?.index ?? folded.length - start);
    found.push({
      years: Number(m[1]),
      name: text.slice(start, end).trim(),
      written: text.slice(m.index, end).trim(),
      celebrated: /\b(ky niem|chao mung)\b/i.test(folded.slice(0, m.index)),
    });
  }
  return found;
}

function commemorationFor(
  day: NationalDay,
  years: number,
  written: string,
  range: { from: string; to: string },
  warnings: string[],
): PlanCommemoration {
  const a = anniversary(day, yearWithin(day, range.from, range.to));
  if (a && a.years === years) return { dayKey: day.key, text: a.phrase };
  warnings.push(`"${written}": the calendar counts ${a?.years ?? '?'} years for ${day.name} in that phase.`);
  return { dayKey: day.key, text: written };
}

/**
 * The national days a phase's focus names ("kỷ niệm 93 năm Ngày thành lập Đảng …; 78 năm Cách mạng
 * tháng Tám và Quốc khánh …"): the calendar's phrase for a known day, the text as written otherwise.
 */
export function readCommemorations(
  focus: string,
  range: { from: string; to: string },
  warnings: string[],
): PlanCommemoration[] {
  const out: PlanCommemoration[] = [];
  for (const mention of mentions(focus)) {
    let rest = matchKey(mention.name);
    let matched = false;
    while (rest) {
      const hit = DAY_KEYS.find(({ key }) => startsWithKey(rest, key));
      if (!hit) break;
      matched = true;
      out.push(commemorationFor(hit.day, mention.years, mention.written, range, warnings));
      rest = rest.slice(hit.key.length).trim();
      rest = rest.startsWith('va ') ? rest.slice(3) : '';
    }
    if (!matched && mention.celebrated && /^\p{Lu}/u.test(mention.name)) {
      out.push({ dayKey: null, text: mention.written });
    }
  }
  return out.filter((c, i) => out.findIndex((o) => o.text === c.text) === i);
}
