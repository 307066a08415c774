import { MigrationInterface, QueryRunner } from 'typeorm';

export class Org1795300000200 implements MigrationInterface {
  name = 'Org1795300000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE org_unit_type (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        code VARCHAR(40) CHARACTER SET ascii NOT NULL,
        name VARCHAR(120) NOT NULL,
        child_type_codes JSON NOT NULL,
        can_be_root TINYINT(1) NOT NULL DEFAULT 0,
        historical TINYINT(1) NOT NULL DEFAULT 0,
        sort_order INT NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_org_unit_type_code (tenant_id, code),
        CONSTRAINT fk_org_unit_type_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE org_unit (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        code VARCHAR(40) NOT NULL,
        name VARCHAR(255) NOT NULL,
        type_id CHAR(36) CHARACTER SET ascii NOT NULL,
        parent_id CHAR(36) CHARACTER SET ascii NULL,
        path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        depth INT NOT NULL,
        address VARCHAR(255) NULL,
        member_count INT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'active',
        valid_from DATE NOT NULL,
        valid_to DATE NULL,
        merged_into_id CHAR(36) CHARACTER SET ascii NULL,
        split_from_id CHAR(36) CHARACTER SET ascii NULL,
        search_key VARCHAR(300) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_org_unit_code (tenant_id, code),
        KEY ix_org_unit_parent (tenant_id, parent_id, status, name),
        KEY ix_org_unit_path (tenant_id, path),
        KEY ix_org_unit_search (tenant_id, search_key),
        CONSTRAINT fk_org_unit_type FOREIGN KEY (tenant_id, type_id) REFERENCES org_unit_type (tenant_id, id),
        CONSTRAINT fk_org_unit_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES org_unit (tenant_id, id),
        CONSTRAINT fk_org_unit_merged_into FOREIGN KEY (tenant_id, merged_into_id) REFERENCES org_unit (tenant_id, id),
        CONSTRAINT fk_org_unit_split_from FOREIGN KEY (tenant_id, split_from_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE org_unit_version (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        valid_from DATE NOT NULL,
        valid_to DATE NULL,
        name VARCHAR(255) NOT NULL,
        parent_id CHAR(36) CHARACTER SET ascii NULL,
        type_id CHAR(36) CHARACTER SET ascii NOT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_org_unit_version_unit (tenant_id, unit_id, valid_from),
        KEY ix_org_unit_version_parent (tenant_id, parent_id, valid_from),
        CONSTRAINT fk_org_unit_version_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE org_unit_event (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        kind VARCHAR(16) CHARACTER SET ascii NOT NULL,
        effective_date DATE NOT NULL,
        reason VARCHAR(500) NULL,
        details JSON NOT NULL,
        actor_id CHAR(36) CHARACTER SET ascii NULL,
        recorded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_org_unit_event_unit (tenant_id, unit_id, effective_date),
        CONSTRAINT fk_org_unit_event_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE org_unit_event');
    await db.query('DROP TABLE org_unit_version');
    await db.query('DROP TABLE org_unit');
    await db.query('DROP TABLE org_unit_type');
  }
}
