import { interpolate, Locale } from '../i18n/locale';

type Bilingual = Record<Locale, string>;

/**
 * Messages for the API's own error codes. Parameters are written `{name}`.
 * Keep the Vietnamese text first-class: it is what federation staff read.
 */
export const ERROR_MESSAGES = {
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  validation_failed: {
    vi: 'Dữ liệu gửi lên chưa hợp lệ: {count} lỗi, xem chi tiết từng trường.',
    en: 'The submitted data is not valid: {count} problem(s), see each field.',
  },
  malformed_json: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  payload_too_large: {
    vi: 'Nội dung gửi lên quá lớn (tối đa {limit}).',
    en: 'The request body is too large (at most {limit}).',
  },
  unauthorized: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'You need to sign in to continue.' },
  forbidden: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  not_found: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  route_not_found: {
    vi: 'Không có đường dẫn {method} {path}.',
    en: 'There is no route {method} {path}.',
  },
  conflict: { vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.', en: 'The data changed or already exists.' },
  too_many_requests: {
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    en: 'Too many requests; please try again in a few minutes.',
  },
  service_unavailable: {
    vi: 'Hệ thống tạm thời không sẵn sàng ({service}). Vui lòng thử lại sau.',
    en: 'The system is temporarily unavailable ({service}). Please try again later.',
  },
  internal_error: {
    vi: 'Đã xảy ra lỗi hệ thống. Mã yêu cầu: {requestId}. Vui lòng báo cho quản trị viên.',
    en: 'Something went wrong on our side. Request id: {requestId}. Please tell an administrator.',
  },
  job_not_found: { vi: 'Không tìm thấy tác vụ {jobId}.', en: 'Job {jobId} was not found.' },
  tenant_code_taken: {
    vi: 'Mã đơn vị thuê bao «{code}» đã được dùng.',
    en: 'Tenant code "{code}" is already taken.',
  },
  tenant_suspended: {
    vi: 'Tài khoản của {tenant} đang tạm dừng. Vui lòng liên hệ quản trị nền tảng.',
    en: 'The {tenant} account is suspended. Please contact the platform operators.',
  },
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

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * Messages for class-validator constraints, by constraint name. `{field}` is the field's path,
 * `{0}`, `{1}` the constraint's arguments.
 */
export const VALIDATION_MESSAGES: Record<string, Bilingual> = {
  whitelistValidation: {
    vi: 'Trường «{field}» không được phép gửi lên.',
    en: 'Field "{field}" is not allowed.',
  },
  isDefined: { vi: 'Trường «{field}» là bắt buộc.', en: 'Field "{field}" is required.' },
  isNotEmpty: { vi: 'Trường «{field}» không được để trống.', en: 'Field "{field}" must not be empty.' },
  isString: { vi: 'Trường «{field}» phải là chuỗi ký tự.', en: 'Field "{field}" must be text.' },
  isInt: { vi: 'Trường «{field}» phải là số nguyên.', en: 'Field "{field}" must be a whole number.' },
  isNumber: { vi: 'Trường «{field}» phải là số.', en: 'Field "{field}" must be a number.' },
  isBoolean: { vi: 'Trường «{field}» phải là đúng/sai.', en: 'Field "{field}" must be true or false.' },
  isEmail: {
    vi: 'Trường «{field}» phải là địa chỉ email hợp lệ.',
    en: 'Field "{field}" must be an e-mail address.',
  },
  isDateString: {
    vi: 'Trường «{field}» phải là ngày hợp lệ (YYYY-MM-DD).',
    en: 'Field "{field}" must be a valid date (YYYY-MM-DD).',
  },
  isISO8601: {
    vi: 'Trường «{field}» phải là ngày hợp lệ (YYYY-MM-DD).',
    en: 'Field "{field}" must be a valid date (YYYY-MM-DD).',
  },
  isEnum: {
    vi: 'Trường «{field}» phải là một trong các giá trị: {0}.',
    en: 'Field "{field}" must be one of: {0}.',
  },
  isIn: {
    vi: 'Trường «{field}» phải là một trong các giá trị: {0}.',
    en: 'Field "{field}" must be one of: {0}.',
  },
  isUUID: { vi: 'Trường «{field}» phải là mã định danh hợp lệ.', en: 'Field "{field}" must be a valid id.' },
  isArray: { vi: 'Trường «{field}» phải là danh sách.', en: 'Field "{field}" must be a list.' },
  isObject: { vi: 'Trường «{field}» phải là một đối tượng.', en: 'Field "{field}" must be an object.' },
  min: { vi: 'Trường «{field}» phải lớn hơn hoặc bằng {0}.', en: 'Field "{field}" must be at least {0}.' },
  max: { vi: 'Trường «{field}» phải nhỏ hơn hoặc bằng {0}.', en: 'Field "{field}" must be at most {0}.' },
  minLength: {
    vi: 'Trường «{field}» phải có ít nhất {0} ký tự.',
    en: 'Field "{field}" must have at least {0} characters.',
  },
  maxLength: {
    vi: 'Trường «{field}» chỉ được tối đa {0} ký tự.',
    en: 'Field "{field}" must have at most {0} characters.',
  },
  arrayMinSize: {
    vi: 'Trường «{field}» phải có ít nhất {0} phần tử.',
    en: 'Field "{field}" must have at least {0} items.',
  },
  arrayMaxSize: {
    vi: 'Trường «{field}» chỉ được tối đa {0} phần tử.',
    en: 'Field "{field}" must have at most {0} items.',
  },
  matches: { vi: 'Trường «{field}» không đúng định dạng.', en: 'Field "{field}" has the wrong format.' },
  nestedValidation: {
    vi: 'Trường «{field}» phải là đối tượng hợp lệ.',
    en: 'Field "{field}" must be a valid object.',
  },
};

const FALLBACK_VALIDATION: Bilingual = {
  vi: 'Trường «{field}» không hợp lệ.',
  en: 'Field "{field}" is not valid.',
};

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return interpolate(ERROR_MESSAGES[code][locale], params);
}

export function validationMessage(
  constraint: string,
  locale: Locale,
  field: string,
  args: readonly unknown[] = [],
): string {
  const template = (VALIDATION_MESSAGES[constraint] ?? FALLBACK_VALIDATION)[locale];
  const params: Record<string, string> = { field };
  args.forEach((arg, i) => {
    params[String(i)] = Array.isArray(arg)
      ? arg.join(', ')
      : typeof arg === 'object' && arg !== null
        ? Object.values(arg).join(', ')
        : String(arg);
  });
  return interpolate(template, params);
}
