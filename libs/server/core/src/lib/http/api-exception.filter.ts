import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { pickLocale } from '@thidua/shared/contracts';
import type { Request, Response } from 'express';
import { toErrorBody } from './error-body';

/** Global filter: every error leaves the API in one shape, in the client's language. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = toErrorBody(exception, pickLocale(request.headers['accept-language']), {
      method: request.method,
      path: request.path,
      requestId: request.id ? String(request.id) : undefined,
    });
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'Request failed');
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }
}
