import { defineConfig, devices } from '@playwright/test';
import { randomBytes } from 'node:crypto';

/**
 * Browser tests against the real processes: the built API, worker and admin, started here with a
 * fresh database and Redis prefix of their own. Chromium comes from Debian (/usr/bin/chromium).
 */
process.env['E2E_RUN_ID'] ??= `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const runId = process.env['E2E_RUN_ID'];
const baseDb = new URL(process.env['DATABASE_URL'] ?? 'mysql://root@127.0.0.1:3306/thidua');
baseDb.pathname = `/thidua_e2e_${runId}`;
const apiPort = Number(process.env['E2E_API_PORT'] ?? 3310);
const adminPort = Number(process.env['E2E_ADMIN_PORT'] ?? 4310);

export const e2eEnv = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: baseDb.toString(),
  REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `e2e_${runId}`,
  API_PORT: String(apiPort),
  LOG_LEVEL: 'warn',
} as Record<string, string>;
Object.assign(process.env, {
  E2E_DATABASE_URL: e2eEnv['DATABASE_URL'],
  E2E_QUEUE_PREFIX: e2eEnv['QUEUE_PREFIX'],
});

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../dist/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  globalTeardown: './src/support/global-teardown.ts',
  use: {
    baseURL: `http://localhost:${adminPort}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } } },
  ],
  webServer: [
    {
      command: 'node dist/apps/cli/main.js setup && node dist/apps/api/main.js',
      cwd: '../..',
      url: `http://localhost:${apiPort}/health`,
      env: e2eEnv,
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: 'node dist/apps/worker/main.js',
      cwd: '../..',
      url: `http://localhost:${apiPort}/ready`,
      env: e2eEnv,
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: `node apps/admin-e2e/serve-admin.mjs ${adminPort} ${apiPort}`,
      cwd: '../..',
      url: `http://localhost:${adminPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
