import { Injectable } from '@nestjs/common';
import { ClsService, ClsStore } from 'nestjs-cls';
import type { Principal } from '../auth/principal';

export class TenantContextMissingError extends Error {
  constructor() {
    super(
      'No tenant context: tenant data was reached outside an authenticated request, runInTenant() or runAsSystem().',
    );
    this.name = 'TenantContextMissingError';
  }
}

export interface ThiduaClsStore extends ClsStore {
  tenantId?: string;
  /** Set instead of a tenant by jobs and the CLI that act across tenants, naming why. */
  systemReason?: string;
  /** Who is calling; set with the tenant by the authentication guard. The audit log reads it. */
  principal?: Principal;
}

/**
 * The tenant of the current request or job, held in async-local storage. It is set from the
 * authenticated principal only (never from a body, query or header) and reading it when it is
 * not set throws: tenant data access fails closed.
 */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService<ThiduaClsStore>) {}

  /** The current tenant; throws when there is none (including in system context). */
  get tenantId(): string {
    const tenantId = this.cls.isActive() ? this.cls.get('tenantId') : undefined;
    if (!tenantId) throw new TenantContextMissingError();
    return tenantId;
  }

  /** The tenant to filter by, or null in an explicit system context. Throws when neither is set. */
  scope(): string | null {
    if (!this.cls.isActive()) throw new TenantContextMissingError();
    const tenantId = this.cls.get('tenantId');
    if (tenantId) return tenantId;
    if (this.cls.get('systemReason')) return null;
    throw new TenantContextMissingError();
  }

  get systemReason(): string | undefined {
    return this.cls.isActive() ? this.cls.get('systemReason') : undefined;
  }

  /** The authenticated caller of the current request, if any. */
  get principal(): Principal | undefined {
    return this.cls.isActive() ? this.cls.get('principal') : undefined;
  }

  /** Sets the caller and their tenant for the current request; used by the authentication guard only. */
  enterFromPrincipal(principal: Principal): void {
    this.cls.set('principal', principal);
    if (principal.tenantId) this.cls.set('tenantId', principal.tenantId);
  }

  runInTenant<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    if (!tenantId) throw new TenantContextMissingError();
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set('tenantId', tenantId);
      this.cls.set('systemReason', undefined);
      return work();
    });
  }

  /** Runs across tenants, e.g. sign-in lookups and operator commands; `reason` is logged and audited. */
  runAsSystem<T>(reason: string, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set('tenantId', undefined);
      this.cls.set('systemReason', reason);
      return work();
    });
  }
}
