import { Campaigns1795300001200, PhaseReportDue1795300001600 } from '@thidua/server/campaigns';
import {
  Participation1795300001300,
  Scoring1795300001400,
  ParticipationReads1795300001500,
} from '@thidua/server/participation';
import { Audit1795300001000, MigrationClass } from '@thidua/server/core';
import { Identity1795300000100, IdentityAccess1795300001100 } from '@thidua/server/identity';
import { Org1795300000200, OrgImport1795300000300 } from '@thidua/server/org';
import { Tenant1795300000000 } from '@thidua/server/tenancy';

/** Every migration of every context, in the order they run. */
export const ALL_MIGRATIONS: MigrationClass[] = [
  Tenant1795300000000,
  Identity1795300000100,
  Org1795300000200,
  OrgImport1795300000300,
  Audit1795300001000,
  IdentityAccess1795300001100,
  Campaigns1795300001200,
  Participation1795300001300,
  Scoring1795300001400,
  ParticipationReads1795300001500,
  PhaseReportDue1795300001600,
];
