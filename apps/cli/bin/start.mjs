// `npm start`: checks the services, prepares the database (create, migrate, demo data), then runs
// the API, the worker and the admin together. Ctrl-C stops all three.
import { spawn, spawnSync } from 'node:child_process';
import { loadEnv, requireServices } from './services.mjs';

const env = { LOG_FORMAT: 'pretty', ...loadEnv() };
const apiPort = Number(env.API_PORT || 3000);
const adminUrl = 'http://localhost:4200';
const say = (text) => process.stdout.write(`${text}\n`);

await requireServices(env);

function step(title, command) {
  say(`\n▶ ${title}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env });
  if (result.status !== 0) {
    say(`✗ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

step('Building API, worker and CLI', 'npx nx run-many -t build -p api worker cli --output-style=static');
step('Preparing the database (create, migrate, demo data)', 'node dist/apps/cli/main.js setup');

const children = [];
function run(name, command) {
  const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((line) => process.stdout.write(`[${name}] ${line}\n`));
  child.stdout.on('data', prefix);
  child.stderr.on('data', prefix);
  child.on('exit', (code) => {
    if (!stopping) {
      say(`[${name}] stopped (exit ${code}); stopping the others.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

say('\n▶ Starting API, worker and admin');
run('api', 'node dist/apps/api/main.js');
run('worker', 'node dist/apps/worker/main.js');
run('admin', 'npx nx serve admin --output-style=static');

async function waitUntil(url, accept) {
  for (;;) {
    try {
      if (accept((await fetch(url)).status)) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

await Promise.all([
  waitUntil(`http://localhost:${apiPort}/ready`, (s) => s === 200),
  waitUntil(adminUrl, (s) => s === 200),
]);
const accounts = spawnSync('node dist/apps/cli/main.js demo:accounts', {
  shell: true,
  env,
  encoding: 'utf8',
}).stdout;
say(`
════════════════════════════════════════════════════════════════════
  ThiĐua is running.
  Admin:   ${adminUrl}
  API:     http://localhost:${apiPort}/api/docs
  Demo sign-ins:
${accounts.trimEnd()}
  Press Ctrl-C to stop.
════════════════════════════════════════════════════════════════════
`);
