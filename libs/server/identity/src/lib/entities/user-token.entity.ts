import { Column, Entity, PrimaryColumn } from 'typeorm';

export const TOKEN_PURPOSES = ['invitation', 'password_reset'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/**
 * A single-use link sent by e-mail. Only the SHA-256 of the token is stored; using it is a
 * conditional UPDATE … WHERE used_at IS NULL, so it works exactly once.
 */
@Entity('user_token')
export class UserTokenEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** Null for platform operators' accounts. */
  @Column({ name: 'tenant_id', type: 'char', length: 36, nullable: true })
  tenantId!: string | null;

  @Column({ name: 'user_id', type: 'char', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: TokenPurpose;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'datetime', precision: 3, nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
