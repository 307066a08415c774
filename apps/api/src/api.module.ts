import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  DatabaseModule,
  HealthModule,
  HttpPlatformModule,
  LoggingModule,
  QueueModule,
  TenancyModule,
} from '@thidua/server/core';
import { IdentityApiModule } from '@thidua/server/identity';
import { SystemApiModule } from '@thidua/server/system';
import { TenantsApiModule } from '@thidua/server/tenancy';

/** The HTTP process: composes the platform and every context's API module. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    TenancyModule,
    QueueModule.forRoot('client'),
    HttpPlatformModule,
    HealthModule,
    IdentityApiModule,
    TenantsApiModule,
    SystemApiModule,
  ],
})
export class ApiModule {}
