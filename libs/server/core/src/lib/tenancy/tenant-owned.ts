/**
 * Every tenant-owned entity carries its tenant; the scoped layer stamps and checks it.
 * Only platform rows (platform operators' accounts) have none, and no tenant filter matches them.
 */
export interface TenantOwned {
  tenantId: string | null;
}

export function isTenantOwned(value: unknown): value is TenantOwned {
  return typeof value === 'object' && value !== null && 'tenantId' in value;
}

export class TenantMismatchError extends Error {
  constructor(entity: string) {
    super(`Refused to write a ${entity} that belongs to another tenant`);
    this.name = 'TenantMismatchError';
  }
}
