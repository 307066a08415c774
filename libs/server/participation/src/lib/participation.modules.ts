import { Module } from '@nestjs/common';
import { AUDIT_ACTOR_DIRECTORY, TenantRepositoryModule } from '@thidua/server/core';
import { CampaignsModule } from '@thidua/server/campaigns';
import { IdentityModule, UserReader } from '@thidua/server/identity';
import { TenantsModule } from '@thidua/server/tenancy';
import { PhaseReportEntity } from './entities/phase-report.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { ReportEvidenceEntity } from './entities/report-evidence.entity';
import { PlanDashboardService } from './dashboard/plan-dashboard.service';
import { MyParticipationService } from './my-participation.service';
import { Participants } from './participants';
import { RegistrationsController } from './registrations/registrations.controller';
import { RegistrationsService } from './registrations/registrations.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';

/** Participation: registrations and phase reports of the units a plan reached. */
@Module({
  imports: [
    CampaignsModule,
    TenantsModule,
    IdentityModule,
    TenantRepositoryModule.forFeature([RegistrationEntity, PhaseReportEntity, ReportEvidenceEntity]),
  ],
  providers: [
    Participants,
    RegistrationsService,
    ReportsService,
    MyParticipationService,
    PlanDashboardService,
    // Reviews name who decided; identity owns the names.
    { provide: AUDIT_ACTOR_DIRECTORY, useExisting: UserReader },
  ],
  exports: [RegistrationsService, ReportsService, MyParticipationService, PlanDashboardService],
})
export class ParticipationModule {}

@Module({
  imports: [ParticipationModule],
  controllers: [RegistrationsController, ReportsController],
})
export class ParticipationApiModule {}
