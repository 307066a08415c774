import { CAM_LAM, NHA_TRANG, ROOT_UNIT, SCHOOL, TYPES } from '../../testing/org-fixtures';
import { allowedChildTypes, ancestorIds, isSelfOrDescendant } from './unit-types';

describe('unit types and paths', () => {
  it('offers at the top only the types no type lists as a child', () => {
    expect(allowedChildTypes(TYPES, null).map((t) => t.code)).toEqual(['province_federation']);
  });

  it("offers under a unit only its type's current child types", () => {
    expect(allowedChildTypes(TYPES, ROOT_UNIT).map((t) => t.code)).toEqual([
      'commune_union',
      'grassroots_union',
    ]);
    expect(allowedChildTypes(TYPES, NHA_TRANG).map((t) => t.code)).toEqual(['grassroots_union']);
    expect(allowedChildTypes(TYPES, SCHOOL)).toEqual([]);
  });

  it('reads ancestors from the materialised path and knows the subtree', () => {
    expect(ancestorIds(SCHOOL)).toEqual(['root', 'nt']);
    expect(isSelfOrDescendant(SCHOOL, NHA_TRANG)).toBe(true);
    expect(isSelfOrDescendant(NHA_TRANG, NHA_TRANG)).toBe(true);
    expect(isSelfOrDescendant(CAM_LAM, NHA_TRANG)).toBe(false);
  });
});
