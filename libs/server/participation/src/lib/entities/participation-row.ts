import { Column, PrimaryColumn } from 'typeorm';
import type { RegistrationStatus, ScorecardStatus } from '@thidua/shared/contracts';

/** Columns registrations, reports and scorecards share: which plan and unit, status, the last decision. */
export abstract class ParticipationRow<S extends string = RegistrationStatus | ScorecardStatus> {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ name: 'plan_number', type: 'varchar', length: 60, nullable: true })
  planNumber!: string | null;

  @Column({ name: 'plan_title', type: 'varchar', length: 500 })
  planTitle!: string;

  @Column({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'unit_path', type: 'varchar', length: 760 })
  unitPath!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName!: string;

  @Column({ name: 'search_key', type: 'varchar', length: 300 })
  searchKey!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: S;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'char', length: 36, nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** What every list row shows of a participation row, as a prepared read returns it. */
export type ParticipationListRow<S extends string> = Pick<
  ParticipationRow<S>,
  | 'id'
  | 'planId'
  | 'planNumber'
  | 'planTitle'
  | 'unitId'
  | 'unitCode'
  | 'unitName'
  | 'status'
  | 'submittedAt'
  | 'updatedAt'
>;

/** The select list for ParticipationListRow under `alias`. */
export function participationListColumns(alias: string): string[] {
  return [
    ['id', 'id'],
    ['plan_id', 'planId'],
    ['plan_number', 'planNumber'],
    ['plan_title', 'planTitle'],
    ['unit_id', 'unitId'],
    ['unit_code', 'unitCode'],
    ['unit_name', 'unitName'],
    ['status', 'status'],
    ['submitted_at', 'submittedAt'],
    ['updated_at', 'updatedAt'],
  ].map(([column, name]) => `${alias}.${column} AS ${name}`);
}
