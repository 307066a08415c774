import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TenantContext } from '@thidua/server/core';
import { TENANT_CREATED } from '@thidua/server/tenancy';
import type { TenantCreatedEvent } from '@thidua/server/tenancy';
import { OrgTypesService } from './org-types.service';

/** Gives every new tenant today's union unit types, in the transaction that creates the tenant. */
@Injectable()
export class OrgTenantSetupListener {
  constructor(
    private readonly types: OrgTypesService,
    private readonly context: TenantContext,
  ) {}

  @OnEvent(TENANT_CREATED, { promisify: true, suppressErrors: false })
  onTenantCreated(event: TenantCreatedEvent): Promise<void> {
    return this.context.runInTenant(event.tenantId, () => this.types.ensureDefaults());
  }
}
