import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgImportStatus } from '@thidua/shared/contracts';
import type { RowProblem } from './validate-rows';

/** One upload of units: its progress and, when refused, every row problem. The source of truth for its job. */
@Entity('org_import')
export class OrgImportEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: OrgImportStatus['state'];

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ name: 'total_rows', type: 'int', default: 0 })
  totalRows!: number;

  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows!: number;

  @Column({ name: 'created_units', type: 'int', default: 0 })
  createdUnits!: number;

  @Column({ type: 'json', nullable: true })
  problems!: RowProblem[] | null;

  @Column({ name: 'file_key', type: 'varchar', length: 255 })
  fileKey!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'created_by', type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
