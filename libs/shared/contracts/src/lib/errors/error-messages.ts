import { interpolate, Locale } from '../i18n/locale';
import { Bilingual } from './catalogue/bilingual';
import { CAMPAIGN_ERRORS } from './catalogue/campaigns';
import { COMMON_ERRORS } from './catalogue/common';
import { IDENTITY_ERRORS } from './catalogue/identity';
import { ORG_ERRORS } from './catalogue/org';
import { PARTICIPATION_ERRORS } from './catalogue/participation';
import { SCORING_ERRORS } from './catalogue/scoring';
import { TENANCY_ERRORS } from './catalogue/tenancy';

/**
 * Messages for the API's own error codes, one catalogue file per context (add a context's codes
 * in its own file). Parameters are written `{name}`. The Vietnamese text is what staff read.
 */
export const ERROR_MESSAGES = {
  ...COMMON_ERRORS,
  ...IDENTITY_ERRORS,
  ...TENANCY_ERRORS,
  ...ORG_ERRORS,
  ...CAMPAIGN_ERRORS,
  ...PARTICIPATION_ERRORS,
  ...SCORING_ERRORS,
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

/** A message parameter: a value, or a label written in both languages (e.g. a status name). */
export type ErrorParam = string | number | Bilingual;

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, ErrorParam> = {},
): string {
  const resolved = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'object' ? value[locale] : value]),
  );
  return interpolate(ERROR_MESSAGES[code][locale], resolved);
}

/**
 * Names a person understands for the fields a server-side check reports without a form to point
 * at (e.g. what a plan still lacks when it is issued from its detail page). Others show their path.
 */
export const FIELD_LABELS: Record<string, Bilingual> = {
  'content.title': { vi: 'Trích yếu', en: 'Title' },
  'content.place': { vi: 'Địa danh', en: 'Place' },
  'content.docSymbol': { vi: 'Ký hiệu văn bản', en: 'Document symbol' },
  'content.phases': { vi: 'Các đợt thi đua', en: 'Phases' },
  'content.signature.name': { vi: 'Họ tên người ký', en: 'Signer’s name' },
  'content.signature.title': { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  recipientUnitIds: { vi: 'Đơn vị nhận kế hoạch', en: 'Recipient units' },
};

export function validationMessage(
  constraint: string,
  locale: Locale,
  field: string,
  args: readonly unknown[] = [],
): string {
  const known = VALIDATION_MESSAGES[constraint]?.[locale];
  // A template whose arguments are unknown would show a bare {0}: say it more generally instead.
  const template = known && (args.length > 0 || !/\{\d\}/.test(known)) ? known : FALLBACK_VALIDATION[locale];
  const params: Record<string, string> = { field: FIELD_LABELS[field]?.[locale] ?? field };
  args.forEach((arg, i) => {
    params[String(i)] = Array.isArray(arg)
      ? arg.join(', ')
      : typeof arg === 'object' && arg !== null
        ? Object.values(arg).join(', ')
        : String(arg);
  });
  return interpolate(template, params);
}
