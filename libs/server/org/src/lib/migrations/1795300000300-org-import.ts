import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrgImport1795300000300 implements MigrationInterface {
  name = 'OrgImport1795300000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE org_import (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        state VARCHAR(16) CHARACTER SET ascii NOT NULL,
        progress INT NOT NULL DEFAULT 0,
        total_rows INT NOT NULL DEFAULT 0,
        processed_rows INT NOT NULL DEFAULT 0,
        created_units INT NOT NULL DEFAULT 0,
        problems JSON NULL,
        file_key VARCHAR(255) CHARACTER SET ascii NOT NULL,
        file_name VARCHAR(255) NOT NULL,
        created_by CHAR(36) CHARACTER SET ascii NULL,
        created_at DATETIME(3) NOT NULL,
        finished_at DATETIME(3) NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_org_import_created (tenant_id, created_at),
        CONSTRAINT fk_org_import_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE org_import');
  }
}
