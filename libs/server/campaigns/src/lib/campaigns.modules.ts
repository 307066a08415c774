import { Module } from '@nestjs/common';
import { AUDIT_ACTOR_DIRECTORY, TenantRepositoryModule } from '@thidua/server/core';
import { IdentityModule, UserReader } from '@thidua/server/identity';
import { TenantsModule } from '@thidua/server/tenancy';
import { DocumentRegisterEntity } from './entities/document-register.entity';
import { MovementEntity } from './entities/movement.entity';
import { PlanPhaseEntity } from './entities/plan-phase.entity';
import { PlanReceiptEntity } from './entities/plan-receipt.entity';
import { PlanTransitionEntity } from './entities/plan-transition.entity';
import { PlanEntity } from './entities/plan.entity';
import { MovementsTenantSetupListener } from './movements/movements-tenant-setup.listener';
import { MovementsController } from './movements/movements.controller';
import { MovementsService } from './movements/movements.service';
import { DocumentRegister } from './plans/document-register.service';
import { PlanEditor } from './plans/plan-editor.service';
import { PlanImportService } from './plans/plan-import.service';
import { PlanLifecycle } from './plans/plan-lifecycle.service';
import { PlanReader } from './plans/plan-reader.service';
import { PlanReceipts } from './plans/plan-receipts.service';
import { PlanTemplates } from './plans/plan-templates.service';
import { PlansController } from './plans/plans.controller';

/**
 * Campaigns: the movement catalogue and the plans (drafting, life cycle, numbering, distribution).
 * Listeners (tenant created, unit moved) live here, so every process that changes tenants or the
 * tree (API, CLI) keeps campaigns in step.
 */
@Module({
  imports: [
    TenantsModule,
    IdentityModule,
    TenantRepositoryModule.forFeature([
      MovementEntity,
      PlanEntity,
      PlanPhaseEntity,
      PlanReceiptEntity,
      PlanTransitionEntity,
      DocumentRegisterEntity,
    ]),
  ],
  providers: [
    MovementsService,
    MovementsTenantSetupListener,
    DocumentRegister,
    PlanReader,
    PlanEditor,
    PlanLifecycle,
    PlanReceipts,
    PlanImportService,
    PlanTemplates,
    // History and receipts name who acted; identity owns the names.
    { provide: AUDIT_ACTOR_DIRECTORY, useExisting: UserReader },
  ],
  exports: [
    MovementsService,
    PlanReader,
    PlanEditor,
    PlanLifecycle,
    PlanReceipts,
    PlanImportService,
    PlanTemplates,
  ],
})
export class CampaignsModule {}

@Module({
  imports: [CampaignsModule],
  controllers: [PlansController, MovementsController],
})
export class CampaignsApiModule {}
