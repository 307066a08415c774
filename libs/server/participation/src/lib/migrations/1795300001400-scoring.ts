import { MigrationInterface, QueryRunner } from 'typeorm';

const ID = 'CHAR(36) CHARACTER SET ascii';

/**
 * Criteria sets and scorecards with their history and evidence, clusters with their members, and
 * the dashboard's running counts (filled here from the registrations and reports already made).
 */
export class Scoring1795300001400 implements MigrationInterface {
  name = 'Scoring1795300001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE criteria_set (
        tenant_id ${ID} NOT NULL,
        id ${ID} NOT NULL,
        name VARCHAR(300) NOT NULL,
        search_key VARCHAR(300) CHARACTER SET ascii NOT NULL,
        description TEXT NULL,
        year SMALLINT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        source VARCHAR(80) CHARACTER SET ascii NOT NULL,
        content JSON NOT NULL,
        max_total DECIMAL(8,2) NOT NULL,
        criteria_count INT NOT NULL,
        copied_from ${ID} NULL,
        version INT NOT NULL DEFAULT 1,
        created_by ${ID} NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_criteria_set_list (tenant_id, status, updated_at),
        CONSTRAINT fk_criteria_set_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE plan_scoring (
        tenant_id ${ID} NOT NULL,
        plan_id ${ID} NOT NULL,
        criteria_set_id ${ID} NOT NULL,
        attached_by ${ID} NULL,
        attached_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, plan_id),
        KEY ix_plan_scoring_set (tenant_id, criteria_set_id),
        CONSTRAINT fk_plan_scoring_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
        CONSTRAINT fk_plan_scoring_set FOREIGN KEY (tenant_id, criteria_set_id) REFERENCES criteria_set (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE scorecard (
        tenant_id ${ID} NOT NULL,
        id ${ID} NOT NULL,
        plan_id ${ID} NOT NULL,
        plan_number VARCHAR(60) NULL,
        plan_title VARCHAR(500) NOT NULL,
        unit_id ${ID} NOT NULL,
        unit_path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        unit_code VARCHAR(40) NOT NULL,
        unit_name VARCHAR(255) NOT NULL,
        search_key VARCHAR(300) CHARACTER SET ascii NOT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL,
        submitted_at DATETIME(3) NULL,
        review_comment TEXT NULL,
        reviewed_at DATETIME(3) NULL,
        reviewed_by ${ID} NULL,
        version INT NOT NULL DEFAULT 1,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        criteria_set_id ${ID} NOT NULL,
        items JSON NOT NULL,
        bonus JSON NOT NULL,
        self_total DECIMAL(8,2) NOT NULL DEFAULT 0,
        review_total DECIMAL(8,2) NULL,
        final_total DECIMAL(8,2) NULL,
        final_band SMALLINT NULL,
        evidence_count INT NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_scorecard_unit (tenant_id, plan_id, unit_id),
        -- The ranking: final scorecards of a plan by total, within a subtree.
        KEY ix_scorecard_rank (tenant_id, plan_id, status, final_total, unit_path(191)),
        KEY ix_scorecard_updated (tenant_id, status, updated_at),
        KEY ix_scorecard_unit_path (tenant_id, unit_path(191)),
        CONSTRAINT fk_scorecard_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
        CONSTRAINT fk_scorecard_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id),
        CONSTRAINT fk_scorecard_set FOREIGN KEY (tenant_id, criteria_set_id) REFERENCES criteria_set (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE score_event (
        tenant_id ${ID} NOT NULL,
        id ${ID} NOT NULL,
        scorecard_id ${ID} NOT NULL,
        kind VARCHAR(16) CHARACTER SET ascii NOT NULL,
        changes JSON NOT NULL,
        total DECIMAL(8,2) NULL,
        comment TEXT NULL,
        actor_id ${ID} NULL,
        at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_score_event_scorecard (tenant_id, scorecard_id, at),
        CONSTRAINT fk_score_event_scorecard FOREIGN KEY (tenant_id, scorecard_id) REFERENCES scorecard (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE scorecard_evidence (
        tenant_id ${ID} NOT NULL,
        id ${ID} NOT NULL,
        scorecard_id ${ID} NOT NULL,
        criterion_code VARCHAR(20) NULL,
        file_key VARCHAR(255) CHARACTER SET ascii NOT NULL,
        file_name VARCHAR(255) NOT NULL,
        content_type VARCHAR(120) CHARACTER SET ascii NOT NULL,
        size INT NOT NULL,
        uploaded_by ${ID} NULL,
        uploaded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        KEY ix_scorecard_evidence_scorecard (tenant_id, scorecard_id),
        CONSTRAINT fk_scorecard_evidence_scorecard FOREIGN KEY (tenant_id, scorecard_id) REFERENCES scorecard (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE cluster (
        tenant_id ${ID} NOT NULL,
        id ${ID} NOT NULL,
        plan_id ${ID} NOT NULL,
        name VARCHAR(200) NOT NULL,
        search_key VARCHAR(200) CHARACTER SET ascii NOT NULL,
        kind VARCHAR(16) CHARACTER SET ascii NOT NULL,
        description TEXT NULL,
        head_unit_id ${ID} NULL,
        covenant JSON NULL,
        leader_unit_id ${ID} NULL,
        leader_note TEXT NULL,
        leader_selected_at DATETIME(3) NULL,
        leader_selected_by ${ID} NULL,
        member_count INT NOT NULL DEFAULT 0,
        version INT NOT NULL DEFAULT 1,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE KEY uq_cluster_name (tenant_id, plan_id, name),
        CONSTRAINT fk_cluster_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
        CONSTRAINT fk_cluster_head FOREIGN KEY (tenant_id, head_unit_id) REFERENCES org_unit (tenant_id, id),
        CONSTRAINT fk_cluster_leader FOREIGN KEY (tenant_id, leader_unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await db.query(`
      CREATE TABLE cluster_member (
        tenant_id ${ID} NOT NULL,
        cluster_id ${ID} NOT NULL,
        unit_id ${ID} NOT NULL,
        plan_id ${ID} NOT NULL,
        kind VARCHAR(16) CHARACTER SET ascii NOT NULL,
        unit_code VARCHAR(40) NOT NULL,
        unit_name VARCHAR(255) NOT NULL,
        PRIMARY KEY (tenant_id, cluster_id, unit_id),
        UNIQUE KEY uq_cluster_member_once (tenant_id, plan_id, kind, unit_id),
        CONSTRAINT fk_cluster_member_cluster FOREIGN KEY (tenant_id, cluster_id) REFERENCES cluster (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_cluster_member_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    // The dashboard reads one scope's rows of a plan: the key leads with plan and scope.
    await db.query(`
      CREATE TABLE plan_tally (
        tenant_id ${ID} NOT NULL,
        plan_id ${ID} NOT NULL,
        scope_path VARCHAR(760) CHARACTER SET ascii NOT NULL,
        metric VARCHAR(12) CHARACTER SET ascii NOT NULL,
        phase_id CHAR(36) CHARACTER SET ascii NOT NULL,
        bucket VARCHAR(40) CHARACTER SET ascii NOT NULL,
        n INT NOT NULL,
        total DECIMAL(14,2) NOT NULL,
        PRIMARY KEY (tenant_id, plan_id, scope_path, metric, phase_id, bucket),
        CONSTRAINT fk_plan_tally_plan FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id)
      ) ENGINE=InnoDB
    `);
    await this.backfillTallies(db);
  }

  /** Counts the registrations and reports made before this migration, at every unit above them and tenant-wide. */
  private async backfillTallies(db: QueryRunner): Promise<void> {
    const [{ depth }] = (await db.query(
      `SELECT COALESCE(MAX(LENGTH(unit_path) - LENGTH(REPLACE(unit_path, '/', '')) - 1), 0) AS depth
       FROM (SELECT unit_path FROM registration UNION ALL SELECT unit_path FROM phase_report) rows_made`,
    )) as Array<{ depth: number | string }>;
    const sources = [
      { table: 'registration', metric: 'registration', phase: "''", flag: "IF(late, '1', '0')" },
      { table: 'phase_report', metric: 'report', phase: 'phase_id', flag: "IFNULL(on_time, '-')" },
    ];
    for (let level = 0; level < Number(depth); level++) {
      const scope = level === 0 ? "''" : `CONCAT(SUBSTRING_INDEX(unit_path, '/', ${level + 1}), '/')`;
      for (const s of sources) {
        await db.query(`
          INSERT INTO plan_tally (tenant_id, plan_id, scope_path, metric, phase_id, bucket, n, total)
          SELECT tenant_id, plan_id, ${scope}, '${s.metric}', ${s.phase}, CONCAT(status, '|', ${s.flag}), COUNT(*), 0
          FROM ${s.table}
          WHERE LENGTH(unit_path) - LENGTH(REPLACE(unit_path, '/', '')) - 1 > ${level}
          GROUP BY tenant_id, plan_id, ${scope}, ${s.phase}, CONCAT(status, '|', ${s.flag})
        `);
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'plan_tally',
      'cluster_member',
      'cluster',
      'scorecard_evidence',
      'score_event',
      'scorecard',
      'plan_scoring',
      'criteria_set',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
