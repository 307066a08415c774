import {
  AppConfig,
  ConfigError,
  createRedis,
  hasPendingMigrations,
  HEARTBEAT_STALE_MS,
  heartbeatKey,
  loadAppConfig,
  parseDatabaseUrl,
} from '@thidua/server/core';
import { ALL_MIGRATIONS } from '@thidua/server/schema';
import { createConnection } from 'mysql2/promise';
import { access, mkdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { print } from './context';

interface Finding {
  ok: boolean;
  warning?: boolean;
  what: string;
  fix?: string;
}

const START_SERVICES =
  'Start them with `docker compose -f deploy/compose.yaml up -d mysql redis`, or point the setting at a running server.';

async function checkDatabase(config: AppConfig): Promise<Finding[]> {
  const { database, ...server } = parseDatabaseUrl(config.DATABASE_URL);
  const where = `${server.host}:${server.port}`;
  let version: string;
  try {
    const connection = await createConnection({ ...server, connectTimeout: 3000 });
    const [rows] = await connection.query(
      'SELECT VERSION() AS version, (SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?) AS collation',
      [database],
    );
    await connection.end();
    const row = (rows as Array<{ version: string; collation: string | null }>)[0];
    version = row.version;
    if (!row.collation) {
      return [
        { ok: true, what: `MySQL/MariaDB ${version} reachable at ${where}` },
        { ok: false, what: `Database ${database} does not exist`, fix: 'Run `npm run cli -- db:create`.' },
      ];
    }
    const findings: Finding[] = [
      { ok: true, what: `MySQL/MariaDB ${version} at ${where}, database ${database} (${row.collation})` },
    ];
    if (!/vietnamese|_vi_/.test(row.collation)) {
      findings.push({
        ok: true,
        warning: true,
        what: `Database collation ${row.collation} does not sort Vietnamese`,
        fix: 'Recreate the database with `db:create` (utf8mb4 Vietnamese collation).',
      });
    }
    const pending = await hasPendingMigrations(config, ALL_MIGRATIONS);
    findings.push(
      pending
        ? { ok: false, what: 'Migrations are pending', fix: 'Run `npm run cli -- migrate`.' }
        : { ok: true, what: 'Schema is up to date' },
    );
    return findings;
  } catch (error) {
    return [
      {
        ok: false,
        what: `MySQL/MariaDB at ${where} cannot be reached: ${(error as Error).message}`,
        fix: `Check DATABASE_URL. ${START_SERVICES}`,
      },
    ];
  }
}

async function checkRedis(config: AppConfig, requireWorker: boolean): Promise<Finding[]> {
  const redis = createRedis(config.REDIS_URL, 'client', 'thidua-doctor');
  redis.on('error', () => undefined);
  const where = new URL(config.REDIS_URL).host;
  try {
    const info = await Promise.race([
      redis.info('server'),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000)),
    ]);
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
    const findings: Finding[] = [
      { ok: true, what: `Redis ${version} at ${where}, key prefix "${config.QUEUE_PREFIX}"` },
    ];
    const policy = (await redis.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') {
      findings.push({
        ok: true,
        warning: true,
        what: `Redis maxmemory-policy is ${policy[1]}: queued jobs could be evicted`,
        fix: 'Set maxmemory-policy noeviction.',
      });
    }
    const [, score] = await redis.zrevrange(heartbeatKey(config.QUEUE_PREFIX), 0, 0, 'WITHSCORES');
    const fresh = score !== undefined && Date.now() - Number(score) <= HEARTBEAT_STALE_MS;
    findings.push(
      fresh
        ? { ok: true, what: 'A worker reported within the last 30 s' }
        : {
            ok: !requireWorker,
            warning: !requireWorker,
            what: 'No worker has reported in the last 30 s',
            fix: 'Start the worker: `node dist/apps/worker/main.js` (npm start does it).',
          },
    );
    return findings;
  } catch (error) {
    return [
      {
        ok: false,
        what: `Redis at ${where} cannot be reached: ${(error as Error).message}`,
        fix: `Check REDIS_URL. ${START_SERVICES}`,
      },
    ];
  } finally {
    redis.disconnect();
  }
}

async function checkStorage(config: AppConfig): Promise<Finding> {
  try {
    await mkdir(config.STORAGE_DIR, { recursive: true });
    await access(config.STORAGE_DIR, constants.W_OK);
    return { ok: true, what: `Storage folder ${config.STORAGE_DIR} is writable` };
  } catch (error) {
    return {
      ok: false,
      what: `Storage folder ${config.STORAGE_DIR} is not writable: ${(error as Error).message}`,
      fix: 'Set STORAGE_DIR to a writable folder.',
    };
  }
}

/** Checks every setting and service; prints what is wrong and how to fix it. Returns the exit code. */
export async function doctor(options: { worker?: boolean }): Promise<number> {
  let config: AppConfig;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    print(`✗ ${error.message}`);
    return 1;
  }
  const findings: Finding[] = [{ ok: true, what: `Configuration valid (NODE_ENV=${config.NODE_ENV})` }];
  if (config.NODE_ENV !== 'production' && config.JWT_SECRET.startsWith('dev-only')) {
    findings.push({
      ok: true,
      warning: true,
      what: 'JWT_SECRET is the development default',
      fix: 'Set JWT_SECRET (≥ 32 random characters) anywhere but a developer machine.',
    });
  }
  findings.push(
    ...(await checkDatabase(config)),
    ...(await checkRedis(config, Boolean(options.worker))),
    await checkStorage(config),
  );
  for (const f of findings) {
    print(
      `${f.ok ? (f.warning ? '!' : '✓') : '✗'} ${f.what}${f.fix && (!f.ok || f.warning) ? `\n    → ${f.fix}` : ''}`,
    );
  }
  const problems = findings.filter((f) => !f.ok).length;
  print(problems ? `\n${problems} problem(s) found.` : '\nAll checks passed.');
  return problems ? 1 : 0;
}
