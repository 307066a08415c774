import { benchOrg } from '../bench/org.bench';
import { benchPlans } from '../bench/plans.bench';
import { withApp } from './context';

const BENCHES: Record<string, typeof benchOrg> = { org: benchOrg, plans: benchPlans };

/** `npm run bench -- <name>`: prints figures and ratios against bare SQL; never fails on times. */
export function bench(name: string): Promise<void> {
  const run = BENCHES[name];
  if (!run) throw new Error(`Unknown bench "${name}". Available: ${Object.keys(BENCHES).join(', ')}`);
  return withApp(run);
}
