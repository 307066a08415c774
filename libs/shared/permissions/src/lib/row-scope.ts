import { ConditionFacts } from './ability';
import { Action, RuleTemplate, Subject } from './vocabulary';

/** Which rows of a subject a user may reach for an action: the SQL side of the named conditions. */
export type RowScope =
  { kind: 'all' } | { kind: 'limited'; unitPaths: string[]; createdBy: string | null } | { kind: 'none' };

function matches<T extends string>(value: T | T[], wanted: T, wildcard: T): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.includes(wanted) || values.includes(wildcard);
}

/**
 * Computes the rows a user's role templates allow, so list endpoints filter in SQL with the same
 * meaning the CASL ability checks one row with (and pagination and counts stay right).
 */
export function rowScope(
  templates: readonly RuleTemplate[],
  facts: ConditionFacts,
  action: Action,
  subject: Subject,
): RowScope {
  const granting = templates.filter(
    (t) => !t.inverted && matches(t.action, action, 'manage') && matches(t.subject, subject, 'all'),
  );
  if (granting.length === 0) return { kind: 'none' };
  if (granting.some((t) => !t.condition)) return { kind: 'all' };
  const unitPaths = granting.some((t) => t.condition === 'inSubtree') ? facts.unitPaths : [];
  const createdBy = granting.some((t) => t.condition === 'createdByMe') ? facts.userId : null;
  return unitPaths.length || createdBy ? { kind: 'limited', unitPaths, createdBy } : { kind: 'none' };
}
