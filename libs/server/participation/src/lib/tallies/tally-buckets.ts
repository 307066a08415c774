import type { RegistrationStatus, ScorecardStatus } from '@thidua/shared/contracts';

/** What a tally counts. */
export type TallyMetric = 'registration' | 'report' | 'score';

/** The bucket a row is counted in, and for final scorecards the total it adds. */
export interface TallyBucket {
  key: string;
  total: number;
}

/**
 * Bucket keys. The same keys are built in SQL when tallies are rebuilt (PlanTallies.rebuild and
 * the scoring migration): change both together.
 */
export function registrationBucket(row: { status: RegistrationStatus; late: boolean | number }): TallyBucket {
  return { key: `${row.status}|${Number(row.late) === 1 ? 1 : 0}`, total: 0 };
}

export function reportBucket(row: {
  status: RegistrationStatus;
  onTime: boolean | number | null;
}): TallyBucket {
  const flag = row.onTime === null || row.onTime === undefined ? '-' : Number(row.onTime) === 1 ? 1 : 0;
  return { key: `${row.status}|${flag}`, total: 0 };
}

/** Tenths of the set's maximum a final total falls in (0–9; the top bin takes everything above). */
export function decileOf(total: number, maxTotal: number): number {
  if (maxTotal <= 0) return 0;
  const cents = (n: number) => Math.round(n * 100);
  return Math.max(0, Math.min(9, Math.floor((cents(total) * 10) / cents(maxTotal))));
}

/** Final scorecards count by band and tenth of the maximum; the others by status only. */
export function scoreBucket(
  row: { status: ScorecardStatus; finalTotal: string | number | null; finalBand: number | null },
  maxTotal: number,
): TallyBucket {
  if (row.status !== 'final') return { key: row.status, total: 0 };
  const total = Number(row.finalTotal ?? 0);
  return { key: `final|${row.finalBand ?? '-'}|${decileOf(total, maxTotal)}`, total };
}

/** Reads a final bucket key back: the band index (null for none) and the tenth. */
export function parseFinalBucket(key: string): { band: number | null; decile: number } | null {
  const [status, band, decile] = key.split('|');
  if (status !== 'final') return null;
  return { band: band === '-' ? null : Number(band), decile: Number(decile) };
}
