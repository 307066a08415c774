import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase with Vietnamese letters', () => {
    expect(passwordProblem('Mật-khẩu-thử-2026', 'an@khanhhoa.vn')).toBeNull();
  });

  it(`needs at least ${PASSWORD_MIN_LENGTH} characters, counting a Vietnamese letter as one`, () => {
    expect(passwordProblem('ngắn-quá', null)).toBe('password_too_short');
    expect(passwordProblem('đ'.repeat(10), null)).toBeNull();
    expect(passwordProblem('e\u0301'.repeat(9), null)).toBe('password_too_short');
  });

  it('refuses digits only, such as a phone number or a date', () => {
    expect(passwordProblem('0905123456', null)).toBe('password_only_digits');
    expect(passwordProblem('+84 905 123 456', null)).toBe('password_only_digits');
  });

  it('refuses the e-mail address or its name part, whatever the case', () => {
    expect(passwordProblem('Can.Bo.Thi.Dua@KhanhHoa.vn', 'can.bo.thi.dua@khanhhoa.vn')).toBe(
      'password_is_email',
    );
    expect(passwordProblem('can.bo.thi.dua', 'can.bo.thi.dua@khanhhoa.vn')).toBe('password_is_email');
  });
});
