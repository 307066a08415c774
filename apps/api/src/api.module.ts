import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  DatabaseModule,
  HealthModule,
  HttpPlatformModule,
  LoggingModule,
  QueueModule,
  StorageModule,
  TenancyModule,
} from '@thidua/server/core';
import { CampaignsApiModule } from '@thidua/server/campaigns';
import { IdentityApiModule } from '@thidua/server/identity';
import { ParticipationApiModule } from '@thidua/server/participation';
import { OrgApiModule } from '@thidua/server/org';
import { SystemApiModule } from '@thidua/server/system';
import { TenantsApiModule } from '@thidua/server/tenancy';

/** The HTTP process: composes the platform and every context's API module. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    TenancyModule,
    StorageModule,
    QueueModule.forRoot('client'),
    HttpPlatformModule,
    HealthModule,
    IdentityApiModule,
    TenantsApiModule,
    OrgApiModule,
    CampaignsApiModule,
    ParticipationApiModule,
    SystemApiModule,
  ],
})
export class ApiModule {}
