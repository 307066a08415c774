import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  ApiException,
  InjectTenantRepository,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  Principal,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { SessionUser } from '@thidua/shared/contracts';
import {
  buildAbility,
  DEFAULT_ROLES,
  effectiveRoleRules,
  RoleKey,
  roleDefinition,
  RuleTemplate,
  rulesFor,
} from '@thidua/shared/permissions';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { RoleEntity } from '../entities/role.entity';
import { UserEntity } from '../entities/user.entity';

export interface AccessTokenClaims {
  sub: string;
  tid: string | null;
  /** The user's session version when the token was issued; a raised version ends the session. */
  sv: number;
  /** Set (to `sub`) when a platform operator impersonates tenant `tid`. */
  imp?: string;
}

interface HeldRole {
  roleKey: string;
  orgUnitId: string | null;
  /** The tenant's narrowed copy of the role; null while the default applies. */
  rules: RuleTemplate[] | string | null;
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
    @Optional() @Inject(ORG_UNIT_DIRECTORY) private readonly directory?: OrgUnitDirectory,
  ) {}

  /** Re-checks the account and tenant on every request, so suspension and sign-out take effect at once. */
  load(claims: AccessTokenClaims): Promise<Principal> {
    return this.context.runAsSystem('authenticate', async () => {
      if (claims.imp) return this.loadImpersonation(claims);
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

  /** Paths of the units the user's roles are held on, read inside the user's own tenant. */
  private unitPaths(tenantId: string | null, unitIds: string[]): Promise<Map<string, string>> {
    const directory = this.directory;
    if (!directory || !tenantId || unitIds.length === 0) return Promise.resolve(new Map());
    return this.context.runInTenant(tenantId, () => directory.paths(unitIds));
  }

  async principalOf(user: UserEntity): Promise<Principal> {
    const held = user.tenantId ? await this.heldRoles(user.tenantId, user.id) : [];
    const roles: RoleKey[] = user.isPlatformOperator ? ['platform_operator'] : [];
    roles.push(...(held.map((a) => a.roleKey) as RoleKey[]));
    // A role held on no unit covers the whole tenant ('/'); one held on a unit covers its subtree.
    const paths = await this.unitPaths(
      user.tenantId,
      held.flatMap((a) => (a.orgUnitId ? [a.orgUnitId] : [])),
    );
    const unitPaths = held.flatMap((a) => (a.orgUnitId ? (paths.get(a.orgUnitId) ?? []) : ['/']));
    const narrowed = new Map(
      held.map((a) => [
        a.roleKey,
        typeof a.rules === 'string' ? (JSON.parse(a.rules) as RuleTemplate[]) : a.rules,
      ]),
    );
    const templates = DEFAULT_ROLES.filter((r) => roles.includes(r.key)).flatMap((r) =>
      effectiveRoleRules(r, narrowed.get(r.key) ?? null),
    );
    const rules = rulesFor(templates, { userId: user.id, unitPaths });
    return {
      userId: user.id,
      tenantId: user.tenantId,
      isPlatformOperator: user.isPlatformOperator,
      roles: [...new Set(roles)],
      rules,
      ability: buildAbility(rules),
      grants: { templates, facts: { userId: user.id, unitPaths } },
    };
  }

  /** The signed-in user as the admin shows them. */
  describe(principal: Principal): Promise<SessionUser> {
    return this.context.runAsSystem('describe-session', async () => {
      const user = await this.users.getOneBy({ id: principal.userId });
      return this.sessionUser(user, principal, await this.assertTenantActive(principal.tenantId));
    });
  }

  sessionUser(user: UserEntity, principal: Principal, tenantName: string | null): SessionUser {
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      phone: user.phone,
      tenantId: principal.tenantId,
      tenantName,
      roles: principal.roles,
    };
  }

  /** The roles a user holds, with the tenant's narrowed copies, in one query. */
  private heldRoles(tenantId: string, userId: string): Promise<HeldRole[]> {
    return this.assignments
      .query('ra', (qb) =>
        qb
          .leftJoin(RoleEntity, 'r', 'r.tenantId = ra.tenantId AND r.roleKey = ra.roleKey')
          .select('ra.roleKey', 'roleKey')
          .addSelect('ra.orgUnitId', 'orgUnitId')
          .addSelect('r.rules', 'rules')
          .where('ra.tenantId = :tenantId AND ra.userId = :userId', { tenantId, userId }),
      )
      .getRawMany<HeldRole>();
  }

  private async loadImpersonation(claims: AccessTokenClaims): Promise<Principal> {
    const operator = await this.users.findOneBy({ id: claims.sub });
    if (
      !operator?.isPlatformOperator ||
      operator.status !== 'active' ||
      operator.sessionVersion !== claims.sv ||
      claims.imp !== operator.id ||
      !claims.tid
    ) {
      throw new ApiException(401, 'session_expired');
    }
    await this.assertTenantActive(claims.tid);
    return this.impersonationPrincipal(operator, claims.tid);
  }

  /**
   * A platform operator inside a tenant: the platform's default tenant administrator, whatever the
   * tenant narrowed (support must be able to repair a tenant), and nothing of the platform role.
   */
  impersonationPrincipal(operator: UserEntity, tenantId: string): Principal {
    const templates = [...roleDefinition('tenant_admin').rules];
    const facts = { userId: operator.id, unitPaths: ['/'] };
    const rules = rulesFor(templates, facts);
    return {
      userId: operator.id,
      tenantId,
      isPlatformOperator: false,
      roles: ['tenant_admin'],
      rules,
      ability: buildAbility(rules),
      grants: { templates, facts },
      impersonatorId: operator.id,
    };
  }
}
