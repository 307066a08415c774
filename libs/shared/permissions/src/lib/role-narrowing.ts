import { RoleDefinition } from './default-roles';
import { ACTIONS, Action, CONDITIONS, ConditionName, RuleTemplate, SUBJECTS, Subject } from './vocabulary';

/** A rule as a tenant administrator sent it: unchecked until checkNarrowedRules() accepts it. */
export interface RuleInput {
  action?: unknown;
  subject?: unknown;
  condition?: unknown;
  inverted?: unknown;
}

/** Only the platform reaches these; no tenant role may name them, even to deny them. */
export const PLATFORM_SUBJECTS: readonly Subject[] = ['all', 'Tenant'];
export const PLATFORM_ACTIONS: readonly Action[] = ['impersonate'];

/**
 * The subjects whose rows carry what a condition filters on (the unit path, the creator), so the
 * condition can be applied in SQL. A condition anywhere else could not be enforced on lists.
 */
export const CONDITION_SUBJECTS: Readonly<Record<ConditionName, readonly Subject[]>> = {
  inSubtree: ['OrgUnit'],
  createdByMe: [],
};

/** Why a rule was refused; `index` is the rule's position in the list, from 0. */
export type NarrowingProblem =
  | { index: number; kind: 'not_tenant_role' }
  | { index: number; kind: 'malformed' }
  | { index: number; kind: 'platform'; value: string }
  | { index: number; kind: 'condition_unsupported'; condition: string; subject: string }
  | { index: number; kind: 'widens'; action: string; subject: string };

export type NarrowingResult =
  { ok: true; rules: RuleTemplate[] } | { ok: false; problems: NarrowingProblem[] };

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function names<T extends string>(value: unknown, allowed: readonly T[]): T[] | null {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((v) => typeof v === 'string' && allowed.includes(v as T))) return null;
  return [...new Set(list as T[])];
}

/** Whether one default rule grants `action` on `subject` for a rule carrying `condition`. */
function grants(rule: RuleTemplate, action: Action, subject: Subject, condition: ConditionName | undefined) {
  if (rule.inverted) return false;
  const actions = asList(rule.action);
  const subjects = asList(rule.subject);
  return (
    (actions.includes(action) || actions.includes('manage')) &&
    (subjects.includes(subject) || subjects.includes('all')) &&
    (rule.condition === undefined || rule.condition === condition)
  );
}

function checkRule(role: RoleDefinition, input: RuleInput, index: number): NarrowingProblem[] | RuleTemplate {
  const actions = names(input.action, ACTIONS);
  const subjects = names(input.subject, SUBJECTS);
  const condition = input.condition ?? undefined;
  const inverted = input.inverted ?? false;
  if (
    !actions ||
    !subjects ||
    typeof inverted !== 'boolean' ||
    (condition !== undefined && !CONDITIONS.includes(condition as ConditionName))
  ) {
    return [{ index, kind: 'malformed' }];
  }
  const platform = [
    ...actions.filter((a) => PLATFORM_ACTIONS.includes(a)),
    ...subjects.filter((s) => PLATFORM_SUBJECTS.includes(s)),
  ];
  if (platform.length > 0) return [{ index, kind: 'platform', value: platform[0] }];
  const named = condition as ConditionName | undefined;
  const rule: RuleTemplate = {
    action: actions.length === 1 ? actions[0] : actions,
    subject: subjects.length === 1 ? subjects[0] : subjects,
    ...(named ? { condition: named } : {}),
    ...(inverted ? { inverted: true } : {}),
  };
  if (named) {
    const unsupported = subjects.find((s) => !CONDITION_SUBJECTS[named].includes(s));
    if (unsupported || inverted) {
      return [
        { index, kind: 'condition_unsupported', condition: named, subject: unsupported ?? subjects[0] },
      ];
    }
  }
  // A prohibition can only take rights away.
  if (inverted) return rule;
  const problems: NarrowingProblem[] = [];
  for (const action of actions) {
    for (const subject of subjects) {
      if (!role.rules.some((d) => grants(d, action, subject, named))) {
        problems.push({ index, kind: 'widens', action, subject });
      }
    }
  }
  return problems.length > 0 ? problems : rule;
}

/**
 * Checks a tenant's narrowed copy of a default role: every rule must be allowed by the platform
 * default of that role (the same or fewer actions and subjects, keeping the default's condition
 * or adding a supported one), must not name a platform subject or action, and may only use the
 * named conditions. Returns the rules in canonical form, or every problem found.
 */
export function checkNarrowedRules(role: RoleDefinition, input: readonly RuleInput[]): NarrowingResult {
  if (role.scope !== 'tenant') return { ok: false, problems: [{ index: -1, kind: 'not_tenant_role' }] };
  const rules: RuleTemplate[] = [];
  const problems: NarrowingProblem[] = [];
  input.forEach((rule, index) => {
    const checked = checkRule(role, rule, index);
    if (Array.isArray(checked)) problems.push(...checked);
    else rules.push(checked);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/**
 * The rules a role grants in a tenant: the tenant's narrowed copy when it has one, else the
 * default. The default's own prohibitions always apply, whatever the copy kept.
 */
export function effectiveRoleRules(
  role: RoleDefinition,
  narrowed: readonly RuleTemplate[] | null,
): RuleTemplate[] {
  if (!narrowed) return [...role.rules];
  return [...narrowed, ...role.rules.filter((r) => r.inverted)];
}
