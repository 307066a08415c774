import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiErrorBody, ErrorCode, errorMessage, Locale, validationMessage } from '@thidua/shared/contracts';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api-exception';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

export interface RequestFacts {
  method: string;
  path: string;
  requestId?: string;
}

function formatBytes(bytes: number | undefined): string {
  if (!bytes) return '?';
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Turns anything thrown while serving a request into the API's one error shape. */
export function toErrorBody(exception: unknown, locale: Locale, request: RequestFacts): ApiErrorBody {
  const base = { requestId: request.requestId };
  if (exception instanceof ApiException) {
    const body: ApiErrorBody = {
      statusCode: exception.getStatus(),
      error: exception.code,
      message: errorMessage(exception.code, locale, exception.params),
      ...base,
    };
    if (exception.fieldErrors.length > 0) {
      body.errors = exception.fieldErrors.map((e) => ({
        field: e.field,
        code: e.code,
        message: validationMessage(e.code, locale, e.field, e.args),
      }));
    }
    return body;
  }
  // Two requests raced for one unique key (e-mail, code…): the loser's data already exists.
  if (
    exception instanceof QueryFailedError &&
    (exception.driverError as { code?: string })?.code === 'ER_DUP_ENTRY'
  ) {
    return { statusCode: 409, error: 'conflict', message: errorMessage('conflict', locale), ...base };
  }
  const parserError = isBodyParserError(exception)
    ? exception
    : exception instanceof HttpException && isBodyParserError(exception.cause)
      ? exception.cause
      : undefined;
  if (parserError?.type === 'entity.too.large') {
    return {
      statusCode: 413,
      error: 'payload_too_large',
      message: errorMessage('payload_too_large', locale, { limit: formatBytes(parserError.limit) }),
      ...base,
    };
  }
  // Nest turns body-parser's JSON SyntaxError into a BadRequestException carrying the parser's message.
  const isJsonSyntax =
    exception instanceof HttpException && exception.getStatus() === 400 && /\bJSON\b/.test(exception.message);
  if (parserError?.type === 'entity.parse.failed' || isJsonSyntax) {
    return {
      statusCode: 400,
      error: 'malformed_json',
      message: errorMessage('malformed_json', locale),
      ...base,
    };
  }
  const status = exception instanceof HttpException ? exception.getStatus() : parserError?.status;
  if (status !== undefined) {
    const raw = exception instanceof HttpException ? exception.getResponse() : undefined;
    const rawMessage = typeof raw === 'object' && raw !== null && 'message' in raw ? String(raw.message) : '';
    if (status === HttpStatus.NOT_FOUND && rawMessage.startsWith('Cannot ')) {
      return {
        statusCode: 404,
        error: 'route_not_found',
        message: errorMessage('route_not_found', locale, { method: request.method, path: request.path }),
        ...base,
      };
    }
    if (status < 500) {
      const code = CODE_BY_STATUS[status] ?? 'bad_request';
      return {
        statusCode: status,
        error: code,
        message: errorMessage(code, locale, { service: '?', limit: '?' }),
        ...base,
      };
    }
    if (status === 503) {
      return {
        statusCode: 503,
        error: 'service_unavailable',
        message: errorMessage('service_unavailable', locale, { service: '?' }),
        ...base,
      };
    }
  }
  return {
    statusCode: 500,
    error: 'internal_error',
    message: errorMessage('internal_error', locale, { requestId: request.requestId ?? '?' }),
    ...base,
  };
}
