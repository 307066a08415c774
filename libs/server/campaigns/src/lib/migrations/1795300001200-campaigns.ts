import { NATIONAL_MOVEMENTS, foldVietnamese } from '@thidua/shared/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Movement catalogue, plans with their phases, receipts and transitions, and the document number register. */
export class Campaigns1795300001200 implements MigrationInterface {
  name = 'Campaigns1795300001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE movement (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        name VARCHAR(400) NOT NULL,
        search_key VARCHAR(400) CHARACTER SET ascii NOT NULL,
        kind VARCHAR(16) CHARACTER SET ascii NOT NULL,
        launcher VARCHAR(255) NOT NULL,
        from_year SMALLINT NULL,
        to_year SMALLINT NULL,
        description TEXT NULL,
        source VARCHAR(80) CHARACTER SET ascii NOT NULL,
        source_key VARCHAR(80) CHARACTER SET ascii NULL,
        active TINYINT(1) NOT NULL DEFAULT 1,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_movement_source (tenant_id, source, source_key),
        KEY ix_movement_search (tenant_id, search_key(191)),
        CONSTRAINT fk_movement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE plan (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        issuer_unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        issuer_path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        issuer_code VARCHAR(40) NOT NULL,
        issuer_name VARCHAR(255) NOT NULL,
        parent_plan_id CHAR(36) CHARACTER SET ascii NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        year SMALLINT NOT NULL,
        doc_no INT NULL,
        register_year SMALLINT NULL,
        doc_symbol VARCHAR(40) NOT NULL,
        issued_date DATE NULL,
        title VARCHAR(500) NOT NULL,
        search_key VARCHAR(600) CHARACTER SET ascii NOT NULL,
        content JSON NOT NULL,
        recipient_count INT NOT NULL DEFAULT 0,
        acknowledged_count INT NOT NULL DEFAULT 0,
        version INT NOT NULL DEFAULT 1,
        created_by CHAR(36) CHARACTER SET ascii NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_plan_number (tenant_id, issuer_unit_id, register_year, doc_no),
        KEY ix_plan_updated (tenant_id, updated_at),
        KEY ix_plan_status (tenant_id, status, updated_at),
        KEY ix_plan_issuer (tenant_id, issuer_path(191)),
        KEY ix_plan_parent (tenant_id, parent_plan_id),
        CONSTRAINT fk_plan_issuer FOREIGN KEY (tenant_id, issuer_unit_id) REFERENCES org_unit (tenant_id, id),
        CONSTRAINT fk_plan_parent FOREIGN KEY (tenant_id, parent_plan_id) REFERENCES plan (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE plan_phase (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        plan_id CHAR(36) CHARACTER SET ascii NOT NULL,
        ordinal INT NOT NULL,
        name VARCHAR(120) NOT NULL,
        date_from DATE NOT NULL,
        date_to DATE NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_plan_phase_ordinal (tenant_id, plan_id, ordinal),
        CONSTRAINT fk_plan_phase_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id) ON DELETE CASCADE
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE plan_receipt (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        plan_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        unit_code VARCHAR(40) NOT NULL,
        unit_name VARCHAR(255) NOT NULL,
        sent_at DATETIME(3) NULL,
        acknowledged_at DATETIME(3) NULL,
        acknowledged_by CHAR(36) CHARACTER SET ascii NULL,
        PRIMARY KEY (tenant_id, plan_id, unit_id),
        KEY ix_plan_receipt_unit (tenant_id, unit_path(191)),
        KEY ix_plan_receipt_ack (tenant_id, plan_id, acknowledged_at),
        CONSTRAINT fk_plan_receipt_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_receipt_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE plan_transition (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        plan_id CHAR(36) CHARACTER SET ascii NOT NULL,
        transition VARCHAR(16) CHARACTER SET ascii NOT NULL,
        from_status VARCHAR(16) CHARACTER SET ascii NULL,
        to_status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        comment TEXT NULL,
        actor_id CHAR(36) CHARACTER SET ascii NULL,
        at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_plan_transition_plan (tenant_id, plan_id, at),
        CONSTRAINT fk_plan_transition_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id) ON DELETE CASCADE
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE document_register (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        issuer_unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        year SMALLINT NOT NULL,
        last_number INT NOT NULL,
        PRIMARY KEY (tenant_id, issuer_unit_id, year),
        CONSTRAINT fk_document_register_issuer FOREIGN KEY (tenant_id, issuer_unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    // Tenants that exist before this migration get the national catalogue; new tenants get it on creation.
    for (const m of NATIONAL_MOVEMENTS) {
      await db.query(
        `INSERT IGNORE INTO movement (tenant_id, id, name, search_key, kind, launcher, from_year, to_year, source, source_key)
         SELECT t.id, UUID(), ?, ?, ?, ?, ?, ?, 'national', ? FROM tenant t`,
        [m.name, foldVietnamese(m.name).slice(0, 400), m.kind, m.launcher, m.fromYear, m.toYear, m.key],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'document_register',
      'plan_transition',
      'plan_receipt',
      'plan_phase',
      'plan',
      'movement',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
