import type { PlanStatus, PlanTransitionDto } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step of a plan's life: who moved it, from which status to which, and why. */
@Entity('plan_transition')
export class PlanTransitionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ type: 'varchar', length: 16 })
  transition!: PlanTransitionDto['transition'];

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: PlanStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: PlanStatus;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'actor_id', type: 'char', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;
}
