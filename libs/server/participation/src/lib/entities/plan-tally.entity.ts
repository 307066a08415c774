import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A running count behind the plan dashboard: how many of a plan's registrations, reports or
 * scorecards below one unit (`scopePath`; '' for the whole tenant) are in one bucket (status and
 * flags). Kept in the same transaction as every change of those rows.
 */
@Entity('plan_tally')
export class PlanTallyEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @PrimaryColumn({ name: 'scope_path', type: 'varchar', length: 760 })
  scopePath!: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  metric!: string;

  @PrimaryColumn({ name: 'phase_id', type: 'char', length: 36 })
  phaseId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  bucket!: string;

  @Column({ type: 'int' })
  n!: number;

  /** Sum of the final totals counted (scores only). */
  @Column({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;
}
