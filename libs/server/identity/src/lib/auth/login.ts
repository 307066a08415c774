/** What a sign-in name is: an e-mail address, or a Vietnamese phone number in national form. */
export type LoginKey = { email: string } | { phone: string };

export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/** "+84 905 123 456", "0905.123.456" → "0905123456"; null when it is not a phone number. */
export function normalizePhone(phone: string): string | null {
  const compact = phone.trim().replace(/[\s.()-]/g, '');
  const national = compact.replace(/^(\+84|0084|84(?=\d{9}$))/, '0');
  return /^0\d{9,10}$/.test(national) ? national : null;
}

export function parseLogin(login: string): LoginKey | null {
  if (login.includes('@')) return { email: normalizeEmail(login) };
  const phone = normalizePhone(login);
  return phone ? { phone } : null;
}
