import { Module } from '@nestjs/common';
import { AUDIT_ACTOR_DIRECTORY, TenantRepositoryModule } from '@thidua/server/core';
import { CampaignsModule } from '@thidua/server/campaigns';
import { IdentityModule, UserReader } from '@thidua/server/identity';
import { TenantsModule } from '@thidua/server/tenancy';
import { ClusterStandings } from './clusters/cluster-standings';
import { ClustersController } from './clusters/clusters.controller';
import { ClustersService } from './clusters/clusters.service';
import { CriteriaSetsController } from './criteria/criteria-sets.controller';
import { CriteriaSetsService } from './criteria/criteria-sets.service';
import { PlanScoring } from './criteria/plan-scoring.service';
import { PlanDashboardService } from './dashboard/plan-dashboard.service';
import { ClusterMemberEntity } from './entities/cluster-member.entity';
import { ClusterEntity } from './entities/cluster.entity';
import { CriteriaSetEntity } from './entities/criteria-set.entity';
import { PhaseReportEntity } from './entities/phase-report.entity';
import { PlanScoringEntity } from './entities/plan-scoring.entity';
import { PlanTallyEntity } from './entities/plan-tally.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { ReportEvidenceEntity } from './entities/report-evidence.entity';
import { ScoreEventEntity } from './entities/score-event.entity';
import { ScorecardEvidenceEntity } from './entities/scorecard-evidence.entity';
import { ScorecardEntity } from './entities/scorecard.entity';
import { EvidenceFiles } from './evidence/evidence-files';
import { MyParticipationService } from './my-participation.service';
import { Participants } from './participants';
import { RegistrationsController } from './registrations/registrations.controller';
import { RegistrationsService } from './registrations/registrations.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { ScorecardEvidenceService } from './scorecards/scorecard-evidence.service';
import { ScorecardListService } from './scorecards/scorecard-list.service';
import { ScorecardsController } from './scorecards/scorecards.controller';
import { ScorecardsService } from './scorecards/scorecards.service';
import { PlanTallies } from './tallies/plan-tallies.service';
import { SubtreeMovesListener } from './tallies/subtree-moves.listener';

/**
 * Participation: registrations, phase reports, criteria sets and scorecards of the units a plan
 * reached, clusters, and the plan dashboard.
 */
@Module({
  imports: [
    CampaignsModule,
    TenantsModule,
    IdentityModule,
    TenantRepositoryModule.forFeature([
      RegistrationEntity,
      PhaseReportEntity,
      ReportEvidenceEntity,
      CriteriaSetEntity,
      PlanScoringEntity,
      ScorecardEntity,
      ScoreEventEntity,
      ScorecardEvidenceEntity,
      ClusterEntity,
      ClusterMemberEntity,
      PlanTallyEntity,
    ]),
  ],
  providers: [
    Participants,
    EvidenceFiles,
    PlanTallies,
    SubtreeMovesListener,
    RegistrationsService,
    ReportsService,
    MyParticipationService,
    CriteriaSetsService,
    PlanScoring,
    ScorecardsService,
    ScorecardListService,
    ScorecardEvidenceService,
    ClusterStandings,
    ClustersService,
    PlanDashboardService,
    // Reviews name who decided; identity owns the names.
    { provide: AUDIT_ACTOR_DIRECTORY, useExisting: UserReader },
  ],
  exports: [
    RegistrationsService,
    ReportsService,
    MyParticipationService,
    PlanDashboardService,
    CriteriaSetsService,
    PlanScoring,
    ScorecardsService,
    ScorecardListService,
    ScorecardEvidenceService,
    ClustersService,
    PlanTallies,
  ],
})
export class ParticipationModule {}

@Module({
  imports: [ParticipationModule],
  controllers: [
    RegistrationsController,
    ReportsController,
    CriteriaSetsController,
    ScorecardsController,
    ClustersController,
  ],
})
export class ParticipationApiModule {}
