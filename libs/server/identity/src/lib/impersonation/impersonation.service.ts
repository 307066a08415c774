import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  Principal,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { SignInResponse } from '@thidua/shared/contracts';
import { packAbilityRules } from '@thidua/shared/permissions';
import { AccessTokenClaims, PrincipalLoader } from '../auth/principal-loader';
import { UserEntity } from '../entities/user.entity';

/** An impersonation lasts one access token: no refresh, so it ends by itself. */
export const IMPERSONATION_TTL_SECONDS = 15 * 60;

/**
 * A platform operator enters a tenant as its administrator, for support. The tenant travels in
 * the signed token (never in a header the client sets) with the operator's id in `imp`, so every
 * audited change made with it names the operator; the start itself is audited in the tenant.
 */
@Injectable()
export class ImpersonationService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly principals: PrincipalLoader,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly context: TenantContext,
  ) {}

  async start(caller: Principal, tenantId: string): Promise<SignInResponse> {
    if (!caller.isPlatformOperator || caller.impersonatorId) throw new ApiException(403, 'forbidden');
    const tenantName = await this.principals.assertTenantActive(tenantId);
    const operator = await this.context.runAsSystem('impersonation', () =>
      this.users.getOneBy({ id: caller.userId }),
    );
    const principal = this.principals.impersonationPrincipal(operator, tenantId);
    const expiresAt = new Date(Date.now() + IMPERSONATION_TTL_SECONDS * 1000);
    await this.audit.record({
      tenantId,
      action: 'tenant.impersonation_started',
      subject: 'Tenant',
      subjectId: tenantId,
      impersonatorId: operator.id,
      after: {
        operatorId: operator.id,
        operatorName: operator.displayName,
        role: 'tenant_admin',
        expiresAt: expiresAt.toISOString(),
      },
    });
    const claims: AccessTokenClaims = {
      sub: operator.id,
      tid: tenantId,
      sv: operator.sessionVersion,
      imp: operator.id,
    };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: IMPERSONATION_TTL_SECONDS }),
      expiresIn: IMPERSONATION_TTL_SECONDS,
      user: this.principals.sessionUser(operator, principal, tenantName),
      rules: packAbilityRules(principal.rules),
    };
  }
}
