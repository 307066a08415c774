import { Column, PrimaryColumn } from 'typeorm';

/** A file kept as evidence (minh chứng): what is known of it here; the bytes live in file storage. */
export abstract class EvidenceRow {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'file_key', type: 'varchar', length: 255 })
  fileKey!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ name: 'uploaded_by', type: 'char', length: 36, nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'datetime', precision: 3 })
  uploadedAt!: Date;
}
