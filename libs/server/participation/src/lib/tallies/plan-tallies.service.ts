import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import type { RowScope } from '@thidua/shared/permissions';
import { PhaseReportEntity } from '../entities/phase-report.entity';
import { PlanTallyEntity } from '../entities/plan-tally.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { TallyBucket, TallyMetric } from './tally-buckets';

/** One change of a counted row: it left `from` and entered `to` (null for none). */
export interface TallyChange {
  planId: string;
  unitPath: string;
  metric: TallyMetric;
  phaseId?: string;
  from: TallyBucket | null;
  to: TallyBucket | null;
}

interface RawCount {
  metric: TallyMetric;
  phaseId: string;
  bucket: string;
  n: string;
  total: string;
}

export interface TallyCount {
  metric: TallyMetric;
  phaseId: string;
  bucket: string;
  n: number;
  total: number;
}

/** The scope paths that count a unit's rows: '' for the whole tenant, each unit above it, and its own. */
export function scopesOf(unitPath: string): string[] {
  const ids = unitPath.split('/').filter(Boolean);
  return ['', ...ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`)];
}

/**
 * The scope paths to read for a user: '' for everything, else the outermost of their units. A
 * role held tenant-wide (on no unit) reaches every path ('/'): that is the whole tenant's count.
 */
export function scopeRoots(scope: RowScope): string[] {
  if (scope.kind === 'all') return [''];
  if (scope.kind === 'none') return [];
  const paths = [...new Set(scope.unitPaths.map((p) => (p === '/' ? '' : p)))].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

const depthSql = "(LENGTH(r.unit_path) - LENGTH(REPLACE(r.unit_path, '/', '')) - 1)";

/**
 * The plan dashboard's running counts. Every unit (and the tenant as a whole) keeps a count per
 * bucket of the rows at or below it, changed in the transaction that changes a row, so the
 * dashboard reads a few dozen rows instead of counting a plan's thousands.
 */
@Injectable()
export class PlanTallies {
  constructor(
    @InjectTenantRepository(PlanTallyEntity) private readonly tallies: TenantRepository<PlanTallyEntity>,
    @InjectTenantRepository(RegistrationEntity)
    private readonly registrations: TenantRepository<RegistrationEntity>,
    @InjectTenantRepository(PhaseReportEntity) private readonly reports: TenantRepository<PhaseReportEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
  ) {}

  async apply(change: TallyChange): Promise<void> {
    const { from, to } = change;
    if (from?.key === to?.key && (from?.total ?? 0) === (to?.total ?? 0)) return;
    const deltas: Array<[TallyBucket, number]> = [];
    if (from) deltas.push([from, -1]);
    if (to) deltas.push([to, 1]);
    const rows = scopesOf(change.unitPath).flatMap((scopePath) =>
      deltas.map(([bucket, sign]) =>
        this.tallies.create({
          planId: change.planId,
          scopePath,
          metric: change.metric,
          phaseId: change.phaseId ?? '',
          bucket: bucket.key,
          n: sign,
          total: (sign * bucket.total).toFixed(2),
        }),
      ),
    );
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    await this.tallies.addToCounters(rows, ['n', 'total']);
  }

  /** Counts per metric, phase and bucket within the given scope roots (see scopeRoots). */
  async read(planId: string, roots: string[]): Promise<TallyCount[]> {
    if (roots.length === 0) return [];
    const rows = await this.tallies.prepared<RawCount>(
      'tallies of a plan',
      't',
      (qb) =>
        qb
          .select([
            't.metric AS metric',
            't.phase_id AS phaseId',
            't.bucket AS bucket',
            'SUM(t.n) AS n',
            'SUM(t.total) AS total',
          ])
          .andWhere('t.plan_id = :planId AND t.scope_path IN (:...roots)')
          .groupBy('t.metric')
          .addGroupBy('t.phase_id')
          .addGroupBy('t.bucket'),
      { planId, roots },
    );
    return rows.map((r) => ({ ...r, phaseId: r.phaseId.trim(), n: Number(r.n), total: Number(r.total) }));
  }

  /** How many of a metric's rows within the scope roots are in the buckets `keep` accepts. */
  async countOf(
    planId: string,
    roots: string[],
    metric: TallyMetric,
    keep: (bucket: string) => boolean,
  ): Promise<number> {
    const counts = await this.read(planId, roots);
    return counts.filter((c) => c.metric === metric && keep(c.bucket)).reduce((n, c) => n + c.n, 0);
  }

  /**
   * Counts a plan's rows again from scratch: after rows were loaded in bulk, or moved in the tree.
   * `maxTotal` is the plan's criteria set's maximum (for the score bins).
   */
  async rebuild(planId: string, maxTotal: number): Promise<void> {
    await this.tallies.delete({ planId });
    const sources = [
      {
        repo: this.registrations,
        metric: 'registration',
        phase: "''",
        bucket: "CONCAT(r.status, '|', IF(r.late, '1', '0'))",
        total: '0',
      },
      {
        repo: this.reports,
        metric: 'report',
        phase: 'r.phase_id',
        bucket: "CONCAT(r.status, '|', IFNULL(r.on_time, '-'))",
        total: '0',
      },
      {
        repo: this.scorecards,
        metric: 'score',
        phase: "''",
        bucket: `IF(r.status = 'final', CONCAT('final|', IFNULL(r.final_band, '-'), '|', LEAST(9, GREATEST(0, FLOOR(r.final_total * 10 / :maxTotal)))), r.status)`,
        total: "IF(r.status = 'final', r.final_total, 0)",
      },
    ] as const;
    // Level 0 is the whole tenant, level n the units n steps below the top (their own rows
    // included); the levels end where no row is that deep.
    for (let level = 0, counted = 1; counted > 0; level++) {
      const scope = level === 0 ? "''" : `CONCAT(SUBSTRING_INDEX(r.unit_path, '/', ${level + 1}), '/')`;
      counted = 0;
      for (const s of sources) {
        const select = (s.repo as TenantRepository<RegistrationEntity>)
          .query('r')
          .select([
            'r.tenant_id',
            'r.plan_id',
            `${scope} AS scopePath`,
            `'${s.metric}'`,
            `${s.phase} AS phaseId`,
            `${s.bucket} AS bucket`,
            'COUNT(*)',
            `SUM(${s.total})`,
          ])
          .andWhere('r.plan_id = :planId', { planId })
          .andWhere(`${depthSql} >= :level`, { level })
          .setParameter('maxTotal', maxTotal > 0 ? maxTotal : 1)
          .groupBy('r.tenant_id')
          .addGroupBy('r.plan_id')
          .addGroupBy('scopePath')
          .addGroupBy('phaseId')
          .addGroupBy('bucket');
        counted += await this.tallies.insertSelected(
          ['plan_id', 'scope_path', 'metric', 'phase_id', 'bucket', 'n', 'total'],
          select,
        );
      }
    }
  }
}

const key = (t: PlanTallyEntity) => `${t.scopePath}\u0000${t.metric}\u0000${t.phaseId}\u0000${t.bucket}`;
