import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which published criteria set a plan scores with. */
@Entity('plan_scoring')
export class PlanScoringEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ name: 'criteria_set_id', type: 'char', length: 36 })
  criteriaSetId!: string;

  @Column({ name: 'attached_by', type: 'char', length: 36, nullable: true })
  attachedBy!: string | null;

  @Column({ name: 'attached_at', type: 'datetime', precision: 3 })
  attachedAt!: Date;
}
