import type { PlanContent, PlanStatus } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An emulation plan. The structured document lives in `content`; the columns beside it are what
 * lists filter and sort on, and the issuer's name and path as they were when the plan was made.
 */
@Entity('plan')
export class PlanEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'issuer_unit_id', type: 'char', length: 36 })
  issuerUnitId!: string;

  @Column({ name: 'issuer_path', type: 'varchar', length: 760 })
  issuerPath!: string;

  @Column({ name: 'issuer_code', type: 'varchar', length: 40 })
  issuerCode!: string;

  @Column({ name: 'issuer_name', type: 'varchar', length: 255 })
  issuerName!: string;

  @Column({ name: 'parent_plan_id', type: 'char', length: 36, nullable: true })
  parentPlanId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: PlanStatus;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ name: 'doc_no', type: 'int', nullable: true })
  docNo!: number | null;

  /** The year of the register the number came from: the issue date's year (a plan for 2024 may be issued in December 2023). */
  @Column({ name: 'register_year', type: 'smallint', nullable: true })
  registerYear!: number | null;

  @Column({ name: 'doc_symbol', type: 'varchar', length: 40 })
  docSymbol!: string;

  @Column({ name: 'issued_date', type: 'date', nullable: true })
  issuedDate!: string | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ name: 'search_key', type: 'varchar', length: 600 })
  searchKey!: string;

  @Column({ type: 'json' })
  content!: PlanContent;

  @Column({ name: 'recipient_count', type: 'int', default: 0 })
  recipientCount!: number;

  @Column({ name: 'acknowledged_count', type: 'int', default: 0 })
  acknowledgedCount!: number;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
