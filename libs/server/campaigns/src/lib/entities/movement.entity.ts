import type { MovementKind, MovementSource } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An entry of the tenant's movement catalogue: national (seeded), the tenant's own, or a plugin's. */
@Entity('movement')
export class MovementEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 400 })
  name!: string;

  @Column({ name: 'search_key', type: 'varchar', length: 400 })
  searchKey!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: MovementKind;

  @Column({ type: 'varchar', length: 255 })
  launcher!: string;

  @Column({ name: 'from_year', type: 'smallint', nullable: true })
  fromYear!: number | null;

  @Column({ name: 'to_year', type: 'smallint', nullable: true })
  toYear!: number | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 80 })
  source!: MovementSource;

  /** The national list's key or the plugin's own key; null for the tenant's entries. */
  @Column({ name: 'source_key', type: 'varchar', length: 80, nullable: true })
  sourceKey!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3, insert: false, update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3, insert: false, update: false })
  updatedAt!: Date;
}
