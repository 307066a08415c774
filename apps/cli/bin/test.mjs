// `npm test`: lint, type-check, unit tests, integration tests against the real MariaDB and Redis
// (fresh databases per run), production builds and the browser tests; prints each stage's time.
import { spawnSync } from 'node:child_process';
import { loadEnv, requireServices } from './services.mjs';

const env = loadEnv();
const nx = 'npx nx run-many --output-style=static';
const stages = [
  ['lint, type-check and unit tests', `${nx} -t lint,typecheck,test`],
  ['integration tests (MariaDB + Redis)', `${nx} -t integration --parallel=1`],
  ['production builds', `${nx} -t build`],
  ['browser tests (Playwright + Chromium)', 'npx nx run admin-e2e:e2e --output-style=static'],
];
const BUILDS = stages[2][0];
const only = process.argv.slice(2);
const timings = [];
const say = (text) => process.stdout.write(`${text}\n`);

const started = Date.now();
await requireServices(env);
for (const [title, baseCommand] of stages) {
  let command = baseCommand;
  if (only.length && !only.some((word) => title.includes(word))) continue;
  // The browser tests need the production builds; when this run just made them, do not make them twice.
  const builtHere = timings.some(([t, , ok]) => t === BUILDS && ok);
  if (builtHere && title.startsWith('browser')) command += ' --exclude-task-dependencies';
  say(`\n▶ ${title}\n  ${command}`);
  const t0 = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push([title, seconds, result.status === 0]);
  if (result.status !== 0) break;
}

say('\nStage timings:');
for (const [title, seconds, ok] of timings)
  say(`  ${ok ? '✓' : '✗'} ${title.padEnd(42)} ${seconds.padStart(7)} s`);
say(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = timings.filter(([, , ok]) => !ok).length;
process.exit(failed ? 1 : 0);
