import { commemorationsBetween, isRoundAnniversary, suggestPhases } from './phase-suggestion';

describe('suggestPhases', () => {
  it('closes phase 1 on 31/7 in 2024, the 95th anniversary of the Vietnam Trade Union', () => {
    const [first, second] = suggestPhases(2024);
    expect([first.from, first.to, second.from, second.to]).toEqual([
      '2024-01-01',
      '2024-07-31',
      '2024-08-01',
      '2024-12-31',
    ]);
    expect(first.commemorations).toContainEqual({
      dayKey: 'trade-union-founding',
      text: 'kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)',
    });
    expect(second.commemorations.map((c) => c.dayKey)).toContain('national-day');
    expect(second.commemorations.map((c) => c.dayKey)).not.toContain('trade-union-founding');
  });

  it('closes phase 1 on 30/6 in a year without a round Trade Union anniversary (2023: 94 years)', () => {
    const [first, second] = suggestPhases(2023);
    expect([first.to, second.from]).toEqual(['2023-06-30', '2023-07-01']);
    expect(second.commemorations.map((c) => c.dayKey)).toContain('trade-union-founding');
  });

  it('suggests the major days and the round anniversaries only; the calendar has them all', () => {
    const [first] = suggestPhases(2024);
    const keys = first.commemorations.map((c) => c.dayKey);
    expect(keys).toEqual(expect.arrayContaining(['party-founding', 'reunification', 'labour-day']));
    expect(keys).not.toContain('youth-union'); // 93 years, a day the seed plans do not name
    expect(keys).toContain('dien-bien-phu'); // 70 years: round
    expect(commemorationsBetween('2024-01-01', '2024-07-31').length).toBeGreaterThan(keys.length);
  });

  it('marks round anniversaries and ignores unreadable dates', () => {
    expect(isRoundAnniversary('trade-union-founding', 2024)).toBe(true);
    expect(isRoundAnniversary('trade-union-founding', 2023)).toBe(false);
    expect(isRoundAnniversary(null, 2024)).toBe(false);
    expect(commemorationsBetween('2024-12-31', '2024-01-01')).toEqual([]);
    expect(commemorationsBetween('', '2024-01-01')).toEqual([]);
  });
});
