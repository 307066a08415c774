import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number an issuer handed out in a year (sổ đăng ký văn bản đi). */
@Entity('document_register')
export class DocumentRegisterEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'issuer_unit_id', type: 'char', length: 36 })
  issuerUnitId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber!: number;
}
