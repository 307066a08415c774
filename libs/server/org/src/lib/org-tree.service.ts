import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  AUDIT_ACTOR_DIRECTORY,
  type AuditActorDirectory,
  InjectTenantRepository,
  NotFoundApiException,
  TenantRepository,
} from '@thidua/server/core';
import {
  foldVietnamese,
  OrgUnitDetailDto,
  OrgUnitDto,
  OrgUnitEventDto,
  Page,
} from '@thidua/shared/contracts';
import { RowScope } from '@thidua/shared/permissions';
import { In, SelectQueryBuilder } from 'typeorm';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { OrgHistoryRecorder } from './org-history.recorder';
import { OrgUnitQueryDto } from './dto/org-query.dto';

interface UnitRow {
  id: string;
  code: string;
  name: string;
  typeId: string;
  typeCode: string;
  typeName: string;
  parentId: string | null;
  path: string;
  depth: number;
  address: string | null;
  memberCount: number | null;
  status: OrgUnitDto['status'];
  validFrom: string;
  validTo: string | null;
  childCount: string | number;
}

const SORTS = { name: 'u.name', code: 'u.code', memberCount: 'u.memberCount' } as const;

function toDto(row: UnitRow): OrgUnitDto {
  return {
    ...row,
    depth: Number(row.depth),
    memberCount: row.memberCount === null ? null : Number(row.memberCount),
    childCount: Number(row.childCount),
  };
}

/** Reads of the tree: children, search, a unit with its ancestors, history; as of today or a past date. */
@Injectable()
export class OrgTreeService {
  constructor(
    @InjectTenantRepository(OrgUnitEntity) private readonly units: TenantRepository<OrgUnitEntity>,
    private readonly history: OrgHistoryRecorder,
    @Optional() @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors?: AuditActorDirectory,
  ) {}

  /** Limits a query to the units a scope allows (the same meaning as the CASL condition). */
  private scoped(qb: SelectQueryBuilder<OrgUnitEntity>, scope: RowScope): SelectQueryBuilder<OrgUnitEntity> {
    if (scope.kind === 'all') return qb;
    if (scope.kind === 'none' || scope.unitPaths.length === 0) return qb.andWhere('1 = 0');
    const clauses = scope.unitPaths.map((_, i) => `u.path LIKE :scope${i}`).join(' OR ');
    return qb.andWhere(
      `(${clauses})`,
      Object.fromEntries(scope.unitPaths.map((p, i) => [`scope${i}`, `${p}%`])),
    );
  }

  private select(asOf: string | undefined): SelectQueryBuilder<OrgUnitEntity> {
    return this.units.query('u', (qb) => {
      qb.innerJoin('org_unit_type', 't', 't.tenant_id = u.tenant_id AND t.id = u.type_id').select([
        'u.id AS id',
        'u.code AS code',
        'u.type_id AS typeId',
        't.code AS typeCode',
        't.name AS typeName',
        'u.path AS path',
        'u.depth AS depth',
        'u.address AS address',
        'u.member_count AS memberCount',
        'u.valid_from AS validFrom',
        'u.valid_to AS validTo',
      ]);
      if (!asOf) {
        return qb
          .addSelect(['u.name AS name', 'u.parent_id AS parentId', 'u.status AS status'])
          .addSelect(
            "(SELECT COUNT(*) FROM org_unit c WHERE c.tenant_id = u.tenant_id AND c.parent_id = u.id AND c.status = 'active')",
            'childCount',
          );
      }
      return qb
        .innerJoin(
          'org_unit_version',
          'v',
          'v.tenant_id = u.tenant_id AND v.unit_id = u.id AND v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf)',
          { asOf },
        )
        .addSelect(['v.name AS name', 'v.parent_id AS parentId', 'v.status AS status'])
        .addSelect(
          '(SELECT COUNT(*) FROM org_unit_version cv WHERE cv.tenant_id = u.tenant_id AND cv.parent_id = u.id AND cv.valid_from <= :asOf AND (cv.valid_to IS NULL OR cv.valid_to > :asOf))',
          'childCount',
        );
    });
  }

  async list(query: OrgUnitQueryDto, scope: RowScope): Promise<Page<OrgUnitDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const asOf = query.asOf;
    const parentColumn = asOf ? 'v.parent_id' : 'u.parent_id';
    const statusColumn = asOf ? 'v.status' : 'u.status';
    const qb = this.scoped(this.select(asOf), scope);
    if (query.q) {
      qb.andWhere('u.search_key LIKE :q', { q: `%${foldVietnamese(query.q)}%` });
    } else if (query.parentId) {
      qb.andWhere(`${parentColumn} = :parentId`, { parentId: query.parentId });
    } else if (scope.kind === 'limited') {
      // The top of the tree for someone scoped to subtrees is the units their roles are held on.
      qb.andWhere('u.path IN (:...scopeRoots)', {
        scopeRoots: scope.unitPaths.length ? scope.unitPaths : ['-'],
      });
    } else {
      qb.andWhere(`${parentColumn} IS NULL`);
    }
    const status = query.status ?? (query.q ? 'all' : 'active');
    if (status !== 'all') qb.andWhere(`${statusColumn} = :status`, { status });
    if (query.typeCode) qb.andWhere('t.code = :typeCode', { typeCode: query.typeCode });

    const sort = SORTS[query.sort ?? 'name'];
    const rows = await qb
      .orderBy(asOf && sort === 'u.name' ? 'v.name' : sort, query.sort === 'memberCount' ? 'DESC' : 'ASC')
      .addOrderBy('u.code', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<UnitRow>();
    // A first page that is not full already says how many there are: no COUNT query needed.
    const total = page === 1 && rows.length < pageSize ? rows.length : await this.count(qb);
    return { items: rows.map(toDto), total, page, pageSize };
  }

  private async count(qb: SelectQueryBuilder<OrgUnitEntity>): Promise<number> {
    const row = await qb
      .clone()
      .select('COUNT(*)', 'n')
      .orderBy()
      .offset(undefined)
      .limit(undefined)
      .getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  /** One unit with its ancestors; 404 when it is not in the tenant or outside the caller's scope. */
  async get(id: string, scope: RowScope): Promise<OrgUnitDetailDto> {
    const row = await this.scoped(this.select(undefined), scope)
      .andWhere('u.id = :id', { id })
      .getRawOne<UnitRow>();
    if (!row) throw new NotFoundApiException();
    const ancestorIds = row.path.split('/').filter((part) => part && part !== id);
    const ancestors = ancestorIds.length
      ? await this.units.find({
          where: { id: In(ancestorIds) },
          select: { id: true, code: true, name: true },
        })
      : [];
    const byId = new Map(ancestors.map((a) => [a.id, { id: a.id, code: a.code, name: a.name }]));
    return { ...toDto(row), ancestors: ancestorIds.flatMap((a) => byId.get(a) ?? []) };
  }

  async events(id: string, scope: RowScope): Promise<OrgUnitEventDto[]> {
    await this.get(id, scope);
    const events = await this.history.history(id);
    const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const names =
      this.actors && actorIds.length ? await this.actors.namesOf(actorIds) : new Map<string, string>();
    return events.map((e) => ({
      id: e.id,
      kind: e.kind,
      effectiveDate: e.effectiveDate,
      reason: e.reason,
      details: e.details,
      actorName: (e.actorId && names.get(e.actorId)) || null,
      recordedAt: e.recordedAt.toISOString(),
    }));
  }
}
