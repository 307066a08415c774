import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const TENANT_STATUSES = ['active', 'suspended', 'merged'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** A provincial federation (Liên đoàn Lao động tỉnh/thành phố): one tenant of the platform. */
@Entity('tenant')
export class TenantEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** Stable slug, e.g. `khanh-hoa`. */
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Issuer code in document symbols, e.g. `LĐ` in 22/KH-LĐ. */
  @Column({ name: 'issuer_code', type: 'varchar', length: 20 })
  issuerCode!: string;

  /** First header line of documents: the superior body, e.g. TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM. */
  @Column({ name: 'header_superior', type: 'varchar', length: 200 })
  headerSuperior!: string;

  /** Second header line: the issuing body, e.g. LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA. */
  @Column({ name: 'header_issuer', type: 'varchar', length: 200 })
  headerIssuer!: string;

  /** Place written before the date, e.g. "Khánh Hòa" in "Khánh Hòa, ngày 26 tháng 01 năm 2024". */
  @Column({ name: 'place_name', type: 'varchar', length: 100 })
  placeName!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Asia/Ho_Chi_Minh' })
  timeZone!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: TenantStatus;

  @Column({ name: 'merged_into_id', type: 'char', length: 36, nullable: true })
  mergedIntoId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
