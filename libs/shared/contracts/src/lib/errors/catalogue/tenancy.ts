import { Bilingual } from './bilingual';

/** Tenants (provincial federations). */
export const TENANCY_ERRORS = {
  tenant_code_taken: {
    vi: 'Mã đơn vị thuê bao «{code}» đã được dùng.',
    en: 'Tenant code "{code}" is already taken.',
  },
  tenant_suspended: {
    vi: 'Tài khoản của {tenant} đang tạm dừng. Vui lòng liên hệ quản trị nền tảng.',
    en: 'The {tenant} account is suspended. Please contact the platform operators.',
  },
} satisfies Record<string, Bilingual>;
