import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A role held by a user on an org unit; it applies to that unit's subtree. */
@Entity('role_assignment')
export class RoleAssignmentEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'user_id', type: 'char', length: 36 })
  userId!: string;

  @Column({ name: 'role_key', type: 'varchar', length: 40 })
  roleKey!: string;

  /** The unit the role is held on; null means the whole tenant (its root). */
  @Column({ name: 'org_unit_id', type: 'char', length: 36, nullable: true })
  orgUnitId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
