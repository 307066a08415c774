import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  NotFoundApiException,
  TenantRepository,
} from '@thidua/server/core';
import type { Locale, RoleDto } from '@thidua/shared/contracts';
import {
  buildAbility,
  checkNarrowedRules,
  DEFAULT_ROLES,
  effectiveRoleRules,
  NarrowingProblem,
  RoleDefinition,
  type RuleInput,
  RuleTemplate,
  rulesFor,
} from '@thidua/shared/permissions';
import { RoleEntity } from '../entities/role.entity';

function toDto(role: RoleDefinition, narrowed: RuleTemplate[] | null, locale: Locale): RoleDto {
  return {
    key: role.key,
    name: role.name[locale],
    description: role.description[locale],
    scope: role.scope,
    rules: narrowed ?? [...role.rules],
    customized: narrowed !== null,
  };
}

function refusal(problem: NarrowingProblem, role: RoleDefinition, locale: Locale): ApiException {
  const n = problem.index + 1;
  switch (problem.kind) {
    case 'not_tenant_role':
      return new ApiException(400, 'role_not_assignable', { role: role.key });
    case 'malformed':
      return new ApiException(400, 'role_rule_malformed', { n });
    case 'platform':
      return new ApiException(400, 'role_rule_platform', { n, value: problem.value });
    case 'condition_unsupported':
      return new ApiException(400, 'role_rule_condition', {
        n,
        condition: problem.condition,
        subject: problem.subject,
      });
    case 'widens':
      return new ApiException(400, 'role_rule_widens', {
        n,
        action: problem.action,
        subject: problem.subject,
        role: role.name[locale],
      });
  }
}

/** Whether these rules still let their holder read and change roles, so the change can be undone. */
function keepsRoleControl(rules: RuleTemplate[]): boolean {
  const ability = buildAbility(rulesFor(rules, { userId: 'check', unitPaths: ['/'] }));
  return ability.can('read', 'Role') && ability.can('update', 'Role');
}

/**
 * Roles as data: the platform's defaults, which a tenant administrator may narrow (never widen)
 * for their tenant. The narrowed copy replaces the default's rules for that tenant only.
 */
@Injectable()
export class RolesService {
  constructor(
    @InjectTenantRepository(RoleEntity) private readonly roles: TenantRepository<RoleEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(locale: Locale): Promise<RoleDto[]> {
    const narrowed = new Map((await this.roles.find()).map((r) => [r.roleKey, r.rules]));
    return DEFAULT_ROLES.filter((r) => r.scope === 'tenant').map((r) =>
      toDto(r, narrowed.get(r.key) ?? null, locale),
    );
  }

  @Transactional()
  async narrow(key: string, input: RuleInput[], actorId: string, locale: Locale): Promise<RoleDto> {
    const role = this.definition(key);
    const checked = checkNarrowedRules(role, input);
    if (!checked.ok) throw refusal(checked.problems[0], role, locale);
    if (role.key === 'tenant_admin' && !keepsRoleControl(effectiveRoleRules(role, checked.rules))) {
      throw new ApiException(400, 'role_lockout');
    }
    const current = await this.roles.findOneBy({ roleKey: role.key });
    await this.roles.save(
      Object.assign(current ?? this.roles.create({ roleKey: role.key }), {
        rules: checked.rules,
        updatedBy: actorId,
      }),
    );
    await this.audit.record({
      action: 'role.updated',
      subject: 'Role',
      subjectId: role.key,
      before: { rules: current?.rules ?? role.rules, customized: current !== null },
      after: { rules: checked.rules, customized: true },
    });
    return toDto(role, checked.rules, locale);
  }

  /** Drops the tenant's copy: the platform default applies again. */
  @Transactional()
  async reset(key: string, locale: Locale): Promise<RoleDto> {
    const role = this.definition(key);
    const current = await this.roles.findOneBy({ roleKey: role.key });
    if (current) {
      await this.roles.delete({ roleKey: role.key });
      await this.audit.record({
        action: 'role.reset',
        subject: 'Role',
        subjectId: role.key,
        before: { rules: current.rules, customized: true },
        after: { rules: role.rules, customized: false },
      });
    }
    return toDto(role, null, locale);
  }

  private definition(key: string): RoleDefinition {
    const role = DEFAULT_ROLES.find((r) => r.key === key);
    if (!role) throw new NotFoundApiException();
    if (role.scope !== 'tenant') throw new ApiException(400, 'role_not_assignable', { role: key });
    return role;
  }
}
