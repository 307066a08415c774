// Shared by `npm start` and `npm test`: settings from the environment (and .env), and a fast
// TCP probe of MySQL and Redis that explains what to do when one is missing.
import { existsSync } from 'node:fs';
import { Socket } from 'node:net';

export function loadEnv() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || 'mysql://root@127.0.0.1:3306/thidua',
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
  };
}

function reachable(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

/** Resolves when both services answer; otherwise prints one paragraph and exits within seconds. */
export async function requireServices(env) {
  const db = new URL(env.DATABASE_URL);
  const redis = new URL(env.REDIS_URL);
  const dbAt = `${db.hostname}:${db.port || 3306}`;
  const redisAt = `${redis.hostname}:${redis.port || 6379}`;
  const [dbOk, redisOk] = await Promise.all([
    reachable(db.hostname, Number(db.port || 3306), 4000),
    reachable(redis.hostname, Number(redis.port || 6379), 4000),
  ]);
  if (dbOk && redisOk) return;
  const missing = [
    dbOk ? null : `MySQL/MariaDB at ${dbAt} (setting DATABASE_URL)`,
    redisOk ? null : `Redis at ${redisAt} (setting REDIS_URL)`,
  ].filter(Boolean);
  process.stderr.write(
    `\nThiĐua needs ${missing.join(' and ')}, but nothing answered there. ` +
      'Start the services and try again: `docker compose -f deploy/compose.yaml up -d mysql redis` starts both on ' +
      '127.0.0.1 (MySQL root without password, Redis without password); or point DATABASE_URL ' +
      '(mysql://user:password@host:3306/thidua) and REDIS_URL (redis://host:6379) at servers you already run, ' +
      'in the environment or in a .env file (see .env.example).\n\n',
  );
  process.exit(1);
}
