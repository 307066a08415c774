import { subject } from '@casl/ability';
import { buildAbility, packAbilityRules, rulesFor, unpackAbilityRules } from './ability';
import { roleDefinition } from './default-roles';

const facts = { userId: 'u1', unitPaths: ['/a/b/'] };

describe('abilities built from role data', () => {
  it('lets a tenant admin manage the org tree but not tenants', () => {
    const ability = buildAbility(rulesFor(roleDefinition('tenant_admin').rules, facts));
    expect(ability.can('update', 'OrgUnit')).toBe(true);
    expect(ability.can('create', 'Tenant')).toBe(false);
    expect(ability.can('impersonate', 'Tenant')).toBe(false);
  });

  it('limits a unit officer to units inside the subtree of the unit the role is held on', () => {
    const ability = buildAbility(rulesFor(roleDefinition('unit_officer').rules, facts));
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/a/b/c/' }))).toBe(true);
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/a/x/' }))).toBe(false);
    expect(ability.can('update', subject('OrgUnit', { unitPath: '/a/b/c/' }))).toBe(false);
  });

  it('treats a regex metacharacter in a path literally', () => {
    const ability = buildAbility(
      rulesFor(roleDefinition('viewer').rules, { userId: 'u', unitPaths: ['/a.b/'] }),
    );
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/aXb/' }))).toBe(false);
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/a.b/z/' }))).toBe(true);
  });

  it('denies everything when a subtree role is held on no unit', () => {
    const ability = buildAbility(rulesFor(roleDefinition('viewer').rules, { userId: 'u', unitPaths: [] }));
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/a/' }))).toBe(false);
  });

  it('survives packing for the admin', () => {
    const rules = rulesFor(roleDefinition('unit_officer').rules, facts);
    const ability = buildAbility(unpackAbilityRules(packAbilityRules(rules)));
    expect(ability.can('read', subject('OrgUnit', { unitPath: '/a/b/' }))).toBe(true);
  });
});

describe('plan rules', () => {
  const at = (role: Parameters<typeof roleDefinition>[0], unitPaths: string[]) =>
    buildAbility(rulesFor(roleDefinition(role).rules, { userId: 'u', unitPaths }));

  it('lets a leader approve plans issued within the units the role is held on, and nothing else of plans', () => {
    const leader = at('federation_leader', ['/root/']);
    expect(leader.can('approve', subject('Plan', { unitPath: '/root/commune/' }))).toBe(true);
    expect(leader.can('approve', subject('Plan', { unitPath: '/other/' }))).toBe(false);
    expect(leader.can('update', 'Plan')).toBe(false);
    expect(leader.can('create', 'Plan')).toBe(false);
  });

  it('lets an emulation officer draft but not approve, and manage the movement catalogue', () => {
    const officer = at('emulation_officer', ['/root/']);
    expect(officer.can('create', subject('Plan', { unitPath: '/root/' }))).toBe(true);
    expect(officer.can('approve', subject('Plan', { unitPath: '/root/' }))).toBe(false);
    expect(officer.can('update', 'Movement')).toBe(true);
  });

  it("lets a unit officer issue its own unit's plans and acknowledge receipts of its subtree only", () => {
    const unit = at('unit_officer', ['/root/commune/']);
    expect(unit.can('approve', subject('Plan', { unitPath: '/root/commune/' }))).toBe(true);
    expect(unit.can('approve', subject('Plan', { unitPath: '/root/' }))).toBe(false);
    expect(unit.can('update', subject('PlanReceipt', { unitPath: '/root/commune/' }))).toBe(true);
    expect(unit.can('update', subject('PlanReceipt', { unitPath: '/root/other/' }))).toBe(false);
    expect(unit.can('create', 'Movement')).toBe(false);
  });
});
