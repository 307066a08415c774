import { ClusterKind, ClusterStanding } from './cluster.contracts';
import { PlanRef } from './registration.contracts';
import { PlanUnitRef } from '../campaigns/plan.contracts';

/** Final scores of a plan in tenths of the set's maximum: `from` ≤ total < `to` (the last bin closes at the top). */
export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

/** GET /api/plans/:planId/dashboard — counts within what the user may read. */
export interface PlanDashboardDto {
  plan: PlanRef;
  /** Units the plan was sent to. */
  recipients: number;
  /** Recipients that confirmed receipt. */
  acknowledged: number;
  registrations: {
    draft: number;
    submitted: number;
    accepted: number;
    returned: number;
    late: number;
    /** Sent (submitted, accepted or returned) ÷ recipients, 0–1. */
    rate: number;
  };
  phases: Array<{
    phaseId: string;
    name: string;
    dueDate: string;
    /** Reports sent for the phase (submitted, accepted or returned). */
    sent: number;
    accepted: number;
    onTime: number;
    late: number;
    /** On-time reports ÷ recipients, 0–1. */
    onTimeRate: number;
  }>;
  scores: {
    /** The set the plan scores with; null when none is attached (then every count is 0). */
    criteriaSet: { id: string; name: string; maxTotal: number; bonusMax: number } | null;
    draft: number;
    submitted: number;
    returned: number;
    final: number;
    /** Mean of the final totals; null before the first final scorecard. */
    averageFinal: number | null;
    /** Final scorecards per band, highest band first; `index` is the band's place in the set. */
    bands: Array<{ index: number; name: string; count: number }>;
    /** Final scorecards reaching no band. */
    unbanded: number;
    histogram: ScoreBin[];
  };
  /** The plan's clusters and blocs with their members in ranking order. */
  clusters: Array<{
    id: string;
    name: string;
    kind: ClusterKind;
    leader: PlanUnitRef | null;
    standings: ClusterStanding[];
  }>;
}
