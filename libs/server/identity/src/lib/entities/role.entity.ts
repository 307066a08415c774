import type { RuleTemplate } from '@thidua/shared/permissions';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A tenant's narrowed copy of a default role (DEFAULT_ROLES); absent means the default applies. */
@Entity('role')
export class RoleEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'role_key', type: 'varchar', length: 40 })
  roleKey!: string;

  /** Rule templates, checked by checkNarrowedRules() before they are stored. */
  @Column({ type: 'json' })
  rules!: RuleTemplate[];

  @Column({ name: 'updated_by', type: 'char', length: 36, nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
