import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ApiErrorBody } from '@thidua/shared/contracts';
import { describeApiError, isApiErrorBody } from './api-error-view';

function httpError(status: number, error: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(), url: '/api/x' });
}

const validation: ApiErrorBody = {
  statusCode: 400,
  error: 'validation_failed',
  message: 'Dữ liệu gửi lên chưa hợp lệ: 2 lỗi, xem chi tiết từng trường.',
  errors: [
    { field: 'login', code: 'isNotEmpty', message: 'Trường «login» không được để trống.' },
    { field: 'password', code: 'minLength', message: 'Trường «password» phải có ít nhất 8 ký tự.' },
  ],
  requestId: 'req-1',
};

describe('describeApiError', () => {
  it('puts each field problem under its field and leaves no summary when all are placed', () => {
    const view = describeApiError(httpError(400, validation), 'vi', ['login', 'password']);
    expect(view.fields).toEqual({
      login: 'Trường «login» không được để trống.',
      password: 'Trường «password» phải có ít nhất 8 ký tự.',
    });
    expect(view.summary).toBeNull();
    expect(view.code).toBe('validation_failed');
    expect(view.requestId).toBe('req-1');
  });

  it('sends problems of fields the form does not show to the summary', () => {
    const body: ApiErrorBody = {
      ...validation,
      errors: [
        { field: 'tenant', code: 'whitelistValidation', message: 'Trường «tenant» không được phép gửi lên.' },
      ],
    };
    const view = describeApiError(httpError(400, body), 'vi', ['login', 'password']);
    expect(view.fields).toEqual({});
    expect(view.summary).toBe(`${validation.message} Trường «tenant» không được phép gửi lên.`);
  });

  it('maps nested paths to their root field and joins several problems of one field', () => {
    const body: ApiErrorBody = {
      ...validation,
      errors: [
        { field: 'targets.0.value', code: 'isInt', message: 'A.' },
        { field: 'targets.1.value', code: 'min', message: 'B.' },
      ],
    };
    expect(describeApiError(httpError(400, body), 'en', ['targets']).fields).toEqual({ targets: 'A. B.' });
  });

  it('shows the API message as the summary when there are no field problems', () => {
    const body: ApiErrorBody = { statusCode: 401, error: 'invalid_credentials', message: 'Sai mật khẩu.' };
    const view = describeApiError(httpError(401, body), 'vi');
    expect(view).toEqual({ status: 401, code: 'invalid_credentials', summary: 'Sai mật khẩu.', fields: {} });
  });

  it('explains a network failure in the chosen language', () => {
    const view = describeApiError(httpError(0, new ProgressEvent('error')), 'vi');
    expect(view.code).toBe('network_error');
    expect(view.summary).toMatch(/^Không kết nối được tới máy chủ/);
    expect(describeApiError(httpError(0, null), 'en').summary).toMatch(/^Could not reach the server/);
  });

  it('treats a proxy page saying the API is down (502/503/504 without an API body) as unreachable', () => {
    const view = describeApiError(httpError(504, '<html>Gateway Timeout</html>'), 'vi');
    expect(view.code).toBe('server_unreachable');
    expect(view.summary).toMatch(/^Không kết nối được tới máy chủ/);
    expect(describeApiError(httpError(500, null), 'vi').code).toBe('server_unreachable');
  });

  it('names the status of any other response that is not an API error body', () => {
    const view = describeApiError(httpError(500, '<html>Internal Server Error</html>'), 'vi');
    expect(view.code).toBe('unexpected_response');
    expect(view.summary).toContain('500');
  });

  it('handles errors that are not HTTP errors at all', () => {
    expect(describeApiError(new Error('boom'), 'en').summary).toBe(
      'Something unexpected went wrong. Please try again.',
    );
  });
});

describe('isApiErrorBody', () => {
  it('accepts the API error shape and rejects anything else', () => {
    expect(isApiErrorBody(validation)).toBe(true);
    expect(isApiErrorBody({ statusCode: 500, message: 'x' })).toBe(false);
    expect(isApiErrorBody('Bad Gateway')).toBe(false);
    expect(isApiErrorBody({ ...validation, errors: 'nope' })).toBe(false);
  });
});
