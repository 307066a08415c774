import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrgUnitStatus } from '@thidua/shared/contracts';

/** The current state of a union organisation. Past states live in org_unit_version. */
@Entity('org_unit')
export class OrgUnitEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'type_id', type: 'char', length: 36 })
  typeId!: string;

  @Column({ name: 'parent_id', type: 'char', length: 36, nullable: true })
  parentId!: string | null;

  /** `/rootId/…/id/`: a subtree is `path LIKE '<path>%'`. */
  @Column({ type: 'varchar', length: 760 })
  path!: string;

  @Column({ type: 'int' })
  depth!: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address!: string | null;

  @Column({ name: 'member_count', type: 'int', nullable: true })
  memberCount!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: OrgUnitStatus;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** The unit this one was merged into, so history (awards, consecutive years) follows. */
  @Column({ name: 'merged_into_id', type: 'char', length: 36, nullable: true })
  mergedIntoId!: string | null;

  @Column({ name: 'split_from_id', type: 'char', length: 36, nullable: true })
  splitFromId!: string | null;

  /** Name and code without diacritics, lower-case: "hà nội" and "ha noi" both find "Hà Nội". */
  @Column({ name: 'search_key', type: 'varchar', length: 300 })
  searchKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
