import { buildAbility, rulesFor } from './ability';
import { roleDefinition } from './default-roles';
import { checkNarrowedRules, effectiveRoleRules } from './role-narrowing';
import { RuleTemplate } from './vocabulary';

const admin = roleDefinition('tenant_admin');
const officer = roleDefinition('unit_officer');

describe('a tenant narrowing a default role', () => {
  it('accepts the default itself, in canonical form', () => {
    expect(checkNarrowedRules(admin, admin.rules)).toEqual({ ok: true, rules: admin.rules });
  });

  it('accepts fewer actions, fewer subjects, dropped rules and an added supported condition', () => {
    const result = checkNarrowedRules(admin, [
      { action: ['read', 'update'], subject: ['OrgUnit', 'User'] },
      { action: 'read', subject: 'OrgUnit', condition: 'inSubtree' },
    ]);
    expect(result).toEqual({
      ok: true,
      rules: [
        { action: ['read', 'update'], subject: ['OrgUnit', 'User'] },
        { action: 'read', subject: 'OrgUnit', condition: 'inSubtree' },
      ],
    });
  });

  it('accepts prohibitions, which only take rights away', () => {
    expect(checkNarrowedRules(admin, [{ action: 'delete', subject: 'User', inverted: true }]).ok).toBe(true);
  });

  it('refuses a wider action or a subject the default does not grant', () => {
    const result = checkNarrowedRules(roleDefinition('emulation_officer'), [
      { action: 'update', subject: 'User' },
      { action: 'read', subject: ['User', 'AuditLog'] },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { index: 0, kind: 'widens', action: 'update', subject: 'User' },
        { index: 1, kind: 'widens', action: 'read', subject: 'AuditLog' },
      ],
    });
  });

  it("refuses 'manage' where the default grants single actions only", () => {
    const result = checkNarrowedRules(officer, [{ action: 'manage', subject: 'OrgUnitType' }]);
    expect(result.ok).toBe(false);
  });

  it('refuses dropping the condition that limits a default rule to the subtree', () => {
    const result = checkNarrowedRules(officer, [{ action: 'read', subject: 'OrgUnit' }]);
    expect(result).toEqual({
      ok: false,
      problems: [{ index: 0, kind: 'widens', action: 'read', subject: 'OrgUnit' }],
    });
    expect(
      checkNarrowedRules(officer, [{ action: 'read', subject: 'OrgUnit', condition: 'inSubtree' }]).ok,
    ).toBe(true);
  });

  it('refuses platform subjects and actions, even in a prohibition', () => {
    expect(checkNarrowedRules(admin, [{ action: 'read', subject: 'Tenant' }])).toEqual({
      ok: false,
      problems: [{ index: 0, kind: 'platform', value: 'Tenant' }],
    });
    expect(checkNarrowedRules(admin, [{ action: 'manage', subject: 'all', inverted: true }]).ok).toBe(false);
    expect(checkNarrowedRules(admin, [{ action: 'impersonate', subject: 'User' }]).ok).toBe(false);
  });

  it('refuses unknown names and conditions outside the whitelist or where SQL cannot apply them', () => {
    expect(checkNarrowedRules(admin, [{ action: 'read', subject: 'Secrets' }]).ok).toBe(false);
    expect(checkNarrowedRules(admin, [{ action: [], subject: 'User' }]).ok).toBe(false);
    expect(
      checkNarrowedRules(admin, [{ action: 'read', subject: 'User', condition: { $where: 'x' } }]).ok,
    ).toBe(false);
    expect(checkNarrowedRules(admin, [{ action: 'read', subject: 'User', condition: 'inSubtree' }])).toEqual({
      ok: false,
      problems: [{ index: 0, kind: 'condition_unsupported', condition: 'inSubtree', subject: 'User' }],
    });
  });

  it('refuses to narrow a platform role at all', () => {
    expect(checkNarrowedRules(roleDefinition('platform_operator'), []).ok).toBe(false);
  });
});

describe('effective role rules', () => {
  it('uses the default until the tenant narrows it, then only the narrowed rules', () => {
    expect(effectiveRoleRules(admin, null)).toEqual(admin.rules);
    const narrowed: RuleTemplate[] = [{ action: 'read', subject: 'User' }];
    const ability = buildAbility(
      rulesFor(effectiveRoleRules(admin, narrowed), { userId: 'u', unitPaths: ['/'] }),
    );
    expect(ability.can('read', 'User')).toBe(true);
    expect(ability.can('update', 'User')).toBe(false);
    expect(ability.can('read', 'OrgUnit')).toBe(false);
  });

  it("keeps the default's prohibitions even when the narrowed copy leaves them out", () => {
    const role = {
      ...admin,
      rules: [...admin.rules, { action: 'delete' as const, subject: 'User' as const, inverted: true }],
    };
    const ability = buildAbility(
      rulesFor(effectiveRoleRules(role, [{ action: 'manage', subject: 'User' }]), {
        userId: 'u',
        unitPaths: ['/'],
      }),
    );
    expect(ability.can('update', 'User')).toBe(true);
    expect(ability.can('delete', 'User')).toBe(false);
  });
});
