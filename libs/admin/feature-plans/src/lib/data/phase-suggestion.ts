import { anniversariesBetween, anniversary, NATIONAL_DAYS } from '@thidua/shared/calendar';
import { PlanCommemoration, PlanPhaseContent } from '@thidua/shared/contracts';

export const TRADE_UNION_DAY_KEY = 'trade-union-founding';

/**
 * The anniversaries falling in a phase, as plans write them. `majorOnly` keeps the days plans
 * always celebrate (those checked against the seed plans) and every round anniversary.
 */
export function commemorationsBetween(from: string, to: string, majorOnly = false): PlanCommemoration[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) return [];
  return anniversariesBetween(from, to)
    .filter((a) => !majorOnly || a.day.source === 'seed' || !!a.round)
    .map((a) => ({ dayKey: a.day.key, text: a.phrase }));
}

/** Whether the day's anniversary in `year` is a round one (multiple of 5): worth highlighting. */
export function isRoundAnniversary(dayKey: string | null, year: number): boolean {
  const day = dayKey ? NATIONAL_DAYS.find((d) => d.key === dayKey) : undefined;
  return !!day && !!anniversary(day, year)?.round;
}

/**
 * The two phases plans usually split a year into (domain brief §1): the first runs to 31/7 when the
 * year has a round anniversary of the Vietnam Trade Union (28/7), so the anniversary closes it, and
 * to 30/6 otherwise; the second runs to the end of the year. Each phase lists the major national
 * days it commemorates and every round anniversary.
 */
export function suggestPhases(year: number): PlanPhaseContent[] {
  const union = NATIONAL_DAYS.find((d) => d.key === TRADE_UNION_DAY_KEY);
  const unionRound = union ? anniversary(union, year)?.round : null;
  const firstEnd = unionRound ? `${year}-07-31` : `${year}-06-30`;
  const secondStart = unionRound ? `${year}-08-01` : `${year}-07-01`;
  const phase = (name: string, from: string, to: string, focus: string): PlanPhaseContent => ({
    name,
    from,
    to,
    focus,
    commemorations: commemorationsBetween(from, to, true),
  });
  return [
    phase(
      'Đợt 1',
      `${year}-01-01`,
      firstEnd,
      'Thi đua lập thành tích chào mừng các ngày lễ lớn, sự kiện quan trọng của đất nước, của tổ chức Công đoàn',
    ),
    phase(
      'Đợt 2',
      secondStart,
      `${year}-12-31`,
      `Thi đua nước rút, phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm ${year}`,
    ),
  ];
}
