/** A translation key and its count, e.g. `{ key: 'time.secondsAgo', count: 12 }` → "12 giây trước". */
export interface RelativeTime {
  key: 'time.justNow' | 'time.secondsAgo' | 'time.minutesAgo' | 'time.hoursAgo' | 'time.daysAgo';
  count: number;
}

/** How long ago an ISO instant was, relative to `now` (ms). Null for a missing or unreadable instant. */
export function relativeTime(iso: string | undefined, now: number): RelativeTime | null {
  const at = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(at)) return null;
  const seconds = Math.max(0, Math.floor((now - at) / 1000));
  if (seconds < 1) return { key: 'time.justNow', count: 0 };
  if (seconds < 60) return { key: 'time.secondsAgo', count: seconds };
  if (seconds < 3600) return { key: 'time.minutesAgo', count: Math.floor(seconds / 60) };
  if (seconds < 86_400) return { key: 'time.hoursAgo', count: Math.floor(seconds / 3600) };
  return { key: 'time.daysAgo', count: Math.floor(seconds / 86_400) };
}
