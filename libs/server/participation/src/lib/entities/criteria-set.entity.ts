import type { CriteriaSetContent, CriteriaSetSource, CriteriaSetStatus } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A criteria set (bảng tiêu chí chấm điểm): groups of criteria with points, bonus and rank bands. */
@Entity('criteria_set')
export class CriteriaSetEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ name: 'search_key', type: 'varchar', length: 300 })
  searchKey!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'smallint', nullable: true })
  year!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: CriteriaSetStatus;

  @Column({ type: 'varchar', length: 80 })
  source!: CriteriaSetSource;

  @Column({ type: 'json' })
  content!: CriteriaSetContent;

  @Column({ name: 'max_total', type: 'decimal', precision: 8, scale: 2 })
  maxTotal!: string;

  @Column({ name: 'criteria_count', type: 'int' })
  criteriaCount!: number;

  @Column({ name: 'copied_from', type: 'char', length: 36, nullable: true })
  copiedFrom!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
