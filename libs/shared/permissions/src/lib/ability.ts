import { createMongoAbility, ForcedSubject, MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';
import { packRules, unpackRules } from '@casl/ability/extra';
import { Action, ConditionName, RuleTemplate, Subject } from './vocabulary';

export type AppAbility = MongoAbility<[Action, Subject | ForcedSubject<Exclude<Subject, 'all'>>]>;
export type AppRawRule = RawRuleOf<AppAbility>;

/** What a named condition needs to know about the user to become a concrete CASL condition. */
export interface ConditionFacts {
  userId: string;
  /** Materialised paths of the org units the role is held on. */
  unitPaths: string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function resolveCondition(condition: ConditionName, facts: ConditionFacts): MongoQuery {
  switch (condition) {
    case 'inSubtree':
      return { unitPath: { $regex: `^(${facts.unitPaths.map(escapeRegex).join('|') || '$^'})` } };
    case 'createdByMe':
      return { createdById: facts.userId };
  }
}

/** Turns role templates into concrete CASL rules for one user. */
export function rulesFor(templates: readonly RuleTemplate[], facts: ConditionFacts): AppRawRule[] {
  return templates.map((t) => ({
    action: t.action,
    subject: t.subject,
    inverted: t.inverted,
    conditions: t.condition ? resolveCondition(t.condition, facts) : undefined,
  })) as AppRawRule[];
}

export function buildAbility(rules: AppRawRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export function packAbilityRules(rules: AppRawRule[]): unknown[][] {
  return packRules(rules) as unknown[][];
}

export function unpackAbilityRules(packed: unknown[][]): AppRawRule[] {
  return unpackRules(packed as never) as AppRawRule[];
}
