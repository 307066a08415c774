import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A recipient unit of a plan: chosen while drafting, sent when the plan is issued, acknowledged
 * by the unit. The unit's path is kept here (and follows moves) so "my subtree" filters in SQL.
 */
@Entity('plan_receipt')
export class PlanReceiptEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @PrimaryColumn({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'unit_path', type: 'varchar', length: 760 })
  unitPath!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName!: string;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by', type: 'char', length: 36, nullable: true })
  acknowledgedBy!: string | null;
}
