import { isLogin } from './login.validator';

describe('isLogin', () => {
  it.each([
    'hoa.nguyen@ldld.khanhhoa.vn',
    ' can.bo@congdoan.vn ',
    '0912345678',
    '0912 345 678',
    '+84 912.345.678',
    '02583822123',
  ])('accepts %p', (value) => expect(isLogin(value)).toBe(true));

  it.each(['hoa', 'hoa@', '@ldld.vn', '12345', '091234567a', 'a b@c.vn'])('rejects %p', (value) =>
    expect(isLogin(value)).toBe(false),
  );
});
