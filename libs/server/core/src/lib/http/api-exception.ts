import { HttpException } from '@nestjs/common';
import { ErrorCode, ErrorParam } from '@thidua/shared/contracts';

/** A field problem before translation: the constraint and its arguments. */
export interface RawFieldError {
  field: string;
  code: string;
  args: readonly unknown[];
}

/**
 * The one exception feature code throws for an expected failure. The message is looked up
 * by `code` in the shared catalogue and translated per request by the exception filter.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, ErrorParam> = {},
    readonly fieldErrors: RawFieldError[] = [],
  ) {
    super(code, status);
  }
}

export class NotFoundApiException extends ApiException {
  constructor(params: Record<string, string | number> = {}) {
    super(404, 'not_found', params);
  }
}
