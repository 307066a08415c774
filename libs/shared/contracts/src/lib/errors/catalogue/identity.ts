import { Bilingual } from './bilingual';

/** Sign-in, sessions, users and invitations. */
export const IDENTITY_ERRORS = {
  invalid_credentials: {
    vi: 'Email/số điện thoại hoặc mật khẩu không đúng.',
    en: 'The e-mail/phone or password is not correct.',
  },
  account_locked: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'The account is locked after repeated failed sign-ins. Try again in {minutes} minute(s).',
  },
  account_disabled: {
    vi: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.',
    en: 'This account is disabled. Please contact an administrator.',
  },
  session_expired: {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
} satisfies Record<string, Bilingual>;
