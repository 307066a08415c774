import { subject } from '@casl/ability';
import { ApiException, underAny } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { Action, rowScope, RowScope } from '@thidua/shared/permissions';
import { Brackets, ObjectLiteral, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';

/** The SQL meaning of "within my subtree" for plans; the same rows CASL's inSubtree condition allows. */
export function planReadScope(principal: Principal): RowScope {
  return rowScope(principal.grants.templates, principal.grants.facts, 'read', 'Plan');
}

function pathParams(prefix: string, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path, i) => [`${prefix}${i}`, path]));
}

/**
 * A plan has reached a set of units when it was sent to one of them, to a unit above them (a
 * plan sent to a commune union reaches its grassroots unions) or to a unit below them.
 */
export function receivedByAny(planAlias: string, paths: string[]): [string, Record<string, string>] {
  if (paths.length === 0) return ['1 = 0', {}];
  const line = paths
    .map((_, i) => `(r.unit_path LIKE CONCAT(:recv${i}, '%') OR :recv${i} LIKE CONCAT(r.unit_path, '%'))`)
    .join(' OR ');
  return [
    `EXISTS (SELECT 1 FROM plan_receipt r WHERE r.tenant_id = ${planAlias}.tenant_id AND r.plan_id = ${planAlias}.id AND r.sent_at IS NOT NULL AND (${line}))`,
    pathParams('recv', paths),
  ];
}

/** Limits a plan query to the plans the scope lets the user read: issued in, or sent to, their subtrees. */
export function whereVisible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  scope: RowScope,
): SelectQueryBuilder<T> {
  if (scope.kind === 'all') return qb;
  if (scope.kind === 'none') return qb.andWhere('1 = 0');
  const [issued, issuedParams] = underAny(`${alias}.issuer_path`, scope.unitPaths, 'vis');
  const [received, receivedParams] = receivedByAny(alias, scope.unitPaths);
  return qb.andWhere(
    new Brackets((w: WhereExpressionBuilder) => {
      w.where(issued, issuedParams).orWhere(received, receivedParams);
    }),
  );
}

/** The values whereVisible binds, under the names it gives them (for a prepared read). */
export function visibilityParams(scope: RowScope): Record<string, string> {
  if (scope.kind !== 'limited') return {};
  return { ...pathParams('vis', scope.unitPaths), ...pathParams('recv', scope.unitPaths) };
}

/** Refuses (403) an action on a plan or receipt whose unit lies outside what the user's roles reach. */
export function assertCan(
  principal: Principal,
  action: Action,
  kind: 'Plan' | 'PlanReceipt',
  unitPath: string,
): void {
  if (!can(principal, action, kind, unitPath)) throw new ApiException(403, 'forbidden');
}

export function can(
  principal: Principal,
  action: Action,
  kind: 'Plan' | 'PlanReceipt',
  unitPath: string,
): boolean {
  return principal.ability.can(action, subject(kind, { unitPath }));
}
