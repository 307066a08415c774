import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One change, as it happened: append-only (nothing updates or deletes a row). `tenantId` is
 * null for platform actions such as creating a tenant.
 */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'char', length: 36, nullable: true })
  tenantId!: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  /** The signed-in user who acted; null for the system (CLI, jobs). */
  @Column({ name: 'actor_id', type: 'char', length: 36, nullable: true })
  actorId!: string | null;

  /** The platform operator behind an impersonated session. */
  @Column({ name: 'impersonator_id', type: 'char', length: 36, nullable: true })
  impersonatorId!: string | null;

  /** `<subject>.<verb>`, e.g. `user.invited`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  /** A subject of the permission vocabulary, e.g. `User`. */
  @Column({ type: 'varchar', length: 40 })
  subject!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'json', nullable: true })
  before!: object | null;

  @Column({ type: 'json', nullable: true })
  after!: object | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
