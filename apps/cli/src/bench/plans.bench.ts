import { INestApplicationContext } from '@nestjs/common';
import { loadAppConfig, parseDatabaseUrl, recordSql, TenantContext } from '@thidua/server/core';
import {
  PlanDashboardService,
  RegistrationsService,
  ScorecardListService,
} from '@thidua/server/participation';
import { TenantsService } from '@thidua/server/tenancy';
import { createPool, Pool } from 'mysql2/promise';
import { print } from '../commands/context';
import { compare, line } from './measure';
import { BENCH_TENANT, loadedPlans, loadPlans } from './plans-load';

/**
 * The statements one call of `task` sends, replayed as bare mysql2 queries: each group of
 * statements the service sends together runs together, so the replay shows what the
 * application itself adds (query building, mapping, checks) and nothing else.
 */
async function bareReplay(app: INestApplicationContext, pool: Pool, task: () => Promise<unknown>) {
  const { statements } = await recordSql(app, task);
  return {
    count: statements.length,
    statements,
    run: () => Promise.all(statements.map(([sql, params]) => pool.query(sql, params))),
  };
}

/**
 * `npm run bench -- plans`: a tenant with 10,000 units, 20 plans each sent to every unit
 * (200,000 receipts), 200,000 registrations, 200,000 phase reports and 200,000 scorecards;
 * times the plan dashboard, the reviewer's registration list and a plan's ranking through the
 * services, next to the same SQL sent bare through mysql2 in the same run, at 50 in flight.
 */
export async function benchPlans(app: INestApplicationContext): Promise<void> {
  const context = app.get(TenantContext);
  const tenants = app.get(TenantsService);
  // BENCH_TENANT=<code> reads a tenant an earlier run loaded instead of loading a new one.
  const reused = process.env['BENCH_TENANT'];
  const code = reused ?? `bench-plans-${Date.now().toString(36)}`;
  const tenant = await context.runAsSystem('bench', async () => {
    if (!reused) return tenants.create({ code, ...BENCH_TENANT });
    const found = await tenants.findByCode(reused);
    if (!found) throw new Error(`No tenant "${reused}" to reuse: run without BENCH_TENANT first.`);
    return found;
  });
  const pool = createPool({ ...parseDatabaseUrl(loadAppConfig().DATABASE_URL), connectionLimit: 10 });
  try {
    await context.runInTenant(tenant.id, async () => {
      const { officer, plans } = reused
        ? await loadedPlans(app, tenant.id, pool)
        : await loadPlans(app, tenant.id, pool);
      const plan = plans[Math.floor(plans.length / 2)];
      const dashboards = app.get(PlanDashboardService);
      const registrations = app.get(RegistrationsService);
      const scorecards = app.get(ScorecardListService);
      const runs = Number(process.env['BENCH_RUNS'] ?? 500);
      const conc = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
      const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);

      const check = await dashboards.of(plan.id, officer);
      print(
        `\nplan ${plan.docNo}/${plan.docSymbol}: ${check.recipients} recipients, registration rate ${check.registrations.rate}, phase 1 on time ${check.phases[0].onTimeRate}, ${check.scores.final} final scores (mean ${check.scores.averageFinal}), ${check.clusters.length} clusters`,
      );
      const [[server]] = (await pool.query(
        `SELECT @@innodb_buffer_pool_size AS pool,
           (SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE table_schema = DATABASE()) AS data`,
      )) as unknown as [[{ pool: number; data: number }]];
      const mb = (n: number) => `${Math.round(Number(n) / 2 ** 20)} MB`;
      print(`MariaDB buffer pool ${mb(server.pool)} for ${mb(server.data)} of tables and indexes`);
      const tasks = {
        dashboard: () => dashboards.of(plan.id, officer),
        review: () => registrations.list({ planId: plan.id, status: 'submitted' }, officer),
        ranking: () => scorecards.list({ planId: plan.id, sort: 'total' }, officer),
      };
      print(
        `${runs} requests each, ${conc} in flight, median of ${rounds} alternating rounds after a warm-up (bare: the same statements through mysql2):`,
      );
      const results: Record<
        string,
        { ours: { p50: number; p99: number }; raw: { p50: number; p99: number } }
      > = {};
      for (const [name, label] of [
        ['dashboard', 'plan dashboard'],
        ['review', 'registrations to review (page 1)'],
        ['ranking', 'plan ranking (page 1)'],
      ] as const) {
        // BENCH_ONLY=<name> measures one of them (e.g. to profile it).
        if (process.env['BENCH_ONLY'] && process.env['BENCH_ONLY'] !== name) continue;
        const bare = await bareReplay(app, pool, tasks[name]);
        // BENCH_SQL=1 prints the statements the read sends.
        if (process.env['BENCH_SQL'])
          bare.statements.forEach(([sql, params]) => print(`  ${sql} -- ${JSON.stringify(params)}`));
        const { ours, raw } = await compare(tasks[name], bare.run, runs, conc, rounds);
        results[name] = { ours, raw };
        print(`${line(label, ours, raw)}  (${bare.count} statements)`);
      }
      print(
        `\nThe bench tenant "${code}" stays in the database (inert demo data); BENCH_TENANT=${code} reads it again.`,
      );
      const dashboard = results['dashboard'];
      if (dashboard) print(`ratio plans-dashboard ${(dashboard.raw.p50 / dashboard.ours.p50).toFixed(2)}`);
    });
  } finally {
    await pool.end();
  }
}
