import { MigrationInterface, QueryRunner } from 'typeorm';

/** Registrations, phase reports and their evidence files. */
export class Participation1795300001300 implements MigrationInterface {
  name = 'Participation1795300001300';

  async up(db: QueryRunner): Promise<void> {
    // Plan number and title are copied in: they are fixed once the plan is issued, and lists need them.
    const common = `
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        plan_id CHAR(36) CHARACTER SET ascii NOT NULL,
        plan_number VARCHAR(60) NULL,
        plan_title VARCHAR(500) NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        unit_code VARCHAR(40) NOT NULL,
        unit_name VARCHAR(255) NOT NULL,
        search_key VARCHAR(300) CHARACTER SET ascii NOT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        submitted_at DATETIME(3) NULL,
        review_comment TEXT NULL,
        reviewed_at DATETIME(3) NULL,
        reviewed_by CHAR(36) CHARACTER SET ascii NULL,
        version INT NOT NULL DEFAULT 1,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),`;
    await db.query(`
      CREATE TABLE registration (${common}
        late TINYINT(1) NOT NULL DEFAULT 0,
        content JSON NOT NULL,
        target_count INT NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_registration_unit (tenant_id, plan_id, unit_id),
        -- Covers the dashboard's grouped count within a subtree: counted from the index alone.
        KEY ix_registration_status (tenant_id, plan_id, status, late, unit_path),
        KEY ix_registration_unit_path (tenant_id, unit_path(191)),
        KEY ix_registration_updated (tenant_id, status, updated_at),
        CONSTRAINT fk_registration_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
        CONSTRAINT fk_registration_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE phase_report (${common}
        phase_id CHAR(36) CHARACTER SET ascii NOT NULL,
        phase_name VARCHAR(120) NOT NULL,
        on_time TINYINT(1) NULL,
        narrative MEDIUMTEXT NOT NULL,
        indicators JSON NOT NULL,
        evidence_count INT NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_phase_report_unit (tenant_id, phase_id, unit_id),
        KEY ix_phase_report_status (tenant_id, plan_id, phase_id, status, on_time, unit_path),
        KEY ix_phase_report_unit_path (tenant_id, unit_path(191)),
        KEY ix_phase_report_updated (tenant_id, status, updated_at),
        CONSTRAINT fk_phase_report_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
        CONSTRAINT fk_phase_report_phase FOREIGN KEY (tenant_id, phase_id) REFERENCES plan_phase (tenant_id, id),
        CONSTRAINT fk_phase_report_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE report_evidence (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        file_key VARCHAR(255) CHARACTER SET ascii NOT NULL,
        file_name VARCHAR(255) NOT NULL,
        content_type VARCHAR(120) CHARACTER SET ascii NOT NULL,
        size INT NOT NULL,
        uploaded_by CHAR(36) CHARACTER SET ascii NULL,
        uploaded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_report_evidence_report (tenant_id, report_id),
        CONSTRAINT fk_report_evidence_report FOREIGN KEY (tenant_id, report_id) REFERENCES phase_report (tenant_id, id)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['report_evidence', 'phase_report', 'registration'])
      await db.query(`DROP TABLE ${table}`);
  }
}
