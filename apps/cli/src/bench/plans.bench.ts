import { INestApplicationContext } from '@nestjs/common';
import { PlanEditor, PlanLifecycle } from '@thidua/server/campaigns';
import {
  loadAppConfig,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  parseDatabaseUrl,
  TenantContext,
} from '@thidua/server/core';
import { PlanDashboardService, RegistrationsService } from '@thidua/server/participation';
import { TenantsService } from '@thidua/server/tenancy';
import { PlanContent } from '@thidua/shared/contracts';
import { createPool, Pool } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import { actingPrincipal } from '../commands/acting-principal';
import { print } from '../commands/context';
import { line, measure } from './measure';
import { seedViaImporter, treeCsv } from './org.bench';

const PLANS = 20;
const CHUNK = 2000;

function content(n: number): PlanContent {
  return {
    docNo: null,
    docSymbol: 'KH-LĐ',
    place: 'Đo Tải',
    issuedDate: null,
    year: 2026,
    title: `Kế hoạch thi đua chuyên đề số ${n} năm 2026`,
    bases: [],
    context: null,
    purposes: ['Đo tải.'],
    theme: null,
    activityTheme: null,
    contentIntro: null,
    contentItems: [],
    movements: [],
    phases: [
      { name: 'Đợt 1', from: '2026-01-01', to: '2026-06-30', focus: '', commemorations: [] },
      { name: 'Đợt 2', from: '2026-07-01', to: '2026-12-31', focus: '', commemorations: [] },
    ],
    duties: [],
    reportingChannel: null,
    closing: null,
    recipients: [],
    archive: null,
    signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Người Ký' },
  };
}

type Unit = { id: string; code: string; name: string; path: string };
const STATUSES = [
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'accepted',
  'submitted',
  'submitted',
  'draft',
  'returned',
];

/** Bulk rows straight into MySQL: loading is not what is measured. */
async function insertRows(pool: Pool, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const marks = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await pool.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${marks}`, chunk.flat());
  }
}

/**
 * `npm run bench -- plans`: a tenant with 10,000 units, 20 plans each sent to every unit
 * (200,000 receipts), 200,000 registrations and 200,000 phase reports; times the plan dashboard
 * and the reviewer's registration list through the services, next to the same SQL sent bare
 * through mysql2 in the same run, at 50 requests in flight.
 */
export async function benchPlans(app: INestApplicationContext): Promise<void> {
  const context = app.get(TenantContext);
  const code = `bench-plans-${Date.now().toString(36)}`;
  const tenant = await context.runAsSystem('bench', () =>
    app.get(TenantsService).create({
      code,
      name: 'LĐLĐ Đo Tải Kế Hoạch',
      issuerCode: 'LĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐO TẢI',
      placeName: 'Đo Tải',
    }),
  );
  const pool = createPool({ ...parseDatabaseUrl(loadAppConfig().DATABASE_URL), connectionLimit: 10 });
  try {
    await context.runInTenant(tenant.id, async () => {
      let started = Date.now();
      await seedViaImporter(app, tenant.id, treeCsv());
      const [unitRows] = await pool.query(
        "SELECT id, code, name, path FROM org_unit WHERE tenant_id = ? AND status = 'active' ORDER BY path",
        [tenant.id],
      );
      const units = unitRows as Unit[];
      const root = (await app.get<OrgUnitDirectory>(ORG_UNIT_DIRECTORY).roots())[0];
      print(`loaded ${units.length} units through the importer in ${Date.now() - started} ms`);

      started = Date.now();
      const officer = actingPrincipal('emulation_officer', tenant.id, root.path);
      const leader = actingPrincipal('federation_leader', tenant.id, root.path);
      const plans = [];
      for (let n = 1; n <= PLANS; n++) {
        const draft = await app
          .get(PlanEditor)
          .create({ content: content(n), recipientUnitIds: units.map((u) => u.id) } as never, officer);
        await app.get(PlanLifecycle).apply(draft.id, 'submit', undefined, officer);
        plans.push(await app.get(PlanLifecycle).apply(draft.id, 'issue', undefined, leader));
      }
      print(
        `issued ${PLANS} plans to every unit (${PLANS * units.length} receipts) in ${Date.now() - started} ms`,
      );

      started = Date.now();
      const now = new Date();
      const registrations: unknown[][] = [];
      const reports: unknown[][] = [];
      const [phaseRows] = await pool.query(
        'SELECT id, plan_id, name FROM plan_phase WHERE tenant_id = ? AND ordinal = 1',
        [tenant.id],
      );
      const phaseOf = new Map(
        (phaseRows as Array<{ id: string; plan_id: string; name: string }>).map((p) => [p.plan_id, p]),
      );
      const body = JSON.stringify({
        movements: [],
        targets: [
          { content: 'Phát triển đoàn viên', unitOfMeasure: 'đoàn viên', plannedValue: 10, note: null },
        ],
        collectiveTitles: ['Tập thể Lao động xuất sắc'],
        individualTitles: [],
      });
      plans.forEach((plan, p) => {
        const phase = phaseOf.get(plan.id) as { id: string; name: string };
        units.forEach((u, i) => {
          const status = STATUSES[(i + p) % STATUSES.length];
          const sent = status === 'draft' ? null : now;
          const common = [
            tenant.id,
            randomUUID(),
            plan.id,
            `${plan.docNo}/KH-LĐ`,
            plan.title,
            u.id,
            u.path,
            u.code,
            u.name,
            u.code.toLowerCase(),
            status,
            sent,
          ];
          registrations.push([...common, i % 10 === 0 ? 1 : 0, body, 1, now, now]);
          reports.push([
            ...common,
            phase.id,
            phase.name,
            sent ? (i % 7 === 0 ? 0 : 1) : null,
            'Báo cáo sơ kết đợt 1.',
            '[]',
            now,
            now,
          ]);
        });
      });
      const common = [
        'tenant_id',
        'id',
        'plan_id',
        'plan_number',
        'plan_title',
        'unit_id',
        'unit_path',
        'unit_code',
        'unit_name',
        'search_key',
        'status',
        'submitted_at',
      ];
      await insertRows(
        pool,
        'registration',
        [...common, 'late', 'content', 'target_count', 'created_at', 'updated_at'],
        registrations,
      );
      await insertRows(
        pool,
        'phase_report',
        [
          ...common,
          'phase_id',
          'phase_name',
          'on_time',
          'narrative',
          'indicators',
          'created_at',
          'updated_at',
        ],
        reports,
      );
      print(
        `inserted ${registrations.length} registrations and ${reports.length} phase reports in ${Date.now() - started} ms`,
      );

      const plan = plans[Math.floor(PLANS / 2)];
      const phase = phaseOf.get(plan.id) as { id: string };
      const dashboards = app.get(PlanDashboardService);
      const lists = app.get(RegistrationsService);
      const runs = Number(process.env['BENCH_RUNS'] ?? 500);
      const conc = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
      const scopeLike = `${root.path}%`;
      // The same statements the services send (visibility check, grouped counts, phases; a page and its count).
      const rawDashboard = () =>
        Promise.all([
          pool.query(
            "SELECT p.* FROM plan p WHERE p.tenant_id = ? AND p.id = ? AND (p.issuer_path LIKE CONCAT(?, '%') OR EXISTS (SELECT 1 FROM plan_receipt r WHERE r.tenant_id = p.tenant_id AND r.plan_id = p.id AND r.sent_at IS NOT NULL AND (r.unit_path LIKE CONCAT(?, '%') OR ? LIKE CONCAT(r.unit_path, '%'))))",
            [tenant.id, plan.id, root.path, root.path, root.path],
          ),
          pool.query(
            'SELECT status, late, COUNT(*) n FROM registration r WHERE r.tenant_id = ? AND r.unit_path LIKE ? AND r.plan_id = ? GROUP BY status, late',
            [tenant.id, scopeLike, plan.id],
          ),
          pool.query(
            'SELECT phase_id, status, on_time, COUNT(*) n FROM phase_report r WHERE r.tenant_id = ? AND r.unit_path LIKE ? AND r.plan_id = ? GROUP BY phase_id, status, on_time',
            [tenant.id, scopeLike, plan.id],
          ),
          pool.query('SELECT * FROM plan_phase WHERE tenant_id = ? AND plan_id = ? ORDER BY ordinal', [
            tenant.id,
            plan.id,
          ]),
        ]);
      const rawList = () =>
        Promise.all([
          pool.query(
            "SELECT * FROM registration r WHERE r.tenant_id = ? AND r.unit_path LIKE ? AND r.plan_id = ? AND r.status = 'submitted' ORDER BY r.updated_at DESC, r.id DESC LIMIT 20",
            [tenant.id, scopeLike, plan.id],
          ),
          pool.query(
            "SELECT COUNT(*) FROM registration r WHERE r.tenant_id = ? AND r.unit_path LIKE ? AND r.plan_id = ? AND r.status = 'submitted'",
            [tenant.id, scopeLike, plan.id],
          ),
        ]);
      const check = await dashboards.of(plan.id, officer);
      print(
        `\nplan ${plan.docNo}/KH-LĐ: ${check.recipients} recipients, registration rate ${check.registrations.rate}, phase 1 on time ${check.phases[0].onTimeRate} (phase ${phase.id})`,
      );
      print(`${runs} requests each, ${conc} in flight:`);
      const dashboard = await measure(() => dashboards.of(plan.id, officer), runs, conc);
      const dashboardRaw = await measure(rawDashboard, runs, conc);
      print(line('plan dashboard', dashboard, dashboardRaw));
      const list = await measure(
        () => lists.list({ planId: plan.id, status: 'submitted' }, officer),
        runs,
        conc,
      );
      print(line('registrations to review (page 1)', list, await measure(rawList, runs, conc)));
      print(`\nThe bench tenant "${code}" stays in the database; it is inert demo data.`);
      print(`ratio plans-dashboard ${(dashboardRaw.p50 / dashboard.p50).toFixed(2)}`);
    });
  } finally {
    await pool.end();
  }
}
