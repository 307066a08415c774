import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads that stay quick with a plan's thousands of rows. A unit's dashboard count now includes its
 * own rows (before, only the units above it counted them and the dashboard read the reader's own
 * rows apart): counted here at each row's own unit. The review queues and the ranking get
 * indexes that hold everything they filter and sort on (the full unit path, not a prefix), so a
 * page reads twenty rows, not the plan's thousands.
 */
export class ParticipationReads1795300001500 implements MigrationInterface {
  name = 'ParticipationReads1795300001500';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, index, columns] of INDEXES) {
      await db.query(`ALTER TABLE ${table} ADD KEY ${index} (${columns})`);
    }
    // The ranking's new index starts with every column of this one.
    await db.query('ALTER TABLE scorecard DROP KEY ix_scorecard_rank');
    for (const own of ownCounts()) {
      await db.query(`
        INSERT INTO plan_tally (tenant_id, plan_id, scope_path, metric, phase_id, bucket, n, total)
        SELECT * FROM (${own}) own
        ON DUPLICATE KEY UPDATE n = plan_tally.n + VALUES(n), total = plan_tally.total + VALUES(total)
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const own of ownCounts()) {
      await db.query(`
        UPDATE plan_tally t JOIN (${own}) own
          ON own.tenant_id = t.tenant_id AND own.plan_id = t.plan_id AND own.scope_path = t.scope_path
          AND own.metric = t.metric AND own.phase_id = t.phase_id AND own.bucket = t.bucket
        SET t.n = t.n - own.n, t.total = t.total - own.total
      `);
    }
    await db.query('DELETE FROM plan_tally WHERE n = 0');
    await db.query(
      'ALTER TABLE scorecard ADD KEY ix_scorecard_rank (tenant_id, plan_id, status, final_total, unit_path(191))',
    );
    for (const [table, index] of INDEXES) await db.query(`ALTER TABLE ${table} DROP KEY ${index}`);
  }
}

const INDEXES = [
  ['registration', 'ix_registration_queue', 'tenant_id, plan_id, status, updated_at, id, unit_path'],
  ['phase_report', 'ix_phase_report_queue', 'tenant_id, plan_id, status, updated_at, id, unit_path'],
  // Final totals first (a total is set only on final scorecards; NULLs sort last when descending).
  [
    'scorecard',
    'ix_scorecard_ranking',
    'tenant_id, plan_id, final_total DESC, self_total DESC, unit_code, status, unit_path',
  ],
] as const;

/** Per row source, its rows counted at their own unit, in plan_tally's columns. */
function ownCounts(): string[] {
  const sources = [
    {
      from: 'registration r',
      metric: 'registration',
      phase: "''",
      bucket: "CONCAT(r.status, '|', IF(r.late, '1', '0'))",
      total: '0',
    },
    {
      from: 'phase_report r',
      metric: 'report',
      phase: 'r.phase_id',
      bucket: "CONCAT(r.status, '|', IFNULL(r.on_time, '-'))",
      total: '0',
    },
    {
      from: 'scorecard r JOIN criteria_set c ON c.tenant_id = r.tenant_id AND c.id = r.criteria_set_id',
      metric: 'score',
      phase: "''",
      bucket:
        "IF(r.status = 'final', CONCAT('final|', IFNULL(r.final_band, '-'), '|', LEAST(9, GREATEST(0, FLOOR(r.final_total * 10 / GREATEST(c.max_total, 1))))), r.status)",
      total: "IF(r.status = 'final', r.final_total, 0)",
    },
  ];
  return sources.map(
    (s) => `
      SELECT r.tenant_id, r.plan_id, r.unit_path AS scope_path, '${s.metric}' AS metric,
        ${s.phase} AS phase_id, ${s.bucket} AS bucket, COUNT(*) AS n, SUM(${s.total}) AS total
      FROM ${s.from}
      GROUP BY r.tenant_id, r.plan_id, r.unit_path, ${s.phase}, ${s.bucket}`,
  );
}
