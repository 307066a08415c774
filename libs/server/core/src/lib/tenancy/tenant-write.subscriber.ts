import { EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';
import { TenantContext } from './tenant-context';
import { isTenantOwned, TenantMismatchError } from './tenant-owned';

/**
 * Second line of defence below the scoped repository: any insert or update of a tenant-owned
 * entity inside a tenant context is stamped with that tenant, or refused if it names another.
 */
export class TenantWriteSubscriber implements EntitySubscriberInterface {
  constructor(private readonly context: TenantContext) {}

  beforeInsert(event: InsertEvent<unknown>): void {
    this.check(event.entity, event.metadata.name);
  }

  beforeUpdate(event: UpdateEvent<unknown>): void {
    this.check(event.entity, event.metadata.name);
  }

  private check(entity: unknown, name: string): void {
    if (!isTenantOwned(entity)) return;
    const tenantId = this.context.scope();
    if (tenantId === null) return;
    if (!entity.tenantId) entity.tenantId = tenantId;
    else if (entity.tenantId !== tenantId) throw new TenantMismatchError(name);
  }
}
