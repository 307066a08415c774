import type { Principal } from '@thidua/server/core';
import { buildAbility, roleDefinition, RoleKey, rulesFor } from '@thidua/shared/permissions';
import { randomUUID } from 'node:crypto';

/**
 * A user of a tenant holding one default role on one unit, built as the auth guard builds one:
 * how the CLI's seed and bench act through the same services (and checks) as the API.
 */
export function actingPrincipal(role: RoleKey, tenantId: string, unitPath: string): Principal {
  const templates = roleDefinition(role).rules;
  const facts = { userId: randomUUID(), unitPaths: [unitPath] };
  const rules = rulesFor(templates, facts);
  return {
    userId: facts.userId,
    tenantId,
    isPlatformOperator: false,
    roles: [role],
    rules,
    ability: buildAbility(rules),
    grants: { templates, facts },
  };
}
