import { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log. No foreign keys: entries outlive anything they describe. */
export class Audit1795300001000 implements MigrationInterface {
  name = 'Audit1795300001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        tenant_id CHAR(36) CHARACTER SET ascii NULL,
        at DATETIME(3) NOT NULL,
        actor_id CHAR(36) CHARACTER SET ascii NULL,
        impersonator_id CHAR(36) CHARACTER SET ascii NULL,
        action VARCHAR(64) CHARACTER SET ascii NOT NULL,
        subject VARCHAR(40) CHARACTER SET ascii NOT NULL,
        subject_id VARCHAR(64) CHARACTER SET ascii NULL,
        \`before\` JSON NULL,
        \`after\` JSON NULL,
        request_id VARCHAR(64) CHARACTER SET ascii NULL,
        PRIMARY KEY (id),
        KEY ix_audit_tenant_at (tenant_id, at),
        KEY ix_audit_tenant_subject (tenant_id, subject, subject_id, at),
        KEY ix_audit_tenant_actor (tenant_id, actor_id, at)
      ) ENGINE=InnoDB
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log');
  }
}
