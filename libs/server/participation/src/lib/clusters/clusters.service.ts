import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  AuditService,
  InjectTenantRepository,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  pageOf,
  pageWindow,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PlanEntity, PlanReader } from '@thidua/server/campaigns';
import {
  cleanText,
  ClusterDto,
  ClusterListItemDto,
  foldVietnamese,
  Page,
  PLAN_STATUS_LABELS,
} from '@thidua/shared/contracts';
import { In, Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ClusterMemberEntity } from '../entities/cluster-member.entity';
import type { ScoreScale } from '../criteria/criteria-sets.service';
import { ClusterEntity } from '../entities/cluster.entity';
import { issuesPlan, planRef } from '../participants';
import { ClusterStandings } from './cluster-standings';
import {
  ClusterQueryDto,
  CreateClusterDto,
  SaveCovenantDto,
  SelectLeaderDto,
  UpdateClusterDto,
} from './cluster.dto';

const ref = (id: string | null, members: ClusterMemberEntity[]) => {
  const m = id ? members.find((x) => x.unitId === id) : undefined;
  return m ? { id: m.unitId, code: m.unitCode, name: m.unitName } : null;
};

/**
 * Clusters and blocs of a plan (cụm, khối thi đua): the plan's issuer side groups units the plan
 * reached, records their covenant and, once scores are final, the leading unit they put forward.
 */
@Injectable()
export class ClustersService {
  constructor(
    @InjectTenantRepository(ClusterEntity) private readonly clusters: TenantRepository<ClusterEntity>,
    @InjectTenantRepository(ClusterMemberEntity)
    private readonly members: TenantRepository<ClusterMemberEntity>,
    private readonly plans: PlanReader,
    private readonly standings: ClusterStandings,
    @Inject(ORG_UNIT_DIRECTORY) private readonly units: OrgUnitDirectory,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
    private readonly audit: AuditService,
  ) {}

  async list(query: ClusterQueryDto, principal: Principal): Promise<Page<ClusterListItemDto>> {
    const plan = await this.plans.visible(query.planId, principal);
    const window = pageWindow(query);
    const qb = this.clusters.query('c').andWhere('c.plan_id = :planId', { planId: plan.id });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('c.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    const [rows, total] = await qb
      .orderBy('c.kind', 'ASC')
      .addOrderBy('c.name', 'ASC')
      .skip(window.skip)
      .take(window.pageSize)
      .getManyAndCount();
    const members = await this.membersOf(rows.map((r) => r.id));
    return pageOf(
      rows.map((c) => this.listItem(c, plan, members.get(c.id) ?? [])),
      total,
      window,
    );
  }

  async get(id: string, principal: Principal): Promise<ClusterDto> {
    const { cluster, plan } = await this.visible(id, principal);
    return this.describe(cluster, plan, principal);
  }

  /** The plan's clusters with their rankings, for the dashboard (which has the plan's set in hand). */
  async rankingsOf(planId: string, scale: Promise<ScoreScale | null>) {
    const [rows, standings] = await Promise.all([
      this.clusters.prepared<Pick<ClusterEntity, 'id' | 'name' | 'kind' | 'leaderUnitId'>>(
        'clusters of a plan',
        'c',
        (qb) =>
          qb
            .select(['c.id AS id', 'c.name AS name', 'c.kind AS kind', 'c.leader_unit_id AS leaderUnitId'])
            .andWhere('c.plan_id = :planId')
            .orderBy('c.kind', 'ASC')
            .addOrderBy('c.name', 'ASC'),
        { planId },
      ),
      this.standings.of(planId, 'all', scale),
    ]);
    return rows.map((c) => {
      const ranking = standings.get(c.id) ?? [];
      return {
        id: c.id,
        name: c.name,
        kind: c.kind,
        leader: ranking.find((s) => s.unit.id === c.leaderUnitId)?.unit ?? null,
        standings: ranking,
      };
    });
  }

  @Transactional()
  async create(input: CreateClusterDto, principal: Principal): Promise<ClusterDto> {
    const plan = await this.plans.visible(input.planId, principal);
    this.assertManages(plan, principal);
    const now = new Date();
    const cluster = this.clusters.create({
      id: uuidv7(),
      planId: plan.id,
      covenant: null,
      leaderUnitId: null,
      leaderNote: null,
      leaderSelectedAt: null,
      leaderSelectedBy: null,
      version: 0,
      createdAt: now,
    });
    await this.write(cluster, plan, input);
    await this.audit.record({
      action: 'cluster.created',
      subject: 'Cluster',
      subjectId: cluster.id,
      after: { planId: plan.id, name: cluster.name, kind: cluster.kind, members: cluster.memberCount },
    });
    return this.describe(cluster, plan, principal);
  }

  @Transactional()
  async update(id: string, input: UpdateClusterDto, principal: Principal): Promise<ClusterDto> {
    const { cluster, plan } = await this.editable(id, input.version, principal);
    if (cluster.leaderUnitId && !input.memberUnitIds.includes(cluster.leaderUnitId)) {
      throw new ApiException(400, 'cluster_leader_not_member');
    }
    const before = { name: cluster.name, kind: cluster.kind, members: cluster.memberCount };
    await this.write(cluster, plan, input);
    await this.audit.record({
      action: 'cluster.updated',
      subject: 'Cluster',
      subjectId: cluster.id,
      before,
      after: { name: cluster.name, kind: cluster.kind, members: cluster.memberCount },
    });
    return this.describe(cluster, plan, principal);
  }

  @Transactional()
  async saveCovenant(id: string, input: SaveCovenantDto, principal: Principal): Promise<ClusterDto> {
    const { cluster, plan } = await this.editable(id, input.version, principal);
    cluster.covenant = {
      signedOn: input.signedOn,
      place: input.place ? cleanText(input.place) || null : null,
      content: input.content.normalize('NFC').trim(),
    };
    await this.touch(cluster);
    await this.audit.record({
      action: 'cluster.covenant_saved',
      subject: 'Cluster',
      subjectId: cluster.id,
      after: { signedOn: input.signedOn },
    });
    return this.describe(cluster, plan, principal);
  }

  /**
   * Records the leading unit the cluster put forward. Another unit than the best-ranked one needs
   * a note (e.g. the vote of the cluster's meeting), so the choice can be explained later.
   */
  @Transactional()
  async selectLeader(id: string, input: SelectLeaderDto, principal: Principal): Promise<ClusterDto> {
    const { cluster, plan } = await this.editable(id, input.version, principal);
    const ranking = (await this.standings.of(plan.id, [cluster.id])).get(cluster.id) ?? [];
    if (!ranking.some((s) => s.unit.id === input.unitId))
      throw new ApiException(400, 'cluster_leader_not_member');
    const note = input.note?.normalize('NFC').trim() || null;
    const best = ranking.filter((s) => s.position === 1);
    if (!note && best.length === 0) throw new ApiException(400, 'cluster_leader_unscored');
    if (!note && !best.some((s) => s.unit.id === input.unitId)) {
      throw new ApiException(400, 'cluster_leader_note_required', {
        best: best.map((s) => s.unit.name).join(', '),
      });
    }
    const before = cluster.leaderUnitId;
    cluster.leaderUnitId = input.unitId;
    cluster.leaderNote = note;
    cluster.leaderSelectedAt = new Date();
    cluster.leaderSelectedBy = principal.userId;
    await this.touch(cluster);
    await this.audit.record({
      action: 'cluster.leader_selected',
      subject: 'Cluster',
      subjectId: cluster.id,
      before: { leaderUnitId: before },
      after: { leaderUnitId: input.unitId, note },
    });
    return this.describe(cluster, plan, principal);
  }

  @Transactional()
  async remove(id: string, principal: Principal): Promise<void> {
    const { cluster, plan } = await this.visible(id, principal);
    this.assertManages(plan, principal);
    if (cluster.leaderUnitId) throw new ApiException(409, 'cluster_has_leader');
    await this.clusters.delete({ id: cluster.id });
    await this.audit.record({
      action: 'cluster.deleted',
      subject: 'Cluster',
      subjectId: cluster.id,
      before: { name: cluster.name, planId: plan.id },
    });
  }

  /** Writes name, kind, head and members after checking them. */
  private async write(
    cluster: ClusterEntity,
    plan: PlanEntity,
    input: CreateClusterDto | UpdateClusterDto,
  ): Promise<void> {
    const name = cleanText(input.name);
    const ids = [...new Set(input.memberUnitIds)];
    if (ids.length < 2) throw new ApiException(400, 'cluster_too_small');
    const headUnitId = input.headUnitId ?? null;
    if (headUnitId && !ids.includes(headUnitId)) throw new ApiException(400, 'cluster_head_not_member');
    const same = await this.clusters.findOneBy({ planId: plan.id, name, id: Not(cluster.id) });
    if (same) throw new ApiException(409, 'cluster_name_taken', { name });
    const found = await this.units.summaries(ids);
    for (const id of ids) {
      const unit = found.get(id);
      if (!unit) throw new ApiException(400, 'plan_unit_unknown');
      if (!(await this.plans.reaches(plan.id, unit.path))) {
        throw new ApiException(400, 'cluster_member_not_reached', { unit: unit.name });
      }
    }
    const taken = await this.members.findOne({
      where: { planId: plan.id, kind: input.kind, unitId: In(ids), clusterId: Not(cluster.id) },
    });
    if (taken) {
      const other = await this.clusters.getOneBy({ id: taken.clusterId });
      throw new ApiException(409, 'cluster_member_taken', { unit: taken.unitName, cluster: other.name });
    }
    Object.assign(cluster, {
      name,
      searchKey: foldVietnamese(name).slice(0, 200),
      kind: input.kind,
      description: input.description?.trim() || null,
      headUnitId,
      memberCount: ids.length,
    });
    await this.touch(cluster);
    await this.members.delete({ clusterId: cluster.id });
    await this.members.insertMany(
      ids.map((unitId) => {
        const unit = found.get(unitId) as NonNullable<ReturnType<typeof found.get>>;
        return this.members.create({
          clusterId: cluster.id,
          unitId,
          planId: plan.id,
          kind: input.kind,
          unitCode: unit.code,
          unitName: unit.name,
        });
      }),
    );
  }

  private async touch(cluster: ClusterEntity): Promise<void> {
    cluster.version += 1;
    cluster.updatedAt = new Date();
    await this.clusters.save(cluster);
  }

  private async visible(id: string, principal: Principal) {
    const cluster = await this.clusters.getOneBy({ id });
    return { cluster, plan: await this.plans.visible(cluster.planId, principal) };
  }

  private async editable(id: string, version: number, principal: Principal) {
    const found = await this.visible(id, principal);
    this.assertManages(found.plan, principal);
    if (found.cluster.version !== version) throw new ApiException(409, 'participation_version_conflict');
    return found;
  }

  private mayManage(plan: PlanEntity, principal: Principal): boolean {
    return principal.ability.can('update', 'Cluster') && issuesPlan(principal, plan);
  }

  private assertManages(plan: PlanEntity, principal: Principal): void {
    if (!this.mayManage(plan, principal)) throw new ApiException(403, 'forbidden');
    if (plan.status === 'closed') {
      throw new ApiException(409, 'participation_closed', { status: PLAN_STATUS_LABELS[plan.status] });
    }
  }

  private async membersOf(ids: string[]): Promise<Map<string, ClusterMemberEntity[]>> {
    const rows = ids.length
      ? await this.members.find({ where: { clusterId: In(ids) }, order: { unitCode: 'ASC' } })
      : [];
    return new Map(ids.map((id) => [id, rows.filter((r) => r.clusterId === id)]));
  }

  private listItem(c: ClusterEntity, plan: PlanEntity, members: ClusterMemberEntity[]): ClusterListItemDto {
    return {
      id: c.id,
      plan: planRef(plan),
      name: c.name,
      kind: c.kind,
      memberCount: Number(c.memberCount),
      head: ref(c.headUnitId, members),
      leader: ref(c.leaderUnitId, members),
      covenantSignedOn: c.covenant?.signedOn ?? null,
      updatedAt: new Date(c.updatedAt).toISOString(),
    };
  }

  private async describe(c: ClusterEntity, plan: PlanEntity, principal: Principal): Promise<ClusterDto> {
    const [members, standings, names] = await Promise.all([
      this.membersOf([c.id]).then((m) => m.get(c.id) ?? []),
      this.standings.of(plan.id, [c.id]).then((s) => s.get(c.id) ?? []),
      this.actors.namesOf(c.leaderSelectedBy ? [c.leaderSelectedBy] : []),
    ]);
    const leader = ref(c.leaderUnitId, members);
    const { leader: _listed, ...item } = this.listItem(c, plan, members);
    return {
      ...item,
      description: c.description,
      covenant: c.covenant,
      standings,
      leader:
        leader && c.leaderSelectedAt
          ? {
              unit: leader,
              note: c.leaderNote,
              selectedAt: new Date(c.leaderSelectedAt).toISOString(),
              selectedByName: c.leaderSelectedBy ? (names.get(c.leaderSelectedBy) ?? null) : null,
            }
          : null,
      version: c.version,
      editable: plan.status !== 'closed' && this.mayManage(plan, principal),
    };
  }
}
