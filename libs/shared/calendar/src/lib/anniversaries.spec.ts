import { anniversariesBetween, anniversary } from './anniversaries';
import { NATIONAL_DAYS } from './national-days';

const day = (key: string) => {
  const found = NATIONAL_DAYS.find((d) => d.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('anniversaries, written the way the seed plans write them', () => {
  it('gives the 95th anniversary of the Vietnam Trade Union in 2024 (seed A)', () => {
    expect(anniversary(day('trade-union-founding'), 2024)).toMatchObject({
      years: 95,
      round: 'half-decade',
      date: '2024-07-28',
      phrase: 'kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)',
    });
  });

  it('counts the seed B anniversaries of 2023', () => {
    expect(anniversary(day('party-founding'), 2023)?.years).toBe(93);
    expect(anniversary(day('call-to-emulate'), 2023)?.years).toBe(75);
    expect(anniversary(day('reunification'), 2023)?.years).toBe(48);
    expect(anniversary(day('labour-day'), 2023)?.years).toBe(137);
    expect(anniversary(day('ho-chi-minh-birthday'), 2023)?.phrase).toBe(
      'kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023)',
    );
    expect(anniversary(day('trade-union-founding'), 2023)?.years).toBe(94);
    expect(anniversary(day('national-day'), 2023)?.years).toBe(78);
  });

  it('marks round anniversaries and skips days not yet instituted', () => {
    expect(anniversary(day('august-revolution'), 2025)?.round).toBe('decade');
    expect(anniversary(day('trade-union-founding'), 2026)?.round).toBeNull();
    expect(anniversary(day('entrepreneurs-day'), 2004)).toBeNull();
  });

  it("lists a phase's commemorations in date order (seed B, phase 1: 1/1–30/6/2023)", () => {
    const phase = anniversariesBetween('2023-01-01', '2023-06-30').map((a) => `${a.day.key}:${a.years}`);
    expect(phase).toEqual(
      expect.arrayContaining([
        'party-founding:93',
        'reunification:48',
        'labour-day:137',
        'ho-chi-minh-birthday:133',
        'call-to-emulate:75',
      ]),
    );
    expect(phase.indexOf('party-founding:93')).toBeLessThan(phase.indexOf('call-to-emulate:75'));
    expect(phase).not.toContain('trade-union-founding:94');
  });

  it('spans years', () => {
    expect(anniversariesBetween('2024-12-01', '2025-02-05').map((a) => a.date)).toEqual([
      '2024-12-22',
      '2025-02-03',
    ]);
  });
});
