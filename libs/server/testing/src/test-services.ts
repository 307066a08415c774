// Plain relative-import module: Jest's globalSetup cannot resolve tsconfig path aliases.
import { createConnection } from 'mysql2/promise';
import { Socket } from 'node:net';

export const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306/thidua';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

function reachable(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

/** Fails within seconds, with what to do, when MySQL or Redis cannot be reached. */
export async function assertServicesReachable(databaseUrl: string, redisUrl: string): Promise<void> {
  const db = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  const [dbOk, redisOk] = await Promise.all([
    reachable(db.hostname, Number(db.port || 3306), 3000),
    reachable(redis.hostname, Number(redis.port || 6379), 3000),
  ]);
  const missing = [
    dbOk ? null : `MySQL/MariaDB at ${db.hostname}:${db.port || 3306} (DATABASE_URL)`,
    redisOk ? null : `Redis at ${redis.hostname}:${redis.port || 6379} (REDIS_URL)`,
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `Integration tests need ${missing.join(' and ')}, which could not be reached. ` +
        'Start them (e.g. `docker compose -f deploy/compose.yaml up -d mysql redis`) or point the variables at running servers.',
    );
  }
}

export async function serverCollation(databaseUrl: string): Promise<string> {
  const url = new URL(databaseUrl);
  url.pathname = '/';
  const connection = await createConnection(url.toString());
  try {
    const [rows] =
      await connection.query<Array<{ v: string } & import('mysql2').RowDataPacket>>('SELECT VERSION() AS v');
    return /mariadb/i.test(rows[0].v) ? 'utf8mb4_uca1400_vietnamese_ai_ci' : 'utf8mb4_vi_0900_ai_ci';
  } finally {
    await connection.end();
  }
}

export async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/';
  const connection = await createConnection(url.toString());
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}
