import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795300000100 implements MigrationInterface {
  name = 'Identity1795300000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        tenant_id CHAR(36) CHARACTER SET ascii NULL,
        email VARCHAR(254) NULL,
        phone VARCHAR(20) CHARACTER SET ascii NULL,
        display_name VARCHAR(120) NOT NULL,
        password_hash VARCHAR(255) CHARACTER SET ascii NULL,
        is_platform_operator TINYINT(1) NOT NULL DEFAULT 0,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'active',
        failed_sign_ins INT NOT NULL DEFAULT 0,
        locked_until DATETIME(3) NULL,
        session_version INT NOT NULL DEFAULT 1,
        last_sign_in_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (id),
        UNIQUE KEY uq_user_tenant_id (tenant_id, id),
        UNIQUE KEY uq_user_email (email),
        UNIQUE KEY uq_user_phone (phone),
        KEY ix_user_tenant_name (tenant_id, display_name),
        CONSTRAINT fk_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE refresh_token (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        tenant_id CHAR(36) CHARACTER SET ascii NULL,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        family_id CHAR(36) CHARACTER SET ascii NOT NULL,
        token_hash CHAR(64) CHARACTER SET ascii NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        used_at DATETIME(3) NULL,
        revoked_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_refresh_token_hash (token_hash),
        KEY ix_refresh_token_family (family_id),
        KEY ix_refresh_token_user (user_id),
        CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE role_assignment (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        role_key VARCHAR(40) CHARACTER SET ascii NOT NULL,
        org_unit_id CHAR(36) CHARACTER SET ascii NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (tenant_id, id),
        KEY ix_role_assignment_user (tenant_id, user_id),
        CONSTRAINT fk_role_assignment_user FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_role_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE role_assignment');
    await db.query('DROP TABLE refresh_token');
    await db.query('DROP TABLE app_user');
  }
}
