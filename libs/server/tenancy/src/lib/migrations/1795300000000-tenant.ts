import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tenant1795300000000 implements MigrationInterface {
  name = 'Tenant1795300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenant (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        code VARCHAR(40) CHARACTER SET ascii NOT NULL,
        name VARCHAR(200) NOT NULL,
        issuer_code VARCHAR(20) NOT NULL,
        header_superior VARCHAR(200) NOT NULL,
        header_issuer VARCHAR(200) NOT NULL,
        place_name VARCHAR(100) NOT NULL,
        time_zone VARCHAR(64) CHARACTER SET ascii NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
        status VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'active',
        merged_into_id CHAR(36) CHARACTER SET ascii NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_tenant_code (code),
        CONSTRAINT fk_tenant_merged_into FOREIGN KEY (merged_into_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE tenant');
  }
}
