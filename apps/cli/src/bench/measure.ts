/** Runs `task` `runs` times with `concurrency` in flight; returns p50 and p99 in milliseconds. */
export async function measure(
  task: () => Promise<unknown>,
  runs: number,
  concurrency: number,
): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < runs) {
      next++;
      const started = process.hrtime.bigint();
      await task();
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

export function line(
  name: string,
  ours: { p50: number; p99: number },
  raw: { p50: number; p99: number },
): string {
  return `${name.padEnd(34)} p50 ${ours.p50.toFixed(2).padStart(7)} ms  p99 ${ours.p99.toFixed(2).padStart(7)} ms   raw p50 ${raw.p50.toFixed(2).padStart(7)} ms  ratio ${(raw.p50 / ours.p50).toFixed(2)}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times `ours` against `bare` fairly: both warm up first (JIT, pools, the buffer pool's pages),
 * then they take turns for `rounds` rounds, and each side's p50 and p99 is the median of its
 * rounds, so a burst of noise on the machine does not fall on one side only.
 */
export async function compare(
  ours: () => Promise<unknown>,
  bare: () => Promise<unknown>,
  runs: number,
  concurrency: number,
  rounds: number,
): Promise<{ ours: { p50: number; p99: number }; raw: { p50: number; p99: number } }> {
  const warmUp = Math.min(runs, 200);
  await measure(ours, warmUp, concurrency);
  await measure(bare, warmUp, concurrency);
  const mine: Array<{ p50: number; p99: number }> = [];
  const theirs: Array<{ p50: number; p99: number }> = [];
  for (let round = 0; round < rounds; round++) {
    mine.push(await measure(ours, runs, concurrency));
    theirs.push(await measure(bare, runs, concurrency));
  }
  const summary = (xs: Array<{ p50: number; p99: number }>) => ({
    p50: median(xs.map((x) => x.p50)),
    p99: median(xs.map((x) => x.p99)),
  });
  return { ours: summary(mine), raw: summary(theirs) };
}
