import { roleDefinition } from './default-roles';
import { rowScope } from './row-scope';

const facts = { userId: 'u1', unitPaths: ['/a/b/'] };

describe('rowScope', () => {
  it('gives a tenant admin every unit', () => {
    expect(rowScope(roleDefinition('tenant_admin').rules, facts, 'read', 'OrgUnit')).toEqual({ kind: 'all' });
  });

  it('limits a unit officer to the subtrees of the units the role is held on', () => {
    expect(rowScope(roleDefinition('unit_officer').rules, facts, 'read', 'OrgUnit')).toEqual({
      kind: 'limited',
      unitPaths: ['/a/b/'],
      createdBy: null,
    });
  });

  it('gives nothing for an action the roles do not grant', () => {
    expect(rowScope(roleDefinition('unit_officer').rules, facts, 'update', 'OrgUnit')).toEqual({
      kind: 'none',
    });
    expect(
      rowScope(roleDefinition('viewer').rules, { userId: 'u', unitPaths: [] }, 'read', 'OrgUnit'),
    ).toEqual({ kind: 'none' });
  });

  it('lets an unconditional rule of one role win over a limited rule of another', () => {
    const rules = [...roleDefinition('viewer').rules, ...roleDefinition('council_member').rules];
    expect(rowScope(rules, facts, 'read', 'OrgUnit')).toEqual({ kind: 'all' });
  });
});
