import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody, FieldError, interpolate, Locale } from '@thidua/shared/contracts';

/** What a form or a page shows for a failed request. */
export interface ApiErrorView {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's error code, or `network_error` / `unexpected_response` for failures without an API body. */
  code: string;
  /** A sentence to show above the form or in an error state; null when every problem belongs to a field. */
  summary: string | null;
  /** One message per form field (several problems of one field are joined). */
  fields: Record<string, string>;
  requestId?: string;
}

const CLIENT_MESSAGES = {
  network: {
    vi: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
    en: 'Could not reach the server. Please check your network connection and try again.',
  },
  unexpected: {
    vi: 'Máy chủ trả về phản hồi không mong đợi (mã {status}). Vui lòng thử lại sau.',
    en: 'The server sent an unexpected response (status {status}). Please try again later.',
  },
  unknown: {
    vi: 'Đã xảy ra lỗi không xác định. Vui lòng thử lại.',
    en: 'Something unexpected went wrong. Please try again.',
  },
} satisfies Record<string, Record<Locale, string>>;

/**
 * A reverse proxy (nginx, the dev server) answered because the API behind it is down: 502/503/504
 * without an API body, or the dev server's empty 500. The API itself always sends an ApiErrorBody.
 */
function proxyAnswered(status: number, body: unknown): boolean {
  return [502, 503, 504].includes(status) || (status === 500 && (body === null || body === ''));
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return (
    typeof body.statusCode === 'number' &&
    typeof body.error === 'string' &&
    typeof body.message === 'string' &&
    (body.errors === undefined || Array.isArray(body.errors))
  );
}

/**
 * Turns a failed request into what a form shows: field messages under `fields`, everything else in
 * `summary`. With `formFields`, problems of fields the form does not have go to the summary too, so
 * nothing the API said is lost.
 */
export function describeApiError(
  error: unknown,
  locale: Locale,
  formFields?: readonly string[],
): ApiErrorView {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: 'client_error', summary: CLIENT_MESSAGES.unknown[locale], fields: {} };
  }
  if (error.status === 0) {
    return { status: 0, code: 'network_error', summary: CLIENT_MESSAGES.network[locale], fields: {} };
  }
  const body: unknown = error.error;
  if (!isApiErrorBody(body) && proxyAnswered(error.status, body)) {
    const summary = CLIENT_MESSAGES.network[locale];
    return { status: error.status, code: 'server_unreachable', summary, fields: {} };
  }
  if (!isApiErrorBody(body)) {
    const summary = interpolate(CLIENT_MESSAGES.unexpected[locale], { status: error.status });
    return { status: error.status, code: 'unexpected_response', summary, fields: {} };
  }

  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const problem of body.errors ?? []) {
    const field = formField(problem, formFields);
    if (field === null) {
      unplaced.push(problem.message);
    } else {
      fields[field] = fields[field] ? `${fields[field]} ${problem.message}` : problem.message;
    }
  }
  const placedAll = (body.errors?.length ?? 0) > 0 && unplaced.length === 0;
  const summary = placedAll ? null : [body.message, ...unplaced].join(' ');
  return { status: body.statusCode, code: body.error, summary, fields, requestId: body.requestId };
}

function formField(problem: FieldError, formFields: readonly string[] | undefined): string | null {
  if (!formFields) return problem.field;
  if (formFields.includes(problem.field)) return problem.field;
  const root = problem.field.split('.')[0];
  return formFields.includes(root) ? root : null;
}
