import { ApiException } from '@thidua/server/core';

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * The date a change takes effect: today by default; never in the future (changes are recorded
 * when they happen, possibly late) and never before the unit's last change.
 */
export function effectiveDate(
  given: string | undefined,
  today: string,
  notBefore: string,
  unitName: string,
): string {
  const date = given ?? today;
  if (date > today) throw new ApiException(400, 'org_effective_date_future', { date: today });
  if (date < notBefore)
    throw new ApiException(400, 'org_effective_date_too_early', { date: notBefore, name: unitName });
  return date;
}
