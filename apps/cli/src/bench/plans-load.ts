import { INestApplicationContext } from '@nestjs/common';
import { PlanEditor, PlanEntity, PlanLifecycle } from '@thidua/server/campaigns';
import { ORG_UNIT_DIRECTORY, type OrgUnitDirectory, type Principal } from '@thidua/server/core';
import { ClustersService, CriteriaSetsService, PlanScoring, PlanTallies } from '@thidua/server/participation';
import { PlanContent, planNumberText, scoreOutcome } from '@thidua/shared/contracts';
import { Pool } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import { actingPrincipal } from '../commands/acting-principal';
import { print } from '../commands/context';
import { DEMO_CRITERIA_SET } from '../demo/demo-criteria';
import { seedViaImporter, treeCsv } from './org.bench';

const PLANS = 20;
const CHUNK = 2000;
const CLUSTERS = 20;
const CLUSTER_SIZE = 5;

type Unit = { id: string; code: string; name: string; path: string };

/** How rows spread over statuses: most accepted, some waiting, a few drafts and returned ones. */
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
const SCORE_STATUSES = [
  'final',
  'final',
  'final',
  'final',
  'final',
  'final',
  'submitted',
  'submitted',
  'draft',
  'returned',
];

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

/** Bulk rows straight into MySQL: loading is not what is measured. */
async function insertRows(pool: Pool, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const marks = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await pool.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${marks}`, chunk.flat());
  }
}

const COMMON = [
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

export const BENCH_TENANT = {
  name: 'LĐLĐ Đo Tải Kế Hoạch',
  issuerCode: 'LĐ',
  headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
  headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐO TẢI',
  placeName: 'Đo Tải',
};

type BenchPlan = Pick<PlanEntity, 'id' | 'docNo' | 'docSymbol' | 'title'>;

export interface LoadedPlans {
  officer: Principal;
  plans: BenchPlan[];
}

/** The plans of a tenant an earlier run loaded, in the order they were issued. */
export async function loadedPlans(
  app: INestApplicationContext,
  tenantId: string,
  pool: Pool,
): Promise<LoadedPlans> {
  const root = (await app.get<OrgUnitDirectory>(ORG_UNIT_DIRECTORY).roots())[0];
  const [plans] = await pool.query(
    'SELECT id, doc_no AS docNo, doc_symbol AS docSymbol, title FROM plan WHERE tenant_id = ? ORDER BY doc_no',
    [tenantId],
  );
  return { officer: actingPrincipal('emulation_officer', tenantId, root.path), plans: plans as BenchPlan[] };
}

/**
 * A tenant with 10,000 units (through the importer), 20 plans sent to every unit and scoring with
 * a published criteria set, one registration, one phase-1 report and one scorecard per unit and
 * plan (bulk SQL), 20 clusters of 5 communes on the plan the bench reads, and tallies counted
 * from the rows.
 */
export async function loadPlans(
  app: INestApplicationContext,
  tenantId: string,
  pool: Pool,
): Promise<LoadedPlans> {
  let started = Date.now();
  await seedViaImporter(app, tenantId, treeCsv());
  const [unitRows] = await pool.query(
    "SELECT id, code, name, path, parent_id FROM org_unit WHERE tenant_id = ? AND status = 'active' ORDER BY path",
    [tenantId],
  );
  const units = unitRows as Array<Unit & { parent_id: string | null }>;
  const root = (await app.get<OrgUnitDirectory>(ORG_UNIT_DIRECTORY).roots())[0];
  print(`loaded ${units.length} units through the importer in ${Date.now() - started} ms`);

  started = Date.now();
  const officer = actingPrincipal('emulation_officer', tenantId, root.path);
  const leader = actingPrincipal('federation_leader', tenantId, root.path);
  const sets = app.get(CriteriaSetsService);
  const set = await sets.publish((await sets.create(DEMO_CRITERIA_SET as never, officer)).id, officer);
  const plans: BenchPlan[] = [];
  for (let n = 1; n <= PLANS; n++) {
    const draft = await app
      .get(PlanEditor)
      .create({ content: content(n), recipientUnitIds: units.map((u) => u.id) } as never, officer);
    await app.get(PlanLifecycle).apply(draft.id, 'submit', undefined, officer);
    plans.push(await app.get(PlanLifecycle).apply(draft.id, 'issue', undefined, leader));
    await app.get(PlanScoring).attach(draft.id, set.id, officer);
  }
  print(
    `issued ${PLANS} plans to every unit (${PLANS * units.length} receipts) in ${Date.now() - started} ms`,
  );

  started = Date.now();
  const now = new Date();
  const [phaseRows] = await pool.query(
    'SELECT id, plan_id, name FROM plan_phase WHERE tenant_id = ? AND ordinal = 1',
    [tenantId],
  );
  const phaseOf = new Map(
    (phaseRows as Array<{ id: string; plan_id: string; name: string }>).map((p) => [p.plan_id, p]),
  );
  const body = JSON.stringify({
    movements: [],
    targets: [{ content: 'Phát triển đoàn viên', unitOfMeasure: 'đoàn viên', plannedValue: 10, note: null }],
    collectiveTitles: ['Tập thể Lao động xuất sắc'],
    individualTitles: [],
  });
  const criteria = set.groups.flatMap((g) => g.criteria);
  const registrations: unknown[][] = [];
  const reports: unknown[][] = [];
  const scorecards: unknown[][] = [];
  plans.forEach((plan, p) => {
    const phase = phaseOf.get(plan.id) as { id: string; name: string };
    units.forEach((u, i) => {
      const status = STATUSES[(i + p) % STATUSES.length];
      const sent = status === 'draft' ? null : now;
      const common = (s: string, at: Date | null) => [
        tenantId,
        randomUUID(),
        plan.id,
        planNumberText(plan.docNo, plan.docSymbol),
        plan.title,
        u.id,
        u.path,
        u.code,
        u.name,
        u.code.toLowerCase(),
        s,
        at,
      ];
      registrations.push([...common(status, sent), i % 10 === 0 ? 1 : 0, body, 1, now, now]);
      reports.push([
        ...common(status, sent),
        phase.id,
        phase.name,
        sent ? (i % 7 === 0 ? 0 : 1) : null,
        'Báo cáo sơ kết đợt 1.',
        '[]',
        now,
        now,
      ]);
      const scoreStatus = SCORE_STATUSES[(i + p) % SCORE_STATUSES.length];
      const items = criteria.map((c, k) => ({
        code: c.code,
        self: Math.max(0, c.maxPoints - ((i + k + p) % 6)),
        selfNote: null,
        review: null,
        reviewNote: null,
      }));
      const outcome = scoreOutcome(set, new Map(items.map((x) => [x.code, x.self])), i % 4);
      const final = scoreStatus === 'final';
      scorecards.push([
        ...common(scoreStatus, scoreStatus === 'draft' ? null : now),
        set.id,
        JSON.stringify(items),
        JSON.stringify({ self: i % 4, selfNote: null, review: null, reviewNote: null }),
        outcome.total,
        final ? outcome.total : null,
        final ? outcome.bandIndex : null,
        now,
        now,
      ]);
    });
  });
  await insertRows(
    pool,
    'registration',
    [...COMMON, 'late', 'content', 'target_count', 'created_at', 'updated_at'],
    registrations,
  );
  await insertRows(
    pool,
    'phase_report',
    [...COMMON, 'phase_id', 'phase_name', 'on_time', 'narrative', 'indicators', 'created_at', 'updated_at'],
    reports,
  );
  await insertRows(
    pool,
    'scorecard',
    [
      ...COMMON,
      'criteria_set_id',
      'items',
      'bonus',
      'self_total',
      'final_total',
      'final_band',
      'created_at',
      'updated_at',
    ],
    scorecards,
  );
  // Bulk loading outruns InnoDB's background statistics: without fresh ones the optimiser scans.
  await pool.query('ANALYZE TABLE plan_receipt, registration, phase_report, scorecard');
  print(
    `inserted ${registrations.length} registrations, ${reports.length} phase reports and ${scorecards.length} scorecards in ${Date.now() - started} ms`,
  );

  started = Date.now();
  const read = plans[Math.floor(PLANS / 2)];
  const communes = units.filter((u) => u.parent_id === root.id).slice(0, CLUSTERS * CLUSTER_SIZE);
  for (let c = 0; c < CLUSTERS; c++) {
    const members = communes.slice(c * CLUSTER_SIZE, (c + 1) * CLUSTER_SIZE).map((u) => u.id);
    await app
      .get(ClustersService)
      .create(
        { planId: read.id, name: `Cụm thi đua số ${c + 1}`, kind: 'cluster', memberUnitIds: members },
        officer,
      );
  }
  for (const plan of plans) await app.get(PlanTallies).rebuild(plan.id, Number(set.maxTotal));
  await pool.query('ANALYZE TABLE plan_tally, cluster_member');
  print(`made ${CLUSTERS} clusters and counted the tallies of ${PLANS} plans in ${Date.now() - started} ms`);
  return { officer, plans };
}
