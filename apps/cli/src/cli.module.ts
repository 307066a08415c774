import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule, TenancyModule } from '@thidua/server/core';
import { IdentityModule } from '@thidua/server/identity';
import { ALL_MIGRATIONS } from '@thidua/server/schema';
import { TenantsModule } from '@thidua/server/tenancy';

/** What operator commands need: the database and the contexts' services, no HTTP, no queues. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule.forRoot({ migrations: ALL_MIGRATIONS }),
    TenancyModule,
    TenantsModule,
    IdentityModule,
  ],
})
export class CliModule {}
