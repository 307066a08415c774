import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Subject } from '@thidua/shared/permissions';
import { CLS_REQ, ClsService } from 'nestjs-cls';
import { v7 as uuidv7 } from 'uuid';
import { ThiduaClsStore } from '../tenancy/tenant-context';
import { TenantMismatchError } from '../tenancy/tenant-owned';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  /** `<subject>.<verb>` in snake case, e.g. `user.invited`, `tenant.status_changed`. */
  action: string;
  subject: Subject;
  subjectId?: string | null;
  /** Plain data only, never secrets (password hashes, tokens). */
  before?: object | null;
  after?: object | null;
  /**
   * The tenant the entry belongs to when the context has none: a platform operator acting on one
   * tenant, or a public flow (accepting an invitation). Refused if it differs from the context's.
   */
  tenantId?: string | null;
  /** The actor of a public flow, who is known but not signed in. */
  actorId?: string | null;
  impersonatorId?: string | null;
}

/**
 * Records who changed what, in the transaction of the current use case: the entry is written
 * exactly when the change is. Tenant, actor and request id come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<ThiduaClsStore>,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    const active = this.cls.isActive();
    const contextTenant = active ? this.cls.get('tenantId') : undefined;
    if (contextTenant && entry.tenantId !== undefined && entry.tenantId !== contextTenant) {
      throw new TenantMismatchError('AuditEntry');
    }
    const principal = active ? this.cls.get('principal') : undefined;
    const request = active ? (this.cls.get(CLS_REQ) as { id?: unknown } | undefined) : undefined;
    const row: AuditEntryEntity = {
      id: uuidv7(),
      tenantId: contextTenant ?? entry.tenantId ?? null,
      at: new Date(),
      actorId: entry.actorId !== undefined ? entry.actorId : (principal?.userId ?? null),
      impersonatorId: entry.impersonatorId ?? principal?.impersonatorId ?? null,
      action: entry.action,
      subject: entry.subject,
      subjectId: entry.subjectId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: request?.id ? String(request.id).slice(0, 64) : null,
    };
    // The tenant is checked above; listeners would refuse a platform entry outside a tenant context.
    await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(AuditEntryEntity)
      .values(row)
      .callListeners(false)
      .execute();
  }
}
