import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A phase of a plan as a row, so reports and registrations can point at it. Mirrors `content.phases`. */
@Entity('plan_phase')
export class PlanPhaseEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'date_from', type: 'date' })
  dateFrom!: string;

  @Column({ name: 'date_to', type: 'date' })
  dateTo!: string;

  /** The plan's report due day for the phase, else the phase's last day. */
  @Column({ name: 'report_due', type: 'date' })
  reportDue!: string;
}
