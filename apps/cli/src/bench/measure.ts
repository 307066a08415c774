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
