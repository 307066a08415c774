import { Global, Module } from '@nestjs/common';
import { AUDIT_ACTOR_DIRECTORY, ORG_UNIT_DIRECTORY, TenantRepositoryModule } from '@thidua/server/core';
import { IdentityModule, UserReader } from '@thidua/server/identity';
import { TenantsModule } from '@thidua/server/tenancy';
import { OrgUnitEventEntity } from './entities/org-unit-event.entity';
import { OrgUnitTypeEntity } from './entities/org-unit-type.entity';
import { OrgUnitVersionEntity } from './entities/org-unit-version.entity';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { OrgImportController } from './import/org-import.controller';
import { OrgImportEntity } from './import/org-import.entity';
import { OrgImportProcessor } from './import/org-import.processor';
import { OrgImportService } from './import/org-import.service';
import { OrgImporter } from './import/org-importer';
import { OrgController } from './org.controller';
import { OrgHistoryRecorder } from './org-history.recorder';
import { OrgTenantSetupListener } from './org-tenant-setup.listener';
import { OrgRestructureService } from './org-restructure.service';
import { OrgTreeService } from './org-tree.service';
import { OrgTypesService } from './org-types.service';
import { OrgUnitDirectoryService } from './org-unit-directory.service';
import { OrgUnitsService } from './org-units.service';

/**
 * The organisation tree: its services for other contexts, the CLI and the worker. Global, so
 * identity finds ORG_UNIT_DIRECTORY without importing the org context.
 */
@Global()
@Module({
  imports: [
    TenantsModule,
    IdentityModule,
    TenantRepositoryModule.forFeature([
      OrgUnitTypeEntity,
      OrgUnitEntity,
      OrgUnitVersionEntity,
      OrgUnitEventEntity,
      OrgImportEntity,
    ]),
  ],
  providers: [
    OrgTypesService,
    OrgTreeService,
    OrgUnitsService,
    OrgRestructureService,
    OrgHistoryRecorder,
    OrgTenantSetupListener,
    OrgImporter,
    { provide: ORG_UNIT_DIRECTORY, useClass: OrgUnitDirectoryService },
    // History shows who made each change; identity owns the names.
    { provide: AUDIT_ACTOR_DIRECTORY, useExisting: UserReader },
  ],
  exports: [
    OrgTypesService,
    OrgTreeService,
    OrgUnitsService,
    OrgRestructureService,
    OrgImporter,
    ORG_UNIT_DIRECTORY,
  ],
})
export class OrgModule {}

@Module({
  imports: [OrgModule, TenantRepositoryModule.forFeature([OrgImportEntity])],
  controllers: [OrgController, OrgImportController],
  providers: [OrgImportService],
})
export class OrgApiModule {}

/** The worker side: imports run here. */
@Module({ imports: [OrgModule], providers: [OrgImportProcessor] })
export class OrgWorkerModule {}
