import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TenantContext } from '@thidua/server/core';
import { TENANT_CREATED } from '@thidua/server/tenancy';
import type { TenantCreatedEvent } from '@thidua/server/tenancy';
import { MovementsService } from './movements.service';

/** Gives every new tenant the national movement catalogue, in the transaction that creates it. */
@Injectable()
export class MovementsTenantSetupListener {
  constructor(
    private readonly movements: MovementsService,
    private readonly context: TenantContext,
  ) {}

  @OnEvent(TENANT_CREATED, { promisify: true, suppressErrors: false })
  onTenantCreated(event: TenantCreatedEvent): Promise<void> {
    return this.context.runInTenant(event.tenantId, () => this.movements.ensureNational());
  }
}
