import type { ErrorCode } from '@thidua/shared/contracts';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The password rules, checked before a password is hashed: long enough, not digits only (a phone
 * number or a date), not the e-mail address. Returns the first rule broken, or null.
 */
export function passwordProblem(password: string, email: string | null): ErrorCode | null {
  const text = password.normalize('NFC');
  if ([...text].length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  if (/^[\d\s.+-]*$/.test(text)) return 'password_only_digits';
  const lowered = text.trim().toLowerCase();
  if (email && (lowered === email.toLowerCase() || lowered === email.toLowerCase().split('@')[0])) {
    return 'password_is_email';
  }
  return null;
}
