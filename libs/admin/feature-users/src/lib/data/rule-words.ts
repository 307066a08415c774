import { RoleDto } from '@thidua/shared/contracts';

export type RoleRule = RoleDto['rules'][number];

/** One action on one subject: the unit a role editor ticks and unticks. */
export interface AtomicRule {
  action: string;
  subject: string;
  condition?: string;
  inverted?: boolean;
}

const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** Splits rules with several actions or subjects into one rule per action and subject. */
export function atomize(rules: readonly RoleRule[]): AtomicRule[] {
  return rules.flatMap((rule) =>
    list(rule.action).flatMap((action) =>
      list(rule.subject).map((subject) => ({
        action,
        subject,
        ...(rule.condition ? { condition: rule.condition } : {}),
        ...(rule.inverted ? { inverted: true } : {}),
      })),
    ),
  );
}

/** A stable key for an atomic rule. */
export function ruleKey(rule: AtomicRule): string {
  return [rule.inverted ? '!' : '', rule.action, rule.subject, rule.condition ?? ''].join('|');
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A rule in words, e.g. "Quản lý Cơ cấu tổ chức" or "Xem Đơn vị (trong phạm vi đơn vị được giao)".
 * `manage` names the whole area (Cơ cấu tổ chức), other actions the thing itself (Đơn vị).
 */
export function describeRule(rule: AtomicRule, t: Translate): string {
  // A word we have no translation for (a newer vocabulary) shows as the API sent it.
  const word = (key: string, raw: string) => {
    const text = t(key);
    return text === key ? raw : text;
  };
  const noun = rule.action === 'manage' ? 'area' : 'subject';
  const words = t(`roles.rule.${rule.inverted ? 'denied' : 'allowed'}`, {
    action: word(`roles.actions.${rule.action}`, rule.action),
    subject: word(`roles.${noun}.${rule.subject}`, rule.subject),
  });
  return rule.condition ? `${words} ${word(`roles.conditions.${rule.condition}`, rule.condition)}` : words;
}
