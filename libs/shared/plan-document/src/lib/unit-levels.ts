import { foldSameLength, matchKey } from './fold';

/**
 * How plans name union levels (match keys), and the unit type codes of
 * libs/server/org default-unit-types.ts they stand for. Longest names are tried first.
 */
const LEVELS: ReadonlyArray<[string[], string[]]> = [
  [
    [
      'lien doan lao dong cap huyen',
      'lien doan lao dong huyen',
      'lien doan lao dong cac huyen',
      'ldld cap huyen',
      'ldld huyen',
      'ldld cac huyen',
    ],
    ['district_federation'],
  ],
  [
    ['lien doan lao dong tinh', 'lien doan lao dong thanh pho', 'ldld tinh', 'ldld thanh pho'],
    ['province_federation'],
  ],
  [
    ['cong doan cap tren truc tiep co so', 'cong doan cap tren co so', 'cd cap tren truc tiep co so'],
    ['commune_union', 'industrial_park_union', 'sector_union', 'district_federation'],
  ],
  [['cong doan cap nganh', 'cong doan nganh', 'cd cap nganh', 'cd nganh'], ['sector_union']],
  [
    ['cong doan khu cong nghiep', 'cong doan khu kinh te', 'cong doan kcn', 'cd kcn'],
    ['industrial_park_union'],
  ],
  [['cong doan xa', 'cong doan phuong', 'cong doan dac khu', 'cd xa'], ['commune_union']],
  [['cong doan co so', 'cdcs', 'cd co so'], ['grassroots_union']],
];

const NAMES: ReadonlyArray<{ key: string; codes: string[] }> = LEVELS.flatMap(([names, codes]) =>
  names.map((key) => ({ key, codes })),
).sort((a, b) => b.key.length - a.key.length);

const lookup = (key: string) => NAMES.find((n) => key === n.key || key.startsWith(`${n.key} `));

/** "LĐLĐ cấp huyện, Công đoàn cấp ngành, CĐCS trực thuộc LĐLĐ tỉnh" → district, sector, grassroots. */
export function unitTypeCodes(level: string): string[] {
  const codes: string[] = [];
  for (const part of level.split(/,|;|\s+và\s+/)) {
    const key = matchKey(part).replace(/^cac /, '');
    for (const code of lookup(key)?.codes ?? []) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** The level a duty paragraph starts with ("Công đoàn cơ sở báo cáo …" → "Công đoàn cơ sở"), as written. */
export function levelAtStart(text: string): string | null {
  const folded = foldSameLength(text).toLowerCase();
  const hit = NAMES.find((n) => folded.startsWith(`${n.key} `));
  return hit ? text.slice(0, hit.key.length) : null;
}
