import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kind of union organisation. Types are data per tenant, seeded with today's structure. */
@Entity('org_unit_type')
export class OrgUnitTypeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'child_type_codes', type: 'json' })
  childTypeCodes!: string[];

  /** Whether a unit of this type may be a root of the tree (the provincial federation). */
  @Column({ name: 'can_be_root', type: 'boolean', default: false })
  canBeRoot!: boolean;

  /** Kept for history only: no new units of this type (e.g. district federations before 2025). */
  @Column({ type: 'boolean', default: false })
  historical!: boolean;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder!: number;
}
