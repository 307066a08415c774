import { OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';

/**
 * The types a new unit may have under `parent`: the parent type's allowed child types, or at the
 * top the types no other type lists as a child. Historical types are never offered.
 */
export function allowedChildTypes(
  types: readonly OrgUnitTypeDto[],
  parent: Pick<OrgUnitDto, 'typeCode'> | null,
): OrgUnitTypeDto[] {
  const current = types.filter((type) => !type.historical);
  if (!parent) {
    const children = new Set(types.flatMap((type) => type.childTypeCodes));
    return current.filter((type) => !children.has(type.code));
  }
  const parentType = types.find((type) => type.code === parent.typeCode);
  return current.filter((type) => parentType?.childTypeCodes.includes(type.code));
}

/** Ids of the ancestors of a unit from its materialised path (`/root/…/parent/self/`), root first. */
export function ancestorIds(unit: Pick<OrgUnitDto, 'id' | 'path'>): string[] {
  return unit.path.split('/').filter((id) => id && id !== unit.id);
}

/** True when `candidate` is `unit` itself or lies below it: it cannot become its parent. */
export function isSelfOrDescendant(
  candidate: Pick<OrgUnitDto, 'id' | 'path'>,
  unit: Pick<OrgUnitDto, 'id'>,
): boolean {
  return candidate.id === unit.id || candidate.path.split('/').includes(unit.id);
}
