import { PageQuery } from '../common/page';
import { PlanUnitRef } from '../campaigns/plan.contracts';
import { PlanRef } from './registration.contracts';
import { ScorecardStatus } from './scorecard.contracts';

/** Cụm thi đua groups units by territory, khối thi đua by sector (Law 06/2022 Art. 16). */
export const CLUSTER_KINDS = ['cluster', 'bloc'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

/** The covenant (giao ước thi đua) the member units sign at the start of the plan's year. */
export interface ClusterCovenant {
  signedOn: string;
  place: string | null;
  /** What the members commit to, as signed. */
  content: string;
}

/** A member's place in the cluster's ranking by final score; unscored members come last. */
export interface ClusterStanding {
  unit: PlanUnitRef;
  /** 1-based; ties share a position; null while the member has no final score. */
  position: number | null;
  scorecardStatus: ScorecardStatus | null;
  finalTotal: number | null;
  finalBand: string | null;
  /** The unit's own total while its scorecard is not final yet. */
  selfTotal: number | null;
}

export interface ClusterLeader {
  unit: PlanUnitRef;
  note: string | null;
  selectedAt: string;
  selectedByName: string | null;
}

export interface ClusterListItemDto {
  id: string;
  plan: PlanRef;
  name: string;
  kind: ClusterKind;
  memberCount: number;
  head: PlanUnitRef | null;
  leader: PlanUnitRef | null;
  covenantSignedOn: string | null;
  updatedAt: string;
}

export interface ClusterDto extends Omit<ClusterListItemDto, 'leader'> {
  description: string | null;
  covenant: ClusterCovenant | null;
  /** Members in ranking order. */
  standings: ClusterStanding[];
  leader: ClusterLeader | null;
  version: number;
  /** Whether the current user may change the cluster (members, covenant, leading unit). */
  editable: boolean;
}

/** POST /api/clusters */
export interface CreateClusterRequest {
  planId: string;
  name: string;
  kind: ClusterKind;
  description?: string | null;
  /** The unit chairing the cluster this year (cụm trưởng); must be a member. */
  headUnitId?: string | null;
  memberUnitIds: string[];
}

/** PUT /api/clusters/:id */
export interface UpdateClusterRequest extends Omit<CreateClusterRequest, 'planId'> {
  version: number;
}

/** PUT /api/clusters/:id/covenant */
export interface SaveCovenantRequest extends ClusterCovenant {
  version: number;
}

/**
 * POST /api/clusters/:id/leader — the leading unit (đơn vị dẫn đầu) the cluster put forward.
 * Choosing another unit than the best-ranked one needs a note saying why.
 */
export interface SelectLeaderRequest {
  version: number;
  unitId: string;
  note?: string | null;
}

/** GET /api/clusters */
export interface ClusterQuery extends PageQuery {
  planId: string;
  kind?: ClusterKind;
  q?: string;
}
