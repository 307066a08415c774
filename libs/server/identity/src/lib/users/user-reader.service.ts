import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  AuditActorDirectory,
  InjectTenantRepository,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  pageOf,
  pageWindow,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { foldVietnamese, Page, UserDto } from '@thidua/shared/contracts';
import { Brackets, In } from 'typeorm';
import { normalizePhone } from '../auth/login';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import { UserQueryDto } from './users.dto';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Users of the current tenant as the admin shows them; lists are filtered and paginated in SQL. */
@Injectable()
export class UserReader implements AuditActorDirectory {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(RoleAssignmentEntity)
    private readonly assignments: TenantRepository<RoleAssignmentEntity>,
    private readonly context: TenantContext,
    @Optional() @Inject(ORG_UNIT_DIRECTORY) private readonly units?: OrgUnitDirectory,
  ) {}

  async list(query: UserQueryDto): Promise<Page<UserDto>> {
    const window = pageWindow(query);
    const [rows, total] = await this.users
      .query('u', (qb) => {
        const q = query.q?.trim();
        if (q) {
          // The phone column is ASCII: only digits may be compared with it.
          const digits = q.replace(/[\s.()+-]/g, '');
          const phone = /^\d{3,}$/.test(digits) ? (normalizePhone(q) ?? digits) : null;
          qb.andWhere(
            new Brackets((or) => {
              or.where('u.searchKey LIKE :q', { q: `%${escapeLike(foldVietnamese(q))}%` });
              if (phone) or.orWhere('u.phone LIKE :phone', { phone: `%${escapeLike(phone)}%` });
            }),
          );
        }
        if (query.status) qb.andWhere('u.status = :status', { status: query.status });
        if (query.roleKey) {
          qb.andWhere(
            'EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.tenant_id = u.tenant_id AND ra.user_id = u.id AND ra.role_key = :roleKey)',
            { roleKey: query.roleKey },
          );
        }
        return qb
          .orderBy('u.displayName', 'ASC')
          .addOrderBy('u.id', 'ASC')
          .skip(window.skip)
          .take(window.pageSize);
      })
      .getManyAndCount();
    return pageOf(await this.toDtos(rows), total, window);
  }

  /** One user of the current tenant; 404 for anyone else's. */
  async get(id: string): Promise<UserDto> {
    const [dto] = await this.toDtos([await this.users.getOneBy({ id })]);
    return dto;
  }

  /** Display names by id, platform operators included (they appear as impersonators). */
  namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return Promise.resolve(new Map());
    // The ids come from the tenant's own records; operators belong to no tenant, hence the system read.
    return this.context.runAsSystem('names of audited actors', async () => {
      const rows = await this.users.find({
        where: { id: In([...userIds]) },
        select: { id: true, displayName: true },
      });
      return new Map(rows.map((u) => [u.id, u.displayName]));
    });
  }

  private async toDtos(users: UserEntity[]): Promise<UserDto[]> {
    if (users.length === 0) return [];
    const held = await this.assignments.find({
      where: { userId: In(users.map((u) => u.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const unitIds = [...new Set(held.flatMap((a) => (a.orgUnitId ? [a.orgUnitId] : [])))];
    const unitNames =
      this.units && unitIds.length ? await this.units.names(unitIds) : new Map<string, string>();
    return users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      email: u.email,
      phone: u.phone,
      status: u.status,
      lastSignInAt: u.lastSignInAt ? u.lastSignInAt.toISOString() : null,
      roles: held
        .filter((a) => a.userId === u.id)
        .map((a) => ({
          id: a.id,
          roleKey: a.roleKey,
          orgUnitId: a.orgUnitId,
          orgUnitName: a.orgUnitId ? (unitNames.get(a.orgUnitId) ?? null) : null,
        })),
    }));
  }
}
