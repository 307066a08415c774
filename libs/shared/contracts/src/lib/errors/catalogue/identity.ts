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
  password_too_short: {
    vi: 'Mật khẩu phải có ít nhất {min} ký tự.',
    en: 'The password must have at least {min} characters.',
  },
  password_only_digits: {
    vi: 'Mật khẩu không được chỉ gồm chữ số; hãy thêm chữ cái hoặc ký hiệu.',
    en: 'The password must not be digits only; add letters or symbols.',
  },
  password_is_email: {
    vi: 'Mật khẩu không được trùng với địa chỉ email.',
    en: 'The password must not be the e-mail address.',
  },
  token_invalid: {
    vi: 'Liên kết không hợp lệ, đã hết hạn hoặc đã được sử dụng. Vui lòng yêu cầu liên kết mới.',
    en: 'This link is not valid, has expired or was already used. Please ask for a new one.',
  },
  email_taken: {
    vi: 'Địa chỉ email «{email}» đã được dùng cho một tài khoản khác.',
    en: 'The e-mail address "{email}" is already used by another account.',
  },
  phone_taken: {
    vi: 'Số điện thoại «{phone}» đã được dùng cho một tài khoản khác.',
    en: 'The phone number "{phone}" is already used by another account.',
  },
  phone_invalid: {
    vi: 'Số điện thoại «{phone}» không hợp lệ (ví dụ đúng: 0905 123 456).',
    en: 'The phone number "{phone}" is not valid (e.g. 0905 123 456).',
  },
  org_unit_unknown: {
    vi: 'Không tìm thấy đơn vị «{id}» trong cơ cấu tổ chức của LĐLĐ; hãy chọn một đơn vị có trong danh sách.',
    en: 'Unit "{id}" is not in this federation\'s organisation tree; choose a unit from the list.',
  },
  role_not_assignable: {
    vi: 'Vai trò «{role}» không thể giao cho người dùng của LĐLĐ.',
    en: 'Role "{role}" cannot be given to a federation\'s users.',
  },
  role_already_assigned: {
    vi: 'Người dùng đã có vai trò «{role}» tại đơn vị này.',
    en: 'The user already holds role "{role}" on this unit.',
  },
  last_tenant_admin: {
    vi: 'Không thể thực hiện: LĐLĐ phải còn ít nhất một quản trị viên đang hoạt động.',
    en: 'Not possible: the federation must keep at least one active administrator.',
  },
  cannot_disable_self: {
    vi: 'Bạn không thể tự vô hiệu hóa tài khoản của mình.',
    en: 'You cannot disable your own account.',
  },
  role_rule_malformed: {
    vi: 'Quy tắc thứ {n} không hợp lệ: thao tác, đối tượng hoặc điều kiện không có trong danh mục quyền.',
    en: 'Rule {n} is not valid: its action, subject or condition is not in the permission vocabulary.',
  },
  role_rule_platform: {
    vi: 'Quy tắc thứ {n} nhắc đến «{value}», quyền chỉ dành cho quản trị nền tảng.',
    en: 'Rule {n} names "{value}", which only the platform operators have.',
  },
  role_rule_condition: {
    vi: 'Quy tắc thứ {n}: điều kiện «{condition}» không áp dụng được cho đối tượng «{subject}».',
    en: 'Rule {n}: condition "{condition}" cannot apply to subject "{subject}".',
  },
  role_rule_widens: {
    vi: 'Quy tắc thứ {n} cho phép «{action}» trên «{subject}», rộng hơn quyền mặc định của vai trò «{role}». LĐLĐ chỉ được thu hẹp, không được mở rộng quyền.',
    en: 'Rule {n} allows "{action}" on "{subject}", more than the default of role "{role}". A federation may narrow a role, never widen it.',
  },
  role_lockout: {
    vi: 'Vai trò quản trị viên phải giữ quyền xem và sửa vai trò, nếu không sẽ không ai sửa lại được.',
    en: 'The administrator role must keep reading and updating roles, or nobody could change them back.',
  },
} satisfies Record<string, Bilingual>;
