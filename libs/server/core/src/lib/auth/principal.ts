import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppAbility, AppRawRule, ConditionFacts, RuleTemplate } from '@thidua/shared/permissions';

/** Who is calling, as the authentication guard established it from the access token. */
export interface Principal {
  userId: string;
  tenantId: string | null;
  isPlatformOperator: boolean;
  roles: string[];
  rules: AppRawRule[];
  ability: AppAbility;
  /** The role templates and facts the rules came from: list queries turn them into SQL (rowScope). */
  grants: { templates: RuleTemplate[]; facts: ConditionFacts };
  /** Set when a platform operator acts inside a tenant (audited). */
  impersonatorId?: string;
}

export interface RequestWithPrincipal {
  principal?: Principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated principal');
  return principal;
});
