import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each phase row carries the day its reports are due (the plan's `reportDue` for the phase, else
 * the phase's last day), so reports and dashboards read it without parsing the plan document.
 */
export class PhaseReportDue1795300001600 implements MigrationInterface {
  name = 'PhaseReportDue1795300001600';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE plan_phase ADD COLUMN report_due DATE NULL AFTER date_to');
    // JSON null unquotes to the text 'null'.
    await db.query(`
      UPDATE plan_phase ph
      JOIN plan p ON p.tenant_id = ph.tenant_id AND p.id = ph.plan_id
      SET ph.report_due = COALESCE(
        NULLIF(JSON_UNQUOTE(JSON_EXTRACT(p.content, CONCAT('$.phases[', ph.ordinal - 1, '].reportDue'))), 'null'),
        ph.date_to
      )
    `);
    await db.query('ALTER TABLE plan_phase MODIFY report_due DATE NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE plan_phase DROP COLUMN report_due');
  }
}
