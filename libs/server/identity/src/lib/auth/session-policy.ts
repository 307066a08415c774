/** Security policy of sessions and sign-in attempts, in one place. */
export const SESSION_POLICY = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlDays: 30,
  /** From this many consecutive failures on, each failed attempt answers more slowly. */
  slowDownAfterFailures: 3,
  slowDownStepMs: 500,
  slowDownMaxMs: 3_000,
  /** This many consecutive failures lock the account for `lockMinutes`. */
  lockAfterFailures: 10,
  lockMinutes: 15,
} as const;

/** The extra delay before answering a failed attempt, given the failures so far. */
export function failureDelayMs(failures: number): number {
  const over = failures - SESSION_POLICY.slowDownAfterFailures + 1;
  return over <= 0 ? 0 : Math.min(over * SESSION_POLICY.slowDownStepMs, SESSION_POLICY.slowDownMaxMs);
}
