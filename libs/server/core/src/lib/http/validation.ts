import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ApiException, RawFieldError } from './api-exception';

/** The arguments a decorator was declared with, e.g. [200] for @MaxLength(200). */
function constraintArgs(
  target: object | undefined,
  property: string,
  constraint: string,
): readonly unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', false, false)
    .find((m) => m.propertyName === property && (m.name === constraint || m.type === constraint));
  return metadata?.constraints ?? [];
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): RawFieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      args: constraintArgs(error.target, error.property, code),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Rejects unknown fields and reports every problem as a field error, translated by the filter. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The factory needs each error's target to read the constraint arguments; it never sends it.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new ApiException(400, 'validation_failed', { count: fieldErrors.length }, fieldErrors);
    },
  });
}
