import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  NotFoundApiException,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  type Principal,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { cleanText, UserDto } from '@thidua/shared/contracts';
import { DEFAULT_ROLES, RoleDefinition } from '@thidua/shared/permissions';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { normalizeEmail, normalizePhone } from '../auth/login';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import { AccountMailer } from '../mail/account-mailer.service';
import { UserTokensService } from '../tokens/user-tokens.service';
import { UserReader } from './user-reader.service';
import { AssignRoleDto, InviteUserDto } from './users.dto';

const snapshot = (u: UserEntity) => ({
  displayName: u.displayName,
  email: u.email,
  phone: u.phone,
  status: u.status,
});
const grant = (a: RoleAssignmentEntity) => ({
  assignmentId: a.id,
  roleKey: a.roleKey,
  orgUnitId: a.orgUnitId,
});

/**
 * A tenant administrator's changes to the users of their tenant. The tenant-scoped repositories
 * make another tenant's user a 404; each change is one transaction with its audit entry.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(RoleAssignmentEntity)
    private readonly assignments: TenantRepository<RoleAssignmentEntity>,
    @InjectTenantRepository(RefreshTokenEntity)
    private readonly refreshTokens: TenantRepository<RefreshTokenEntity>,
    private readonly reader: UserReader,
    private readonly tokens: UserTokensService,
    private readonly mailer: AccountMailer,
    private readonly tenants: TenantsService,
    private readonly audit: AuditService,
    private readonly context: TenantContext,
    @Optional() @Inject(ORG_UNIT_DIRECTORY) private readonly units?: OrgUnitDirectory,
  ) {}

  @Transactional()
  async invite(input: InviteUserDto, principal: Principal): Promise<UserDto> {
    const role = this.assignable(input.roleKey);
    await this.assertUnit(input.orgUnitId);
    const email = normalizeEmail(input.email);
    const phone = input.phone ? this.phoneOf(input.phone) : null;
    await this.assertLoginsFree(email, phone);
    const user = await this.users.save(
      this.users.create({
        id: uuidv7(),
        displayName: cleanText(input.displayName),
        email,
        phone,
        passwordHash: null,
        isPlatformOperator: false,
        status: 'invited',
      }),
    );
    const assignment = await this.assignments.save(
      this.assignments.create({
        id: uuidv7(),
        userId: user.id,
        roleKey: role.key,
        orgUnitId: input.orgUnitId,
      }),
    );
    const { row, token } = await this.tokens.issue(user, 'invitation');
    await this.audit.record({
      action: 'user.invited',
      subject: 'User',
      subjectId: user.id,
      after: { ...snapshot(user), roles: [grant(assignment)] },
    });
    const tenant = await this.tenants.get(this.context.tenantId);
    const inviter = (await this.reader.namesOf([principal.userId])).get(principal.userId);
    await this.mailer.enqueue({
      kind: 'invitation',
      tokenId: row.id,
      tenantId: tenant.id,
      to: email,
      displayName: user.displayName,
      token,
      expiresAt: row.expiresAt.toISOString(),
      timeZone: tenant.timeZone,
      tenantName: tenant.name,
      roleName: role.name.vi,
      inviterName: inviter,
    });
    return this.reader.get(user.id);
  }

  @Transactional()
  async assignRole(userId: string, input: AssignRoleDto): Promise<UserDto> {
    await this.users.getOneBy({ id: userId });
    const role = this.assignable(input.roleKey);
    await this.assertUnit(input.orgUnitId);
    if (
      await this.assignments.exists({ userId, roleKey: role.key, orgUnitId: input.orgUnitId ?? IsNull() })
    ) {
      throw new ApiException(409, 'role_already_assigned', { role: role.name.vi });
    }
    const assignment = await this.assignments.save(
      this.assignments.create({ id: uuidv7(), userId, roleKey: role.key, orgUnitId: input.orgUnitId }),
    );
    await this.audit.record({
      action: 'user.role_assigned',
      subject: 'User',
      subjectId: userId,
      after: grant(assignment),
    });
    return this.reader.get(userId);
  }

  @Transactional()
  async removeRole(userId: string, assignmentId: string): Promise<UserDto> {
    const user = await this.users.getOneBy({ id: userId });
    const assignment = await this.assignments.getOneBy({ id: assignmentId, userId });
    if (assignment.roleKey === 'tenant_admin' && user.status === 'active') {
      await this.assertAnotherAdmin({ assignmentId });
    }
    await this.assignments.delete({ id: assignmentId, userId });
    await this.audit.record({
      action: 'user.role_removed',
      subject: 'User',
      subjectId: userId,
      before: grant(assignment),
    });
    return this.reader.get(userId);
  }

  /** Disables the account and ends its sessions at once, access tokens included. */
  @Transactional()
  async disable(userId: string, principal: Principal): Promise<UserDto> {
    if (userId === principal.userId) throw new ApiException(409, 'cannot_disable_self');
    const user = await this.users.getOneBy({ id: userId });
    if (user.status === 'disabled') return this.reader.get(userId);
    if (user.status === 'active' && (await this.assignments.exists({ userId, roleKey: 'tenant_admin' }))) {
      await this.assertAnotherAdmin({ userId });
    }
    await this.users.update({ id: userId }, { status: 'disabled', sessionVersion: user.sessionVersion + 1 });
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({
      action: 'user.disabled',
      subject: 'User',
      subjectId: userId,
      before: { status: user.status },
      after: { status: 'disabled' },
    });
    return this.reader.get(userId);
  }

  /** Enables the account again: active if it has a password, otherwise back to invited. */
  @Transactional()
  async enable(userId: string): Promise<UserDto> {
    const user = await this.users
      .query('u', (qb) => qb.addSelect('u.passwordHash').where('u.id = :userId', { userId }))
      .getOne();
    if (!user) throw new NotFoundApiException();
    if (user.status !== 'disabled') return this.reader.get(userId);
    const status = user.passwordHash ? 'active' : 'invited';
    await this.users.update({ id: userId }, { status });
    await this.audit.record({
      action: 'user.enabled',
      subject: 'User',
      subjectId: userId,
      before: { status: 'disabled' },
      after: { status },
    });
    return this.reader.get(userId);
  }

  /** Only tenant roles may be given inside a tenant; the platform operator role never. */
  private assignable(roleKey: string): RoleDefinition {
    const role = DEFAULT_ROLES.find((r) => r.key === roleKey);
    if (!role || role.scope !== 'tenant')
      throw new ApiException(400, 'role_not_assignable', { role: roleKey });
    return role;
  }

  /** null is the whole tenant; any other unit must exist in this tenant's tree. */
  private async assertUnit(orgUnitId: string | null): Promise<void> {
    if (orgUnitId === null) return;
    const known = this.units ? (await this.units.paths([orgUnitId])).has(orgUnitId) : false;
    if (!known) throw new ApiException(400, 'org_unit_unknown', { id: orgUnitId });
  }

  private phoneOf(input: string): string {
    const phone = normalizePhone(input);
    if (!phone) throw new ApiException(400, 'phone_invalid', { phone: input });
    return phone;
  }

  /** E-mail and phone are sign-in names, unique across the platform, not only this tenant. */
  private assertLoginsFree(email: string, phone: string | null): Promise<void> {
    return this.context.runAsSystem('sign-in name uniqueness', async () => {
      if (await this.users.exists({ email })) throw new ApiException(409, 'email_taken', { email });
      if (phone && (await this.users.exists({ phone })))
        throw new ApiException(409, 'phone_taken', { phone });
    });
  }

  /** Refuses a change that would leave the tenant without an active administrator. */
  private async assertAnotherAdmin(removing: { assignmentId?: string; userId?: string }): Promise<void> {
    const others = await this.assignments
      .query('ra', (qb) => {
        qb.innerJoin(UserEntity, 'u', 'u.tenantId = ra.tenantId AND u.id = ra.userId')
          .where('ra.roleKey = :admin', { admin: 'tenant_admin' })
          .andWhere('u.status = :active', { active: 'active' })
          // Locks the admins' rows: two admins removing each other cannot both succeed.
          .setLock('pessimistic_write');
        if (removing.assignmentId)
          qb.andWhere('ra.id <> :assignmentId', { assignmentId: removing.assignmentId });
        if (removing.userId) qb.andWhere('ra.userId <> :userId', { userId: removing.userId });
        return qb;
      })
      .getCount();
    if (others === 0) throw new ApiException(409, 'last_tenant_admin');
  }
}
