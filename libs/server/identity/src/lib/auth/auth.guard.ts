import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import {
  ApiException,
  IS_PUBLIC,
  REQUIRED_PERMISSION,
  RequestWithPrincipal,
  RequiredPermission,
  SIGNED_IN_ONLY,
  TenantContext,
} from '@thidua/server/core';
import type { Request } from 'express';
import { AccessTokenClaims, PrincipalLoader } from './principal-loader';

/**
 * The global guard: a route is denied unless it is @Public(), or the caller is signed in and the
 * route is @SignedIn() or their ability allows its @Can(). The tenant context of the request is
 * set here, from the verified token only.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly principals: PrincipalLoader,
    private readonly context: TenantContext,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<RequiredPermission | undefined>(
      REQUIRED_PERMISSION,
      targets,
    );
    const signedInOnly = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_ONLY, targets);
    if (!required && !signedInOnly) {
      this.logger.error(
        `Route ${ctx.getClass().name}.${ctx.getHandler().name} declares no permission: denied`,
      );
      throw new ApiException(403, 'forbidden');
    }

    const request = ctx.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new ApiException(401, 'unauthorized');
    const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token).catch(() => {
      throw new ApiException(401, 'session_expired');
    });
    const principal = await this.principals.load(claims);
    request.principal = principal;
    this.context.enterFromPrincipal(principal);

    if (required && !principal.ability.can(required.action, required.subject)) {
      throw new ApiException(403, 'forbidden');
    }
    return true;
  }
}
