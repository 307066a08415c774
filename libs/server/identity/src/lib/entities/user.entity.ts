import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { userSearchKey } from './user-search-key';

export const USER_STATUSES = ['active', 'invited', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person who signs in. Belongs to one tenant; platform operators belong to none. */
@Entity('app_user')
export class UserEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'char', length: 36, nullable: true })
  tenantId!: string | null;

  /** Lower-cased; unique across the platform so a sign-in finds exactly one account. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** Digits only, national form (0…), unique across the platform. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  /** Accent-free name, e-mail and phone for search; kept in step on every save. */
  @Column({ name: 'search_key', type: 'varchar', length: 400, select: false })
  searchKey!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'is_platform_operator', type: 'boolean', default: false })
  isPlatformOperator!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  @Column({ name: 'failed_sign_ins', type: 'int', default: 0 })
  failedSignIns!: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true })
  lockedUntil!: Date | null;

  /** Raised to end every session of the user at once (sign-out everywhere, password change). */
  @Column({ name: 'session_version', type: 'int', default: 1 })
  sessionVersion!: number;

  @Column({ name: 'last_sign_in_at', type: 'datetime', precision: 3, nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected keepSearchKey(): void {
    if (this.displayName === undefined) return;
    this.searchKey = userSearchKey(this.displayName, this.email, this.phone);
  }
}
