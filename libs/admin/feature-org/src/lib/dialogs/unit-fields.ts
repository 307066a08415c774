import { FormControl, FormGroup, Validators } from '@angular/forms';
import { OrgUnitTypeDto } from '@thidua/shared/contracts';

/** The server's rule for unit codes. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

/** Code, name, type, address and member count of a new unit. */
export function newUnitGroup(types: readonly OrgUnitTypeDto[]) {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(UNIT_CODE_PATTERN)],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(255)],
    }),
    typeId: new FormControl(types.length === 1 ? types[0].id : '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    address: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(255)] }),
    memberCount: new FormControl<number | null>(null, { validators: [Validators.min(0)] }),
  });
}

export type NewUnitGroup = ReturnType<typeof newUnitGroup>;

/** The request fields of a new unit, leaving out what was not filled in. */
export function newUnitPayload(group: NewUnitGroup) {
  const { code, name, typeId, address, memberCount } = group.getRawValue();
  return {
    code: code.trim(),
    name: name.trim(),
    typeId,
    ...(address.trim() ? { address: address.trim() } : {}),
    ...(memberCount !== null && `${memberCount}` !== '' ? { memberCount: Number(memberCount) } : {}),
  };
}
