import type { Principal } from '@thidua/server/core';
import { buildAbility, roleDefinition, rulesFor } from '@thidua/shared/permissions';
import { RegistrationEntity } from './entities/registration.entity';
import { isAbove } from './participants';
import { permissionsOn, review } from './review-flow';

function officerOn(unitPaths: string[]): Principal {
  const templates = roleDefinition('unit_officer').rules;
  const facts = { userId: 'u1', unitPaths };
  const rules = rulesFor(templates, facts);
  return {
    userId: 'u1',
    tenantId: 't1',
    isPlatformOperator: false,
    roles: ['unit_officer'],
    rules,
    ability: buildAbility(rules),
    grants: { templates, facts },
  };
}

const submitted = () =>
  Object.assign(new RegistrationEntity(), {
    unitPath: '/root/commune/cdcs/',
    status: 'submitted',
    version: 2,
    reviewComment: null,
  }) as RegistrationEntity;

describe('reviews from the level above', () => {
  it('counts a role held on a unit strictly above, never on the unit itself', () => {
    expect(isAbove(officerOn(['/root/commune/']), '/root/commune/cdcs/')).toBe(true);
    expect(isAbove(officerOn(['/root/commune/cdcs/']), '/root/commune/cdcs/')).toBe(false);
    expect(isAbove(officerOn(['/root/other/']), '/root/commune/cdcs/')).toBe(false);
  });

  it('accepts a submitted registration and records who and when', () => {
    const row = review(submitted(), 'Registration', 'accept', undefined, officerOn(['/root/commune/']));
    expect(row).toMatchObject({ status: 'accepted', reviewedBy: 'u1', version: 3, reviewComment: null });
  });

  it('refuses a unit reviewing itself, a return without a reason, and a draft', () => {
    expect(() =>
      review(submitted(), 'Registration', 'accept', undefined, officerOn(['/root/commune/cdcs/'])),
    ).toThrow(expect.objectContaining({ code: 'participation_review_own_unit' }));
    expect(() => review(submitted(), 'Registration', 'return', '  ', officerOn(['/root/commune/']))).toThrow(
      expect.objectContaining({ code: 'participation_return_comment' }),
    );
    const draft = Object.assign(submitted(), { status: 'draft' });
    expect(() => review(draft, 'Registration', 'accept', undefined, officerOn(['/root/commune/']))).toThrow(
      expect.objectContaining({ code: 'participation_not_submitted' }),
    );
  });

  it('tells the unit it may edit its draft and the level above it may review what was sent', () => {
    const unit = officerOn(['/root/commune/cdcs/']);
    const above = officerOn(['/root/commune/']);
    expect(permissionsOn(null, unit, 'Registration', '/root/commune/cdcs/')).toEqual({
      editable: true,
      reviewable: false,
    });
    expect(permissionsOn(submitted(), unit, 'Registration', '/root/commune/cdcs/')).toEqual({
      editable: false,
      reviewable: false,
    });
    expect(permissionsOn(submitted(), above, 'Registration', '/root/commune/cdcs/')).toEqual({
      editable: false,
      reviewable: true,
    });
  });
});
