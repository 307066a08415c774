import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgEventKind, OrgUnitEventDto } from '@thidua/shared/contracts';

/** What happened to a unit, when it took effect, why, and who recorded it. */
@Entity('org_unit_event')
export class OrgUnitEventEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrgEventKind;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'json' })
  details!: OrgUnitEventDto['details'];

  @Column({ name: 'actor_id', type: 'char', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;
}
