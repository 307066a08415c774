import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule, StorageModule, TenancyModule } from '@thidua/server/core';
import { CampaignsModule } from '@thidua/server/campaigns';
import { IdentityModule } from '@thidua/server/identity';
import { ParticipationModule } from '@thidua/server/participation';
import { OrgModule } from '@thidua/server/org';
import { ALL_MIGRATIONS } from '@thidua/server/schema';
import { TenantsModule } from '@thidua/server/tenancy';

/** What operator commands need: the database and the contexts' services, no HTTP, no queues. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule.forRoot({ migrations: ALL_MIGRATIONS }),
    TenancyModule,
    StorageModule,
    TenantsModule,
    IdentityModule,
    OrgModule,
    CampaignsModule,
    ParticipationModule,
  ],
})
export class CliModule {}
