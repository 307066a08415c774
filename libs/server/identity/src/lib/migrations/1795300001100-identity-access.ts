import { MigrationInterface, QueryRunner } from 'typeorm';
import { userSearchKey } from '../entities/user-search-key';

/** Single-use e-mailed tokens, tenants' narrowed roles, and an accent-free search key for users. */
export class IdentityAccess1795300001100 implements MigrationInterface {
  name = 'IdentityAccess1795300001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_token (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        tenant_id CHAR(36) CHARACTER SET ascii NULL,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        purpose VARCHAR(20) CHARACTER SET ascii NOT NULL,
        token_hash CHAR(64) CHARACTER SET ascii NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        used_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_user_token_hash (token_hash),
        KEY ix_user_token_user (tenant_id, user_id, purpose),
        CONSTRAINT fk_user_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
        CONSTRAINT fk_user_token_tenant_user FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id) ON DELETE CASCADE
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE \`role\` (
        tenant_id CHAR(36) CHARACTER SET ascii NOT NULL,
        role_key VARCHAR(40) CHARACTER SET ascii NOT NULL,
        rules JSON NOT NULL,
        updated_by CHAR(36) CHARACTER SET ascii NULL,
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        PRIMARY KEY (tenant_id, role_key),
        CONSTRAINT fk_role_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
    await db.query(`ALTER TABLE app_user
      ADD COLUMN search_key VARCHAR(400) CHARACTER SET ascii NOT NULL DEFAULT '' AFTER display_name,
      ADD KEY ix_user_tenant_search (tenant_id, search_key)`);
    const users: Array<{ id: string; display_name: string; email: string | null; phone: string | null }> =
      await db.query('SELECT id, display_name, email, phone FROM app_user');
    for (const u of users) {
      await db.query('UPDATE app_user SET search_key = ? WHERE id = ?', [
        userSearchKey(u.display_name, u.email, u.phone),
        u.id,
      ]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE app_user DROP KEY ix_user_tenant_search, DROP COLUMN search_key');
    await db.query('DROP TABLE `role`');
    await db.query('DROP TABLE user_token');
  }
}
