import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-22T08:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('counts seconds under a minute, then minutes, hours and days', () => {
    expect(relativeTime(ago(0.4), now)).toEqual({ key: 'time.justNow', count: 0 });
    expect(relativeTime(ago(12), now)).toEqual({ key: 'time.secondsAgo', count: 12 });
    expect(relativeTime(ago(150), now)).toEqual({ key: 'time.minutesAgo', count: 2 });
    expect(relativeTime(ago(7300), now)).toEqual({ key: 'time.hoursAgo', count: 2 });
    expect(relativeTime(ago(200_000), now)).toEqual({ key: 'time.daysAgo', count: 2 });
  });

  it('treats a clock slightly ahead as just now and ignores missing values', () => {
    expect(relativeTime(ago(-3), now)).toEqual({ key: 'time.justNow', count: 0 });
    expect(relativeTime(undefined, now)).toBeNull();
    expect(relativeTime('hôm qua', now)).toBeNull();
  });
});
