import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantEntity } from './tenant.entity';
import { TenantsController } from './tenants.controller';
import { TenantsService } from './tenants.service';

/** Tenant records and their management; used by identity (sign-in checks) and the CLI. */
@Module({
  imports: [TypeOrmModule.forFeature([TenantEntity])],
  providers: [TenantsService],
  exports: [TenantsService],
})
export class TenantsModule {}

@Module({ imports: [TenantsModule], controllers: [TenantsController] })
export class TenantsApiModule {}
