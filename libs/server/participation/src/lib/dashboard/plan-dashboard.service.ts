import { Injectable } from '@nestjs/common';
import type { Principal } from '@thidua/server/core';
import { PlanReader } from '@thidua/server/campaigns';
import { PlanDashboardDto, RegistrationStatus, ScorecardStatus } from '@thidua/shared/contracts';
import { ClustersService } from '../clusters/clusters.service';
import { PlanScoring } from '../criteria/plan-scoring.service';
import { planRef, scopeOf } from '../participants';
import { PlanTallies, scopeRoots, TallyCount } from '../tallies/plan-tallies.service';
import { parseFinalBucket, TallyMetric } from '../tallies/tally-buckets';

const SENT: readonly string[] = ['submitted', 'accepted', 'returned'];
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A plan's progress within what the reader may see: registrations by status (and late ones), per
 * phase the reports sent, accepted and on time, the scores' distribution and each cluster's
 * ranking. Counts come from the running tallies of the units the reader's roles are held on.
 */
@Injectable()
export class PlanDashboardService {
  constructor(
    private readonly plans: PlanReader,
    private readonly tallies: PlanTallies,
    private readonly scoring: PlanScoring,
    private readonly clusters: ClustersService,
  ) {}

  async of(planId: string, principal: Principal): Promise<PlanDashboardDto> {
    // Everything is asked at once: the reads depend on the plan's id only, and a plan the reader
    // may not see still ends in 404 before anything is returned.
    const scaleOf = this.scoring.scaleOf(planId);
    const [plan, phases, set, all, clusters] = await Promise.all([
      this.plans.visibleSummary(planId, principal),
      this.plans.phasesOf(planId),
      scaleOf,
      this.counts(planId, principal),
      principal.ability.can('read', 'Cluster')
        ? this.clusters.rankingsOf(planId, scaleOf)
        : Promise.resolve([]),
    ]);
    const maxTotal = set?.maxTotal ?? 0;
    // Each bucket key read once: "status|flag" for registrations and reports, "final|band|tenth" for scores.
    const buckets = all.map((c) => {
      const [status, flag] = c.bucket.split('|');
      return { ...c, status, flag };
    });
    const sum = (metric: TallyMetric, keep: (c: (typeof buckets)[number]) => boolean) =>
      buckets.reduce((n, c) => (c.metric === metric && keep(c) ? n + c.n : n), 0);
    const recipients = Number(plan.recipientCount);
    const registered = (s: RegistrationStatus) => sum('registration', (c) => c.status === s);

    const finals = all.filter((c) => c.metric === 'score' && c.bucket.startsWith('final|'));
    const finalCount = finals.reduce((n, c) => n + c.n, 0);
    const finalSum = finals.reduce((n, c) => n + c.total, 0);
    const parsed = finals.map((c) => ({
      ...c,
      ...(parseFinalBucket(c.bucket) as { band: number | null; decile: number }),
    }));
    const scored = (s: ScorecardStatus) => sum('score', (c) => c.status === s);

    return {
      plan: planRef(plan),
      recipients,
      acknowledged: Number(plan.acknowledgedCount),
      registrations: {
        draft: registered('draft'),
        submitted: registered('submitted'),
        accepted: registered('accepted'),
        returned: registered('returned'),
        late: sum('registration', (c) => c.flag === '1'),
        rate: ratio(
          sum('registration', (c) => SENT.includes(c.status)),
          recipients,
        ),
      },
      phases: phases.map((phase) => {
        const inPhase = (keep: (c: { status: string; flag: string }) => boolean) =>
          sum('report', (c) => c.phaseId === phase.id && SENT.includes(c.status) && keep(c));
        const onTime = inPhase((c) => c.flag === '1');
        return {
          phaseId: phase.id,
          name: phase.name,
          dueDate: phase.reportDue,
          sent: inPhase(() => true),
          accepted: inPhase((c) => c.status === 'accepted'),
          onTime,
          late: inPhase((c) => c.flag === '0'),
          onTimeRate: ratio(onTime, recipients),
        };
      }),
      scores: {
        criteriaSet: set ? { id: set.id, name: set.name, maxTotal, bonusMax: set.bonusMax } : null,
        draft: scored('draft'),
        submitted: scored('submitted'),
        returned: scored('returned'),
        final: finalCount,
        averageFinal: finalCount > 0 ? round2(finalSum / finalCount) : null,
        bands: (set?.bandNames ?? []).map((name, index) => ({
          index,
          name,
          count: parsed.filter((p) => p.band === index).reduce((n, p) => n + p.n, 0),
        })),
        unbanded: parsed.filter((p) => p.band === null).reduce((n, p) => n + p.n, 0),
        histogram: Array.from({ length: 10 }, (_, decile) => ({
          from: round2((maxTotal * decile) / 10),
          to: round2((maxTotal * (decile + 1)) / 10),
          count: parsed.filter((p) => p.decile === decile).reduce((n, p) => n + p.n, 0),
        })),
      },
      clusters,
    };
  }

  /** The tallies below the units the reader's roles are held on (the same units for every metric, in practice). */
  private async counts(planId: string, principal: Principal): Promise<TallyCount[]> {
    const roots = {
      registration: scopeRoots(scopeOf(principal, 'Registration')),
      report: scopeRoots(scopeOf(principal, 'PhaseReport')),
      score: scopeRoots(scopeOf(principal, 'Scorecard')),
    };
    const keys = Object.values(roots).map((r) => JSON.stringify(r));
    const distinct = [...new Set(keys)];
    const read = await Promise.all(distinct.map((key) => this.tallies.read(planId, JSON.parse(key))));
    return (Object.keys(roots) as TallyMetric[]).flatMap((metric) =>
      read[distinct.indexOf(JSON.stringify(roots[metric]))].filter((c) => c.metric === metric),
    );
  }
}
