import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { TenantRepositoryModule } from '../tenancy/tenancy.module';
import { AUDIT_ACTOR_DIRECTORY, AuditActorDirectory } from './audit-actor-directory';
import { AuditController } from './audit.controller';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditQueryService } from './audit-query.service';

/**
 * GET /api/audit. Writing entries needs nothing but AuditService (provided by TenancyModule);
 * reading them shows people's names, which the context owning users provides.
 */
@Module({})
export class AuditApiModule {
  static withActorDirectory(
    directory: Type<AuditActorDirectory>,
    imports: ModuleMetadata['imports'] = [],
  ): DynamicModule {
    return {
      module: AuditApiModule,
      imports: [...imports, TenantRepositoryModule.forFeature([AuditEntryEntity])],
      controllers: [AuditController],
      providers: [AuditQueryService, { provide: AUDIT_ACTOR_DIRECTORY, useExisting: directory }],
    };
  }
}
