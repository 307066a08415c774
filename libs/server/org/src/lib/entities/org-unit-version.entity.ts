import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgUnitStatus } from '@thidua/shared/contracts';

/** One period of a unit's life with the name, parent and status it had: the tree "as of" a date. */
@Entity('org_unit_version')
export class OrgUnitVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Exclusive; null while current. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'parent_id', type: 'char', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ name: 'type_id', type: 'char', length: 36 })
  typeId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: OrgUnitStatus;
}
