import { AbstractControl, ValidationErrors } from '@angular/forms';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Vietnamese numbers: 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx (mobile 9 digits, landline 10). */
const PHONE = /^(?:\+?84|0)\d{9,10}$/;

/** True for an e-mail address or a Vietnamese phone number (spaces, dots and dashes allowed). */
export function isLogin(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return EMAIL.test(trimmed);
  return PHONE.test(trimmed.replace(/[\s.()-]/g, ''));
}

/** Form validator: `{ login: true }` when the value is neither an e-mail address nor a phone number. */
export function loginValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value ?? '';
  return value.trim() === '' || isLogin(value) ? null : { login: true };
}
