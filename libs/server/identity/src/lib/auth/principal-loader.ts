import { Injectable } from '@nestjs/common';
import {
  ApiException,
  InjectTenantRepository,
  Principal,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { SessionUser } from '@thidua/shared/contracts';
import { buildAbility, DEFAULT_ROLES, RoleKey, rulesFor } from '@thidua/shared/permissions';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';

export interface AccessTokenClaims {
  sub: string;
  tid: string | null;
  /** The user's session version when the token was issued; a raised version ends the session. */
  sv: number;
}

/** Builds who the caller is, and what they may do, from the user's current rows. */
@Injectable()
export class PrincipalLoader {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(RoleAssignmentEntity)
    private readonly assignments: TenantRepository<RoleAssignmentEntity>,
    private readonly tenants: TenantsService,
    private readonly context: TenantContext,
  ) {}

  /** Re-checks the account and tenant on every request, so suspension and sign-out take effect at once. */
  load(claims: AccessTokenClaims): Promise<Principal> {
    return this.context.runAsSystem('authenticate', async () => {
      const user = await this.users.findOneBy({ id: claims.sub });
      if (
        !user ||
        user.status !== 'active' ||
        user.sessionVersion !== claims.sv ||
        user.tenantId !== claims.tid
      ) {
        throw new ApiException(401, 'session_expired');
      }
      await this.assertTenantActive(user.tenantId);
      return this.principalOf(user);
    });
  }

  async assertTenantActive(tenantId: string | null): Promise<string | null> {
    if (!tenantId) return null;
    const tenant = await this.tenants.get(tenantId);
    if (tenant.status !== 'active') throw new ApiException(403, 'tenant_suspended', { tenant: tenant.name });
    return tenant.name;
  }

  async principalOf(user: UserEntity): Promise<Principal> {
    const held = user.tenantId
      ? await this.assignments.findBy({ tenantId: user.tenantId, userId: user.id })
      : [];
    const roles: RoleKey[] = user.isPlatformOperator ? ['platform_operator'] : [];
    roles.push(...(held.map((a) => a.roleKey) as RoleKey[]));
    const unitPaths = held.map((a) => (a.orgUnitId ? `/${a.orgUnitId}/` : '/'));
    const templates = DEFAULT_ROLES.filter((r) => roles.includes(r.key)).flatMap((r) => r.rules);
    const rules = rulesFor(templates, { userId: user.id, unitPaths });
    return {
      userId: user.id,
      tenantId: user.tenantId,
      isPlatformOperator: user.isPlatformOperator,
      roles: [...new Set(roles)],
      rules,
      ability: buildAbility(rules),
    };
  }

  /** The signed-in user as the admin shows them. */
  describe(principal: Principal): Promise<SessionUser> {
    return this.context.runAsSystem('describe-session', async () => {
      const user = await this.users.getOneBy({ id: principal.userId });
      return this.sessionUser(user, principal, await this.assertTenantActive(user.tenantId));
    });
  }

  sessionUser(user: UserEntity, principal: Principal, tenantName: string | null): SessionUser {
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      phone: user.phone,
      tenantId: user.tenantId,
      tenantName,
      roles: principal.roles,
    };
  }
}
