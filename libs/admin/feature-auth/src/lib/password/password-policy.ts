import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export const PASSWORD_MIN_LENGTH = 10;

/** The checks the user sees ticking as they type; the API applies the same policy. */
export interface PasswordChecks {
  length: boolean;
  notOnlyDigits: boolean;
}

export function passwordChecks(value: string): PasswordChecks {
  return { length: value.length >= PASSWORD_MIN_LENGTH, notOnlyDigits: value !== '' && !/^\d+$/.test(value) };
}

/** `{ passwordPolicy: true }` unless the password is long enough and not only digits. */
export function passwordPolicyValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value ?? '';
  if (value === '') return null; // `required` speaks for an empty field
  const checks = passwordChecks(value);
  return checks.length && checks.notOnlyDigits ? null : { passwordPolicy: true };
}

/** On the repeat field: `{ passwordMismatch: true }` when it differs from the field named `other`. */
export function sameAs(other: string): ValidatorFn {
  return (control) => {
    const first = control.parent?.get(other)?.value as string | undefined;
    return control.value && first !== undefined && control.value !== first
      ? { passwordMismatch: true }
      : null;
  };
}
