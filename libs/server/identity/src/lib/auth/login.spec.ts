import { normalizePhone, parseLogin } from './login';

describe('sign-in names', () => {
  it('reads e-mail addresses case-insensitively', () => {
    expect(parseLogin('  Admin@KhanhHoa.vn ')).toEqual({ email: 'admin@khanhhoa.vn' });
  });

  it('reads Vietnamese phone numbers in national and international form', () => {
    expect(parseLogin('0905 123 456')).toEqual({ phone: '0905123456' });
    expect(parseLogin('+84 905.123.456')).toEqual({ phone: '0905123456' });
    expect(normalizePhone('84905123456')).toBe('0905123456');
  });

  it('rejects anything that is neither', () => {
    expect(parseLogin('admin')).toBeNull();
    expect(parseLogin('12345')).toBeNull();
  });
});
